// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskmodel.h"

#include "media/thumbnailer.h"
#include "tasks/expirywatch.h"
#include "tasks/monitor.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>

#include <algorithm>
#include <chrono>

using namespace std::chrono_literals;

namespace {

constexpr auto TickInterval = 1s;
constexpr auto ExpiryTickInterval = 1min;

// A warm tint that reads on light and dark palettes alike.
const QColor AtRiskTint(255, 160, 0, 56);

const QString TextMimeType = QStringLiteral("text/plain");

QString stateIconPath(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return QStringLiteral(":/icons/state-queued.svg");
    case TaskState::Checking:
        return QStringLiteral(":/icons/state-checking.svg");
    case TaskState::Waiting:
        return QStringLiteral(":/icons/state-waiting.svg");
    case TaskState::Paused:
        return QStringLiteral(":/icons/state-paused.svg");
    case TaskState::Completed:
        return QStringLiteral(":/icons/state-completed.svg");
    case TaskState::Failed:
        return QStringLiteral(":/icons/state-failed.svg");
    case TaskState::Cancelled:
        return QStringLiteral(":/icons/state-cancelled.svg");
    case TaskState::ServerTimeout:
        return QStringLiteral(":/icons/state-timeout.svg");
    case TaskState::NotFound:
        return QStringLiteral(":/icons/state-notfound.svg");
    case TaskState::GaveUp:
        return QStringLiteral(":/icons/state-gaveup.svg");
    }
    return {};
}

constexpr TaskState AllStates[] = {
    TaskState::Queued,    TaskState::Checking, TaskState::Waiting,   TaskState::Paused,
    TaskState::Completed, TaskState::Failed,   TaskState::Cancelled, TaskState::ServerTimeout,
    TaskState::NotFound,  TaskState::GaveUp,
};

} // namespace

TaskModel::TaskModel(Monitor *monitor, Thumbnailer *thumbnailer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
    , m_thumbnailer(thumbnailer)
    , m_clock(&QDateTime::currentDateTimeUtc)
{
    for (TaskState state : AllStates)
        m_stateIcons.append(QIcon(stateIconPath(state)));

    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &TaskModel::flushChanges);
    m_ticker.setInterval(TickInterval);
    connect(&m_ticker, &QTimer::timeout, this, &TaskModel::tick);
    m_expiryTicker.setInterval(ExpiryTickInterval);
    m_expiryTicker.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_expiryTicker, &QTimer::timeout, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, ExpiresColumn), index(int(m_ids.size()) - 1, ExpiresColumn));
    });
    m_expiryTicker.start();

    connect(m_monitor, &Monitor::tasksAdded, this, &TaskModel::onTasksAdded);
    connect(m_monitor, &Monitor::tasksRemoved, this, &TaskModel::onTasksRemoved);
    connect(m_monitor, &Monitor::taskChanged, this,
            [this](const QString &taskId, Task::Fields fields) {
                if (fields & (Task::Field::Saved | Task::Field::Outputs))
                    m_savedCounts.remove(taskId);
                onTaskChanged(taskId);
            });
    if (m_thumbnailer) {
        connect(m_thumbnailer, &Thumbnailer::ready, this,
                [this](const QString &taskId) { markChanged(row(taskId)); });
        connect(m_thumbnailer, &Thumbnailer::unavailable, this,
                [this](const QString &taskId) { markChanged(row(taskId)); });
        // A row back in view asks again when it is painted.
        connect(m_thumbnailer, &Thumbnailer::dropped, this,
                [this](const QString &taskId) { markChanged(row(taskId)); });
    }

    // Tasks the monitor already watches become rows too.
    if (m_monitor->count() > 0)
        onTasksAdded(m_monitor->ids());
}

TaskModel::~TaskModel() = default;

void TaskModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void TaskModel::setExpiryWatch(ExpiryWatch *watch)
{
    if (m_expiry)
        disconnect(m_expiry, nullptr, this, nullptr);
    m_expiry = watch;
    if (!watch)
        return;
    connect(watch, &ExpiryWatch::changed, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            markChanged(row(id));
    });
    connect(watch, &QObject::destroyed, this, [this] { m_expiry = nullptr; });
}

int TaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task *task = this->task(index.row());
    if (!task)
        return {};
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(*task, column);
    case Qt::BackgroundRole:
        if (m_expiry && m_expiry->isAtRisk(task->id))
            return QBrush(AtRiskTint);
        return {};
    case Qt::FontRole:
        if (column == ExpiresColumn && m_expiry && m_expiry->isAtRisk(task->id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return m_stateIcons.value(int(task->state));
        if (column == PreviewColumn && thumbnailState(*task) == int(Thumbnailer::State::Ready)) {
            const QImage image = m_thumbnailer->thumbnail(task->id);
            if (!image.isNull())
                return image;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return statusToolTip(*task);
        if (column == ErrorColumn || column == IdColumn || column == ModelColumn)
            return displayData(*task, column);
        if (column == OutputsColumn)
            return outputsToolTip(*task);
        if (column == ExpiresColumn)
            return expiresToolTip(*task);
        if (column == PreviewColumn && m_thumbnailer &&
            thumbnailState(*task) == int(Thumbnailer::State::Unavailable))
            return m_thumbnailer->error(task->id);
        return {};
    case Qt::TextAlignmentRole:
        if (column == InferenceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawData(*task, column);
    case TaskIdRole:
        return task->id;
    case StateRole:
        return int(task->state);
    case NsfwRole:
        return isBlurred(*task);
    case DownloadRole:
        return QVariant::fromValue(downloadOf(*task));
    case AtRiskRole:
        return m_expiry && m_expiry->isAtRisk(task->id);
    case ThumbnailStateRole:
        return thumbnailState(*task);
    case FirstOutputRole:
        return task->outputs.isEmpty() ? QUrl() : task->outputs.constFirst();
    default:
        return {};
    }
}

bool TaskModel::isBlurred(const Task &task) const
{
    return m_blurNsfw && task.nsfw.contains(true) && !m_revealed.contains(task.id);
}

int TaskModel::thumbnailState(const Task &task) const
{
    if (!m_thumbnailer)
        return int(Thumbnailer::State::None);
    return int(m_thumbnailer->state(task.id));
}

Qt::ItemFlags TaskModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList TaskModel::mimeTypes() const
{
    return {TextMimeType};
}

QMimeData *TaskModel::mimeData(const QModelIndexList &indexes) const
{
    // A selection holds every cell of a row: each ID once, in row order.
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());

    QStringList ids;
    for (int row : std::as_const(rows))
        ids.append(m_ids.at(row));
    auto *mime = new QMimeData;
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

QString TaskModel::taskId(int row) const
{
    return m_ids.value(row);
}

int TaskModel::row(const QString &taskId) const
{
    return m_rows.value(taskId, -1);
}

const Task *TaskModel::task(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    return m_monitor->task(m_ids.at(row));
}

void TaskModel::setDownload(const QString &taskId, const Download &download)
{
    const int at = row(taskId);
    if (at < 0)
        return;
    m_downloads.insert(taskId, download);
    m_savedCounts.remove(taskId); // a file saved again under its old name changes no path
    markChanged(at);
}

void TaskModel::clearDownload(const QString &taskId)
{
    m_savedCounts.remove(taskId);
    if (m_downloads.remove(taskId))
        markChanged(row(taskId));
}

TaskModel::Download TaskModel::download(const QString &taskId) const
{
    const Task *task = m_monitor->task(taskId);
    return task ? downloadOf(*task) : m_downloads.value(taskId);
}

TaskModel::Download TaskModel::downloadOf(const Task &task) const
{
    const auto transient = m_downloads.constFind(task.id);
    if (transient != m_downloads.cend() && transient->state != Download::State::None)
        return *transient;

    Download download;
    const int saved = savedCount(task);
    if (saved == 0)
        return download;
    download.state = Download::State::Saved;
    download.saved = saved;
    download.total = int(task.outputs.size());
    // The recorded paths, without asking the disk: this runs for every paint of the row. The
    // count above is cached, and recheckSavedFiles() looks at the disk again.
    for (int i = 0; i < task.outputs.size(); ++i) {
        if (const QString path = task.savedPath(i); !path.isEmpty())
            download.paths.append(path);
    }
    return download;
}

int TaskModel::savedCount(const Task &task) const
{
    if (task.savedPaths.isEmpty())
        return 0;
    const auto cached = m_savedCounts.constFind(task.id);
    if (cached != m_savedCounts.cend())
        return *cached;
    const int count = task.savedCount();
    m_savedCounts.insert(task.id, count);
    return count;
}

void TaskModel::recheckSavedFiles()
{
    if (m_savedCounts.isEmpty())
        return;
    QHash<QString, int> before;
    before.swap(m_savedCounts);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Task *task = m_monitor->task(it.key());
        if (task && savedCount(*task) != it.value())
            markChanged(row(it.key()));
    }
}

void TaskModel::setBlurNsfw(bool blur)
{
    if (m_blurNsfw == blur)
        return;
    m_blurNsfw = blur;
    for (int at = 0; at < m_ids.size(); ++at) {
        const Task *flagged = task(at);
        if (flagged && flagged->nsfw.contains(true) && !m_revealed.contains(flagged->id))
            markChanged(at);
    }
}

bool TaskModel::blurNsfw() const
{
    return m_blurNsfw;
}

void TaskModel::reveal(const QString &taskId)
{
    const int at = row(taskId);
    if (at < 0 || m_revealed.contains(taskId))
        return;
    m_revealed.insert(taskId);
    markChanged(at);
}

void TaskModel::onTasksAdded(const QStringList &ids)
{
    // A set beside the list: thousands of restored tasks arrive in one call.
    QStringList fresh;
    QSet<QString> seen;
    seen.reserve(ids.size());
    for (const QString &id : ids) {
        if (!m_rows.contains(id) && !seen.contains(id) && m_monitor->contains(id)) {
            fresh.append(id);
            seen.insert(id);
        }
    }
    if (fresh.isEmpty())
        return;

    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QString &id : std::as_const(fresh)) {
        m_rows.insert(id, int(m_ids.size()));
        m_ids.append(id);
    }
    endInsertRows();

    if (m_monitor->unfinishedCount() > 0 && !m_ticker.isActive())
        m_ticker.start();
}

void TaskModel::onTasksRemoved(const QStringList &ids)
{
    // Pending rows are numbered before the removal: announce them while they still hold.
    flushChanges();

    QList<int> rows;
    for (const QString &id : ids) {
        const int at = row(id);
        if (at >= 0)
            rows.append(at);
        m_downloads.remove(id);
        m_savedCounts.remove(id);
        m_revealed.remove(id);
        if (m_thumbnailer)
            m_thumbnailer->forget(id);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());

    // From the bottom up, so the rows above a run keep their numbers.
    int runEnd = int(rows.size()) - 1;
    while (runEnd >= 0) {
        int runStart = runEnd;
        while (runStart > 0 && rows.at(runStart - 1) == rows.at(runStart) - 1)
            --runStart;
        const int first = rows.at(runStart);
        const int last = rows.at(runEnd);
        beginRemoveRows({}, first, last);
        m_ids.remove(first, last - first + 1);
        endRemoveRows();
        runEnd = runStart - 1;
    }

    m_rows.clear();
    for (int at = 0; at < m_ids.size(); ++at)
        m_rows.insert(m_ids.at(at), at);
}

void TaskModel::onTaskChanged(const QString &taskId)
{
    const int at = row(taskId);
    if (at < 0)
        return;
    markChanged(at);
    const Task *changed = task(at);
    if (changed && !changed->isFinished() && !m_ticker.isActive())
        m_ticker.start();
}

void TaskModel::markChanged(int row)
{
    if (row < 0 || row >= m_ids.size())
        return;
    m_changedRows.insert(row);
    if (!m_flush.isActive())
        m_flush.start();
}

void TaskModel::flushChanges()
{
    m_flush.stop();
    if (m_changedRows.isEmpty())
        return;
    QList<int> rows(m_changedRows.cbegin(), m_changedRows.cend());
    m_changedRows.clear();
    std::sort(rows.begin(), rows.end());
    const int lastColumn = ColumnCount - 1;

    // Past half the table, one signal is cheaper for the views than many.
    if (rows.size() * 2 > m_ids.size()) {
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, lastColumn));
        return;
    }

    int runStart = 0;
    while (runStart < rows.size()) {
        int runEnd = runStart;
        while (runEnd + 1 < rows.size() && rows.at(runEnd + 1) == rows.at(runEnd) + 1)
            ++runEnd;
        emit dataChanged(index(rows.at(runStart), 0), index(rows.at(runEnd), lastColumn));
        runStart = runEnd + 1;
    }
}

void TaskModel::tick()
{
    bool running = false;
    for (int at = 0; at < m_ids.size(); ++at) {
        const Task *unfinished = task(at);
        if (unfinished && !unfinished->isFinished()) {
            running = true;
            markChanged(at);
        }
    }
    if (!running)
        m_ticker.stop();
}
