// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "replay.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace {

constexpr double ReferenceFirst = 2.0;
constexpr double ReferenceGrowth = 1.5;
constexpr double ReferenceCap = 30.0;
// Virtual times are sums of milliseconds; a gap a rounding error short of the floor is not a
// violation.
constexpr double FloorTolerance = 1e-6;

double seconds(std::chrono::milliseconds duration)
{
    return double(duration.count()) / 1000.0;
}

} // namespace

double ReferenceSchedule::nextDelay(const WatchedTask &task, double)
{
    return std::min(ReferenceFirst * std::pow(ReferenceGrowth, task.checks - 1), ReferenceCap);
}

double FloorSchedule::nextDelay(const WatchedTask &task, double)
{
    return seconds(PollPolicy::floor(task.spec->kind));
}

MonitorSchedule::MonitorSchedule(quint64 seed)
    : m_epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
    , m_random(seed)
    , m_policy([this] { return at(m_now); },
               [this] { return double(m_random() >> 11) * (1.0 / 9007199254740992.0); })
{
    m_policy.setDurations(&m_durations);
}

QDateTime MonitorSchedule::at(double seconds) const
{
    return m_epoch.addMSecs(qint64(std::llround(seconds * 1000.0)));
}

double MonitorSchedule::nextDelay(const WatchedTask &task, double now)
{
    m_now = now;
    // After the first answer the task's model, its kind (from the model catalogue) and its
    // creation time are known.
    PollPolicy::Input input;
    input.kind = task.spec->kind;
    input.checks = task.checks;
    input.createdAt = at(task.spec->createdAt);
    input.model = task.spec->model;
    return seconds(m_policy.next(input).delay);
}

void MonitorSchedule::completionSeen(const WatchedTask &task, double now)
{
    if (task.lastRunningAt < 0.0)
        return;
    const auto duration = DurationStats::estimate(at(task.spec->createdAt), at(task.lastRunningAt),
                                                  at(now), std::nullopt);
    if (duration)
        m_durations.add(task.spec->model, *duration);
}

ReplayResult replay(const Workload &workload, Schedule &schedule)
{
    using Event = std::pair<double, int>; // when, which task; ties go by task, for determinism
    std::priority_queue<Event, std::vector<Event>, std::greater<>> due;
    std::vector<WatchedTask> tasks(std::size_t(workload.tasks.size()));
    std::vector<double> lastCheck(tasks.size(), -1.0);
    for (int i = 0; i < int(tasks.size()); ++i) {
        tasks[std::size_t(i)].spec = &workload.tasks.at(i);
        due.push({workload.tasks.at(i).addedAt(), i});
    }

    ReplayResult result;
    result.policy = schedule.name();
    qint64 requests = 0;
    std::vector<double> delays;
    delays.reserve(tasks.size());
    while (!due.empty()) {
        const auto [now, index] = due.top();
        due.pop();
        WatchedTask &task = tasks[std::size_t(index)];
        double &last = lastCheck[std::size_t(index)];
        ++requests;
        if (last >= 0.0 &&
            now - last < seconds(PollPolicy::floor(task.spec->kind)) - FloorTolerance)
            ++result.floorViolations;
        last = now;
        ++task.checks;

        if (now >= task.spec->completesAt()) {
            delays.push_back(now - std::max(task.spec->completesAt(), task.spec->addedAt()));
            schedule.completionSeen(task, now);
            continue;
        }
        task.lastRunningAt = now;
        due.push({now + schedule.nextDelay(task, now), index});
    }

    const double count = double(std::max<std::size_t>(tasks.size(), 1));
    result.requestsPerTask = double(requests) / count;
    double sum = 0.0;
    for (double delay : delays)
        sum += delay;
    result.meanDelay = sum / count;
    std::sort(delays.begin(), delays.end());
    if (!delays.empty()) {
        const auto rank = std::size_t(std::ceil(0.95 * double(delays.size())));
        result.p95Delay = delays[std::clamp<std::size_t>(rank, 1, delays.size()) - 1];
    }
    return result;
}
