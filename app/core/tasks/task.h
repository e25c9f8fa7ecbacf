// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "taskkind.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where a watched task stands in the monitor, which is more than the API's status: the monitor
// also knows when it is waiting, paused, or has given up.
enum class TaskState {
    Queued,
    Checking,
    Waiting,
    Paused,
    Completed,
    Failed,
    Cancelled,
    ServerTimeout,
    NotFound,
    GaveUp,
};

enum class PauseReason {
    None,
    KeyRejected,
    User,
    Offline,
};

// One watched task: what the API said last, and what the monitor decided.
struct Task
{
    enum class Field {
        State = 0x001,
        Status = 0x002,
        Model = 0x004,
        Kind = 0x008,
        Created = 0x010,
        Outputs = 0x020,
        Inference = 0x040,
        Error = 0x080,
        Schedule = 0x100, // checks, nextCheckAt
        Saved = 0x200,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    QString id;
    TaskState state = TaskState::Queued;
    PauseReason pauseReason = PauseReason::None;
    QString status; // the API's status string as last seen, e.g. "processing"
    QString model;
    TaskKind kind = TaskKind::Unknown;
    bool kindSetByUser = false;
    QDateTime createdAt;  // from the API, UTC
    QDateTime addedAt;    // when the monitor started watching
    QDateTime finishedAt; // when the monitor saw a terminal state
    QDateTime nextCheckAt;
    std::optional<qint64> inferenceMs;
    QList<QUrl> outputs;
    QList<bool> nsfw;
    // Where each output was saved, by output index; empty where it was not. A path stays
    // remembered when its file goes away, so that a file moved back counts as saved again.
    QStringList savedPaths;
    QString error;
    int errorCode = 0;
    int checks = 0;

    bool isFinished() const { return isTerminal(state); }
    QString savedPath(int output) const { return savedPaths.value(output); }
    // Outputs whose recorded file exists now; touches the file system.
    int savedCount() const;
    // When the API deletes the task and its outputs: seven days after creation.
    QDateTime expiresAt() const;
    static constexpr int RetentionDays = 7;
    static bool isTerminal(TaskState state);

    // Stable machine names: "queued", "checking", ..., "timeout", "not_found", "gave_up";
    // the terminal ones are the "status" of the command line's "failed" event.
    static QString stateName(TaskState state);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Task::Fields)
Q_DECLARE_METATYPE(Task::Fields)
