// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/durationstats.h"
#include "tasks/pollpolicy.h"
#include "workload.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <random>

// One task as a policy sees it during a replay.
struct WatchedTask
{
    const WorkloadTask *spec = nullptr;
    int checks = 0;              // answered so far
    double lastRunningAt = -1.0; // when a check last found it running; -1: never
};

// When to check a task next, in virtual seconds. Each policy of the comparison is one.
class Schedule
{
public:
    virtual ~Schedule() = default;
    virtual QString name() const = 0;
    virtual double nextDelay(const WatchedTask &task, double now) = 0;
    virtual void completionSeen(const WatchedTask &, double) {}
};

// The loop in WaveSpeed's docs: at once, then after 2 s, growing ×1.5 up to 30 s.
class ReferenceSchedule final : public Schedule
{
public:
    QString name() const override { return QStringLiteral("reference"); }
    double nextDelay(const WatchedTask &task, double now) override;
};

// WaveSpeed's SDKs: every second.
class SdkSchedule final : public Schedule
{
public:
    QString name() const override { return QStringLiteral("sdk"); }
    double nextDelay(const WatchedTask &, double) override { return 1.0; }
};

// The floors and nothing else: every 2 s for images, every 5 s for videos.
class FloorSchedule final : public Schedule
{
public:
    QString name() const override { return QStringLiteral("floor"); }
    double nextDelay(const WatchedTask &task, double now) override;
};

// Ours: the application's PollPolicy on a virtual clock, learning each model's durations from
// the completions it sees, in the order it sees them, as the Monitor does.
class MonitorSchedule final : public Schedule
{
public:
    explicit MonitorSchedule(quint64 seed);

    QString name() const override { return QStringLiteral("monitor"); }
    double nextDelay(const WatchedTask &task, double now) override;
    void completionSeen(const WatchedTask &task, double now) override;

private:
    QDateTime at(double seconds) const;

    QDateTime m_epoch;
    double m_now = 0.0;
    std::mt19937_64 m_random;
    DurationStats m_durations;
    PollPolicy m_policy;
};

struct ReplayResult
{
    QString policy;
    double requestsPerTask = 0.0;
    double meanDelay = 0.0; // seconds from completion (or from being added, if later) to seen
    double p95Delay = 0.0;
    qint64 floorViolations = 0; // two checks of one task closer than its kind's floor
};

// Runs every task of the workload through the schedule in virtual time, all at once as they
// overlap in reality: a check at time t sees the task completed when t >= its completion.
ReplayResult replay(const Workload &workload, Schedule &schedule);
