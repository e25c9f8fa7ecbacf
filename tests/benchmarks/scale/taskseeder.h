// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/task.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

// Submits tasks to the simulated API (POST /api/v3/<model>, with the simulator's fields that
// force the outcome and duration) and turns its answers into the rows a task list keeps.
// Seven in ten tasks make images (PNG), three make a video (MP4); one in twenty fails.
class TaskSeeder final
{
public:
    enum class Kind {
        Finished, // ended at once; kept as completed or failed, created over the past week
        Running,  // runs for an hour; kept as waiting
        EndingAt, // all end at the same moment; kept as waiting
    };

    struct Seeded
    {
        QList<Task> tasks;              // as the task list keeps them
        QHash<QString, TaskState> ends; // how each task will end, or has ended
    };

    TaskSeeder(QNetworkAccessManager *network, const QUrl &apiBase, const QString &key);

    std::optional<Seeded> submit(int count, Kind kind, const QDateTime &endsAt, QString *error);

private:
    QByteArray body(int index, Kind kind, const QDateTime &endsAt) const;
    Task taskFrom(const QByteArray &reply, int index, Kind kind, QString *error) const;

    QNetworkAccessManager *m_network;
    QUrl m_apiBase;
    QString m_key;
};
