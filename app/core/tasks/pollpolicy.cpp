// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "pollpolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdint>

using namespace std::chrono_literals;

namespace {

using Kind = ApiError::Kind;
using std::chrono::milliseconds;

// A task younger than this is checked at the floor: most tasks end within it.
constexpr milliseconds ImageYoungAge = 20s;
constexpr milliseconds VideoYoungAge = 60s;

// Past the young age the delay grows by one tenth of the extra age, so a five-minute video
// task is checked about every 30 s.
constexpr std::int64_t GrowthDivisor = 10;

// Upward jitter, at most a tenth of the delay, so that tasks added together drift apart.
constexpr std::int64_t JitterDivisor = 10;
constexpr milliseconds JitteredCap = PollPolicy::Cap + PollPolicy::Cap / JitterDivisor;

// 2^BackoffMaxExponent times any floor is far beyond BackoffCap: larger error counts change
// nothing, and the shift cannot overflow.
constexpr int BackoffMaxExponent = 20;

milliseconds youngAge(TaskKind kind)
{
    return kind == TaskKind::Image ? ImageYoungAge : VideoYoungAge;
}

const char *floorReason(TaskKind kind)
{
    return kind == TaskKind::Image ? "image floor" : "video floor";
}

// The random source promises [0, 1); a misbehaving one must not break the bounds.
double draw(const PollPolicy::Random &random)
{
    const double value = random ? random() : 0.0;
    if (!std::isfinite(value) || value < 0.0)
        return 0.0;
    return std::min(value, 1.0);
}

milliseconds taskAge(const PollPolicy::Input &input, const QDateTime &now)
{
    if (input.createdAt.isValid() && now.isValid())
        return std::max(milliseconds(input.createdAt.msecsTo(now)), 0ms);

    // Without a creation time, the checks so far at the floor are a lower bound of the age.
    const std::int64_t checks = std::max(input.checks, 0);
    return PollPolicy::floor(input.kind) * checks;
}

PollPolicy::Decision healthy(const PollPolicy::Input &input, const QDateTime &now,
                             const PollPolicy::Random &random)
{
    const milliseconds minimum = PollPolicy::floor(input.kind);
    const milliseconds young = youngAge(input.kind);
    const milliseconds age = taskAge(input, now);

    // Growth starts from the floor at the young age, so the delay leaves the floor without a jump.
    const milliseconds growth = std::max(age - young, 0ms) / GrowthDivisor;
    milliseconds delay = std::min(minimum + growth, PollPolicy::Cap);
    const char *reason = delay >= PollPolicy::Cap ? "cap"
                         : delay > minimum        ? "growing"
                                                  : floorReason(input.kind);

    const double jitter = std::floor(double(delay.count()) * draw(random) / JitterDivisor);
    delay += milliseconds(static_cast<std::int64_t>(jitter));
    return {std::clamp(delay, minimum, JitteredCap), reason};
}

milliseconds backoffCeiling(TaskKind kind, int errorsInRow)
{
    const int exponent = std::clamp(errorsInRow, 0, BackoffMaxExponent);
    return std::min(PollPolicy::BackoffCap,
                    PollPolicy::floor(kind) * (std::int64_t(1) << exponent));
}

// Full jitter: any delay up to the ceiling is as likely, which spreads retries after an outage.
PollPolicy::Decision backoff(const PollPolicy::Input &input, const PollPolicy::Random &random)
{
    const milliseconds minimum = PollPolicy::floor(input.kind);
    const milliseconds ceiling = std::max(backoffCeiling(input.kind, input.errorsInRow), minimum);
    const milliseconds drawn(std::llround(double(ceiling.count()) * draw(random)));
    return {std::clamp(drawn, minimum, ceiling), "backoff"};
}

} // namespace

PollPolicy::PollPolicy()
    : PollPolicy(&QDateTime::currentDateTimeUtc,
                 [] { return QRandomGenerator::global()->generateDouble(); })
{}

PollPolicy::PollPolicy(Clock clock, Random random)
    : m_clock(std::move(clock))
    , m_random(std::move(random))
{}

std::chrono::milliseconds PollPolicy::floor(TaskKind kind)
{
    return kind == TaskKind::Image ? ImageFloor : VideoFloor;
}

PollPolicy::Decision PollPolicy::next(const Input &input) const
{
    const milliseconds minimum = floor(input.kind);

    if (input.lastError == Kind::None)
        return healthy(input, m_clock ? m_clock() : QDateTime(), m_random);
    if (input.lastError == Kind::NotFound)
        return {minimum, "confirming not found"}; // a second 404 ends the task: no reason to wait
    if (ApiError::isTransient(input.lastError))
        return backoff(input, m_random);

    // Rate limits and rejected keys are the request gate's business; here only the floor holds.
    return {minimum, "floor"};
}
