// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// Where the API key and the outputs' signatures must never end up: the log, at its most
// talkative, whatever happens to the requests; and the task database.
#include "api/apiclient.h"
#include "clirunner.h"
#include "simulator.h"
#include "tasks/monitor.h"
#include "tasks/taskstore.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

// A key of the shape of a real one, so that nothing filters it out for looking fake.
const QString Key = QStringLiteral("test-key-not-secret-5f2c9a7e41b0d386");

QStringList capturedLog;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
}

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void logNeverHoldsTheKeyOrSignatures_data();
    void logNeverHoldsTheKeyOrSignatures();
    void taskDatabaseNeverHoldsTheKey();

private:
    QStringList outputSignatures() const;
    QString logMentioning(const QString &secret) const;

    Simulator *m_simulator = nullptr;
    QtMessageHandler m_previousHandler = nullptr;
};

void tst_Secrets::initTestCase()
{
    // Every category at its most talkative: what a user turns on to report a bug.
    QLoggingCategory::setFilterRules(QStringLiteral("wsm.*=true\nqt.network.*=true"));
}

void tst_Secrets::init()
{
    m_simulator = new Simulator(this);
    m_simulator->setApiKey(Key);
    QString error;
    QVERIFY2(m_simulator->start(0, 0, &error), qPrintable(error));
    capturedLog.clear();
    m_previousHandler = qInstallMessageHandler(capture);
}

void tst_Secrets::cleanup()
{
    qInstallMessageHandler(m_previousHandler);
    delete m_simulator;
}

// The "sig" of every output URL the simulator handed out: each one grants the output to whoever
// holds the URL.
QStringList tst_Secrets::outputSignatures() const
{
    QStringList signatures;
    for (const Simulator::Request &request : m_simulator->requests()) {
        const QUrlQuery query(QString::fromUtf8(request.query));
        if (query.hasQueryItem(QStringLiteral("sig")))
            signatures.append(query.queryItemValue(QStringLiteral("sig")));
    }
    signatures.removeDuplicates();
    return signatures;
}

QString tst_Secrets::logMentioning(const QString &secret) const
{
    for (const QString &line : std::as_const(capturedLog)) {
        if (line.contains(secret))
            return line;
    }
    return {};
}

void tst_Secrets::logNeverHoldsTheKeyOrSignatures_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("accepted key") << Key << 1; // one task failed
    // A key that is almost right is as secret as the right one.
    QTest::newRow("rejected key") << QStringLiteral("test-key-not-secret-0000000000000000") << 3;
}

void tst_Secrets::logNeverHoldsTheKeyOrSignatures()
{
    QFETCH(QString, key);
    QFETCH(int, exitCode);

    Simulator::TaskSpec done;
    done.id = QStringLiteral("sec-done-01");
    done.duration = 300ms;
    done.outputCount = 2;
    m_simulator->addTask(done);
    Simulator::TaskSpec failed = done;
    failed.id = QStringLiteral("sec-fail-02");
    failed.outcome = Simulator::Outcome::Failed;
    failed.error = QStringLiteral("The prompt was flagged");
    m_simulator->addTask(failed);
    // Faults make the engine log the most: retries, a rate limit, a redirected output.
    m_simulator->rateLimitNext(1, "1");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_simulator->redirectOutputsTo(m_simulator->apiBase());

    QBuffer out;
    QBuffer err;
    QBuffer in;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    in.open(QIODevice::ReadOnly);
    CliRunner runner(&out, &err, &in);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start({QStringLiteral("wavespeed-monitor-cli"), QStringLiteral("--download"),
                  folder.path(), QStringLiteral("--api-base"), m_simulator->apiBase().toString(),
                  done.id, failed.id},
                 {}, key);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toInt(), exitCode);

    // The log is there and talks about the requests, so its silence on secrets means something.
    QVERIFY(capturedLog.size() > 5);
    QVERIFY(!logMentioning(QStringLiteral("predictions/sec-done-01")).isEmpty());

    const QStringList secrets = QStringList{key, QStringLiteral("Bearer")} + outputSignatures();
    if (key == Key)
        QVERIFY(secrets.size() >= 3); // the outputs were fetched with their signature
    for (const QString &secret : secrets) {
        const QString line = logMentioning(secret);
        QVERIFY2(line.isEmpty(), qPrintable(QStringLiteral("the log holds a secret: ") + line));
    }
    // The events name the outputs' URLs, as the user asked for them; the key, never.
    QVERIFY(!out.data().contains(key.toUtf8()));
    QVERIFY(!err.data().contains(key.toUtf8()));
}

void tst_Secrets::taskDatabaseNeverHoldsTheKey()
{
    Simulator::TaskSpec done;
    done.id = QStringLiteral("sec-store-03");
    done.duration = 300ms;
    m_simulator->addTask(done);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    QNetworkAccessManager network;
    auto monitor = std::make_unique<Monitor>(&network);
    QVERIFY(monitor->client()->setBaseUrl(m_simulator->apiBase()));
    monitor->setApiKey(Key);
    {
        TaskStore store;
        QString error;
        QVERIFY2(store.open(folder.filePath(QStringLiteral("tasks.sqlite")), &error),
                 qPrintable(error));
        store.attach(monitor.get());
        QSignalSpy allFinished(monitor.get(), &Monitor::allFinished);
        monitor->add({done.id});
        QVERIFY(allFinished.wait(20000));
        store.flush();
        QCOMPARE(store.load().size(), 1);
        QCOMPARE(store.load().constFirst().state, TaskState::Completed);

        // Everything the store keeps on disk, the journal included, while it is still open.
        QDirIterator files(folder.path(), QDir::Files);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(Key.toUtf8()), qPrintable(file.fileName()));
            read += bytes.isEmpty() ? 0 : 1;
        }
        QVERIFY(read >= 1);
        monitor.reset(); // the monitor goes before the store it is attached to
    }
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
