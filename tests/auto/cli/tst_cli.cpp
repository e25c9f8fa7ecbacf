// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The command-line contract of ARCHITECTURE.md: options, JSON events and exit status, run
// in-process against the simulated API.
#include "clioptions.h"
#include "clirunner.h"
#include "demotasks.h"
#include "eventwriter.h"
#include "simulator.h"
#include "tasks/task.h"
#include "tasks/taskexport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {}; // every line must be one JSON object
        events.append(document.object());
    }
    return events;
}

QList<QJsonObject> eventsNamed(const QList<QJsonObject> &events, const QString &name)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : events) {
        if (event.value(QLatin1String("event")).toString() == name)
            found.append(event);
    }
    return found;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void options_data();
    void options();
    void jsonEvents();
    void exitStatus_data();
    void exitStatus();
    void readsStandardInput();
    void gateStateIsAnnounced();
    void downloadsOutputs();
    void demoRunsToTheEnd();
    void exportOption();
    void exportWritesEveryTask();
    void exportFailsClearly();
    void importSinceOption_data();
    void importSinceOption();
    void importSinceUsageErrors_data();
    void importSinceUsageErrors();
    void importsTheAccountsTasks_data();
    void importsTheAccountsTasks();
    void importWithRejectedKey();
    void importFromAnEmptyAccount();
    void importJoinsTheGivenIds();
    void importThatFailsIsAWarning();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QString &key, const QByteArray &input = {},
            int timeoutMs = 30000);

    Simulator *m_simulator = nullptr;
};

void tst_Cli::init()
{
    m_simulator = new Simulator(this);
    QVERIFY(m_simulator->start());
}

void tst_Cli::cleanup()
{
    delete m_simulator;
}

tst_Cli::Run tst_Cli::run(const QStringList &arguments, const QString &key, const QByteArray &input,
                          int timeoutMs)
{
    QBuffer out;
    QBuffer err;
    QBuffer in;
    in.setData(input);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    in.open(QIODevice::ReadOnly);

    CliRunner runner(&out, &err, &in);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start(QStringList{QStringLiteral("wavespeed-monitor-cli")} + arguments, {}, key);
    Run result;
    if (finished.wait(timeoutMs))
        result.exitCode = finished.first().first().toInt();
    result.out = out.data();
    result.err = err.data();
    return result;
}

void tst_Cli::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentBase");
    QTest::addColumn<CliOptions::Action>("action");
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<int>("timeout");

    const QString official = QStringLiteral("https://api.wavespeed.ai");
    QTest::newRow("defaults") << QStringList{QStringLiteral("abc123")} << QString()
                              << CliOptions::Action::Run << official << 1800;
    QTest::newRow("environment base")
        << QStringList{QStringLiteral("abc123")} << QStringLiteral("http://127.0.0.1:9000")
        << CliOptions::Action::Run << QStringLiteral("http://127.0.0.1:9000") << 1800;
    QTest::newRow("option beats environment")
        << QStringList{QStringLiteral("--api-base"), QStringLiteral("https://example.com"),
                       QStringLiteral("x")}
        << QStringLiteral("http://127.0.0.1:9000") << CliOptions::Action::Run
        << QStringLiteral("https://example.com") << 1800;
    QTest::newRow("plain http remote")
        << QStringList{QStringLiteral("--api-base"), QStringLiteral("http://api.wavespeed.ai")}
        << QString() << CliOptions::Action::UsageError << QString() << 0;
    QTest::newRow("timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("60")}
                             << QString() << CliOptions::Action::Run << official << 60;
    QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                  << QString() << CliOptions::Action::UsageError << QString() << 0;
    QTest::newRow("timeout words")
        << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} << QString()
        << CliOptions::Action::UsageError << QString() << 0;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QString()
                                    << CliOptions::Action::UsageError << QString() << 0;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << QString()
                          << CliOptions::Action::ShowHelp << QString() << 0;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << QString()
                             << CliOptions::Action::ShowVersion << QString() << 0;
}

void tst_Cli::options()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentBase);
    QFETCH(CliOptions::Action, action);
    QFETCH(QString, apiBase);
    QFETCH(int, timeout);

    const CliOptions options = CliOptions::parse(
        QStringList{QStringLiteral("wavespeed-monitor-cli")} + arguments, environmentBase);
    QCOMPARE(options.action, action);
    QCOMPARE(options.error.isEmpty(), action != CliOptions::Action::UsageError);
    if (action == CliOptions::Action::Run) {
        QCOMPARE(options.apiBase, QUrl(apiBase));
        QCOMPARE(options.timeout.count(), timeout);
    }
}

void tst_Cli::jsonEvents()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const QDateTime now(QDate(2026, 12, 3), QTime(15, 0, 0), Qt::UTC);
    EventWriter writer(&out, nullptr, EventWriter::Format::Json, [now] { return now; });

    Task task;
    task.id = QStringLiteral("abc123");
    task.status = QStringLiteral("processing");
    task.model = QStringLiteral("wavespeed-ai/flux-dev");
    task.createdAt = now.addSecs(-5);
    writer.status(task);
    task.state = TaskState::Completed;
    task.outputs = {QUrl(QStringLiteral("https://cdn.example.com/a.png?sig=1"))};
    writer.completed(task);
    task.inferenceMs = 1234;
    writer.completed(task);
    task.state = TaskState::GaveUp;
    task.error = QStringLiteral("Stopped watching");
    writer.failed(task);
    writer.downloaded(task.id, task.outputs.first(), QStringLiteral("/tmp/abc123_1.png"), 42);
    writer.downloadFailed(task.id, task.outputs.first(), QStringLiteral("HTTP 404"));
    writer.warning(QStringLiteral("Rate limited"));

    const QList<QJsonObject> events = jsonLines(out.data());
    QCOMPARE(events.size(), 7);
    for (const QJsonObject &event : events)
        QCOMPARE(event.value(QLatin1String("time")).toString(),
                 QStringLiteral("2026-12-03T15:00:00.000Z"));

    QCOMPARE(events[0].value(QLatin1String("event")).toString(), QStringLiteral("status"));
    QCOMPARE(events[0].value(QLatin1String("id")).toString(), task.id);
    QCOMPARE(events[0].value(QLatin1String("status")).toString(), QStringLiteral("processing"));
    QCOMPARE(events[0].value(QLatin1String("model")).toString(), task.model);
    QCOMPARE(events[0].value(QLatin1String("created_at")).toString(),
             QStringLiteral("2026-12-03T14:59:55.000Z"));

    QCOMPARE(events[1].value(QLatin1String("event")).toString(), QStringLiteral("completed"));
    QCOMPARE(events[1].value(QLatin1String("outputs")).toArray().first().toString(),
             QStringLiteral("https://cdn.example.com/a.png?sig=1"));
    QVERIFY(events[1].value(QLatin1String("inference_ms")).isNull());
    QCOMPARE(events[2].value(QLatin1String("inference_ms")).toInteger(), 1234);

    QCOMPARE(events[3].value(QLatin1String("event")).toString(), QStringLiteral("failed"));
    QCOMPARE(events[3].value(QLatin1String("status")).toString(), QStringLiteral("gave_up"));
    QCOMPARE(events[3].value(QLatin1String("error")).toString(),
             QStringLiteral("Stopped watching"));

    QCOMPARE(events[4].value(QLatin1String("event")).toString(), QStringLiteral("downloaded"));
    QCOMPARE(events[4].value(QLatin1String("path")).toString(),
             QStringLiteral("/tmp/abc123_1.png"));
    QCOMPARE(events[4].value(QLatin1String("bytes")).toInteger(), 42);
    QCOMPARE(events[5].value(QLatin1String("event")).toString(), QStringLiteral("download_failed"));
    QCOMPARE(events[5].value(QLatin1String("error")).toString(), QStringLiteral("HTTP 404"));
    QCOMPARE(events[6].value(QLatin1String("event")).toString(), QStringLiteral("warning"));
    QCOMPARE(events[6].value(QLatin1String("message")).toString(), QStringLiteral("Rate limited"));
    QVERIFY(!events[6].contains(QLatin1String("id")));
}

void tst_Cli::exitStatus_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("goodKey");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("failedStatuses");

    QTest::newRow("all completed")
        << QStringList{QStringLiteral("cli-ok-01"), QStringLiteral("cli-ok-02")} << true << 0
        << QStringList();
    QTest::newRow("one failed") << QStringList{QStringLiteral("cli-ok-01"),
                                               QStringLiteral("cli-fail-03")}
                                << true << 1 << QStringList{QStringLiteral("failed")};
    QTest::newRow("not found") << QStringList{QStringLiteral("cli-nothing-09")} << true << 1
                               << QStringList{QStringLiteral("not_found")};
    QTest::newRow("key rejected") << QStringList{QStringLiteral("cli-ok-01")} << false << 3
                                  << QStringList();
    QTest::newRow("no task id") << QStringList{QStringLiteral("nothing to see here")} << true << 2
                                << QStringList();
}

void tst_Cli::exitStatus()
{
    QFETCH(QStringList, ids);
    QFETCH(bool, goodKey);
    QFETCH(int, exitCode);
    QFETCH(QStringList, failedStatuses);

    Simulator::TaskSpec ok;
    ok.duration = 500ms;
    ok.id = QStringLiteral("cli-ok-01");
    m_simulator->addTask(ok);
    ok.id = QStringLiteral("cli-ok-02");
    m_simulator->addTask(ok);
    Simulator::TaskSpec failed = ok;
    failed.id = QStringLiteral("cli-fail-03");
    failed.outcome = Simulator::Outcome::Failed;
    failed.errorCode = 1401;
    failed.error = QStringLiteral("invalid size");
    m_simulator->addTask(failed);

    const Run result = run(QStringList{QStringLiteral("--json"), QStringLiteral("--api-base"),
                                       m_simulator->apiBase().toString()} +
                               ids,
                           goodKey ? m_simulator->apiKey() : QStringLiteral("wrong-key-0000"));
    QCOMPARE(result.exitCode, exitCode);

    const QList<QJsonObject> events = jsonLines(result.out);
    QCOMPARE(events.isEmpty(), result.out.isEmpty()); // every line is JSON
    QStringList statuses;
    for (const QJsonObject &event : eventsNamed(events, QStringLiteral("failed")))
        statuses.append(event.value(QLatin1String("status")).toString());
    QCOMPARE(statuses, failedStatuses);
    if (exitCode == 0)
        QCOMPARE(eventsNamed(events, QStringLiteral("completed")).size(), ids.size());
    if (exitCode == 2 || exitCode == 3)
        QVERIFY(!result.err.isEmpty());
    if (exitCode == 3) {
        const QList<QJsonObject> warnings = eventsNamed(events, QStringLiteral("warning"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("rejected the key")));
    }
    // The key is never written anywhere.
    QVERIFY(!result.out.contains(m_simulator->apiKey().toUtf8()));
    QVERIFY(!result.err.contains(m_simulator->apiKey().toUtf8()));
    QVERIFY(!result.err.contains("wrong-key-0000"));
}

void tst_Cli::readsStandardInput()
{
    Simulator::TaskSpec ok;
    ok.id = QStringLiteral("cli-stdin-04");
    ok.duration = 300ms;
    m_simulator->addTask(ok);

    const QByteArray pasted = R"({"code":200,"data":{"id":"cli-stdin-04","status":"created"}})";
    const Run result = run({QStringLiteral("--json"), QStringLiteral("--api-base"),
                            m_simulator->apiBase().toString(), QStringLiteral("-")},
                           m_simulator->apiKey(), pasted);
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> completed =
        eventsNamed(jsonLines(result.out), QStringLiteral("completed"));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first().value(QLatin1String("id")).toString(), ok.id);
}

// A script watching the events learns when the API slows everything down and when it is over.
void tst_Cli::gateStateIsAnnounced()
{
    Simulator::TaskSpec ok;
    ok.id = QStringLiteral("cli-slow-06");
    ok.duration = 300ms;
    m_simulator->addTask(ok);
    m_simulator->rateLimitNext(1, "1");

    const Run result = run({QStringLiteral("--json"), QStringLiteral("--api-base"),
                            m_simulator->apiBase().toString(), ok.id},
                           m_simulator->apiKey());
    QCOMPARE(result.exitCode, 0);
    QStringList seen;
    for (const QJsonObject &event : jsonLines(result.out)) {
        const QString name = event.value(QLatin1String("event")).toString();
        if (name == QLatin1String("warning"))
            seen.append(event.value(QLatin1String("message")).toString());
        else if (name == QLatin1String("completed"))
            seen.append(name);
    }
    QCOMPARE(seen.size(), 3);
    QVERIFY2(seen.at(0).startsWith(QLatin1String("Rate limited")), qPrintable(seen.at(0)));
    QVERIFY2(seen.at(1).contains(QLatin1String("resume")), qPrintable(seen.at(1)));
    QCOMPARE(seen.at(2), QStringLiteral("completed"));
}

void tst_Cli::downloadsOutputs()
{
    Simulator::TaskSpec ok;
    ok.id = QStringLiteral("cli-save-05");
    ok.duration = 300ms;
    ok.outputCount = 2;
    m_simulator->addTask(ok);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    const Run result = run({QStringLiteral("--json"), QStringLiteral("--download"), folder.path(),
                            QStringLiteral("--api-base"), m_simulator->apiBase().toString(), ok.id},
                           m_simulator->apiKey());
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> saved =
        eventsNamed(jsonLines(result.out), QStringLiteral("downloaded"));
    QCOMPARE(saved.size(), 2);
    for (const QJsonObject &event : saved) {
        const QFileInfo file(event.value(QLatin1String("path")).toString());
        QVERIFY(file.exists());
        QCOMPARE(file.absolutePath(), QDir(folder.path()).absolutePath());
        QCOMPARE(file.size(), event.value(QLatin1String("bytes")).toInteger());
    }
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files, QDir::Name),
             (QStringList{ok.id + QStringLiteral("_1.png"), ok.id + QStringLiteral("_2.png")}));
}

void tst_Cli::demoRunsToTheEnd()
{
    QTemporaryDir folder;
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("--json"),
                            QStringLiteral("--download"), folder.path()},
                           {}, {}, 90000);
    // One demo task fails on purpose, so not every task completed.
    QCOMPARE(result.exitCode, 1);
    const QList<QJsonObject> events = jsonLines(result.out);
    const int completed = DemoTasks::count() - DemoTasks::expectedFailures();
    QCOMPARE(eventsNamed(events, QStringLiteral("completed")).size(), completed);
    QCOMPARE(eventsNamed(events, QStringLiteral("failed")).size(), DemoTasks::expectedFailures());
    QVERIFY(eventsNamed(events, QStringLiteral("status")).size() >= DemoTasks::count());
    QVERIFY(eventsNamed(events, QStringLiteral("downloaded")).size() >= completed);
    QVERIFY(result.err.contains(folder.path().toUtf8()));
}

void tst_Cli::importSinceOption_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("seconds"); // -1: a usage error

    QTest::newRow("seconds") << QStringLiteral("45s") << 45;
    QTest::newRow("minutes") << QStringLiteral("90m") << 5400;
    QTest::newRow("hours") << QStringLiteral("24h") << 86400;
    QTest::newRow("days") << QStringLiteral("3d") << 3 * 86400;
    QTest::newRow("seven days") << QStringLiteral("7d") << 7 * 86400;
    QTest::newRow("168 hours") << QStringLiteral("168h") << 7 * 86400;
    QTest::newRow("eight days") << QStringLiteral("8d") << -1;
    QTest::newRow("169 hours") << QStringLiteral("169h") << -1;
    QTest::newRow("zero") << QStringLiteral("0h") << -1;
    QTest::newRow("negative") << QStringLiteral("-1d") << -1;
    QTest::newRow("fraction") << QStringLiteral("1.5h") << -1;
    QTest::newRow("no unit") << QStringLiteral("24") << -1;
    QTest::newRow("unknown unit") << QStringLiteral("2w") << -1;
    QTest::newRow("upper case") << QStringLiteral("24H") << -1;
    QTest::newRow("words") << QStringLiteral("abc") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("huge") << QStringLiteral("99999999999999999999d") << -1;
}

void tst_Cli::importSinceOption()
{
    QFETCH(QString, value);
    QFETCH(int, seconds);

    const CliOptions options = CliOptions::parse(
        {QStringLiteral("wavespeed-monitor-cli"), QStringLiteral("--import-since"), value}, {});
    if (seconds < 0) {
        QCOMPARE(options.action, CliOptions::Action::UsageError);
        QVERIFY(options.error.contains(QLatin1String("--import-since")));
        return;
    }
    QCOMPARE(options.action, CliOptions::Action::Run);
    QVERIFY(options.importSince);
    QCOMPARE(options.importSince->count(), seconds);
    QVERIFY(options.texts.isEmpty());
}

void tst_Cli::importSinceUsageErrors_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("8d") << QStringLiteral("8d");
    QTest::newRow("abc") << QStringLiteral("abc");
}

void tst_Cli::importSinceUsageErrors()
{
    QFETCH(QString, value);

    const Run result =
        run({QStringLiteral("--json"), QStringLiteral("--api-base"),
             m_simulator->apiBase().toString(), QStringLiteral("--import-since"), value},
            m_simulator->apiKey());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("--import-since"));
    QCOMPARE(m_simulator->requests().size(), 0);
}

void tst_Cli::importsTheAccountsTasks_data()
{
    QTest::addColumn<bool>("withFailure");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("all completed") << false << 0;
    QTest::newRow("one failed") << true << 1;
}

// Finished tasks of the account are reported from the history alone, running ones are watched
// to their end, and all of them are saved with --download.
void tst_Cli::importsTheAccountsTasks()
{
    QFETCH(bool, withFailure);
    QFETCH(int, exitCode);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Simulator::TaskSpec spec;
    spec.duration = 1s;
    spec.id = QStringLiteral("cli-imp-done-01");
    spec.createdAt = now.addSecs(-1800);
    m_simulator->addTask(spec);
    spec.id = QStringLiteral("cli-imp-old-02"); // before the range
    spec.createdAt = now.addSecs(-3 * 3600);
    m_simulator->addTask(spec);
    spec.id = QStringLiteral("cli-imp-run-03");
    spec.createdAt = now.addSecs(-1);
    spec.duration = 1500ms;
    m_simulator->addTask(spec);
    QStringList finishedAlready{QStringLiteral("cli-imp-done-01")};
    if (withFailure) {
        spec.id = QStringLiteral("cli-imp-fail-04");
        spec.createdAt = now.addSecs(-600);
        spec.duration = 1s;
        spec.outcome = Simulator::Outcome::Failed;
        spec.errorCode = 1200;
        spec.error = QStringLiteral("flagged");
        m_simulator->addTask(spec);
        finishedAlready.append(spec.id);
    }
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    const Run result = run({QStringLiteral("--json"), QStringLiteral("--api-base"),
                            m_simulator->apiBase().toString(), QStringLiteral("--download"),
                            folder.path(), QStringLiteral("--import-since"), QStringLiteral("1h")},
                           m_simulator->apiKey());
    QCOMPARE(result.exitCode, exitCode);

    const QList<QJsonObject> events = jsonLines(result.out);
    QVERIFY(!events.isEmpty());
    QSet<QString> statusIds;
    QStringList ends; // "completed id" / "failed id", in order
    for (const QJsonObject &event : events) {
        const QString name = event.value(QLatin1String("event")).toString();
        const QString id = event.value(QLatin1String("id")).toString();
        if (name == QLatin1String("status")) {
            statusIds.insert(id);
            QVERIFY(!ends.contains(QStringLiteral("completed ") + id));
        } else if (name == QLatin1String("completed") || name == QLatin1String("failed")) {
            QVERIFY2(statusIds.contains(id), "a status event comes first");
            ends.append(name + QLatin1Char(' ') + id);
        }
    }
    QStringList expectedEnds{QStringLiteral("completed cli-imp-done-01"),
                             QStringLiteral("completed cli-imp-run-03")};
    if (withFailure)
        expectedEnds.append(QStringLiteral("failed cli-imp-fail-04"));
    QCOMPARE(QSet<QString>(ends.cbegin(), ends.cend()),
             QSet<QString>(expectedEnds.cbegin(), expectedEnds.cend()));
    QCOMPARE(ends.size(), expectedEnds.size());
    QVERIFY(!statusIds.contains(QStringLiteral("cli-imp-old-02")));
    if (withFailure) {
        const QJsonObject failed = eventsNamed(events, QStringLiteral("failed")).first();
        QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QVERIFY(failed.value(QLatin1String("error")).toString().contains(QLatin1String("flagged")));
    }
    QCOMPARE(eventsNamed(events, QStringLiteral("downloaded")).size(), 2);
    QVERIFY(QFileInfo::exists(folder.filePath(QStringLiteral("cli-imp-done-01_1.png"))));

    // Tasks finished before the import are never checked one by one.
    for (const QString &id : std::as_const(finishedAlready))
        QCOMPARE(m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + id), 0);
    QVERIFY(m_simulator->requestCount(QStringLiteral("/api/v3/predictions/cli-imp-run-03")) > 0);
}

void tst_Cli::importWithRejectedKey()
{
    Simulator::TaskSpec spec;
    spec.id = QStringLiteral("cli-imp-key-01");
    spec.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    m_simulator->addTask(spec);

    const Run result = run({QStringLiteral("--json"), QStringLiteral("--api-base"),
                            m_simulator->apiBase().toString(), QStringLiteral("--import-since"),
                            QStringLiteral("24h")},
                           QStringLiteral("test-key-not-secret"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!result.err.isEmpty());
    const QList<QJsonObject> events = jsonLines(result.out);
    QCOMPARE(eventsNamed(events, QStringLiteral("status")).size(), 0);
    QVERIFY(!result.err.contains("test-key-not-secret"));
    QVERIFY(!result.out.contains("test-key-not-secret"));
}

void tst_Cli::importFromAnEmptyAccount()
{
    const Run result = run({QStringLiteral("--json"), QStringLiteral("--api-base"),
                            m_simulator->apiBase().toString(), QStringLiteral("--import-since"),
                            QStringLiteral("90m")},
                           m_simulator->apiKey());
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> events = jsonLines(result.out);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value(QLatin1String("event")).toString(), QStringLiteral("warning"));
    QVERIFY(events.first()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("no tasks found since")));
    QCOMPARE(m_simulator->requestCount(QStringLiteral("/api/v3/predictions")), 1);
}

// TEXT and --import-since together: the given IDs and the account's tasks, each once.
void tst_Cli::importJoinsTheGivenIds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Simulator::TaskSpec spec;
    spec.duration = 300ms;
    spec.id = QStringLiteral("cli-given-01"); // older than the span: only TEXT brings it
    spec.createdAt = now.addSecs(-3 * 3600);
    m_simulator->addTask(spec);
    spec.id = QStringLiteral("cli-both-02"); // given and in the span
    spec.createdAt = now.addSecs(-600);
    m_simulator->addTask(spec);
    spec.id = QStringLiteral("cli-listed-03");
    spec.createdAt = now.addSecs(-1200);
    m_simulator->addTask(spec);

    const Run result = run({QStringLiteral("--json"), QStringLiteral("--api-base"),
                            m_simulator->apiBase().toString(), QStringLiteral("--import-since"),
                            QStringLiteral("1h"), QStringLiteral("cli-given-01 cli-both-02")},
                           m_simulator->apiKey());
    QCOMPARE(result.exitCode, 0);
    QStringList completed;
    for (const QJsonObject &event : eventsNamed(jsonLines(result.out), QStringLiteral("completed")))
        completed.append(event.value(QLatin1String("id")).toString());
    completed.sort();
    QCOMPARE(completed, (QStringList{QStringLiteral("cli-both-02"), QStringLiteral("cli-given-01"),
                                     QStringLiteral("cli-listed-03")}));
}

// The listing fails for good (nothing listens): a warning, and not every task was seen to end.
void tst_Cli::importThatFailsIsAWarning()
{
    const QString base = m_simulator->apiBase().toString();
    m_simulator->stop();

    const Run result = run({QStringLiteral("--json"), QStringLiteral("--api-base"), base,
                            QStringLiteral("--import-since"), QStringLiteral("2h")},
                           m_simulator->apiKey());
    QCOMPARE(result.exitCode, 1);
    const QList<QJsonObject> warnings =
        eventsNamed(jsonLines(result.out), QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("could not be listed")));
}

void tst_Cli::exportOption()
{
    const QString program = QStringLiteral("wavespeed-monitor-cli");
    CliOptions options = CliOptions::parse({program, QStringLiteral("--export"),
                                            QStringLiteral("out/tasks.json"), QStringLiteral("x")},
                                           {});
    QCOMPARE(options.action, CliOptions::Action::Run);
    QCOMPARE(options.exportFile,
             QDir::current().absoluteFilePath(QStringLiteral("out/tasks.json")));

    options = CliOptions::parse({program, QStringLiteral("x")}, {});
    QVERIFY(options.exportFile.isEmpty());
    options = CliOptions::parse({program, QStringLiteral("--export"), QString()}, {});
    QCOMPARE(options.action, CliOptions::Action::UsageError);
    options = CliOptions::parse({program, QStringLiteral("--help")}, {});
    QVERIFY(options.helpText.contains(QLatin1String("--export <FILE>")));
}

// --export: every task with its final status, outputs, error and where its outputs were saved.
void tst_Cli::exportWritesEveryTask()
{
    Simulator::TaskSpec ok;
    ok.id = QStringLiteral("cli-export-07");
    ok.duration = 300ms;
    ok.outputCount = 2;
    m_simulator->addTask(ok);
    Simulator::TaskSpec failed = ok;
    failed.id = QStringLiteral("cli-export-08");
    failed.outcome = Simulator::Outcome::Failed;
    failed.errorCode = 1401;
    failed.error = QStringLiteral("invalid size");
    m_simulator->addTask(failed);
    const QString missing = QStringLiteral("cli-export-09");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString exportFile = folder.filePath(QStringLiteral("tasks.json"));

    const Run result = run({QStringLiteral("--json"), QStringLiteral("--export"), exportFile,
                            QStringLiteral("--download"), folder.filePath(QStringLiteral("out")),
                            QStringLiteral("--api-base"), m_simulator->apiBase().toString(), ok.id,
                            failed.id, missing},
                           m_simulator->apiKey());
    QCOMPARE(result.exitCode, 1); // one failed, one not found: exit status as without --export

    QFile file(exportFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<Task> tasks = TaskExport::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tasks.size(), 3);
    QCOMPARE(tasks.at(0).id, ok.id);
    QCOMPARE(tasks.at(1).id, failed.id);
    QCOMPARE(tasks.at(2).id, missing);
    QCOMPARE(tasks.at(0).state, TaskState::Completed);
    QCOMPARE(tasks.at(1).state, TaskState::Failed);
    QCOMPARE(tasks.at(2).state, TaskState::NotFound);
    QCOMPARE(tasks.at(1).errorCode, 1401);
    QVERIFY2(tasks.at(1).error.contains(QLatin1String("invalid size")),
             qPrintable(tasks.at(1).error));

    const QList<QJsonObject> events = jsonLines(result.out);
    const QList<QJsonObject> completed = eventsNamed(events, QStringLiteral("completed"));
    QCOMPARE(completed.size(), 1);
    const QJsonArray outputs = completed.first().value(QLatin1String("outputs")).toArray();
    QCOMPARE(tasks.at(0).outputs.size(), 2);
    QCOMPARE(outputs.size(), 2);
    QStringList downloaded;
    for (const QJsonObject &event : eventsNamed(events, QStringLiteral("downloaded")))
        downloaded.append(
            QFileInfo(event.value(QLatin1String("path")).toString()).absoluteFilePath());
    QCOMPARE(downloaded.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(tasks.at(0).outputs.at(i).toString(QUrl::FullyEncoded), outputs.at(i).toString());
        const QString path = tasks.at(0).savedPath(i);
        QVERIFY2(QFileInfo(path).isAbsolute() && QFile::exists(path), qPrintable(path));
        QVERIFY(downloaded.contains(path));
    }
    QCOMPARE(tasks.at(0).savedPath(0) == tasks.at(0).savedPath(1), false);
    QVERIFY(tasks.at(1).savedPaths.isEmpty());
    QVERIFY(eventsNamed(events, QStringLiteral("warning")).isEmpty());
}

void tst_Cli::exportFailsClearly()
{
    Simulator::TaskSpec ok;
    ok.id = QStringLiteral("cli-export-10");
    ok.duration = 300ms;
    m_simulator->addTask(ok);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString exportFile = folder.filePath(QStringLiteral("no-such-folder/tasks.json"));

    Run result = run({QStringLiteral("--json"), QStringLiteral("--export"), exportFile,
                      QStringLiteral("--api-base"), m_simulator->apiBase().toString(), ok.id},
                     m_simulator->apiKey());
    QCOMPARE(result.exitCode, 1); // the task completed, but the file could not be written
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(exportFile).toUtf8()), result.err);
    const QList<QJsonObject> warnings =
        eventsNamed(jsonLines(result.out), QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first()
                .value(QLatin1String("message"))
                .toString()
                .contains(QDir::toNativeSeparators(exportFile)));
    QCOMPARE(eventsNamed(jsonLines(result.out), QStringLiteral("completed")).size(), 1);
    QVERIFY(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // Text mode: the message on standard error, nothing on standard output about it.
    result = run({QStringLiteral("--export"), exportFile, QStringLiteral("--api-base"),
                  m_simulator->apiBase().toString(), ok.id},
                 m_simulator->apiKey());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(exportFile).toUtf8()), result.err);
    QVERIFY(!result.out.contains(QDir::toNativeSeparators(exportFile).toUtf8()));
    QVERIFY(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // The same run with a folder that exists succeeds.
    result = run({QStringLiteral("--export"), folder.filePath(QStringLiteral("tasks.json")),
                  QStringLiteral("--api-base"), m_simulator->apiBase().toString(), ok.id},
                 m_simulator->apiKey());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("tasks.json"))));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
