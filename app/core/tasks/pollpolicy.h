// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "taskkind.h"

#include <QDateTime>

#include <chrono>
#include <functional>

// Decides how long a task waits before its next check. Pure: the clock and the random source
// are injected, so the same inputs always give the same delay.
class PollPolicy
{
public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    static constexpr std::chrono::milliseconds ImageFloor{2000};
    static constexpr std::chrono::milliseconds VideoFloor{5000};  // also Other and Unknown
    static constexpr std::chrono::milliseconds Cap{30000};        // for healthy long tasks
    static constexpr std::chrono::milliseconds BackoffCap{60000}; // after repeated errors

    struct Input
    {
        TaskKind kind = TaskKind::Unknown;
        int checks = 0;      // checks answered so far
        QDateTime createdAt; // from the API; invalid when not known yet
        ApiError::Kind lastError = ApiError::Kind::None;
        int errorsInRow = 0; // consecutive failed checks, 0 after a good answer
    };

    struct Decision
    {
        std::chrono::milliseconds delay{0};
        const char *reason = ""; // for the log: "image floor", "growing", "backoff", ...
    };

    PollPolicy(); // the system clock and QRandomGenerator::global()
    PollPolicy(Clock clock, Random random);

    Decision next(const Input &input) const;

    static std::chrono::milliseconds floor(TaskKind kind);

private:
    Clock m_clock;
    Random m_random;
};
