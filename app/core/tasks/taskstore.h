// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "durationstats.h"
#include "task.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class Monitor;

// Keeps the watched tasks in SQLite so that they survive a restart: what changed during one
// event-loop tick is written in one transaction.
class TaskStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStore)

public:
    explicit TaskStore(QObject *parent = nullptr);
    ~TaskStore() override;

    // <AppDataLocation>/tasks.sqlite
    static QString defaultPath();

    // Opens or creates the database. A file that is not ours or is damaged is moved aside
    // (renamed with a ".broken-<time>" suffix) and a new one is made; `notice` then says so.
    bool open(const QString &path, QString *error = nullptr, QString *notice = nullptr);
    bool isOpen() const;
    QString path() const;

    // Every stored task, in the order they were first added.
    QList<Task> load() const;

    // What the poll policy had learned of each model's durations, for Monitor::restoreDurations.
    DurationStats loadDurations() const;

    // Gives the monitor back what its policy learned in earlier runs, then writes what it
    // reports from now on: changed tasks, added and removed ones, and what the policy learns.
    void attach(Monitor *monitor);
    // Writes whatever is pending now, e.g. before quitting.
    void flush();

    // Direct writes, for tests and for import.
    bool save(const QList<Task> &tasks);
    bool erase(const QStringList &ids);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
