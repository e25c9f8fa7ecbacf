// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "taskkind.h"

#include <QDateTime>

#include <chrono>
#include <functional>

class DurationStats;

// Decides how long a task waits before its next check. Pure: the clock and the random source
// are injected, so the same inputs always give the same delay.
//
// Once a model's durations are known (DurationStats), checks gather around the likely finish:
// one jump to its early edge, checks close together while the task is likely to end, and
// growing intervals after. Before that, and for tasks of unknown creation time, a fixed
// schedule: the floor while the task is young, then growing with its age.
class PollPolicy
{
public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    static constexpr std::chrono::milliseconds ImageFloor{2000};
    static constexpr std::chrono::milliseconds VideoFloor{5000};  // also Other and Unknown
    static constexpr std::chrono::milliseconds Cap{30000};        // for healthy long tasks
    static constexpr std::chrono::milliseconds BackoffCap{60000}; // after repeated errors
    // The longest wait for a task's likely finish, in case the model became faster.
    static constexpr std::chrono::milliseconds MaxWait{300000};

    struct Input
    {
        TaskKind kind = TaskKind::Unknown;
        int checks = 0;      // checks answered so far
        QDateTime createdAt; // from the API; invalid when not known yet
        ApiError::Kind lastError = ApiError::Kind::None;
        int errorsInRow = 0; // consecutive failed checks, 0 after a good answer
        QString model;       // empty until an answer names it
    };

    struct Decision
    {
        std::chrono::milliseconds delay{0};
        const char *reason = ""; // for the log: "image floor", "growing", "backoff", ...
    };

    PollPolicy(); // the system clock and QRandomGenerator::global()
    PollPolicy(Clock clock, Random random);

    Decision next(const Input &input) const;

    // What the schedule learns from; null (the default) keeps the fixed schedule. Not owned.
    void setDurations(const DurationStats *durations) { m_durations = durations; }
    const DurationStats *durations() const { return m_durations; }

    static std::chrono::milliseconds floor(TaskKind kind);

private:
    Clock m_clock;
    Random m_random;
    const DurationStats *m_durations = nullptr;
};
