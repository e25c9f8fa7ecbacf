// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// Importing the account's recent tasks: the query, the paging through the request gate, and
// the tasks joining the monitor, against the in-process simulated API.
#include "../shared/simulatedmonitor.h"
#include "api/apiclient.h"
#include "api/historyquery.h"
#include "simulator.h"
#include "tasks/historyimport.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include "../shared/scriptedserver.h"

using namespace std::chrono_literals;

namespace {

const QString FluxDev = QStringLiteral("wavespeed-ai/flux-dev");
const QString Wan = QStringLiteral("wavespeed-ai/wan-2.1/t2v-480p");

QSet<QString> idsOf(const QList<Prediction> &predictions)
{
    QSet<QString> ids;
    for (const Prediction &prediction : predictions)
        ids.insert(prediction.id);
    return ids;
}

} // namespace

class tst_HistoryImport : public QObject, protected SimulatedMonitor
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validate_data();
    void validate();
    void parsesTolerantly_data();
    void parsesTolerantly();
    void pagesThroughEveryTask_data();
    void pagesThroughEveryTask();
    void neverTrustsTheServerToEnd_data();
    void neverTrustsTheServerToEnd();
    void stopsAtAShortLastPage();
    void filters_data();
    void filters();
    void refusesBadRangesBeforeAnyRequest_data();
    void refusesBadRangesBeforeAnyRequest();
    void keepsToTheRange();
    void rejectedKeyEndsIt();
    void waitsOutARateLimit();
    void emptyAccount();
    void cancelStopsPaging();
    void importAddsFinishedTasksWithoutChecks();

private:
    QString addTask(const QString &id, const QDateTime &createdAt,
                    Simulator::Outcome outcome = Simulator::Outcome::Completed,
                    const QString &model = FluxDev, std::chrono::milliseconds duration = 1s);
    HistoryQuery lastHours(int hours) const;
    int historyRequests() const;

    QDateTime m_now;
};

void tst_HistoryImport::init()
{
    QVERIFY(startSimulation());
    m_now = QDateTime::currentDateTimeUtc();
}

void tst_HistoryImport::cleanup()
{
    stopSimulation();
}

QString tst_HistoryImport::addTask(const QString &id, const QDateTime &createdAt,
                                   Simulator::Outcome outcome, const QString &model,
                                   std::chrono::milliseconds duration)
{
    Simulator::TaskSpec spec;
    spec.id = id;
    spec.createdAt = createdAt;
    spec.outcome = outcome;
    spec.model = model;
    spec.duration = duration;
    if (outcome == Simulator::Outcome::Failed) {
        spec.errorCode = 1200;
        spec.error = QStringLiteral("flagged by the content filter");
    }
    return m_simulator->addTask(spec);
}

HistoryQuery tst_HistoryImport::lastHours(int hours) const
{
    HistoryQuery query;
    query.from = m_now.addSecs(-3600 * hours);
    query.to = m_now;
    return query;
}

int tst_HistoryImport::historyRequests() const
{
    const QList<Simulator::Request> requests = m_simulator->requests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [](const auto &request) {
        return request.method == "POST" && request.path == QLatin1String("/api/v3/predictions");
    }));
}

void tst_HistoryImport::validate_data()
{
    QTest::addColumn<int>("fromSecs"); // relative to now
    QTest::addColumn<int>("toSecs");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("toAfterSecs"); // `to` after validation, relative to now

    const int day = 24 * 3600;
    QTest::newRow("last day") << -day << 0 << true << 0;
    QTest::newRow("whole week") << -7 * day << 0 << true << 0;
    QTest::newRow("week within the slack") << -7 * day - 30 << 0 << true << 0;
    QTest::newRow("week beyond the slack") << -7 * day - 120 << 0 << false << 0;
    QTest::newRow("eight days") << -8 * day << -7 * day << false << 0;
    QTest::newRow("reversed") << -3600 << -7200 << false << 0;
    QTest::newRow("future end clamped") << -3600 << 3600 << true << 0;
    QTest::newRow("end within the slack kept") << -3600 << 30 << true << 30;
    QTest::newRow("start in the future") << 600 << 3600 << false << 0;
}

void tst_HistoryImport::validate()
{
    QFETCH(int, fromSecs);
    QFETCH(int, toSecs);
    QFETCH(bool, valid);
    QFETCH(int, toAfterSecs);

    HistoryQuery query;
    query.from = m_now.addSecs(fromSecs);
    query.to = m_now.addSecs(toSecs);
    QString whyNot;
    QCOMPARE(query.validate(m_now, &whyNot), valid);
    QCOMPARE(whyNot.isEmpty(), valid);
    if (valid)
        QCOMPARE(query.to, m_now.addSecs(toAfterSecs));
}

void tst_HistoryImport::parsesTolerantly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("error");
    QTest::addColumn<int>("items");
    QTest::addColumn<qint64>("total"); // -1: absent

    QTest::newRow("documented")
        << QByteArray(R"({"code":200,"message":"success","data":{"page":1,"total":2,"items":[)"
                      R"({"id":"hist-a-01","status":"completed"},{"id":"hist-b-02",)"
                      R"("status":"processing"}]}})")
        << false << 2 << qint64(2);
    QTest::newRow("items missing")
        << QByteArray(R"({"code":200,"data":{"page":3,"total":0}})") << false << 0 << qint64(0);
    QTest::newRow("total missing")
        << QByteArray(R"({"code":200,"data":{"items":[{"id":"hist-a-01","status":"created"}]}})")
        << false << 1 << qint64(-1);
    QTest::newRow("total as text")
        << QByteArray(R"({"code":200,"data":{"total":"7","items":[]}})") << false << 0 << qint64(7);
    QTest::newRow("unreadable item skipped")
        << QByteArray(R"({"code":200,"data":{"total":2,"items":[42,{"id":"hist-c-03",)"
                      R"("status":"failed"}]}})")
        << false << 1 << qint64(2);
    QTest::newRow("data not an object")
        << QByteArray(R"({"code":200,"data":[]})") << true << 0 << qint64(-1);
    QTest::newRow("envelope error")
        << QByteArray(R"({"code":401,"message":"bad key"})") << true << 0 << qint64(-1);
    QTest::newRow("html") << QByteArray("<html>502</html>") << true << 0 << qint64(-1);
}

void tst_HistoryImport::parsesTolerantly()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, error);
    QFETCH(int, items);
    QFETCH(qint64, total);

    const HistoryQuery::Page page = HistoryQuery::parsePage(body);
    QCOMPARE(page.error.isError(), error);
    QCOMPARE(page.items.size(), items);
    QCOMPARE(page.total.value_or(-1), total);
}

void tst_HistoryImport::pagesThroughEveryTask_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("fetched"); // after each page

    QTest::newRow("230") << 230 << QList<int>{100, 200, 230};
    // By the total, without asking for an empty third page.
    QTest::newRow("200") << 200 << QList<int>{100, 200};
    QTest::newRow("7") << 7 << QList<int>{7};
}

void tst_HistoryImport::pagesThroughEveryTask()
{
    QFETCH(int, count);
    QFETCH(QList<int>, fetched);

    for (int i = 0; i < count; ++i)
        addTask(QStringLiteral("page-%1").arg(i, 4, 10, QLatin1Char('0')), m_now.addSecs(-10 - i));

    HistoryImport import(m_monitor->gate());
    QSignalSpy progress(&import, &HistoryImport::progress);
    QSignalSpy pages(&import, &HistoryImport::pageReceived);
    QSignalSpy finished(&import, &HistoryImport::finished);
    QSignalSpy failed(&import, &HistoryImport::failed);
    QVERIFY(import.start(lastHours(1)));
    QVERIFY(finished.wait(20000));

    QCOMPARE(historyRequests(), fetched.size());
    QCOMPARE(failed.size(), 0);
    const auto items = finished.first().first().value<QList<Prediction>>();
    QCOMPARE(items.size(), count);
    QCOMPARE(idsOf(items).size(), count); // no duplicates
    QCOMPARE(pages.size(), fetched.size());
    QCOMPARE(progress.size(), fetched.size());
    for (int i = 0; i < fetched.size(); ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), fetched.at(i));
        QCOMPARE(progress.at(i).at(1).toInt(), count);
    }
    QVERIFY(!import.isRunning());
}

// A last page shorter than the others ends the search.
void tst_HistoryImport::stopsAtAShortLastPage()
{
    for (int i = 0; i < 3; ++i)
        addTask(QStringLiteral("short-%1").arg(i, 4, 10, QLatin1Char('0')), m_now.addSecs(-10 - i));

    HistoryQuery query = lastHours(1);
    query.pageSize = 2;
    HistoryImport import(m_monitor->gate());
    QSignalSpy finished(&import, &HistoryImport::finished);
    QVERIFY(import.start(query));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<QList<Prediction>>().size(), 3);
    QCOMPARE(historyRequests(), 2);
}

void tst_HistoryImport::neverTrustsTheServerToEnd_data()
{
    QTest::addColumn<QByteArray>("dataTemplate"); // %1: a fresh ID
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("requests");

    // Full pages without a total, for ever: the cap ends it.
    QTest::newRow("endless full pages")
        << QByteArray(R"({"page":1,"items":[{"id":"%1","status":"completed"}]})") << 1
        << HistoryImport::MaxPages;
    // A total the pages never reach: the cap ends it.
    QTest::newRow("total never reached")
        << QByteArray(R"({"total":100000,"items":[{"id":"%1","status":"completed"}]})") << 1
        << HistoryImport::MaxPages;
    // Without a total, a short page is the last one.
    QTest::newRow("short page without total")
        << QByteArray(R"({"items":[{"id":"%1","status":"completed"}]})") << 2 << 1;
    // Without items, the page is empty and the last one.
    QTest::newRow("items missing") << QByteArray(R"({"page":1,"total":5})") << 1 << 1;
}

void tst_HistoryImport::neverTrustsTheServerToEnd()
{
    QFETCH(QByteArray, dataTemplate);
    QFETCH(int, pageSize);
    QFETCH(int, requests);

    ScriptedServer server([&server, dataTemplate](const ScriptedServer::Request &) {
        const QByteArray id = "endless-" + QByteArray::number(server.requests.size());
        QByteArray data = dataTemplate;
        data.replace("%1", id);
        return ScriptedServer::response(200,
                                        R"({"code":200,"message":"success","data":)" + data + "}");
    });
    QVERIFY(m_monitor->client()->setBaseUrl(server.url()));
    m_monitor->gate()->setMaxPerSecond(1000); // a hundred pages without waiting ten seconds

    HistoryQuery query = lastHours(1);
    query.pageSize = pageSize;
    HistoryImport import(m_monitor->gate());
    QSignalSpy finished(&import, &HistoryImport::finished);
    QVERIFY(import.start(query));
    QVERIFY(finished.wait(30000));
    QCOMPARE(int(server.requests.size()), requests);
    QCOMPARE(import.pagesFetched(), requests);
}

void tst_HistoryImport::filters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("any") << QString() << QString()
                         << QStringList{QStringLiteral("filt-ok-01"),
                                        QStringLiteral("filt-fail-02"),
                                        QStringLiteral("filt-video-03")};
    QTest::newRow("failed") << QStringLiteral("failed") << QString()
                            << QStringList{QStringLiteral("filt-fail-02")};
    QTest::newRow("model") << QString() << Wan << QStringList{QStringLiteral("filt-video-03")};
    QTest::newRow("completed flux")
        << QStringLiteral("completed") << FluxDev << QStringList{QStringLiteral("filt-ok-01")};
    QTest::newRow("nothing matches") << QStringLiteral("processing") << QString() << QStringList();
}

void tst_HistoryImport::filters()
{
    QFETCH(QString, status);
    QFETCH(QString, model);
    QFETCH(QStringList, ids);

    addTask(QStringLiteral("filt-ok-01"), m_now.addSecs(-300));
    addTask(QStringLiteral("filt-fail-02"), m_now.addSecs(-200), Simulator::Outcome::Failed);
    addTask(QStringLiteral("filt-video-03"), m_now.addSecs(-100), Simulator::Outcome::Completed,
            Wan);

    HistoryQuery query = lastHours(1);
    query.status = status;
    query.model = model;
    HistoryImport import(m_monitor->gate());
    QSignalSpy finished(&import, &HistoryImport::finished);
    QVERIFY(import.start(query));
    QVERIFY(finished.wait(10000));

    const auto items = finished.first().first().value<QList<Prediction>>();
    QCOMPARE(idsOf(items), QSet<QString>(ids.cbegin(), ids.cend()));
    for (const Prediction &prediction : items) {
        if (!status.isEmpty())
            QCOMPARE(prediction.statusText, status);
        if (!model.isEmpty())
            QCOMPARE(prediction.model, model);
    }
}

void tst_HistoryImport::refusesBadRangesBeforeAnyRequest_data()
{
    QTest::addColumn<int>("fromDays");
    QTest::addColumn<int>("toHours");

    QTest::newRow("more than 7 days") << -8 << 0;
    QTest::newRow("start after end") << -1 << -48;
}

void tst_HistoryImport::refusesBadRangesBeforeAnyRequest()
{
    QFETCH(int, fromDays);
    QFETCH(int, toHours);

    HistoryQuery query;
    query.from = m_now.addDays(fromDays);
    query.to = m_now.addSecs(3600 * toHours);
    HistoryImport import(m_monitor->gate());
    QSignalSpy failed(&import, &HistoryImport::failed);
    QString whyNot;
    QVERIFY(!import.start(query, &whyNot));
    QVERIFY(!whyNot.isEmpty());
    QVERIFY(!import.isRunning());
    QCOMPARE(m_monitor->gate()->queued() + m_monitor->gate()->inFlight(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(historyRequests(), 0);
}

void tst_HistoryImport::keepsToTheRange()
{
    addTask(QStringLiteral("range-old-01"), m_now.addSecs(-3 * 3600));
    addTask(QStringLiteral("range-in-02"), m_now.addSecs(-2 * 3600));
    addTask(QStringLiteral("range-new-03"), m_now.addSecs(-30 * 60));

    HistoryQuery query;
    query.from = m_now.addSecs(-150 * 60);
    query.to = m_now.addSecs(-60 * 60);
    HistoryImport import(m_monitor->gate());
    QSignalSpy finished(&import, &HistoryImport::finished);
    QVERIFY(import.start(query));
    QVERIFY(finished.wait(10000));
    QCOMPARE(idsOf(finished.first().first().value<QList<Prediction>>()),
             QSet<QString>{QStringLiteral("range-in-02")});

    const QJsonObject body = query.body(1);
    QCOMPARE(QDateTime::fromString(body.value(QLatin1String("created_after")).toString(),
                                   Qt::ISODateWithMs),
             query.from);
    QVERIFY(body.value(QLatin1String("created_before")).toString().endsWith(QLatin1Char('Z')));
}

void tst_HistoryImport::rejectedKeyEndsIt()
{
    addTask(QStringLiteral("key-ok-01"), m_now.addSecs(-60));
    m_monitor->setApiKey(QStringLiteral("test-key-not-secret"));

    HistoryImport import(m_monitor->gate());
    QSignalSpy finished(&import, &HistoryImport::finished);
    QSignalSpy failed(&import, &HistoryImport::failed);
    QVERIFY(import.start(lastHours(1)));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::KeyRejected);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(historyRequests(), 1); // a rejected key is not asked again
    QVERIFY(!import.isRunning());
}

// The listing goes through the gate: a 429 pauses it like any check, and it goes on after.
void tst_HistoryImport::waitsOutARateLimit()
{
    addTask(QStringLiteral("slow-ok-01"), m_now.addSecs(-60));
    m_simulator->rateLimitNext(1, "1");

    HistoryImport import(m_monitor->gate());
    QSignalSpy limited(m_monitor->gate(), &RequestGate::rateLimited);
    QSignalSpy finished(&import, &HistoryImport::finished);
    QSignalSpy failed(&import, &HistoryImport::failed);
    QVERIFY(import.start(lastHours(1)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(limited.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(historyRequests(), 2);
    QCOMPARE(idsOf(finished.first().first().value<QList<Prediction>>()),
             QSet<QString>{QStringLiteral("slow-ok-01")});
}

void tst_HistoryImport::emptyAccount()
{
    HistoryImport import(m_monitor->gate());
    QSignalSpy progress(&import, &HistoryImport::progress);
    QSignalSpy pages(&import, &HistoryImport::pageReceived);
    QSignalSpy finished(&import, &HistoryImport::finished);
    QSignalSpy failed(&import, &HistoryImport::failed);
    QVERIFY(import.start(lastHours(24)));
    QVERIFY(finished.wait(10000));

    QVERIFY(finished.first().first().value<QList<Prediction>>().isEmpty());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(pages.size(), 0);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.first().at(1).toInt(), 0);
    QCOMPARE(historyRequests(), 1);
}

// Cancelled while the second page is on its way: that page is dropped, no third is asked for,
// and cancelled() is the only end.
void tst_HistoryImport::cancelStopsPaging()
{
    for (int i = 0; i < 250; ++i)
        addTask(QStringLiteral("stop-%1").arg(i, 4, 10, QLatin1Char('0')), m_now.addSecs(-10 - i));
    RequestGate *gate = m_monitor->gate();
    gate->setMaxInFlight(1); // requests in the order they were made, one after the other

    HistoryImport import(gate);
    QSignalSpy pages(&import, &HistoryImport::pageReceived);
    QSignalSpy finished(&import, &HistoryImport::finished);
    QSignalSpy failed(&import, &HistoryImport::failed);
    QSignalSpy cancelled(&import, &HistoryImport::cancelled);
    connect(m_simulator, &Simulator::requestReceived, &import, [&] {
        if (historyRequests() == 2 && import.isRunning())
            import.cancel();
    });
    QVERIFY(import.start(lastHours(1)));
    QTRY_COMPARE(cancelled.size(), 1);
    QVERIFY(!import.isRunning());

    // Two requests through the same gate, the second asked for once the first is answered: a
    // third page, had it been asked for, would reach the server before the second of them.
    QObject context;
    bool done = false;
    const QUrl url = gate->client()->predictionUrl(QStringLiteral("stop-0000"));
    gate->get(url, &context, [&](const ApiReply &) {
        gate->get(url, &context, [&](const ApiReply &) { done = true; });
    });
    QTRY_VERIFY(done);

    QCOMPARE(historyRequests(), 2);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(import.items().size(), 100);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(cancelled.size(), 1);
}

// Finished tasks join in their final state from the history alone; only an unfinished one is
// checked, as usual.
void tst_HistoryImport::importAddsFinishedTasksWithoutChecks()
{
    const QString completed = addTask(QStringLiteral("imp-done-01"), m_now.addSecs(-600));
    const QString failed =
        addTask(QStringLiteral("imp-fail-02"), m_now.addSecs(-500), Simulator::Outcome::Failed);
    const QString cancelled = addTask(QStringLiteral("imp-cancel-03"), m_now.addSecs(-400),
                                      Simulator::Outcome::Cancelled);
    const QString running = addTask(QStringLiteral("imp-run-04"), m_now.addSecs(-5),
                                    Simulator::Outcome::Completed, FluxDev, 1h);
    m_monitor->add({completed}); // already watched before the import

    HistoryImport import(m_monitor->gate());
    QSignalSpy finished(&import, &HistoryImport::finished);
    QVERIFY(import.start(lastHours(1)));
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(m_monitor->task(completed)->state, TaskState::Completed);
    m_simulator->clearRequests();

    QSignalSpy added(m_monitor, &Monitor::tasksAdded);
    QSignalSpy taskFinished(m_monitor, &Monitor::taskFinished);
    const Monitor::AddResult result =
        m_monitor->import(finished.first().first().value<QList<Prediction>>());
    QCOMPARE(QSet<QString>(result.added.cbegin(), result.added.cend()),
             (QSet<QString>{failed, cancelled, running}));
    QCOMPARE(result.alreadyWatched, QStringList{completed});
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_monitor->count(), 4);
    QCOMPARE(m_monitor->unfinishedCount(), 1);

    const Task &failedTask = *m_monitor->task(failed);
    QCOMPARE(failedTask.state, TaskState::Failed);
    QCOMPARE(failedTask.status, QStringLiteral("failed"));
    QCOMPARE(failedTask.errorCode, 1200);
    QCOMPARE(failedTask.error, QStringLiteral("flagged by the content filter"));
    QCOMPARE(failedTask.model, FluxDev);
    QCOMPARE(failedTask.createdAt, m_now.addSecs(-500));
    QVERIFY(failedTask.finishedAt.isValid());
    QCOMPARE(m_monitor->task(cancelled)->state, TaskState::Cancelled);
    QVERIFY(!m_monitor->task(running)->isFinished());

    // The running task is checked; the finished ones never are.
    QTRY_VERIFY(m_monitor->task(running)->checks >= 1);
    QCOMPARE(m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + failed), 0);
    QCOMPARE(m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + cancelled), 0);
    QCOMPARE(taskFinished.size(), 0);

    // A second import of the same tasks changes nothing.
    const Monitor::AddResult again =
        m_monitor->import(finished.first().first().value<QList<Prediction>>());
    QVERIFY(again.added.isEmpty());
    QCOMPARE(again.alreadyWatched.size(), 4);
}

QTEST_GUILESS_MAIN(tst_HistoryImport)
#include "tst_historyimport.moc"
