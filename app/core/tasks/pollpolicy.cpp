// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "pollpolicy.h"

#include "durationstats.h"

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

constexpr std::int64_t JitterDivisor = 10; // jitter: at most a tenth of the delay

// The learned schedule. The likely finish starts at the median duration times e^(-EdgeSpreads·σ),
// σ the spread of the model's log durations, never narrower than MinSpread nor wider than
// MaxSpread. From there the interval follows the chance of finishing (see learned()), a check
// weighing as much as CheckCostSeconds of delay in noticing a completion.
constexpr double EdgeSpreads = 2.0;
constexpr double MinSpread = 0.1;
constexpr double MaxSpread = 1.0;
constexpr double CheckCostSeconds = 0.5;
constexpr double Pi = 3.14159265358979323846;

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

milliseconds fromSeconds(double seconds)
{
    return milliseconds(std::llround(std::min(seconds, 1.0e9) * 1000.0));
}

// Upward jitter of at most a tenth of the delay, so that tasks added together drift apart.
PollPolicy::Decision jittered(const PollPolicy::Input &input, milliseconds delay,
                              milliseconds ceiling, const char *reason,
                              const PollPolicy::Random &random)
{
    const milliseconds minimum = PollPolicy::floor(input.kind);
    ceiling = std::max(ceiling, minimum);
    delay = std::clamp(delay, minimum, ceiling);
    const double jitter = std::floor(double(delay.count()) * draw(random) / JitterDivisor);
    delay += milliseconds(static_cast<std::int64_t>(jitter));
    return {std::clamp(delay, minimum, ceiling + ceiling / JitterDivisor), reason};
}

PollPolicy::Decision fixed(const PollPolicy::Input &input, const QDateTime &now,
                           const PollPolicy::Random &random)
{
    const milliseconds minimum = PollPolicy::floor(input.kind);
    const milliseconds young = youngAge(input.kind);
    const milliseconds age = taskAge(input, now);

    // Growth starts from the floor at the young age, so the delay leaves the floor without a jump.
    const milliseconds growth = std::max(age - young, 0ms) / GrowthDivisor;
    const milliseconds delay = std::min(minimum + growth, PollPolicy::Cap);
    const char *reason = delay >= PollPolicy::Cap ? "cap"
                         : delay > minimum        ? "growing"
                                                  : floorReason(input.kind);
    return jittered(input, delay, PollPolicy::Cap, reason, random);
}

// How likely a task still running at `age` is to end within the next second: the hazard of the
// log-normal durations. Low long before the median, highest around it, falling slowly after.
double hazard(double age, double meanLog, double spread)
{
    if (age <= 0.0)
        return 0.0;
    const double z = (std::log(age) - meanLog) / spread;
    const double density = std::exp(-0.5 * z * z) / (std::sqrt(2.0 * Pi) * spread * age);
    const double survival = 0.5 * std::erfc(z / std::sqrt(2.0));
    return survival > 0.0 ? density / survival : density;
}

PollPolicy::Decision learned(const PollPolicy::Input &input, const DurationStats::Model &model,
                             const QDateTime &now, const PollPolicy::Random &random)
{
    const milliseconds minimum = PollPolicy::floor(input.kind);
    const double age = double(input.createdAt.msecsTo(now)) / 1000.0;
    // Few samples say little about the spread: assume a wider one.
    const double spread = std::clamp(model.spread(), MinSpread, MaxSpread) *
                          (1.0 + 1.0 / double(std::max(model.samples, 1)));
    const double early = model.medianSeconds() * std::exp(-EdgeSpreads * spread);
    const double late = model.medianSeconds() * std::exp(EdgeSpreads * spread);

    // A check costs the API one request and saves, on average, half the interval times the
    // chance the task ends within it; the interval that balances the two is sqrt(2c / hazard).
    const auto interval = [&](double at) {
        const double rate = hazard(at, model.meanLog, spread);
        const double seconds = rate > 0.0 ? std::sqrt(2.0 * CheckCostSeconds / rate) : 1.0e9;
        return std::clamp(fromSeconds(seconds), minimum, PollPolicy::Cap);
    };

    if (age < early) {
        // Nothing is likely to happen before the early edge: one check there.
        const milliseconds wait = std::min(fromSeconds(early - age), PollPolicy::MaxWait);
        return jittered(input, std::max(wait, minimum), wait + interval(early),
                        "before the likely finish", random);
    }
    if (age <= late)
        return jittered(input, interval(age), PollPolicy::Cap, "around the likely finish", random);
    // Slower than almost all: the model may have become slower, and a narrow spread would keep
    // the checks close for long. The interval grows with the time past the edge instead.
    const milliseconds growth = fromSeconds((age - late) / double(GrowthDivisor));
    return jittered(input, std::min(interval(late) + growth, PollPolicy::Cap), PollPolicy::Cap,
                    "past the likely finish", random);
}

PollPolicy::Decision healthy(const PollPolicy::Input &input, const QDateTime &now,
                             const DurationStats *durations, const PollPolicy::Random &random)
{
    const DurationStats::Model *model =
        durations && !input.model.isEmpty() ? durations->find(input.model) : nullptr;
    if (model && input.createdAt.isValid() && now.isValid() && input.createdAt <= now)
        return learned(input, *model, now, random);
    return fixed(input, now, random);
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
        return healthy(input, m_clock ? m_clock() : QDateTime(), m_durations, m_random);
    if (input.lastError == Kind::NotFound)
        return {minimum, "confirming not found"}; // a second 404 ends the task: no reason to wait
    if (ApiError::isTransient(input.lastError))
        return backoff(input, m_random);

    // Rate limits and rejected keys are the request gate's business; here only the floor holds.
    return {minimum, "floor"};
}
