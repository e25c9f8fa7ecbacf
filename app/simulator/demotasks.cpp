// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "demotasks.h"

#include "api/apienvelope.h"
#include "tasks/requestgate.h"

#include <QJsonObject>

#include <memory>

namespace {

struct DemoTask
{
    const char *model;
    const char *prompt;
    const char *outcome;
    int durationMs;
};

// The forced outcomes and durations are simulator extensions of the submit body.
constexpr DemoTask Tasks[] = {
    {"wavespeed-ai/flux-dev", "a lighthouse at dawn, oil painting", "completed", 2500},
    {"wavespeed-ai/flux-schnell", "a paper boat on a puddle", "completed", 4000},
    {"kwaivgi/kling-v2.1-i2v-standard", "the boat drifts away", "completed", 9000},
    {"bytedance/seedream-v3", "a city of glass at night", "completed", 6000},
    {"wavespeed-ai/wan-2.1/t2v-480p", "waves rolling onto a beach", "completed", 12000},
    {"wavespeed-ai/flux-dev", "something the moderator will refuse", "failed", 3000},
};

constexpr int ModerationCode = 1200;

} // namespace

int DemoTasks::count()
{
    return int(std::size(Tasks));
}

int DemoTasks::expectedFailures()
{
    return 1;
}

void DemoTasks::submit(RequestGate *gate, QObject *context,
                       std::function<void(const QStringList &, const QStringList &)> done)
{
    struct Progress
    {
        QStringList byIndex; // keeps the order of submission
        QStringList errors;
        int remaining = 0;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = count();
    progress->byIndex.resize(count());

    for (int i = 0; i < count(); ++i) {
        const DemoTask &task = Tasks[i];
        QJsonObject body{{QStringLiteral("prompt"), QLatin1String(task.prompt)},
                         {QStringLiteral("wsm_outcome"), QLatin1String(task.outcome)},
                         {QStringLiteral("wsm_duration_ms"), task.durationMs}};
        if (QLatin1String(task.outcome) == QLatin1String("failed")) {
            body.insert(QStringLiteral("wsm_error_code"), ModerationCode);
            body.insert(QStringLiteral("wsm_error"),
                        QStringLiteral("The prompt was flagged by the content filter"));
        }
        const QUrl url =
            gate->client()->endpoint(QStringLiteral("/api/v3/") + QLatin1String(task.model));
        gate->post(url, body, context, [progress, i, done](const ApiReply &reply) {
            const ApiEnvelope envelope = ApiEnvelope::parse(reply.body);
            const QString id = envelope.data.toObject().value(QLatin1String("id")).toString();
            if (reply.error || envelope.error || id.isEmpty())
                progress->errors.append((reply.error ? reply.error : envelope.error).text());
            else
                progress->byIndex[i] = id;
            if (--progress->remaining > 0)
                return;
            progress->byIndex.removeAll(QString());
            done(progress->byIndex, progress->errors);
        });
    }
}
