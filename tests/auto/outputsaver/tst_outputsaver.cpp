// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/apiclient.h"
#include "media/downloader.h"
#include "media/outputsaver.h"
#include "simulator.h"
#include "tasks/monitor.h"
#include "tasks/taskstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

constexpr int LongWaitMs = 20000;

// Output files fetched from the simulator's output host, by path.
QStringList outputFetches(const Simulator &simulator)
{
    QStringList paths;
    for (const Simulator::Request &request : simulator.requests()) {
        if (request.listener == Simulator::Request::Listener::Output)
            paths.append(request.path);
    }
    return paths;
}

QStringList filesIn(const QString &folder)
{
    QStringList files;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries)
        files.append(entry.fileName());
    files.sort();
    return files;
}

} // namespace

// One run of the engine as the window has it: monitor, downloader, saver and store.
struct Engine
{
    explicit Engine(const Simulator &simulator, const QString &storePath)
    {
        monitor = std::make_unique<Monitor>(&network);
        monitor->client()->setBaseUrl(simulator.apiBase());
        monitor->setApiKey(simulator.apiKey());
        downloader = std::make_unique<Downloader>(&network);
        saver = std::make_unique<OutputSaver>(monitor.get(), downloader.get());
        if (!storePath.isEmpty() && store.open(storePath)) {
            monitor->restore(store.load());
            store.attach(monitor.get());
        }
    }
    ~Engine() { store.flush(); }

    QNetworkAccessManager network;
    std::unique_ptr<Monitor> monitor;
    std::unique_ptr<Downloader> downloader;
    std::unique_ptr<OutputSaver> saver;
    TaskStore store;
};

class tst_OutputSaver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void folderFollowsTheLayout_data();
    void folderFollowsTheLayout();
    void autoSaveSavesEachOutputOnce();
    void autoSaveOffSavesNothing();
    void restartDoesNotSaveAgain();
    void savesOnlyWhatIsMissing();

private:
    QString addTask(const QString &id, int outputs, std::chrono::milliseconds duration = 300ms);
    QString folder() const { return m_dir->filePath(QStringLiteral("saved")); }
    QString storePath() const { return m_dir->filePath(QStringLiteral("tasks.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_simulator;
};

void tst_OutputSaver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<Simulator>();
    QVERIFY(m_simulator->start());
}

void tst_OutputSaver::cleanup()
{
    m_simulator.reset();
    m_dir.reset();
}

QString tst_OutputSaver::addTask(const QString &id, int outputs, std::chrono::milliseconds duration)
{
    Simulator::TaskSpec spec;
    spec.id = id;
    spec.outputCount = outputs;
    spec.duration = duration;
    return m_simulator->addTask(spec);
}

void tst_OutputSaver::folderFollowsTheLayout_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<OutputSaver::Layout>("layout");
    QTest::addColumn<QString>("expected"); // relative to the base folder

    const QString model = QStringLiteral("wavespeed-ai/flux-dev");
    QTest::newRow("flat") << model << OutputSaver::Layout::Flat << QString();
    QTest::newRow("by date") << model << OutputSaver::Layout::ByDate
                             << QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)
                                    .toLocalTime()
                                    .date()
                                    .toString(Qt::ISODate);
    QTest::newRow("by model") << model << OutputSaver::Layout::ByModel
                              << QStringLiteral("wavespeed-ai/flux-dev");
    QTest::newRow("no way out") << QStringLiteral("../../etc/passwd")
                                << OutputSaver::Layout::ByModel << QStringLiteral("etc/passwd");
    QTest::newRow("no hidden folders")
        << QStringLiteral(".config/x y:z") << OutputSaver::Layout::ByModel
        << QStringLiteral("config/x_y_z");
    QTest::newRow("unknown model")
        << QString() << OutputSaver::Layout::ByModel << QStringLiteral("unknown-model");
}

void tst_OutputSaver::folderFollowsTheLayout()
{
    QFETCH(QString, model);
    QFETCH(OutputSaver::Layout, layout);
    QFETCH(QString, expected);

    Task task;
    task.id = QStringLiteral("layout-0001");
    task.model = model;
    task.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QString base = folder();
    const QString result = OutputSaver::folderFor(task, base, layout);
    QCOMPARE(result, expected.isEmpty() ? QDir(base).path() : QDir(base).filePath(expected));
    QVERIFY(QDir::cleanPath(result).startsWith(QDir(base).path()));
}

void tst_OutputSaver::autoSaveSavesEachOutputOnce()
{
    const QString two = addTask(QStringLiteral("auto-two-0001"), 2);
    const QString one = addTask(QStringLiteral("auto-one-0002"), 1, 600ms);
    Engine engine(*m_simulator, QString());
    engine.saver->setFolder(folder());
    engine.saver->setAutoSave(true);
    QSignalSpy started(engine.saver.get(), &OutputSaver::started);
    QSignalSpy finished(engine.downloader.get(), &Downloader::taskFinished);

    engine.monitor->add({two, one});
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, LongWaitMs);

    QCOMPARE(started.size(), 2);
    for (const QList<QVariant> &arguments : std::as_const(started))
        QVERIFY(arguments.at(2).toBool()); // automatic
    QStringList fetched = outputFetches(*m_simulator);
    fetched.sort();
    QCOMPARE(fetched.size(), 3); // one request per output
    fetched.removeDuplicates();
    QCOMPARE(fetched.size(), 3);
    QCOMPARE(filesIn(folder()), (QStringList{QStringLiteral("auto-one-0002_1.png"),
                                             QStringLiteral("auto-two-0001_1.png"),
                                             QStringLiteral("auto-two-0001_2.png")}));

    // Where each went is known to the task.
    const Task *task = engine.monitor->task(two);
    QCOMPARE(task->savedPaths,
             (QStringList{QDir(folder()).filePath(QStringLiteral("auto-two-0001_1.png")),
                          QDir(folder()).filePath(QStringLiteral("auto-two-0001_2.png"))}));
    QCOMPARE(task->savedCount(), 2);

    // Asking again saves nothing: every output has its file.
    QVERIFY(engine.saver->save({two, one}).isEmpty());
    QCOMPARE(outputFetches(*m_simulator).size(), 3);
}

void tst_OutputSaver::autoSaveOffSavesNothing()
{
    const QString id = addTask(QStringLiteral("auto-off-0001"), 2);
    Engine engine(*m_simulator, QString());
    engine.saver->setFolder(folder());
    QSignalSpy finished(engine.monitor.get(), &Monitor::allFinished);
    QSignalSpy started(engine.saver.get(), &OutputSaver::started);
    engine.monitor->add({id});
    QVERIFY(finished.wait(LongWaitMs));

    QCOMPARE(engine.monitor->task(id)->state, TaskState::Completed);
    QVERIFY(started.isEmpty());
    QCOMPARE(engine.downloader->pendingCount(), 0);
    QVERIFY(outputFetches(*m_simulator).isEmpty());
    QVERIFY(!QFileInfo::exists(folder()));
}

void tst_OutputSaver::restartDoesNotSaveAgain()
{
    const QString first = addTask(QStringLiteral("restart-a-0001"), 2);
    {
        Engine engine(*m_simulator, storePath());
        QVERIFY(engine.store.isOpen());
        engine.saver->setFolder(folder());
        engine.saver->setAutoSave(true);
        QSignalSpy finished(engine.downloader.get(), &Downloader::taskFinished);
        engine.monitor->add({first});
        QVERIFY(finished.wait(LongWaitMs));
        QCOMPARE(outputFetches(*m_simulator).size(), 2);
    }

    // The next run knows the saved files; only the task that completes now is saved.
    const QString second = addTask(QStringLiteral("restart-b-0002"), 1);
    Engine engine(*m_simulator, storePath());
    engine.saver->setFolder(folder());
    engine.saver->setAutoSave(true);
    const Task *restored = engine.monitor->task(first);
    QVERIFY(restored);
    QCOMPARE(restored->savedCount(), 2);
    QSignalSpy started(engine.saver.get(), &OutputSaver::started);
    QSignalSpy finished(engine.downloader.get(), &Downloader::taskFinished);
    engine.monitor->add({second});
    QVERIFY(finished.wait(LongWaitMs));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), second);
    QCOMPARE(outputFetches(*m_simulator).size(), 3);
    QCOMPARE(filesIn(folder()).size(), 3);
}

void tst_OutputSaver::savesOnlyWhatIsMissing()
{
    const QString id = addTask(QStringLiteral("missing-0001"), 3);
    Engine engine(*m_simulator, QString());
    engine.saver->setFolder(folder());
    QSignalSpy allFinished(engine.monitor.get(), &Monitor::allFinished);
    engine.monitor->add({id});
    QVERIFY(allFinished.wait(LongWaitMs));

    QSignalSpy finished(engine.downloader.get(), &Downloader::taskFinished);
    QCOMPARE(engine.saver->save({id}), QStringList{id});
    QVERIFY(engine.saver->save({id}).isEmpty()); // already under way
    QVERIFY(finished.wait(LongWaitMs));
    QCOMPARE(engine.monitor->task(id)->savedCount(), 3);

    // The second file is moved away: the task no longer counts it...
    const QString second = engine.monitor->task(id)->savedPath(1);
    const QString away = m_dir->filePath(QStringLiteral("away.png"));
    QVERIFY(QFile::rename(second, away));
    QCOMPARE(engine.monitor->task(id)->savedCount(), 2);
    QCOMPARE(OutputSaver::unsavedOutputs(*engine.monitor->task(id)), QList<int>{1});

    // ...and finds it again when it is moved back.
    QVERIFY(QFile::rename(away, second));
    QCOMPARE(engine.monitor->task(id)->savedCount(), 3);
    QVERIFY(OutputSaver::unsavedOutputs(*engine.monitor->task(id)).isEmpty());

    // Deleted for good: saving again fetches that one output, under its own number.
    QVERIFY(QFile::remove(second));
    m_simulator->clearRequests();
    QCOMPARE(engine.saver->save({id}), QStringList{id});
    QVERIFY(finished.wait(LongWaitMs));
    QCOMPARE(outputFetches(*m_simulator).size(), 1);
    QVERIFY(outputFetches(*m_simulator).first().contains(QLatin1String("/2")));
    QCOMPARE(engine.monitor->task(id)->savedPath(1), second);
    QCOMPARE(engine.monitor->task(id)->savedCount(), 3);
    QCOMPARE(filesIn(folder()).size(), 3);
}

QTEST_GUILESS_MAIN(tst_OutputSaver)
#include "tst_outputsaver.moc"
