// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

// How long each model's tasks take, from `created_at` to completion, as the monitor saw them.
// Durations spread log-normally, so each model keeps the weighted mean and variance of their
// logarithm: a few numbers whatever the count, following the model when it gets faster or
// slower. The poll policy schedules checks around what this predicts.
class DurationStats
{
public:
    struct Model
    {
        int samples = 0;
        double meanLog = 0.0; // ln(seconds)
        double varianceLog = 0.0;

        double medianSeconds() const;
        double spread() const; // standard deviation of ln(seconds)
    };

    // Below this many samples a model is not known yet.
    static constexpr int MinSamples = 3;
    // A new sample weighs at least 1/Window: the statistics follow changes within about that
    // many tasks.
    static constexpr int Window = 50;

    // When the task most likely ended: between the last check that found it running and the
    // check that found it completed, never sooner than its inference took. Nothing when no
    // check saw it running, or the times make no sense.
    static std::optional<std::chrono::milliseconds> estimate(const QDateTime &createdAt,
                                                             const QDateTime &lastRunningAt,
                                                             const QDateTime &completedSeenAt,
                                                             std::optional<qint64> inferenceMs);

    void add(const QString &model, std::chrono::milliseconds duration);
    // Null unless the model has at least MinSamples.
    const Model *find(const QString &model) const;

    // For the task store: everything learned, and putting it back after a restart.
    const QHash<QString, Model> &models() const { return m_models; }
    void insert(const QString &model, const Model &stats);

private:
    QHash<QString, Model> m_models;
};
