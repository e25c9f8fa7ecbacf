// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/taskstore.h"

#include "api/apiclient.h"
#include "logging.h"
#include "simulator.h"
#include "tasks/monitor.h"
#include "writtentask.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <utility>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Task)

namespace {

constexpr int ManyTasks = 200;
constexpr int LongWaitMs = 15000;
// Round r of the crash test lets the writer commit at least r times this many tasks before the
// kill, so that the kills land at different points of the write-ahead log's life.
constexpr int KillRounds = 3;
constexpr int TasksPerRoundStep = 2500;

QString predictionPath(const QString &id)
{
    return QStringLiteral("/api/v3/predictions/") + id;
}

QStringList idsOf(const QList<Task> &tasks)
{
    QStringList ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    return ids;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Transactions committed to a write-ahead log since it was last reset: frames whose salt is
// the log's current one and that end a transaction (they carry the database size).
int walCommits(const QString &databasePath)
{
    constexpr qsizetype HeaderSize = 32;
    constexpr qsizetype FrameHeaderSize = 24;
    const QByteArray wal = readAll(databasePath + QStringLiteral("-wal"));
    if (wal.size() < HeaderSize)
        return 0;
    const auto number = [&wal](qsizetype at) {
        return qFromBigEndian<quint32>(wal.constData() + at);
    };
    const qsizetype pageSize = number(8);
    const quint32 salt1 = number(16);
    const quint32 salt2 = number(20);

    int commits = 0;
    for (qsizetype at = HeaderSize; at + FrameHeaderSize + pageSize <= wal.size();
         at += FrameHeaderSize + pageSize) {
        if (number(at + 8) == salt1 && number(at + 12) == salt2 && number(at + 4) != 0)
            ++commits;
    }
    return commits;
}

// The first field of a stored task that differs from the one written, or nothing.
QString differenceFrom(const Task &stored, const Task &written)
{
    const std::pair<bool, const char *> fields[] = {
        {stored.id == written.id, "id"},
        {stored.state == written.state, "state"},
        {stored.pauseReason == written.pauseReason, "pause reason"},
        {stored.status == written.status, "status"},
        {stored.model == written.model, "model"},
        {stored.kind == written.kind, "kind"},
        {stored.kindSetByUser == written.kindSetByUser, "kind set by user"},
        {stored.createdAt == written.createdAt, "created at"},
        {stored.addedAt == written.addedAt, "added at"},
        {stored.finishedAt == written.finishedAt &&
             stored.finishedAt.isValid() == written.finishedAt.isValid(),
         "finished at"},
        {stored.inferenceMs == written.inferenceMs, "inference time"},
        {stored.outputs == written.outputs, "outputs"},
        {stored.nsfw == written.nsfw, "nsfw"},
        {stored.error == written.error, "error"},
        {stored.errorCode == written.errorCode, "error code"},
        {stored.checks == written.checks, "checks"},
    };
    for (const auto &[same, name] : fields) {
        if (!same)
            return QString::fromLatin1(name);
    }
    return {};
}

// A connection of the test's own, beside the store's, to look at or meddle with the file.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("tst-raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_ok; }
    bool exec(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(statement);
    }
    QVariant value(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

} // namespace

class tst_TaskStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void keepsOrderAndErases();
    void writesWhatTheMonitorReports();
    void restartChecksOnlyUnfinishedTasks();
    void restartWritesNothingBack();
    void persistsRemoval();
    void movesForeignFilesAside_data();
    void movesForeignFilesAside();
    void writesManyChangesInOneTransaction();
    void skipsChangesThatDoNotOutliveARestart();
    void keepsCommittedTasksWhenKilled();
    void keepsWhatThePolicyLearned();
    void upgradesAFileOfVersionOne();

private:
    void startMonitor();
    QString addSimulatorTask(const QString &id, std::chrono::milliseconds duration);
    QString storePath() const { return m_dir->filePath(QStringLiteral("data/tasks.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Monitor> m_monitor;
};

void tst_TaskStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_TaskStore::cleanup()
{
    m_monitor.reset();
    m_simulator.reset();
    m_network.reset();
    m_dir.reset();
}

void tst_TaskStore::startMonitor()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_simulator = std::make_unique<Simulator>();
    QVERIFY(m_simulator->start());
    m_monitor = std::make_unique<Monitor>(m_network.get());
    QVERIFY(m_monitor->client()->setBaseUrl(m_simulator->apiBase()));
    m_monitor->setApiKey(m_simulator->apiKey());
}

QString tst_TaskStore::addSimulatorTask(const QString &id, std::chrono::milliseconds duration)
{
    Simulator::TaskSpec spec;
    spec.id = id;
    spec.duration = duration;
    return m_simulator->addTask(spec);
}

void tst_TaskStore::roundTripsEveryField_data()
{
    QTest::addColumn<Task>("task");

    Task full;
    full.id = QStringLiteral("store-full-0001");
    full.state = TaskState::Failed;
    full.status = QStringLiteral("failed");
    full.model = QStringLiteral("kwaivgi/kling-v2.1-i2v-pro");
    full.kind = TaskKind::Image;
    full.kindSetByUser = true;
    full.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 15, 30, 123), Qt::UTC);
    full.addedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 16, 0, 7), Qt::UTC);
    full.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 20, 1, 999), Qt::UTC);
    full.inferenceMs = 48213;
    full.outputs = {QUrl(QStringLiteral("https://cdn.example.com/a/out%201.png?sig=x%2By&e=1")),
                    QUrl(QStringLiteral("https://cdn.example.com/a/out-2.mp4"))};
    full.nsfw = {true, false};
    full.error = QStringLiteral("Inhalt abgelehnt — 内容审核未通过 🚫") +
                 QStringLiteral(" \"quoted\" 'single'");
    full.errorCode = 1200;
    full.checks = 17;
    full.savedPaths = {QStringLiteral("/home/someone/Bilder/Ausgabe, \"neu\"/out 1.png"),
                       QString()};
    QTest::newRow("failed, every field") << full;

    Task empty;
    empty.id = QStringLiteral("store-empty-0002");
    QTest::newRow("queued, nothing known") << empty;

    Task paused;
    paused.id = QStringLiteral("store-paused-0003");
    paused.state = TaskState::Paused;
    paused.pauseReason = PauseReason::KeyRejected;
    paused.status = QStringLiteral("processing");
    paused.kind = TaskKind::Other;
    paused.addedAt = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    paused.inferenceMs = 0; // zero is a value, not an absence
    QTest::newRow("paused, zero inference") << paused;

    Task waiting;
    waiting.id = QStringLiteral("store-waiting-0004");
    waiting.state = TaskState::Waiting;
    waiting.status = QStringLiteral("created");
    waiting.kind = TaskKind::Video;
    // A local time is kept as the same instant.
    waiting.createdAt =
        QDateTime(QDate(2026, 6, 30), QTime(23, 59, 59, 500), Qt::OffsetFromUTC, 2 * 3600);
    QTest::newRow("waiting, local time") << waiting;

    Task gaveUp;
    gaveUp.id = QStringLiteral("store-gave-up-0005");
    gaveUp.state = TaskState::GaveUp;
    gaveUp.pauseReason = PauseReason::User;
    gaveUp.status = QStringLiteral("some-future-status");
    QTest::newRow("gave up, unknown status") << gaveUp;
}

void tst_TaskStore::roundTripsEveryField()
{
    QFETCH(Task, task);
    {
        TaskStore store;
        QVERIFY(store.open(storePath()));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), storePath());
        QVERIFY(store.save({task}));
    }

    TaskStore reopened;
    QString error;
    QString notice;
    QVERIFY(reopened.open(storePath(), &error, &notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice)); // our own file opens as is
    QVERIFY(error.isEmpty());
    const QList<Task> loaded = reopened.load();
    QCOMPARE(loaded.size(), 1);
    const Task &back = loaded.first();
    QCOMPARE(back.id, task.id);
    QCOMPARE(back.state, task.state);
    QCOMPARE(back.pauseReason, task.pauseReason);
    QCOMPARE(back.status, task.status);
    QCOMPARE(back.model, task.model);
    QCOMPARE(back.kind, task.kind);
    QCOMPARE(back.kindSetByUser, task.kindSetByUser);
    QCOMPARE(back.createdAt, task.createdAt);
    QCOMPARE(back.createdAt.isValid(), task.createdAt.isValid());
    QCOMPARE(back.addedAt, task.addedAt);
    QCOMPARE(back.finishedAt, task.finishedAt);
    QCOMPARE(back.inferenceMs.has_value(), task.inferenceMs.has_value());
    QCOMPARE(back.inferenceMs.value_or(-1), task.inferenceMs.value_or(-1));
    QCOMPARE(back.outputs, task.outputs);
    QCOMPARE(back.nsfw, task.nsfw);
    QCOMPARE(back.error, task.error);
    QCOMPARE(back.errorCode, task.errorCode);
    QCOMPARE(back.checks, task.checks);
    QCOMPARE(back.savedPaths, task.savedPaths);

    // Times are stored as ISO 8601 UTC with milliseconds.
    RawConnection raw(storePath());
    QVERIFY(raw.isOpen());
    if (task.createdAt.isValid()) {
        const QString stored = raw.value(QStringLiteral("SELECT created_at FROM tasks")).toString();
        QCOMPARE(stored, task.createdAt.toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(stored.endsWith(QLatin1Char('Z')));
    } else {
        QVERIFY(raw.value(QStringLiteral("SELECT created_at FROM tasks")).isNull());
    }
}

void tst_TaskStore::keepsOrderAndErases()
{
    Task c;
    c.id = QStringLiteral("store-c-0003");
    Task a;
    a.id = QStringLiteral("store-a-0001");
    Task b;
    b.id = QStringLiteral("store-b-0002");

    TaskStore store;
    QVERIFY(store.open(storePath()));
    QVERIFY(store.save({c}));
    QVERIFY(store.save({a, b}));
    // Written again, a task keeps its place.
    c.state = TaskState::Completed;
    QVERIFY(store.save({c}));
    QCOMPARE(idsOf(store.load()), (QStringList{c.id, a.id, b.id}));
    QCOMPARE(store.load().first().state, TaskState::Completed);

    QVERIFY(store.erase({a.id, QStringLiteral("store-unknown-0009")}));
    QCOMPARE(idsOf(store.load()), (QStringList{c.id, b.id}));

    TaskStore reopened;
    QVERIFY(reopened.open(storePath()));
    QCOMPARE(idsOf(reopened.load()), (QStringList{c.id, b.id}));
    // Added again after removal, it goes to the end.
    QVERIFY(reopened.save({a}));
    QCOMPARE(idsOf(reopened.load()), (QStringList{c.id, b.id, a.id}));
}

void tst_TaskStore::writesWhatTheMonitorReports()
{
    startMonitor();
    const QString a = addSimulatorTask(QStringLiteral("store-mon-a-0001"), 300ms);
    const QString b = addSimulatorTask(QStringLiteral("store-mon-b-0002"), 300ms);
    TaskStore store;
    QVERIFY(store.open(storePath()));
    store.attach(m_monitor.get());
    QSignalSpy allFinished(m_monitor.get(), &Monitor::allFinished);

    m_monitor->add({a, b});
    QVERIFY(allFinished.wait(LongWaitMs));

    TaskStore other;
    QVERIFY(other.open(storePath()));
    QTRY_VERIFY(other.load().size() == 2 && other.load().at(1).state == TaskState::Completed &&
                other.load().at(0).state == TaskState::Completed);
    const QList<Task> loaded = other.load();
    QCOMPARE(idsOf(loaded), (QStringList{a, b}));
    for (const Task &task : loaded) {
        QCOMPARE(task.status, QStringLiteral("completed"));
        QVERIFY(!task.outputs.isEmpty());
        QCOMPARE(task.outputs, m_monitor->task(task.id)->outputs);
        QCOMPARE(task.model, m_monitor->task(task.id)->model);
        QCOMPARE(task.createdAt, m_monitor->task(task.id)->createdAt);
        QVERIFY(task.finishedAt.isValid());
        QVERIFY(task.checks > 0);
        QVERIFY(task.savedPaths.isEmpty());
    }

    // Where an output was saved is written like any other change.
    const QString savedAt = m_dir->filePath(QStringLiteral("b_1.png"));
    m_monitor->setSavedPath(b, 0, savedAt);
    QTRY_COMPARE(other.load().at(1).savedPaths, QStringList{savedAt});
    QVERIFY(other.load().at(0).savedPaths.isEmpty());
}

void tst_TaskStore::restartChecksOnlyUnfinishedTasks()
{
    startMonitor();
    Task done;
    done.id = addSimulatorTask(QStringLiteral("store-done-0001"), 300ms);
    done.state = TaskState::Completed;
    done.status = QStringLiteral("completed");
    done.outputs = {QUrl(QStringLiteral("https://cdn.example.com/kept.png"))};
    done.finishedAt = QDateTime::currentDateTimeUtc();
    Task running;
    running.id = addSimulatorTask(QStringLiteral("store-running-0002"), 2500ms);
    running.state = TaskState::Waiting; // as it was when the app stopped
    running.status = QStringLiteral("processing");
    {
        TaskStore before;
        QVERIFY(before.open(storePath()));
        QVERIFY(before.save({done, running}));
    }

    // The restart: a new store on the same file, a new monitor.
    TaskStore store;
    QVERIFY(store.open(storePath()));
    const QList<Task> loaded = store.load();
    QCOMPARE(idsOf(loaded), (QStringList{done.id, running.id}));
    QCOMPARE(loaded.at(1).state, TaskState::Waiting);
    m_monitor->restore(loaded);
    store.attach(m_monitor.get());
    QCOMPARE(m_monitor->unfinishedCount(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(running.id)->state, TaskState::Completed, LongWaitMs);
    QVERIFY(m_simulator->requestCount(predictionPath(running.id)) > 0);
    QCOMPARE(m_simulator->requestCount(predictionPath(done.id)), 0);

    store.flush();
    TaskStore after;
    QVERIFY(after.open(storePath()));
    const QList<Task> final = after.load();
    QCOMPARE(idsOf(final), (QStringList{done.id, running.id}));
    QCOMPARE(final.at(0).state, TaskState::Completed);
    QCOMPARE(final.at(0).outputs, done.outputs);
    QCOMPARE(final.at(1).state, TaskState::Completed);
    QVERIFY(!final.at(1).outputs.isEmpty());
}

void tst_TaskStore::restartWritesNothingBack()
{
    startMonitor();
    QList<Task> tasks;
    for (int i = 0; i < ManyTasks; ++i) {
        Task task;
        task.id = QStringLiteral("store-back-%1").arg(i, 4, 10, QLatin1Char('0'));
        task.state = i % 2 ? TaskState::Completed : TaskState::Failed;
        task.status = i % 2 ? QStringLiteral("completed") : QStringLiteral("failed");
        tasks.append(task);
    }
    Task paused;
    paused.id = QStringLiteral("store-back-paused");
    paused.state = TaskState::Paused;
    paused.pauseReason = PauseReason::User;
    tasks.append(paused);
    {
        TaskStore before;
        QVERIFY(before.open(storePath()));
        QVERIFY(before.save(tasks));
    }

    // The restart restores every task as it was written: nothing to write back.
    TaskStore store;
    QVERIFY(store.open(storePath()));
    m_monitor->restore(store.load());
    QCOMPARE(m_monitor->count(), ManyTasks + 1);
    const int commitsBefore = walCommits(storePath());
    store.attach(m_monitor.get());
    store.flush();
    QCOMPARE(walCommits(storePath()), commitsBefore);

    // What changes after it is written as ever.
    m_monitor->remove({tasks.first().id});
    store.flush();
    QCOMPARE(walCommits(storePath()), commitsBefore + 1);
    QCOMPARE(store.load().size(), ManyTasks);
}

void tst_TaskStore::persistsRemoval()
{
    startMonitor();
    const QString a = addSimulatorTask(QStringLiteral("store-rm-a-0001"), 60s);
    const QString b = addSimulatorTask(QStringLiteral("store-rm-b-0002"), 60s);
    TaskStore store;
    QVERIFY(store.open(storePath()));
    store.attach(m_monitor.get());
    m_monitor->add({a, b});

    TaskStore other;
    QVERIFY(other.open(storePath()));
    QTRY_COMPARE(idsOf(other.load()), (QStringList{a, b}));

    m_monitor->remove({a});
    QTRY_COMPARE(idsOf(other.load()), QStringList{b});
}

void tst_TaskStore::movesForeignFilesAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("another application's SQLite") << QStringLiteral("foreign");
    QTest::newRow("ours, from a newer version") << QStringLiteral("newer");
}

void tst_TaskStore::movesForeignFilesAside()
{
    QFETCH(QString, kind);
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));

    if (kind == QLatin1String("random")) {
        QRandomGenerator random(20260301);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        QVERIFY(writeAll(storePath(), bytes));
    } else if (kind == QLatin1String("foreign")) {
        RawConnection raw(storePath());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('not yours')")));
    } else {
        {
            TaskStore older;
            QVERIFY(older.open(storePath()));
        }
        RawConnection raw(storePath());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    const QByteArray original = readAll(storePath());
    QVERIFY(!original.isEmpty());

    TaskStore store;
    QString error;
    QString notice;
    QVERIFY2(store.open(storePath(), &error, &notice), qPrintable(error));

    const QStringList moved =
        QDir(QFileInfo(storePath()).absolutePath())
            .entryList({QStringLiteral("tasks.sqlite.broken-*")}, QDir::Files);
    QCOMPARE(moved.size(), 1);
    const QString movedPath =
        QFileInfo(storePath()).absolutePath() + QLatin1Char('/') + moved.first();
    QCOMPARE(readAll(movedPath), original);
    QVERIFY2(notice.contains(QDir::toNativeSeparators(movedPath)), qPrintable(notice));

    // And a working store took its place.
    Task task;
    task.id = QStringLiteral("store-fresh-0001");
    QVERIFY(store.save({task}));
    QCOMPARE(idsOf(store.load()), QStringList{task.id});
    TaskStore reopened;
    notice.clear();
    QVERIFY(reopened.open(storePath(), &error, &notice));
    QVERIFY(notice.isEmpty());
    QCOMPARE(idsOf(reopened.load()), QStringList{task.id});
}

void tst_TaskStore::writesManyChangesInOneTransaction()
{
    startMonitor();
    TaskStore store;
    QVERIFY(store.open(storePath()));
    store.attach(m_monitor.get());
    RawConnection reader(storePath());
    QVERIFY(reader.isOpen());
    const QString count = QStringLiteral("SELECT count(*) FROM tasks");

    QStringList ids;
    for (int i = 0; i < ManyTasks; ++i)
        ids.append(QStringLiteral("store-many-%1").arg(i, 4, 10, QLatin1Char('0')));
    const int commitsBefore = walCommits(storePath());
    QVERIFY(commitsBefore > 0); // the schema's

    m_monitor->add(ids);
    QCOMPARE(reader.value(count).toInt(), 0); // not yet: at the end of the tick

    QCoreApplication::processEvents();
    QCOMPARE(reader.value(count).toInt(), ManyTasks);
    QCOMPARE(walCommits(storePath()) - commitsBefore, 1);
    QCOMPARE(idsOf(store.load()), ids);
}

void tst_TaskStore::skipsChangesThatDoNotOutliveARestart()
{
    startMonitor();
    // Long under way: it stays "processing" through several checks.
    Simulator::TaskSpec spec;
    spec.id = QStringLiteral("store-slow-0001");
    spec.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    spec.duration = 20min;
    m_simulator->addTask(spec);
    const QString sentinel = addSimulatorTask(QStringLiteral("store-sentinel-0002"), 60s);

    TaskStore store;
    QVERIFY(store.open(storePath()));
    store.attach(m_monitor.get());
    RawConnection raw(storePath());
    const QString rowOf = QStringLiteral("SELECT %1 FROM tasks WHERE id = '%2'");
    m_monitor->add({spec.id});
    QTRY_COMPARE(raw.value(rowOf.arg(QStringLiteral("status"), spec.id)).toString(),
                 QStringLiteral("processing"));
    QTRY_COMPARE(raw.value(rowOf.arg(QStringLiteral("kind"), spec.id)).toString(),
                 QStringLiteral("image"));
    QTRY_COMPARE(m_monitor->task(spec.id)->state, TaskState::Waiting);

    // A mark only this test makes: a write of the task would wipe it.
    QVERIFY(
        raw.exec(QStringLiteral("UPDATE tasks SET error = 'mark' WHERE id = '%1'").arg(spec.id)));
    const int checks = m_monitor->task(spec.id)->checks;
    m_monitor->checkNow(spec.id); // a schedule change
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->task(spec.id)->checks > checks, LongWaitMs);
    QTRY_COMPARE(m_monitor->task(spec.id)->state, TaskState::Waiting); // checking, then waiting

    // Once a later change is on disk, the earlier ticks are over.
    m_monitor->add({sentinel});
    QTRY_COMPARE(raw.value(rowOf.arg(QStringLiteral("count(*)"), sentinel)).toInt(), 1);
    QCOMPARE(raw.value(rowOf.arg(QStringLiteral("error"), spec.id)).toString(),
             QStringLiteral("mark"));

    // A change that matters is written, with the count of checks.
    m_monitor->pause(spec.id);
    QTRY_COMPARE(raw.value(rowOf.arg(QStringLiteral("state"), spec.id)).toString(),
                 QStringLiteral("paused"));
    QCOMPARE(raw.value(rowOf.arg(QStringLiteral("pause_reason"), spec.id)).toString(),
             QStringLiteral("user"));
    QCOMPARE(raw.value(rowOf.arg(QStringLiteral("error"), spec.id)).toString(), QString());
    QCOMPARE(raw.value(rowOf.arg(QStringLiteral("checks"), spec.id)).toInt(),
             m_monitor->task(spec.id)->checks);
}

// The writer is killed in the middle of its writes, three times over on one file; every batch it
// reported as committed must come back whole, and the file must open as our own.
void tst_TaskStore::keepsCommittedTasksWhenKilled()
{
    int stored = 0;
    for (int round = 1; round <= KillRounds; ++round) {
        QProcess writer;
        writer.setProgram(QString::fromUtf8(WSM_STORE_WRITER));
        writer.setArguments({storePath(), QString::number(stored)});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        int reported = stored;
        const auto readReports = [&writer, &reported] {
            while (writer.canReadLine())
                reported = writer.readLine().trimmed().toInt();
        };
        connect(&writer, &QProcess::readyReadStandardOutput, this, readReports);

        writer.start();
        QVERIFY2(writer.waitForStarted(LongWaitMs), qPrintable(writer.errorString()));
        const int target = stored + round * TasksPerRoundStep;
        QTRY_VERIFY_WITH_TIMEOUT(reported >= target || writer.state() == QProcess::NotRunning,
                                 LongWaitMs);
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());

        writer.kill();
        QVERIFY(writer.waitForFinished(LongWaitMs));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // What it printed before it died is still in the pipe.
        readReports();

        // The restart.
        TaskStore store;
        QString error;
        QString notice;
        QVERIFY2(store.open(storePath(), &error, &notice), qPrintable(error));
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        const QList<Task> loaded = store.load();
        qCInfo(lcStore) << "crash round" << round << ": reported" << reported << "committed,"
                        << "loaded" << loaded.size();

        // Every reported batch is there; at most the one batch committed before the writer
        // could print it comes on top, and no batch is there in part.
        QVERIFY2(
            loaded.size() == reported || loaded.size() == reported + WrittenTask::Batch,
            qPrintable(QStringLiteral("reported %1, loaded %2").arg(reported).arg(loaded.size())));
        for (int n = 0; n < loaded.size(); ++n) {
            const QString difference = differenceFrom(loaded.at(n), WrittenTask::make(n));
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("task %1 (stored as %2): %3 differs")
                                    .arg(n)
                                    .arg(loaded.at(n).id, difference)));
        }
        RawConnection raw(storePath());
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        stored = int(loaded.size());
    }

    const QStringList movedAside = QDir(QFileInfo(storePath()).absolutePath())
                                       .entryList({QStringLiteral("*.broken-*")}, QDir::Files);
    QVERIFY2(movedAside.isEmpty(), qPrintable(movedAside.join(QLatin1Char(' '))));
}

// A completion seen after a check that found the task running teaches the policy the model's
// duration; the store keeps it for the next run.
void tst_TaskStore::keepsWhatThePolicyLearned()
{
    startMonitor();
    const QString watched = addSimulatorTask(QStringLiteral("store-learn-0001"), 2500ms);
    Simulator::TaskSpec over;
    over.id = QStringLiteral("store-over-0002");
    over.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    over.duration = 1s;
    m_simulator->addTask(over); // done before its first check: nothing to learn from
    TaskStore store;
    QVERIFY(store.open(storePath()));
    store.attach(m_monitor.get());
    QSignalSpy learned(m_monitor.get(), &Monitor::durationsLearned);
    QSignalSpy allFinished(m_monitor.get(), &Monitor::allFinished);

    m_monitor->add({watched, over.id});
    QVERIFY(allFinished.wait(LongWaitMs));
    QCOMPARE(learned.size(), 1);
    const QString model = m_monitor->task(watched)->model;
    QCOMPARE(learned.first().first().toString(), model);
    const DurationStats::Model kept = m_monitor->durations().models().value(model);
    QCOMPARE(kept.samples, 1);
    QVERIFY2(kept.medianSeconds() >= 2.0 && kept.medianSeconds() <= 10.0,
             QByteArray::number(kept.medianSeconds()).constData());
    store.flush();

    TaskStore other;
    QVERIFY(other.open(storePath()));
    const DurationStats loaded = other.loadDurations();
    QCOMPARE(loaded.models().size(), 1);
    QCOMPARE(loaded.models().value(model).samples, 1);
    QCOMPARE(loaded.models().value(model).meanLog, kept.meanLog);
    QNetworkAccessManager network;
    Monitor restarted(&network);
    other.attach(&restarted);
    QCOMPARE(restarted.durations().models().value(model).meanLog, kept.meanLog);
}

void tst_TaskStore::upgradesAFileOfVersionOne()
{
    Task task;
    task.id = QStringLiteral("store-old-0001");
    task.state = TaskState::Completed;
    {
        TaskStore store;
        QVERIFY(store.open(storePath()));
        QVERIFY(store.save({task}));
    }
    {
        // What version 1 wrote: no durations table, no saved paths.
        RawConnection raw(storePath());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE model_durations")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE tasks DROP COLUMN saved_paths")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=1")));
    }
    TaskStore store;
    QString notice;
    QVERIFY(store.open(storePath(), nullptr, &notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice)); // upgraded in place, not moved aside
    QCOMPARE(store.load().size(), 1);
    QNetworkAccessManager network;
    Monitor monitor(&network);
    store.attach(&monitor);
    QVERIFY(monitor.durations().models().isEmpty());
    QCOMPARE(RawConnection(storePath()).value(QStringLiteral("PRAGMA user_version")).toInt(), 3);

    // The new column works on the upgraded table.
    task.outputs = {QUrl(QStringLiteral("https://cdn.example/a.png"))};
    task.savedPaths = {QStringLiteral("/somewhere/store-old-0001_1.png")};
    QVERIFY(store.save({task}));
    QCOMPARE(store.load().value(0).savedPaths, task.savedPaths);
}

QTEST_GUILESS_MAIN(tst_TaskStore)
#include "tst_taskstore.moc"
