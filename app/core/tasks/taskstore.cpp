// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskstore.h"

#include "logging.h"
#include "monitor.h"
#include "taskrecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>

namespace {

// "WSTM" in the SQLite header tells our files from anybody else's.
constexpr qint64 ApplicationId = 0x5753544D;
// Raised with every change of the table; a file from a newer version is not ours to read.
constexpr int SchemaVersion = 3; // 2: model_durations, 3: tasks.saved_paths
constexpr auto FileName = "tasks.sqlite";
constexpr auto BrokenStampFormat = "yyyyMMdd-hhmmss";

std::atomic<int> connectionCounter{0};

// What the poll policy learned of each model's durations (DurationStats::Model).
constexpr char DurationsSchema[] = "CREATE TABLE IF NOT EXISTS model_durations ("
                                   "model TEXT PRIMARY KEY NOT NULL, samples INTEGER NOT NULL, "
                                   "mean_log REAL NOT NULL, variance_log REAL NOT NULL)";
constexpr char DurationsUpsert[] =
    "INSERT INTO model_durations (model, samples, mean_log, variance_log) "
    "VALUES (:model, :samples, :mean, :variance) "
    "ON CONFLICT(model) DO UPDATE SET samples = excluded.samples, "
    "mean_log = excluded.mean_log, variance_log = excluded.variance_log";

// Queued, Checking and Waiting all come back as Queued: flipping between them needs no write.
bool isInFlight(TaskState state)
{
    return state == TaskState::Queued || state == TaskState::Checking ||
           state == TaskState::Waiting;
}

// The SQLite error without the statement or any bound value.
QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

enum class FileVerdict {
    Ours,
    Empty, // a SQLite file with nothing in it: made ours in place
    NotOurs,
};

} // namespace

struct TaskStore::Private
{
    QString connectionName;
    QString path;
    QSqlDatabase db;
    QPointer<Monitor> monitor;
    QTimer flushTimer;
    // What changed this tick, in the order it changed; a copy in case the monitor goes first.
    QStringList dirtyOrder;
    QHash<QString, Task> dirty;
    QStringList removed;
    QSet<QString> learnedModels; // whose durations changed this tick
    // The state as last written, to tell which changes matter after a restart.
    QHash<QString, TaskState> writtenState;

    bool exec(QSqlQuery &query, const char *what) const;
    bool exec(const QString &statement, const char *what) const;
    bool hasColumn(const char *table, const char *column) const;
    FileVerdict inspect() const;
    bool prepareSchema();
    bool openConnection();
    void closeConnection();
    bool moveAside(QString *movedTo) const;
    bool write(const QList<Task> &tasks, const QStringList &erased,
               const QHash<QString, DurationStats::Model> &durations = {});
    void markDirty(const QString &id);
};

bool TaskStore::Private::exec(QSqlQuery &query, const char *what) const
{
    if (query.exec())
        return true;
    qCWarning(lcStore).noquote() << "store:" << what << "failed:" << errorText(query.lastError());
    return false;
}

bool TaskStore::Private::exec(const QString &statement, const char *what) const
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    qCWarning(lcStore).noquote() << "store:" << what << "failed:" << errorText(query.lastError());
    return false;
}

// Reads only: a file that is not ours must leave this function with its bytes untouched.
FileVerdict TaskStore::Private::inspect() const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        qCWarning(lcStore).noquote()
            << "store: not a SQLite database:" << errorText(query.lastError());
        return FileVerdict::NotOurs;
    }
    const qint64 applicationId = query.value(0).toLongLong();

    if (applicationId == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return FileVerdict::NotOurs;
        if (query.value(0).toInt() == 0)
            return FileVerdict::Empty;
        qCWarning(lcStore) << "store: a SQLite database of another application";
        return FileVerdict::NotOurs;
    }
    if (applicationId != ApplicationId) {
        qCWarning(lcStore) << "store: a SQLite database of another application";
        return FileVerdict::NotOurs;
    }

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return FileVerdict::NotOurs;
    if (query.value(0).toInt() > SchemaVersion) {
        qCWarning(lcStore) << "store: written by a newer version, schema" << query.value(0).toInt();
        return FileVerdict::NotOurs;
    }

    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok")) {
        qCWarning(lcStore) << "store: the integrity check failed";
        return FileVerdict::NotOurs;
    }
    return FileVerdict::Ours;
}

bool TaskStore::Private::hasColumn(const char *table, const char *column) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table))))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String(column))
            return true;
    }
    return false;
}

bool TaskStore::Private::prepareSchema()
{
    // WAL keeps a crash from tearing a transaction; NORMAL skips an fsync per commit, which
    // costs at most the last transactions on power loss, never the file.
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next() ||
        mode.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcStore) << "store: write-ahead logging is not available here";
    mode.finish();
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"), "setting synchronous");

    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return false;
    const int found = version.value(0).toInt();
    if (found == SchemaVersion)
        return true;
    version.finish();

    // A new file, or one whose creation was interrupted: the statements are all idempotent.
    if (!db.transaction())
        return false;
    bool created = true;
    for (const QString &statement : TaskRecord::schema())
        created = created && exec(statement, "creating the table");
    created = created && exec(QLatin1String(DurationsSchema), "creating the durations table");
    // CREATE TABLE IF NOT EXISTS leaves an older table as it was.
    if (created && found > 0 && found < 3 && !hasColumn("tasks", "saved_paths"))
        created = exec(TaskRecord::addSavedPaths(), "adding the saved paths");
    created = created &&
              exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId),
                   "setting the application id") &&
              exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion),
                   "setting the schema version");
    if (created && db.commit())
        return true;
    db.rollback();
    return false;
}

bool TaskStore::Private::openConnection()
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    return db.open();
}

void TaskStore::Private::closeConnection()
{
    if (!db.isValid())
        return;
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
}

bool TaskStore::Private::moveAside(QString *movedTo) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QLatin1String(BrokenStampFormat));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);

    if (!QFile::rename(path, target))
        return false;
    // The journal belongs to the moved file; left behind, SQLite would apply it to the new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    *movedTo = target;
    return true;
}

bool TaskStore::Private::write(const QList<Task> &tasks, const QStringList &erased,
                               const QHash<QString, DurationStats::Model> &durations)
{
    if (!db.isOpen())
        return false;
    if (!db.transaction()) {
        qCWarning(lcStore).noquote()
            << "store: could not begin a transaction:" << errorText(db.lastError());
        return false;
    }

    bool ok = true;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM tasks WHERE id = :id"));
    for (const QString &id : erased) {
        remove.bindValue(QStringLiteral(":id"), id);
        if (!(ok = exec(remove, "deleting a task")))
            break;
    }
    QSqlQuery upsert(db);
    if (ok)
        ok = upsert.prepare(TaskRecord::upsert());
    for (const Task &task : tasks) {
        if (!ok)
            break;
        TaskRecord::bind(upsert, task);
        ok = exec(upsert, "writing a task");
    }
    QSqlQuery learned(db);
    if (ok && !durations.isEmpty())
        ok = learned.prepare(QLatin1String(DurationsUpsert));
    for (auto model = durations.cbegin(); ok && model != durations.cend(); ++model) {
        learned.bindValue(QStringLiteral(":model"), model.key());
        learned.bindValue(QStringLiteral(":samples"), model->samples);
        learned.bindValue(QStringLiteral(":mean"), model->meanLog);
        learned.bindValue(QStringLiteral(":variance"), model->varianceLog);
        ok = exec(learned, "writing a model's durations");
    }
    remove.finish();
    upsert.finish();
    learned.finish();

    if (ok && !db.commit()) {
        qCWarning(lcStore).noquote() << "store: commit failed:" << errorText(db.lastError());
        ok = false;
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    for (const QString &id : erased)
        writtenState.remove(id);
    for (const Task &task : tasks)
        writtenState.insert(task.id, task.state);
    return true;
}

void TaskStore::Private::markDirty(const QString &id)
{
    const Task *task = monitor ? monitor->task(id) : nullptr;
    if (!task)
        return;
    if (!dirty.contains(id))
        dirtyOrder.append(id);
    dirty.insert(id, *task);
    if (!flushTimer.isActive())
        flushTimer.start();
}

TaskStore::TaskStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->connectionName = QStringLiteral("wsm-taskstore-%1").arg(++connectionCounter);
    d->flushTimer.setSingleShot(true);
    d->flushTimer.setInterval(0);
    connect(&d->flushTimer, &QTimer::timeout, this, &TaskStore::flush);
}

TaskStore::~TaskStore()
{
    flush();
    d->closeConnection();
}

QString TaskStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           QLatin1String(FileName);
}

bool TaskStore::open(const QString &path, QString *error, QString *notice)
{
    flush();
    d->closeConnection();
    d->writtenState.clear();
    d->path = QFileInfo(path).absoluteFilePath();

    const QFileInfo file(d->path);
    if (!QDir().mkpath(file.absolutePath())) {
        if (error)
            *error = tr("Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(file.absolutePath()));
        return false;
    }

    bool usable = d->openConnection();
    if (usable && file.exists() && file.size() > 0 && d->inspect() == FileVerdict::NotOurs) {
        d->closeConnection();
        QString movedTo;
        if (!d->moveAside(&movedTo)) {
            if (error)
                *error = tr("The task list %1 cannot be read and could not be moved aside.")
                             .arg(QDir::toNativeSeparators(d->path));
            return false;
        }
        qCWarning(lcStore) << "store: moved an unreadable task list aside";
        if (notice)
            //: %1 is the path the old, unreadable file was moved to
            *notice = tr("The saved task list could not be read by this version, so it was "
                         "moved to %1 and a new, empty list was started.")
                          .arg(QDir::toNativeSeparators(movedTo));
        usable = d->openConnection();
    }
    if (usable)
        usable = d->prepareSchema();

    if (!usable) {
        qCWarning(lcStore).noquote()
            << "store: could not open the task list:" << errorText(d->db.lastError());
        if (error)
            *error = tr("Could not open the task list %1: %2")
                         .arg(QDir::toNativeSeparators(d->path), errorText(d->db.lastError()));
        d->closeConnection();
        return false;
    }
    qCDebug(lcStore) << "store: opened, schema" << SchemaVersion;
    return true;
}

bool TaskStore::isOpen() const
{
    return d->db.isValid() && d->db.isOpen();
}

QString TaskStore::path() const
{
    return d->path;
}

QList<Task> TaskStore::load() const
{
    QList<Task> tasks;
    if (!isOpen())
        return tasks;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(TaskRecord::selectAll())) {
        qCWarning(lcStore).noquote()
            << "store: reading the tasks failed:" << errorText(query.lastError());
        return tasks;
    }
    while (query.next())
        tasks.append(TaskRecord::read(query));
    for (const Task &task : std::as_const(tasks))
        d->writtenState.insert(task.id, task.state);
    qCDebug(lcStore) << "store: loaded" << tasks.size() << "tasks";
    return tasks;
}

DurationStats TaskStore::loadDurations() const
{
    DurationStats durations;
    if (!isOpen())
        return durations;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT model, samples, mean_log, variance_log FROM model_durations"))) {
        qCWarning(lcStore).noquote()
            << "store: reading the durations failed:" << errorText(query.lastError());
        return durations;
    }
    while (query.next()) {
        DurationStats::Model model;
        model.samples = query.value(1).toInt();
        model.meanLog = query.value(2).toDouble();
        model.varianceLog = query.value(3).toDouble();
        durations.insert(query.value(0).toString(), model); // implausible rows are skipped
    }
    return durations;
}

void TaskStore::attach(Monitor *monitor)
{
    if (d->monitor)
        disconnect(d->monitor, nullptr, this, nullptr);
    d->monitor = monitor;
    if (!monitor)
        return;
    // What the policy learned in earlier runs goes on from where it was.
    monitor->restoreDurations(loadDurations());

    connect(monitor, &Monitor::tasksAdded, this, [this](const QStringList &ids) {
        // A task removed and added again in one tick is deleted first, then written anew.
        for (const QString &id : ids)
            d->markDirty(id);
    });
    connect(monitor, &Monitor::taskChanged, this, [this](const QString &id, Task::Fields fields) {
        // Schedule changes come every few seconds per task and mean nothing after a restart,
        // and neither does a flip between checking and waiting.
        if (!(fields & ~Task::Fields(Task::Field::Schedule)))
            return;
        if (!(fields & ~Task::Fields(Task::Field::Schedule | Task::Field::State))) {
            const Task *task = d->monitor->task(id);
            const auto written = d->writtenState.constFind(id);
            if (task && written != d->writtenState.cend() && isInFlight(*written) &&
                isInFlight(task->state) && !d->dirty.contains(id))
                return;
        }
        d->markDirty(id);
    });
    connect(monitor, &Monitor::tasksRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (d->dirty.remove(id))
                d->dirtyOrder.removeOne(id);
            if (!d->removed.contains(id))
                d->removed.append(id);
        }
        if (!d->flushTimer.isActive())
            d->flushTimer.start();
    });

    connect(monitor, &Monitor::durationsLearned, this, [this](const QString &model) {
        d->learnedModels.insert(model);
        if (!d->flushTimer.isActive())
            d->flushTimer.start();
    });

    // Tasks the monitor had before it was attached are written too, except those it restored
    // from here that stand where they were written (as far as a restart can tell): a start
    // would write the whole list back.
    for (const QString &id : monitor->ids()) {
        const Task *task = monitor->task(id);
        const auto written = d->writtenState.constFind(id);
        if (task && written != d->writtenState.cend() &&
            (*written == task->state || (isInFlight(*written) && isInFlight(task->state))))
            continue;
        d->markDirty(id);
    }
}

void TaskStore::flush()
{
    d->flushTimer.stop();
    if (d->dirtyOrder.isEmpty() && d->removed.isEmpty() && d->learnedModels.isEmpty())
        return;

    QList<Task> tasks;
    tasks.reserve(d->dirtyOrder.size());
    for (const QString &id : std::as_const(d->dirtyOrder)) {
        // The monitor's copy is the freshest; the one taken when it changed is for when the
        // monitor is gone already.
        const Task *live = d->monitor ? d->monitor->task(id) : nullptr;
        tasks.append(live ? *live : d->dirty.value(id));
    }

    QHash<QString, DurationStats::Model> durations;
    if (d->monitor) {
        for (const QString &model : std::as_const(d->learnedModels)) {
            if (const auto found = d->monitor->durations().models().constFind(model);
                found != d->monitor->durations().models().cend())
                durations.insert(model, *found);
        }
    }

    // On failure the changes stay pending and go with the next tick's.
    if (!d->write(tasks, d->removed, durations))
        return;
    qCDebug(lcStore) << "store: wrote" << tasks.size() << "tasks in one transaction";
    d->dirtyOrder.clear();
    d->dirty.clear();
    d->removed.clear();
    d->learnedModels.clear();
}

bool TaskStore::save(const QList<Task> &tasks)
{
    return d->write(tasks, {});
}

bool TaskStore::erase(const QStringList &ids)
{
    return d->write({}, ids);
}
