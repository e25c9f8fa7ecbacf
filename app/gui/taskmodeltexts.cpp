// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The texts of TaskModel's cells: what each column shows and sorts by.
#include "taskmodel.h"

#include "api/prediction.h"
#include "tasks/expirywatch.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace {

constexpr qint64 SecondsPerMinute = 60;
constexpr qint64 SecondsPerHour = 60 * SecondsPerMinute;
constexpr double MillisecondsPerSecond = 1000.0;

// "1:23", or "1:02:03" past an hour.
QString durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 hours = seconds / SecondsPerHour;
    const qint64 minutes = (seconds % SecondsPerHour) / SecondsPerMinute;
    const qint64 rest = seconds % SecondsPerMinute;
    const QString tail = QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(tail);
    return QStringLiteral("%1:%2").arg(minutes).arg(tail);
}

// Today's tasks by their time alone, older ones by date and time: the column stays narrow.
QString createdText(const QDateTime &created)
{
    if (!created.isValid())
        return {};
    const QDateTime local = created.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

QVariant TaskModel::displayData(const Task &task, int column) const
{
    switch (column) {
    case IdColumn:
        return task.id;
    case ModelColumn:
        return task.model;
    case StatusColumn:
        return statusText(task);
    case CreatedColumn:
        if (!task.createdAt.isValid())
            return {};
        return createdText(task.createdAt);
    case ExpiresColumn:
        return expiresText(task);
    case InferenceColumn:
        if (!task.inferenceMs)
            return {};
        //: inference time in seconds, e.g. "2.4 s"
        return tr("%1 s", "seconds")
            .arg(QLocale().toString(double(*task.inferenceMs) / MillisecondsPerSecond, 'f', 1));
    case OutputsColumn:
        return outputsText(task);
    case ErrorColumn: {
        const QString meaning = Prediction::errorCodeMeaning(task.errorCode);
        if (meaning.isEmpty() || task.error.contains(meaning, Qt::CaseInsensitive))
            return task.error;
        if (task.error.isEmpty())
            return meaning;
        //: a task's error, then the meaning of its error code
        return tr("%1 (%2)", "error and its meaning").arg(task.error, meaning);
    }
    default:
        return {};
    }
}

QVariant TaskModel::rawData(const Task &task, int column) const
{
    switch (column) {
    case PreviewColumn:
        return thumbnailState(task);
    case IdColumn:
        return task.id;
    case ModelColumn:
        return task.model;
    case StatusColumn:
        return int(task.state);
    case CreatedColumn:
        return task.createdAt;
    case ExpiresColumn:
        return task.expiresAt();
    case InferenceColumn:
        return task.inferenceMs ? *task.inferenceMs : qint64(-1);
    case OutputsColumn:
        return int(task.outputs.size());
    case ErrorColumn:
        return displayData(task, ErrorColumn);
    default:
        return {};
    }
}

QString TaskModel::statusText(const Task &task) const
{
    QString text;
    switch (task.state) {
    case TaskState::Queued:
        text = tr("Queued", "task state");
        break;
    case TaskState::Checking:
        text = tr("Checking…", "task state");
        break;
    case TaskState::Waiting:
        text = tr("Waiting", "task state");
        break;
    case TaskState::Paused:
        text = tr("Paused", "task state");
        break;
    case TaskState::Completed:
        text = tr("Completed", "task state");
        break;
    case TaskState::Failed:
        text = tr("Failed", "task state");
        break;
    case TaskState::Cancelled:
        text = tr("Cancelled", "task state");
        break;
    case TaskState::ServerTimeout:
        //: the API said the task timed out
        text = tr("Timed out", "task state");
        break;
    case TaskState::NotFound:
        text = tr("Not found", "task state");
        break;
    case TaskState::GaveUp:
        //: the monitor stopped watching the task after its own timeout
        text = tr("Gave up", "task state");
        break;
    }

    if (!task.status.isEmpty() &&
        Prediction::statusFromText(task.status) == Prediction::Status::Unknown)
        //: a task state, then a status the API reported that the app does not know
        text = tr("%1 (%2)", "state and unknown status").arg(text, task.status);

    if (!task.isFinished() && task.createdAt.isValid()) {
        const qint64 seconds = task.createdAt.secsTo(m_clock());
        //: a task state, then how long ago the task was created, e.g. "Waiting · 1:23"
        text = tr("%1 · %2", "state and running time").arg(text, durationText(seconds));
    }
    return text;
}

QString TaskModel::statusToolTip(const Task &task) const
{
    QStringList lines;
    switch (task.pauseReason) {
    case PauseReason::None:
        break;
    case PauseReason::KeyRejected:
        lines.append(tr("Paused: the API rejected the key. Open Settings to change it."));
        break;
    case PauseReason::User:
        lines.append(tr("Paused by you."));
        break;
    case PauseReason::Offline:
        lines.append(tr("Paused: the network is down."));
        break;
    }
    if (task.state == TaskState::Waiting && task.nextCheckAt.isValid()) {
        const qint64 seconds = std::max<qint64>(m_clock().secsTo(task.nextCheckAt), 0);
        lines.append(tr("Next check in %n second(s), at %1.", "", int(seconds))
                         .arg(QLocale().toString(task.nextCheckAt.toLocalTime().time(),
                                                 QLocale::ShortFormat)));
    }
    if (!task.status.isEmpty())
        lines.append(tr("The API says: %1").arg(task.status));
    return lines.join(QLatin1Char('\n'));
}

QString TaskModel::outputsText(const Task &task) const
{
    const Download download = downloadOf(task);
    const int count = int(task.outputs.size());
    switch (download.state) {
    case Download::State::None:
        break;
    case Download::State::Running:
        //: outputs saved so far out of all, e.g. "1/2 saving…"
        return tr("%1/%2 saving…").arg(download.saved).arg(download.total);
    case Download::State::Saved:
        if (download.saved < count)
            //: some outputs saved out of all, e.g. "1/2 saved"
            return tr("%1/%2 saved").arg(download.saved).arg(count);
        //: the number of outputs, all saved, e.g. "2 · saved"
        return tr("%1 · saved").arg(count);
    case Download::State::Failed:
        return tr("failed", "download");
    }
    if (count == 0 && task.state != TaskState::Completed)
        return {}; // nothing yet, or never: an empty cell says it quieter than a zero
    return QLocale().toString(count);
}

QStringList TaskModel::outputsTextSamples()
{
    // Tasks rarely have ten outputs or more: a wider column for them would cost every row.
    const QString digit = QStringLiteral("9");
    return {QStringLiteral("99"), tr("%1/%2 saving…").arg(digit, digit),
            tr("%1/%2 saved").arg(digit, digit), tr("%1 · saved").arg(digit),
            tr("failed", "download")};
}

// Which outputs are saved, and where: one line per output.
QString TaskModel::outputsToolTip(const Task &task) const
{
    const Download download = downloadOf(task);
    if (download.state == Download::State::Failed)
        return download.error;
    if (task.savedPaths.isEmpty())
        return {};
    QStringList lines;
    for (int i = 0; i < task.outputs.size(); ++i) {
        const QString path = task.savedPath(i);
        if (path.isEmpty())
            //: output number n of a task is not saved
            lines.append(tr("%1: not saved").arg(i + 1));
        else if (QFileInfo::exists(path))
            lines.append(tr("%1: %2", "output number and where it was saved")
                             .arg(i + 1)
                             .arg(QDir::toNativeSeparators(path)));
        else
            //: output n was saved to a file that is gone now
            lines.append(tr("%1: %2 (missing)").arg(i + 1).arg(QDir::toNativeSeparators(path)));
    }
    return lines.join(QLatin1Char('\n'));
}

// "in 6 days", "in 5 h", "in 40 min", "expired": coarse, because it moves on by itself.
QString TaskModel::expiresText(const Task &task) const
{
    const QDateTime expires = task.expiresAt();
    if (!expires.isValid())
        return {};
    const qint64 seconds = m_clock().secsTo(expires);
    if (seconds <= 0)
        //: the API deleted the task's outputs
        return tr("expired");
    constexpr qint64 SecondsPerDay = 24 * SecondsPerHour;
    if (seconds >= 2 * SecondsPerDay)
        //: the outputs expire in this many days
        return tr("in %n day(s)", "", int(seconds / SecondsPerDay));
    if (seconds >= SecondsPerHour)
        //: the outputs expire in this many hours
        return tr("in %n h", "", int(seconds / SecondsPerHour));
    //: the outputs expire in this many minutes
    return tr("in %n min", "", int(std::max<qint64>(seconds / SecondsPerMinute, 1)));
}

QString TaskModel::expiresToolTip(const Task &task) const
{
    const QDateTime expires = task.expiresAt();
    if (!expires.isValid())
        return {};
    const QString when = QLocale().toString(expires.toLocalTime(), QLocale::LongFormat);
    if (expires <= m_clock())
        return tr("The API deleted this task and its outputs on %1.").arg(when);
    QString text = tr("The API deletes this task and its outputs on %1.").arg(when);
    if (m_expiry && m_expiry->isAtRisk(task.id))
        text += QLatin1Char('\n') + tr("Some outputs are not saved yet: save them before then.");
    return text;
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PreviewColumn:
        return tr("Preview", "column");
    case IdColumn:
        return tr("ID", "column");
    case ModelColumn:
        return tr("Model", "column");
    case StatusColumn:
        return tr("Status", "column");
    case CreatedColumn:
        return tr("Created", "column");
    case ExpiresColumn:
        //: when the API deletes the task's outputs
        return tr("Expires", "column");
    case InferenceColumn:
        return tr("Inference", "column");
    case OutputsColumn:
        return tr("Outputs", "column");
    case ErrorColumn:
        return tr("Error", "column");
    default:
        return {};
    }
}
