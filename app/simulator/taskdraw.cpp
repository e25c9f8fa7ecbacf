// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskdraw.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {

// The shortest duration a draw produces: log-uniform needs a positive lower bound.
constexpr double MinDrawnSeconds = 0.05;

struct Failure
{
    int code;
    const char *message;
};

// Failures as WaveSpeed reports them in data.code and data.error.
constexpr Failure Failures[] = {
    {1200, "Content moderation: the prompt was flagged"},
    {1402, "The input image could not be fetched"},
    {1403, "Task failed: the model returned no output"},
    {5000, "Internal error"},
};

} // namespace

Simulator::TaskSpec drawTask(const Scenario &scenario, const QString &model)
{
    const Scenario::Model settings = scenario.models.value(model);
    QRandomGenerator *random = QRandomGenerator::global();

    const double low = std::max(settings.minDurationSeconds, MinDrawnSeconds);
    const double high = std::max(settings.maxDurationSeconds, low);
    const double seconds =
        std::exp(std::log(low) + random->generateDouble() * std::log(high / low));

    Simulator::TaskSpec spec;
    spec.model = model;
    spec.duration = std::chrono::milliseconds(std::llround(seconds * 1000));
    spec.outputCount = settings.outputs;

    const double draw = random->generateDouble();
    if (draw < settings.failRate) {
        const Failure &failure = Failures[random->bounded(int(std::size(Failures)))];
        spec.outcome = Simulator::Outcome::Failed;
        spec.errorCode = failure.code;
        spec.error = QLatin1String(failure.message);
    } else if (draw < settings.failRate + settings.cancelRate) {
        spec.outcome = Simulator::Outcome::Cancelled;
    } else if (draw < settings.failRate + settings.cancelRate + settings.timeoutRate) {
        spec.outcome = Simulator::Outcome::Timeout;
    }
    return spec;
}

QString outputExtension(const Scenario &scenario, const QString &model)
{
    const auto known = scenario.models.constFind(model);
    if (known != scenario.models.constEnd())
        return known->type.endsWith(QLatin1String("-to-video")) ? QStringLiteral("mp4")
                                                                : QStringLiteral("png");

    // Models outside the scenario: the same name hints the monitor itself uses.
    static const char *const videoHints[] = {"t2v",   "i2v",  "v2v",     "video",
                                             "kling", "veo",  "hailuo",  "seedance",
                                             "sora",  "vidu", "pixverse"};
    const QString lower = model.toLower();
    const bool video =
        std::any_of(std::begin(videoHints), std::end(videoHints),
                    [&](const char *hint) { return lower.contains(QLatin1String(hint)); });
    return video ? QStringLiteral("mp4") : QStringLiteral("png");
}
