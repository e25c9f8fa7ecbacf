// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/requestgate.h"

#include "../shared/scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QByteArray Ok =
    ScriptedServer::response(200, R"({"code":200,"message":"success","data":{}})");

} // namespace

class tst_RequestGate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void boundsRequestsInFlight();
    void boundsRequestsPerSecond();
    void rateLimitPausesEveryRequest();
    void rateLimitPause_data();
    void rateLimitPause();
    void rejectedKeyStopsEverything();
    void cancelledContextGetsNoCallback();
    void cancelSkipsOnlyWhatWasQueuedBefore();

private:
    void send(int count, QObject *context = nullptr);

    QNetworkAccessManager *m_network = nullptr;
    ScriptedServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    RequestGate *m_gate = nullptr;
    QList<ApiReply> m_replies;
};

void tst_RequestGate::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new ScriptedServer([](const ScriptedServer::Request &) { return Ok; });
    m_client = new ApiClient(m_network, this);
    QVERIFY(m_client->setBaseUrl(m_server->url()));
    m_gate = new RequestGate(m_client, this);
    m_replies.clear();
}

void tst_RequestGate::cleanup()
{
    delete m_gate;
    delete m_client;
    delete m_server;
    delete m_network;
}

void tst_RequestGate::send(int count, QObject *context)
{
    for (int i = 0; i < count; ++i) {
        m_gate->get(m_client->predictionUrl(QStringLiteral("task%1").arg(i)),
                    context ? context : this,
                    [this](const ApiReply &reply) { m_replies.append(reply); });
    }
}

void tst_RequestGate::boundsRequestsInFlight()
{
    m_server->setScript({}); // hold every request
    m_gate->setMaxPerSecond(100);
    send(10);

    QTRY_COMPARE(m_server->requests.size(), RequestGate::DefaultMaxInFlight);
    QCOMPARE(m_gate->inFlight(), RequestGate::DefaultMaxInFlight);
    QCOMPARE(m_gate->queued(), 10 - RequestGate::DefaultMaxInFlight);

    // As answers come back, the next requests go out, never more than the bound at once.
    m_server->answerHeld(Ok);
    QTRY_COMPARE(m_server->requests.size(), 2 * RequestGate::DefaultMaxInFlight);
    QCOMPARE(m_gate->inFlight(), RequestGate::DefaultMaxInFlight);
    m_server->answerHeld(Ok);
    QTRY_COMPARE(m_server->requests.size(), 10);
    m_server->answerHeld(Ok);
    QTRY_COMPARE(m_replies.size(), 10);
    QCOMPARE(m_gate->inFlight(), 0);
}

void tst_RequestGate::boundsRequestsPerSecond()
{
    m_gate->setMaxInFlight(50);
    m_gate->setMaxPerSecond(5);
    send(12);
    QTRY_COMPARE_WITH_TIMEOUT(m_replies.size(), 12, 5000);

    // No second, as the server counts it, holds more than five requests.
    const auto &requests = m_server->requests;
    QCOMPARE(requests.size(), 12);
    for (qsizetype i = 5; i < requests.size(); ++i) {
        const qint64 span = requests[i].receivedMs - requests[i - 5].receivedMs;
        QVERIFY2(span >= 1000, qPrintable(QStringLiteral("6 requests in %1 ms").arg(span)));
    }
}

void tst_RequestGate::rateLimitPausesEveryRequest()
{
    int served = 0;
    m_server->setScript([&served](const ScriptedServer::Request &) {
        return ++served == 1 ? ScriptedServer::response(429, "{}", "Retry-After: 1\r\n") : Ok;
    });
    m_gate->setMaxInFlight(1);
    QSignalSpy rateLimited(m_gate, &RequestGate::rateLimited);
    QSignalSpy states(m_gate, &RequestGate::stateChanged);
    send(3);

    QTRY_COMPARE(rateLimited.size(), 1);
    QCOMPARE(rateLimited.first().first().value<std::chrono::seconds>(), 1s);
    QCOMPARE(m_gate->state(), RequestGate::State::RateLimited);
    QTRY_COMPARE(m_replies.size(), 3);
    QCOMPARE(m_gate->state(), RequestGate::State::Open);

    // The limited request went again, and nothing was sent during the pause.
    const auto &requests = m_server->requests;
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests[1].path, requests[0].path);
    QVERIFY(requests[1].receivedMs - requests[0].receivedMs >= 990);
    for (const ApiReply &reply : std::as_const(m_replies))
        QVERIFY(!reply.error);
}

void tst_RequestGate::rateLimitPause_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("pauseSeconds");

    QTest::newRow("absent") << QByteArray() << 10;
    QTest::newRow("seconds") << QByteArray("Retry-After: 42\r\n") << 42;
    QTest::newRow("capped") << QByteArray("Retry-After: 900\r\n") << 120;
    QTest::newRow("zero") << QByteArray("Retry-After: 0\r\n") << 1;
    QTest::newRow("junk") << QByteArray("Retry-After: soon\r\n") << 10;
}

void tst_RequestGate::rateLimitPause()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, pauseSeconds);

    m_server->setScript([retryAfter](const ScriptedServer::Request &) {
        return ScriptedServer::response(429, "{}", retryAfter);
    });
    QSignalSpy rateLimited(m_gate, &RequestGate::rateLimited);
    send(1);
    QTRY_COMPARE(rateLimited.size(), 1);
    QCOMPARE(rateLimited.first().first().value<std::chrono::seconds>().count(), pauseSeconds);
    QVERIFY(m_gate->pauseRemaining() <= std::chrono::seconds(pauseSeconds));
    QVERIFY(m_gate->pauseRemaining() > std::chrono::seconds(pauseSeconds) - 1s);
    QCOMPARE(m_replies.size(), 0); // a 429 is waited out, never handed to the caller
}

void tst_RequestGate::rejectedKeyStopsEverything()
{
    m_server->setScript([](const ScriptedServer::Request &) {
        return ScriptedServer::response(401, R"({"code":401,"message":"Invalid API key"})");
    });
    m_gate->setMaxInFlight(1);
    QSignalSpy keyRejected(m_gate, &RequestGate::keyRejected);
    send(5);

    QTRY_COMPARE(m_replies.size(), 5);
    QCOMPARE(keyRejected.size(), 1);
    QCOMPARE(m_gate->state(), RequestGate::State::KeyRejected);
    QCOMPARE(m_server->requests.size(), 1); // the other four never left
    for (const ApiReply &reply : std::as_const(m_replies))
        QCOMPARE(reply.error.kind, ApiError::Kind::KeyRejected);

    // Nothing goes out until the gate is reopened.
    send(1);
    QTRY_COMPARE(m_replies.size(), 6);
    QCOMPARE(m_server->requests.size(), 1);

    m_server->setScript([](const ScriptedServer::Request &) { return Ok; });
    m_gate->reopen();
    QCOMPARE(m_gate->state(), RequestGate::State::Open);
    send(1);
    QTRY_COMPARE(m_replies.size(), 7);
    QVERIFY(!m_replies.last().error);
    QCOMPARE(m_server->requests.size(), 2);
}

void tst_RequestGate::cancelledContextGetsNoCallback()
{
    m_server->setScript({}); // hold
    QObject context;
    send(6, &context);
    QTRY_COMPARE(m_server->requests.size(), RequestGate::DefaultMaxInFlight);
    m_gate->cancel(&context);
    QCOMPARE(m_gate->queued(), 0);
    m_server->answerHeld(Ok);
    QTRY_COMPARE(m_gate->inFlight(), 0);

    send(1); // on the test object: proves replies are flowing
    QTRY_COMPARE(m_server->requests.size(), RequestGate::DefaultMaxInFlight + 1);
    m_server->answerHeld(Ok);
    QTRY_COMPARE(m_replies.size(), 1);
}

// A task paused and resumed at once: what it queued before the pause is never sent, what it
// queued after is, and the other tasks' requests keep their turn.
void tst_RequestGate::cancelSkipsOnlyWhatWasQueuedBefore()
{
    m_gate->setMaxInFlight(1);
    QObject paused;
    QObject other;
    int pausedAnswers = 0;
    int otherAnswers = 0;
    const auto queue = [this](QObject *context, const QString &path, int *answers) {
        m_gate->get(m_server->url(path), context, [answers](const ApiReply &) { ++*answers; });
    };
    queue(&paused, QStringLiteral("/before-1"), &pausedAnswers);
    queue(&other, QStringLiteral("/other-1"), &otherAnswers);
    queue(&paused, QStringLiteral("/before-2"), &pausedAnswers);
    queue(&other, QStringLiteral("/other-2"), &otherAnswers);
    QCOMPARE(m_gate->queued(), 4);

    m_gate->cancel(&paused);
    QCOMPARE(m_gate->queued(), 2);
    queue(&paused, QStringLiteral("/after"), &pausedAnswers);
    QCOMPARE(m_gate->queued(), 3);

    QTRY_COMPARE(otherAnswers + pausedAnswers, 3);
    QCOMPARE(pausedAnswers, 1);
    QCOMPARE(m_gate->queued(), 0);
    QStringList paths;
    for (const ScriptedServer::Request &request : m_server->requests)
        paths.append(QString::fromUtf8(request.path));
    QCOMPARE(paths, (QStringList{QStringLiteral("/other-1"), QStringLiteral("/other-2"),
                                 QStringLiteral("/after")}));
}

QTEST_GUILESS_MAIN(tst_RequestGate)
#include "tst_requestgate.moc"
