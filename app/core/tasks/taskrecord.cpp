// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr auto CreateTable = R"(
CREATE TABLE IF NOT EXISTS tasks (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    state TEXT NOT NULL,
    pause_reason TEXT NOT NULL DEFAULT 'none',
    status TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'unknown',
    kind_set_by_user INTEGER NOT NULL DEFAULT 0,
    created_at TEXT,
    added_at TEXT,
    finished_at TEXT,
    inference_ms INTEGER,
    outputs TEXT NOT NULL DEFAULT '[]',
    nsfw TEXT NOT NULL DEFAULT '[]',
    error TEXT NOT NULL DEFAULT '',
    error_code INTEGER NOT NULL DEFAULT 0,
    checks INTEGER NOT NULL DEFAULT 0,
    saved_paths TEXT NOT NULL DEFAULT '[]'
))";
constexpr auto CreateIndex = "CREATE INDEX IF NOT EXISTS tasks_position ON tasks (position)";

// A row keeps its position when it is written again: the order is the order of first add.
constexpr auto Upsert = R"(
INSERT INTO tasks (id, position, state, pause_reason, status, model, kind, kind_set_by_user,
                   created_at, added_at, finished_at, inference_ms, outputs, nsfw, error,
                   error_code, checks, saved_paths)
VALUES (:id, (SELECT COALESCE(MAX(position), 0) + 1 FROM tasks), :state, :pause_reason, :status,
        :model, :kind, :kind_set_by_user, :created_at, :added_at, :finished_at, :inference_ms,
        :outputs, :nsfw, :error, :error_code, :checks, :saved_paths)
ON CONFLICT (id) DO UPDATE SET
    state = excluded.state, pause_reason = excluded.pause_reason, status = excluded.status,
    model = excluded.model, kind = excluded.kind, kind_set_by_user = excluded.kind_set_by_user,
    created_at = excluded.created_at, added_at = excluded.added_at,
    finished_at = excluded.finished_at, inference_ms = excluded.inference_ms,
    outputs = excluded.outputs, nsfw = excluded.nsfw, error = excluded.error,
    error_code = excluded.error_code, checks = excluded.checks,
    saved_paths = excluded.saved_paths)";

constexpr auto Select = R"(
SELECT id, state, pause_reason, status, model, kind, kind_set_by_user, created_at, added_at,
       finished_at, inference_ms, outputs, nsfw, error, error_code, checks, saved_paths
FROM tasks ORDER BY position)";

constexpr TaskState AllStates[] = {
    TaskState::Queued,    TaskState::Checking, TaskState::Waiting,   TaskState::Paused,
    TaskState::Completed, TaskState::Failed,   TaskState::Cancelled, TaskState::ServerTimeout,
    TaskState::NotFound,  TaskState::GaveUp,
};

QString pauseReasonName(PauseReason reason)
{
    switch (reason) {
    case PauseReason::KeyRejected:
        return QStringLiteral("key_rejected");
    case PauseReason::User:
        return QStringLiteral("user");
    case PauseReason::Offline:
        return QStringLiteral("offline");
    case PauseReason::None:
        break;
    }
    return QStringLiteral("none");
}

PauseReason pauseReasonFromName(const QString &name)
{
    for (PauseReason reason : {PauseReason::KeyRejected, PauseReason::User, PauseReason::Offline}) {
        if (name == pauseReasonName(reason))
            return reason;
    }
    return PauseReason::None;
}

// A state written by a later version that this one does not know is checked again.
TaskState stateFromName(const QString &name)
{
    for (TaskState state : AllStates) {
        if (name == Task::stateName(state))
            return state;
    }
    return TaskState::Queued;
}

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString outputsJson(const QList<QUrl> &outputs)
{
    QJsonArray array;
    for (const QUrl &url : outputs)
        array.append(url.toString(QUrl::FullyEncoded));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QUrl> outputsFrom(const QString &json)
{
    QList<QUrl> outputs;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        outputs.append(QUrl::fromEncoded(value.toString().toUtf8()));
    return outputs;
}

QString nsfwJson(const QList<bool> &nsfw)
{
    QJsonArray array;
    for (bool flag : nsfw)
        array.append(flag);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<bool> nsfwFrom(const QString &json)
{
    QList<bool> nsfw;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        nsfw.append(value.toBool());
    return nsfw;
}

QString pathsJson(const QStringList &paths)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(paths)).toJson(QJsonDocument::Compact));
}

QStringList pathsFrom(const QString &json)
{
    QStringList paths;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        paths.append(value.toString());
    return paths;
}

// A null QString would be bound as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

namespace TaskRecord {

QStringList schema()
{
    return {QString::fromLatin1(CreateTable), QString::fromLatin1(CreateIndex)};
}

QString addSavedPaths()
{
    return QStringLiteral("ALTER TABLE tasks ADD COLUMN saved_paths TEXT NOT NULL DEFAULT '[]'");
}

QString upsert()
{
    return QString::fromLatin1(Upsert);
}

QString selectAll()
{
    return QString::fromLatin1(Select);
}

void bind(QSqlQuery &query, const Task &task)
{
    query.bindValue(QStringLiteral(":id"), task.id);
    query.bindValue(QStringLiteral(":state"), Task::stateName(task.state));
    query.bindValue(QStringLiteral(":pause_reason"), pauseReasonName(task.pauseReason));
    query.bindValue(QStringLiteral(":status"), text(task.status));
    query.bindValue(QStringLiteral(":model"), text(task.model));
    query.bindValue(QStringLiteral(":kind"), TaskKinds::name(task.kind));
    query.bindValue(QStringLiteral(":kind_set_by_user"), task.kindSetByUser ? 1 : 0);
    query.bindValue(QStringLiteral(":created_at"), timeValue(task.createdAt));
    query.bindValue(QStringLiteral(":added_at"), timeValue(task.addedAt));
    query.bindValue(QStringLiteral(":finished_at"), timeValue(task.finishedAt));
    query.bindValue(QStringLiteral(":inference_ms"), task.inferenceMs
                                                         ? QVariant(*task.inferenceMs)
                                                         : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":outputs"), outputsJson(task.outputs));
    query.bindValue(QStringLiteral(":nsfw"), nsfwJson(task.nsfw));
    query.bindValue(QStringLiteral(":error"), text(task.error));
    query.bindValue(QStringLiteral(":error_code"), task.errorCode);
    query.bindValue(QStringLiteral(":checks"), task.checks);
    query.bindValue(QStringLiteral(":saved_paths"), pathsJson(task.savedPaths));
}

Task read(const QSqlQuery &query)
{
    Task task;
    task.id = query.value(0).toString();
    task.state = stateFromName(query.value(1).toString());
    task.pauseReason = pauseReasonFromName(query.value(2).toString());
    task.status = query.value(3).toString();
    task.model = query.value(4).toString();
    task.kind = TaskKinds::fromName(query.value(5).toString());
    task.kindSetByUser = query.value(6).toInt() != 0;
    task.createdAt = timeFrom(query.value(7));
    task.addedAt = timeFrom(query.value(8));
    task.finishedAt = timeFrom(query.value(9));
    if (!query.value(10).isNull())
        task.inferenceMs = query.value(10).toLongLong();
    task.outputs = outputsFrom(query.value(11).toString());
    task.nsfw = nsfwFrom(query.value(12).toString());
    task.error = query.value(13).toString();
    task.errorCode = query.value(14).toInt();
    task.checks = query.value(15).toInt();
    task.savedPaths = pathsFrom(query.value(16).toString());
    return task;
}

} // namespace TaskRecord
