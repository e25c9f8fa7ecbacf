// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/task.h"

#include <QStringList>

#include <iterator>

// The task the crash test's writer stores under number n: a pure function of n, so that the test
// can tell a whole row from a torn or stale one without talking to the writer.
namespace WrittenTask {

// Tasks per save(), that is per transaction.
constexpr int Batch = 50;

inline QString id(int n)
{
    return QStringLiteral("crash-%1").arg(n, 7, 10, QLatin1Char('0'));
}

inline Task make(int n)
{
    constexpr TaskState States[] = {
        TaskState::Queued,    TaskState::Checking, TaskState::Waiting,   TaskState::Paused,
        TaskState::Completed, TaskState::Failed,   TaskState::Cancelled, TaskState::ServerTimeout,
        TaskState::NotFound,  TaskState::GaveUp,
    };
    constexpr PauseReason Reasons[] = {PauseReason::None, PauseReason::KeyRejected,
                                       PauseReason::User, PauseReason::Offline};
    constexpr TaskKind Kinds[] = {TaskKind::Unknown, TaskKind::Image, TaskKind::Video,
                                  TaskKind::Other};
    const QStringList statuses = {QStringLiteral("created"), QStringLiteral("processing"),
                                  QStringLiteral("completed"), QStringLiteral("failed")};
    const QDateTime epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

    Task task;
    task.id = id(n);
    task.state = States[n % std::size(States)];
    task.pauseReason = Reasons[n % std::size(Reasons)];
    task.status = statuses.at(n % statuses.size());
    task.model = QStringLiteral("wavespeed-ai/crash-model-%1").arg(n % 13);
    task.kind = Kinds[(n / 3) % std::size(Kinds)];
    task.kindSetByUser = n % 3 == 0;
    task.createdAt = epoch.addMSecs(qint64(n) * 1007);
    task.addedAt = task.createdAt.addSecs(2);
    if (task.isFinished())
        task.finishedAt = task.addedAt.addMSecs(n % 5000);
    if (n % 4 != 0)
        task.inferenceMs = qint64(n) * 37;
    for (int k = 1; k <= n % 3; ++k) {
        task.outputs.append(
            QUrl(QStringLiteral("https://cdn.example.com/crash/%1/out-%2.png?sig=%3")
                     .arg(n)
                     .arg(k)
                     .arg(n * 7919)));
        task.nsfw.append((n + k) % 2 == 0);
    }
    if (n % 5 == 0) {
        task.error = QStringLiteral("Aufgabe %1 abgelehnt — 审核未通过").arg(n);
        task.errorCode = 1200;
    }
    task.checks = n % 97;
    return task;
}

} // namespace WrittenTask
