// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "expirywatch.h"

#include "monitor.h"
#include "task.h"

ExpiryWatch::ExpiryWatch(Monitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_interval.setInterval(CheckInterval);
    m_interval.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_interval, &QTimer::timeout, this, &ExpiryWatch::evaluate);
    m_interval.start();

    // Changes come in bursts, thousands of tasks within a second: look once after the burst.
    // Each look walks every task.
    m_soon.setSingleShot(true);
    m_soon.setInterval(SoonDelay);
    connect(&m_soon, &QTimer::timeout, this, &ExpiryWatch::evaluate);

    connect(monitor, &Monitor::tasksAdded, this, &ExpiryWatch::evaluateSoon);
    connect(monitor, &Monitor::tasksRemoved, this, &ExpiryWatch::evaluateSoon);
    connect(monitor, &Monitor::taskChanged, this, [this](const QString &, Task::Fields fields) {
        if (fields &
            (Task::Field::State | Task::Field::Created | Task::Field::Outputs | Task::Field::Saved))
            evaluateSoon();
    });
    evaluateSoon(); // the tasks restored before the watch began
}

void ExpiryWatch::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime ExpiryWatch::now() const
{
    return m_clock();
}

bool ExpiryWatch::isAtRisk(const Task &task, const QDateTime &now)
{
    if (task.state != TaskState::Completed || task.outputs.isEmpty())
        return false;
    const QDateTime expires = task.expiresAt();
    if (!expires.isValid() || expires <= now || now.secsTo(expires) > WarningAhead.count() * 3600)
        return false;
    return task.savedCount() < task.outputs.size(); // the file system, last
}

QStringList ExpiryWatch::atRisk() const
{
    QStringList ids;
    for (const QString &id : m_monitor->ids()) {
        if (m_atRisk.contains(id))
            ids.append(id);
    }
    return ids;
}

void ExpiryWatch::evaluateSoon()
{
    if (!m_soon.isActive())
        m_soon.start();
}

void ExpiryWatch::evaluate()
{
    m_soon.stop();
    const QDateTime now = m_clock();
    QSet<QString> atRisk;
    QStringList flipped;
    QStringList fresh;
    for (const QString &id : m_monitor->ids()) {
        const Task *task = m_monitor->task(id);
        if (!task || !isAtRisk(*task, now))
            continue;
        atRisk.insert(id);
        if (!m_atRisk.contains(id))
            flipped.append(id);
        if (!m_announced.contains(id)) {
            m_announced.insert(id);
            fresh.append(id);
        }
    }
    for (const QString &id : std::as_const(m_atRisk)) {
        if (!atRisk.contains(id))
            flipped.append(id);
    }
    m_atRisk = std::move(atRisk);
    if (!flipped.isEmpty())
        emit changed(flipped, count());
    if (!fresh.isEmpty())
        emit announce(fresh);
}
