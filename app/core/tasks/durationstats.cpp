// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "durationstats.h"

#include <algorithm>
#include <cmath>

using namespace std::chrono;

namespace {

// Shorter than this is a clock glitch, not a task; longer is not worth learning from.
constexpr milliseconds Shortest{100};
constexpr milliseconds Longest = hours(24);

bool plausible(double meanLog, double varianceLog)
{
    return std::isfinite(meanLog) && std::isfinite(varianceLog) && varianceLog >= 0.0;
}

} // namespace

double DurationStats::Model::medianSeconds() const
{
    return std::exp(meanLog);
}

double DurationStats::Model::spread() const
{
    return std::sqrt(std::max(varianceLog, 0.0));
}

std::optional<milliseconds> DurationStats::estimate(const QDateTime &createdAt,
                                                    const QDateTime &lastRunningAt,
                                                    const QDateTime &completedSeenAt,
                                                    std::optional<qint64> inferenceMs)
{
    if (!createdAt.isValid() || !lastRunningAt.isValid() || !completedSeenAt.isValid())
        return std::nullopt;
    const qint64 earliest = createdAt.msecsTo(lastRunningAt);
    const qint64 latest = createdAt.msecsTo(completedSeenAt);
    if (earliest < 0 || latest < earliest)
        return std::nullopt;
    // The end is as likely anywhere between the two checks.
    qint64 duration = earliest + (latest - earliest) / 2;
    if (inferenceMs && *inferenceMs > 0)
        duration = std::clamp(*inferenceMs, duration, latest);
    if (milliseconds(duration) < Shortest || milliseconds(duration) > Longest)
        return std::nullopt;
    return milliseconds(duration);
}

void DurationStats::add(const QString &model, milliseconds duration)
{
    if (model.isEmpty() || duration < Shortest || duration > Longest)
        return;
    const double x = std::log(double(duration.count()) / 1000.0);
    Model &stats = m_models[model];
    // Exponentially weighted mean and variance; while samples are few, the plain ones.
    const double weight = std::max(1.0 / double(stats.samples + 1), 1.0 / Window);
    const double delta = x - stats.meanLog;
    stats.meanLog += weight * delta;
    stats.varianceLog = (1.0 - weight) * (stats.varianceLog + weight * delta * delta);
    stats.samples = std::min(stats.samples + 1, Window * 1000);
}

const DurationStats::Model *DurationStats::find(const QString &model) const
{
    const auto found = m_models.constFind(model);
    if (found == m_models.constEnd() || found->samples < MinSamples)
        return nullptr;
    return &*found;
}

void DurationStats::insert(const QString &model, const Model &stats)
{
    if (model.isEmpty() || stats.samples <= 0 || !plausible(stats.meanLog, stats.varianceLog))
        return;
    m_models.insert(model, stats);
}
