// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/modelcatalog.h"
#include "tasks/requestgate.h"
#include "tasks/taskpoller.h"

#include "../shared/scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

QByteArray prediction(const QByteArray &status, const QByteArray &extra = {})
{
    return ScriptedServer::response(
        200,
        R"({"code":200,"message":"success","data":{"id":"tp-1","model":"wavespeed-ai/flux-dev",)"
        R"("status":")" +
            status + "\"" + extra + "}}");
}

} // namespace

class tst_TaskPoller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void walksThroughTheStates();
    void unknownStatusKeepsPolling();
    void resultUrlOnAnotherOriginIsNotFollowed();
    void givesUpAtTheTimeout();
    void ridesOutHostileReplies_data();
    void ridesOutHostileReplies();
    void checkNowCountsTheFloorFromTheReply();
    void pauseHoldsRequests();
    void finishedTaskIsNeverChecked();

private:
    TaskPoller *makePoller(const Task &task);

    QNetworkAccessManager *m_network = nullptr;
    ScriptedServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    RequestGate *m_gate = nullptr;
    ModelCatalog *m_catalog = nullptr;
    PollPolicy m_policy;
};

void tst_TaskPoller::init()
{
    m_network = new QNetworkAccessManager;
    m_server = new ScriptedServer;
    m_client = new ApiClient(m_network);
    QVERIFY(m_client->setBaseUrl(m_server->url()));
    m_gate = new RequestGate(m_client);
    m_catalog = new ModelCatalog(m_gate); // empty: kinds come from model names
}

void tst_TaskPoller::cleanup()
{
    delete m_catalog;
    delete m_gate;
    delete m_client;
    delete m_server;
    delete m_network;
}

TaskPoller *tst_TaskPoller::makePoller(const Task &task)
{
    auto *poller = new TaskPoller(task, m_gate, &m_policy, m_catalog);
    connect(this, &QObject::destroyed, poller, &QObject::deleteLater);
    return poller;
}

void tst_TaskPoller::walksThroughTheStates()
{
    int served = 0;
    m_server->setScript([&served](const ScriptedServer::Request &) {
        return ++served == 1 ? prediction("processing")
                             : prediction("completed", R"(,"outputs":["http://x.test/1.png"],)"
                                                       R"("timings":{"inference":1500})");
    });
    Task task;
    task.id = QStringLiteral("tp-1");
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    QList<TaskState> states;
    connect(poller.get(), &TaskPoller::changed, this, [&](Task::Fields fields) {
        if (fields & Task::Field::State)
            states.append(poller->task().state);
    });

    poller->start();
    QTRY_COMPARE_WITH_TIMEOUT(poller->task().state, TaskState::Completed, 10000);
    QCOMPARE(states, (QList<TaskState>{TaskState::Checking, TaskState::Waiting, TaskState::Checking,
                                       TaskState::Completed}));
    QCOMPARE(poller->task().kind, TaskKind::Image);
    QCOMPARE(poller->task().checks, 2);
    QCOMPARE(poller->task().inferenceMs, std::optional<qint64>(1500));
    QCOMPARE(poller->task().outputs.size(), 1);
    QVERIFY(poller->task().finishedAt.isValid());
    // Image floor between the two checks.
    QVERIFY(m_server->requests[1].receivedMs - m_server->requests[0].receivedMs >= 1990);
}

void tst_TaskPoller::unknownStatusKeepsPolling()
{
    m_server->setScript([](const ScriptedServer::Request &) { return prediction("warming_up"); });
    Task task;
    task.id = QStringLiteral("tp-1");
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    poller->start();
    QTRY_COMPARE(poller->task().state, TaskState::Waiting);
    QCOMPARE(poller->task().status, QStringLiteral("warming_up"));
    QVERIFY(poller->task().nextCheckAt.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 2, 10000);
}

void tst_TaskPoller::resultUrlOnAnotherOriginIsNotFollowed()
{
    ScriptedServer elsewhere(
        [](const ScriptedServer::Request &) { return prediction("processing"); });
    const QByteArray foreign =
        elsewhere.url(QStringLiteral("/api/v3/predictions/tp-1/result")).toEncoded();
    m_server->setScript([foreign](const ScriptedServer::Request &) {
        return prediction("processing", R"(,"urls":{"get":")" + foreign + "\"}");
    });
    m_client->setApiKey(QStringLiteral("test-key-0001"));
    Task task;
    task.id = QStringLiteral("tp-1");
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    poller->start();

    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 2, 10000);
    QCOMPARE(m_server->requests[1].path, QByteArray("/api/v3/predictions/tp-1"));
    QVERIFY(elsewhere.requests.isEmpty());
}

void tst_TaskPoller::givesUpAtTheTimeout()
{
    m_server->setScript([](const ScriptedServer::Request &) { return prediction("processing"); });
    Task task;
    task.id = QStringLiteral("tp-1");
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    poller->setTimeout(1s);
    poller->start();
    QTRY_COMPARE_WITH_TIMEOUT(poller->task().state, TaskState::GaveUp, 5000);
    QVERIFY(!poller->task().error.isEmpty());
    const qsizetype requests = m_server->requests.size();
    QCOMPARE(requests, 1); // the second check would have come after the floor
    QVERIFY(!poller->task().nextCheckAt.isValid());
}

enum class Hostility { Silent, Trickle, Reset, CutOff, Oversized, HtmlError, Malformed };

void tst_TaskPoller::ridesOutHostileReplies_data()
{
    QTest::addColumn<Hostility>("hostility");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("never answers") << Hostility::Silent << ApiError::Kind::Timeout;
    QTest::newRow("byte by byte") << Hostility::Trickle << ApiError::Kind::Timeout;
    QTest::newRow("reset mid-body") << Hostility::Reset << ApiError::Kind::NetworkError;
    QTest::newRow("cut off") << Hostility::CutOff << ApiError::Kind::NetworkError;
    QTest::newRow("oversized") << Hostility::Oversized << ApiError::Kind::MalformedBody;
    QTest::newRow("html 502") << Hostility::HtmlError << ApiError::Kind::ServerError;
    QTest::newRow("not json") << Hostility::Malformed << ApiError::Kind::MalformedBody;
}

// Two hostile answers, then a good one: the same ID is checked again after a backoff that never
// undercuts the floor, and the task completes as if nothing had happened.
void tst_TaskPoller::ridesOutHostileReplies()
{
    QFETCH(Hostility, hostility);
    QFETCH(ApiError::Kind, kind);

    const QByteArray completed = prediction("completed", R"(,"outputs":["http://x.test/1.png"])");
    m_server->setHandler([&](QTcpSocket *socket, const ScriptedServer::Request &) {
        if (m_server->requests.size() > 2) {
            socket->write(completed);
            socket->disconnectFromHost();
            return;
        }
        switch (hostility) {
        case Hostility::Silent:
            break;
        case Hostility::Trickle: {
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket, completed, sent = 0]() mutable {
                if (sent < completed.size())
                    socket->write(completed.mid(sent++, 1));
            });
            timer->start(25);
            break;
        }
        case Hostility::Reset:
        case Hostility::CutOff:
            socket->write(completed.left(completed.size() / 2));
            socket->flush();
            if (hostility == Hostility::Reset)
                socket->abort();
            else
                socket->disconnectFromHost();
            break;
        case Hostility::Oversized:
            socket->write(ScriptedServer::response(
                200, R"({"code":200,"data":")" + QByteArray(ApiClient::MaxBodyBytes, 'x') + "\"}"));
            socket->disconnectFromHost();
            break;
        case Hostility::HtmlError:
            socket->write(ScriptedServer::response(502, "<html><h1>Bad Gateway</h1></html>", {},
                                                   "text/html"));
            socket->disconnectFromHost();
            break;
        case Hostility::Malformed:
            socket->write(ScriptedServer::response(200, R"({"code":200,"data":{"id":"tp-)"));
            socket->disconnectFromHost();
            break;
        }
    });
    m_client->setTransferTimeout(300ms);

    Task task;
    task.id = QStringLiteral("tp-1");
    task.kind = TaskKind::Image;
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    QList<ApiError::Kind> errors;
    QList<std::chrono::milliseconds> delays;
    connect(poller.get(), &TaskPoller::retrying, this,
            [&](const ApiError &error, std::chrono::milliseconds delay) {
                errors.append(error.kind);
                delays.append(delay);
            });

    poller->start();
    QTRY_COMPARE_WITH_TIMEOUT(poller->task().state, TaskState::Completed, 20000);
    QCOMPARE(errors, (QList<ApiError::Kind>{kind, kind}));
    for (const auto delay : delays)
        QVERIFY(delay >= PollPolicy::floor(TaskKind::Image));
    QCOMPARE(m_server->requests.size(), 3);
    for (const auto &request : std::as_const(m_server->requests))
        QCOMPARE(request.path, QByteArray("/api/v3/predictions/tp-1"));
    for (qsizetype i = 1; i < m_server->requests.size(); ++i) {
        QVERIFY(m_server->requests[i].receivedMs - m_server->requests[i - 1].receivedMs >=
                PollPolicy::floor(TaskKind::Image).count() - 10);
    }
}

// The gate holds a check back for a second; "check now" straight after its reply must still
// leave the image floor between the two checks as the server sees them.
void tst_TaskPoller::checkNowCountsTheFloorFromTheReply()
{
    m_server->setScript([](const ScriptedServer::Request &request) {
        return request.path.endsWith(QLatin1String("/tp-1")) ? prediction("processing")
                                                             : ScriptedServer::response(200, "{}");
    });
    m_gate->setMaxPerSecond(1);
    bool otherDone = false;
    m_gate->get(m_server->url(QStringLiteral("/api/v3/other")), this,
                [&otherDone](const ApiReply &) { otherDone = true; });
    Task task;
    task.id = QStringLiteral("tp-1");
    task.kind = TaskKind::Image;
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    poller->start(); // queued behind the other request for the rest of the second

    QTRY_COMPARE_WITH_TIMEOUT(poller->task().state, TaskState::Waiting, 5000);
    QVERIFY(otherDone);
    poller->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 3, 5000);
    const qint64 gap = m_server->requests[2].receivedMs - m_server->requests[1].receivedMs;
    QVERIFY2(gap >= PollPolicy::floor(TaskKind::Image).count(),
             qPrintable(QStringLiteral("checks %1 ms apart").arg(gap)));
}

void tst_TaskPoller::pauseHoldsRequests()
{
    m_server->setScript([](const ScriptedServer::Request &) { return prediction("processing"); });
    Task task;
    task.id = QStringLiteral("tp-1");
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    poller->start();
    QTRY_COMPARE(poller->task().state, TaskState::Waiting);

    poller->pause(PauseReason::User);
    QCOMPARE(poller->task().state, TaskState::Paused);
    QCOMPARE(poller->task().pauseReason, PauseReason::User);
    QVERIFY(!poller->task().nextCheckAt.isValid());

    poller->resume(); // checks at once
    QCOMPARE(poller->task().state, TaskState::Checking);
    QTRY_COMPARE(m_server->requests.size(), 2);
    QTRY_COMPARE(poller->task().state, TaskState::Waiting);
}

void tst_TaskPoller::finishedTaskIsNeverChecked()
{
    m_server->setScript([](const ScriptedServer::Request &) { return prediction("processing"); });
    Task task;
    task.id = QStringLiteral("tp-1");
    task.state = TaskState::Completed;
    std::unique_ptr<TaskPoller> poller(makePoller(task));
    QSignalSpy changed(poller.get(), &TaskPoller::changed);
    poller->start();
    poller->resume();

    // A second poller that does check proves requests would have arrived by now.
    Task other;
    other.id = QStringLiteral("tp-2");
    std::unique_ptr<TaskPoller> control(makePoller(other));
    control->start();
    QTRY_COMPARE(control->task().state, TaskState::Waiting);
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().path, QByteArray("/api/v3/predictions/tp-2"));
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_TaskPoller)
#include "tst_taskpoller.moc"
