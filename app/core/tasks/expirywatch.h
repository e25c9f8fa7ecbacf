// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class Monitor;
struct Task;

// Watches for completed tasks whose outputs the API is about to delete while some of them are
// not saved: such a task is "at risk" from a day before its expiry until the expiry itself.
class ExpiryWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryWatch)

public:
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::hours WarningAhead{24};
    static constexpr std::chrono::minutes CheckInterval{1};
    static constexpr std::chrono::milliseconds SoonDelay{250}; // after a change

    explicit ExpiryWatch(Monitor *monitor, QObject *parent = nullptr);

    void setClock(Clock clock); // for tests
    QDateTime now() const;

    // Completed, with an output whose saved file does not exist, and expiring within a day.
    static bool isAtRisk(const Task &task, const QDateTime &now);

    // As of the last evaluation.
    bool isAtRisk(const QString &id) const { return m_atRisk.contains(id); }
    QStringList atRisk() const; // in the monitor's order
    int count() const { return int(m_atRisk.size()); }

    // Looks again now; runs by itself every CheckInterval and soon after tasks change.
    void evaluate();

signals:
    // The tasks that became at risk or stopped being, and the new count.
    void changed(const QStringList &ids, int count);
    // Tasks at risk for the first time since the watch started: each is announced once.
    void announce(const QStringList &ids);

private:
    void evaluateSoon();

    Monitor *m_monitor;
    Clock m_clock;
    QSet<QString> m_atRisk;
    QSet<QString> m_announced;
    QTimer m_interval;
    QTimer m_soon;
};
