// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/apiclient.h"

#include "../shared/scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace std::chrono_literals;

class tst_ApiClient : public QObject
{
    Q_OBJECT

private slots:
    void acceptableBase_data();
    void acceptableBase();
    void predictionUrlIsOneSegment_data();
    void predictionUrlIsOneSegment();
    void dotSegmentsGetNoUrl();
    void sendsIdentityAndKeyToTheApi();
    void neverSendsTheKeyToAnotherOrigin();
    void classifiesReplies_data();
    void classifiesReplies();
    void doesNotFollowRedirects();
    void capsTheBody();
    void timesOut();
    void tricklingBodyEndsAtTheTimeout();
    void brokenBody_data();
    void brokenBody();
    void refusedConnectionIsANetworkError();
    void destroyedContextGetsNoCallback();

private:
    std::optional<ApiReply> fetch(ApiClient &client, const QUrl &url);

    QNetworkAccessManager m_network;
};

std::optional<ApiReply> tst_ApiClient::fetch(ApiClient &client, const QUrl &url)
{
    std::optional<ApiReply> result;
    client.get(url, this, [&result](const ApiReply &reply) { result = reply; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}

void tst_ApiClient::acceptableBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("https") << "https://api.wavespeed.ai" << true;
    QTest::newRow("https with port") << "https://api.example.com:8443" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http loopback range") << "http://127.8.9.10" << true;
    QTest::newRow("http localhost") << "http://localhost:1234" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("http remote") << "http://api.wavespeed.ai" << false;
    QTest::newRow("http private address") << "http://192.168.1.10" << false;
    QTest::newRow("http lookalike host") << "http://127.0.0.1.example.com" << false;
    QTest::newRow("ftp") << "ftp://api.wavespeed.ai" << false;
    QTest::newRow("user info") << "https://user:pass@api.wavespeed.ai" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void tst_ApiClient::acceptableBase()
{
    QFETCH(QString, base);
    QFETCH(bool, acceptable);

    QString whyNot;
    QCOMPARE(ApiClient::isAcceptableBase(QUrl(base), &whyNot), acceptable);
    QCOMPARE(whyNot.isEmpty(), acceptable);

    ApiClient client(&m_network);
    QCOMPARE(client.setBaseUrl(QUrl(base)), acceptable);
}

void tst_ApiClient::predictionUrlIsOneSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("lastSegment");

    QTest::newRow("plain") << "abc123"
                           << "abc123";
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("traversal") << "../../balance"
                               << "..%2F..%2Fbalance";
    QTest::newRow("query") << "x?y=1"
                           << "x%3Fy%3D1";
    QTest::newRow("fragment") << "x#y"
                              << "x%23y";
    QTest::newRow("percent") << "a%2Fb"
                             << "a%252Fb";
}

void tst_ApiClient::predictionUrlIsOneSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, lastSegment);

    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://api.wavespeed.ai/"))));
    const QUrl url = client.predictionUrl(id);
    QCOMPARE(url.host(), QStringLiteral("api.wavespeed.ai"));
    QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/api/v3/predictions/") + lastSegment);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
}

void tst_ApiClient::dotSegmentsGetNoUrl()
{
    ScriptedServer server([](const ScriptedServer::Request &) {
        return ScriptedServer::response(200, R"({"code":200,"data":{}})");
    });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(server.url()));
    for (const QString &id : {QStringLiteral("."), QStringLiteral("..")}) {
        QVERIFY(!client.predictionUrl(id).isValid());
        const auto reply = fetch(client, client.predictionUrl(id));
        QVERIFY(reply);
        QCOMPARE(reply->error.kind, ApiError::Kind::InsecureUrl);
    }
    QVERIFY(server.requests.isEmpty());
}

void tst_ApiClient::sendsIdentityAndKeyToTheApi()
{
    ScriptedServer server([](const ScriptedServer::Request &) {
        return ScriptedServer::response(200, R"({"code":200,"message":"success","data":{}})");
    });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(server.url()));
    client.setApiKey(QStringLiteral("  test-key-0001  "));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("abc123")));
    QVERIFY(reply);
    QVERIFY(!reply->error);
    QCOMPARE(server.requests.size(), 1);
    const ScriptedServer::Request &request = server.requests.first();
    QCOMPARE(request.path, QByteArray("/api/v3/predictions/abc123"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer test-key-0001"));
    QVERIFY(request.header("User-Agent").startsWith("WaveSpeedTaskMonitor/"));
    QCOMPARE(request.header("X-Client-Name"), QByteArray("wavespeed-task-monitor"));
    QCOMPARE(request.header("X-Client-Version"), QByteArray(WSM_VERSION));
}

void tst_ApiClient::neverSendsTheKeyToAnotherOrigin()
{
    ScriptedServer api;
    ScriptedServer other(
        [](const ScriptedServer::Request &) { return ScriptedServer::response(200, "{}"); });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(api.url()));
    client.setApiKey(QStringLiteral("test-key-0001"));

    const auto reply = fetch(client, other.url(QStringLiteral("/api/v3/predictions/x1/result")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::InsecureUrl);
    QVERIFY(other.requests.isEmpty());
    QVERIFY(!client.isApiOrigin(other.url()));
    QVERIFY(client.isApiOrigin(api.url(QStringLiteral("/api/v3/models"))));
}

void tst_ApiClient::classifiesReplies_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("retryAfterSeconds"); // -1: none

    const QByteArray ok = R"({"code":200,"message":"success","data":{"id":"a1"}})";
    QTest::newRow("200") << ScriptedServer::response(200, ok) << ApiError::Kind::None << -1;
    QTest::newRow("401") << ScriptedServer::response(401, R"({"code":401,"message":"bad key"})")
                         << ApiError::Kind::KeyRejected << -1;
    QTest::newRow("403") << ScriptedServer::response(403, "{}") << ApiError::Kind::KeyRejected
                         << -1;
    QTest::newRow("404") << ScriptedServer::response(404, "{}") << ApiError::Kind::NotFound << -1;
    QTest::newRow("429 seconds") << ScriptedServer::response(429, "{}", "Retry-After: 7\r\n")
                                 << ApiError::Kind::RateLimited << 7;
    QTest::newRow("429 no hint") << ScriptedServer::response(429, "{}")
                                 << ApiError::Kind::RateLimited << -1;
    const QByteArray date = QDateTime::currentDateTimeUtc()
                                .addSecs(30)
                                .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    QTest::newRow("429 date") << ScriptedServer::response(429, "{}",
                                                          "Retry-After: " + date + "\r\n")
                              << ApiError::Kind::RateLimited << 30;
    QTest::newRow("500") << ScriptedServer::response(500, "oops", {}, "text/plain")
                         << ApiError::Kind::ServerError << -1;
    QTest::newRow("502 html") << ScriptedServer::response(
                                     502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {},
                                     "text/html")
                              << ApiError::Kind::ServerError << -1;
    QTest::newRow("400") << ScriptedServer::response(400, "{}") << ApiError::Kind::Rejected << -1;
    QTest::newRow("401 in envelope")
        << ScriptedServer::response(200, R"({"code":401,"message":"Unauthorized","data":null})")
        << ApiError::Kind::KeyRejected << -1;
    QTest::newRow("429 in envelope")
        << ScriptedServer::response(200, R"({"code":429,"message":"slow down","data":null})")
        << ApiError::Kind::RateLimited << -1;
    QTest::newRow("429 in envelope with a hint")
        << ScriptedServer::response(200, R"({"code":429,"message":"slow down","data":null})",
                                    "Retry-After: 5\r\n")
        << ApiError::Kind::RateLimited << 5;
    QTest::newRow("HTTP status wins over a milder envelope")
        << ScriptedServer::response(401, R"({"code":400,"message":"bad request"})")
        << ApiError::Kind::KeyRejected << -1;
    QTest::newRow("503 in envelope")
        << ScriptedServer::response(200, R"({"code":503,"message":"busy","data":null})")
        << ApiError::Kind::ServerError << -1;
}

void tst_ApiClient::classifiesReplies()
{
    QFETCH(QByteArray, response);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, retryAfterSeconds);

    ScriptedServer server([response](const ScriptedServer::Request &) { return response; });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(server.url()));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("a1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, kind);
    if (retryAfterSeconds < 0) {
        QVERIFY(!reply->error.retryAfter);
    } else {
        QVERIFY(reply->error.retryAfter);
        // An HTTP date has one-second resolution and the reply takes a moment.
        QVERIFY(qAbs(reply->error.retryAfter->count() - retryAfterSeconds) <= 1);
    }
}

void tst_ApiClient::doesNotFollowRedirects()
{
    ScriptedServer elsewhere([](const ScriptedServer::Request &) {
        return ScriptedServer::response(200, R"({"code":200,"data":{}})");
    });
    const QByteArray location = elsewhere.url(QStringLiteral("/steal")).toEncoded();
    ScriptedServer api([location](const ScriptedServer::Request &) {
        return ScriptedServer::response(302, {}, "Location: " + location + "\r\n");
    });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(api.url()));
    client.setApiKey(QStringLiteral("test-key-0001"));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("a1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::Redirected);
    QVERIFY(elsewhere.requests.isEmpty());
}

void tst_ApiClient::capsTheBody()
{
    const QByteArray huge(ApiClient::MaxBodyBytes + 4096, 'x');
    ScriptedServer server([huge](const ScriptedServer::Request &) {
        return ScriptedServer::response(200, R"({"code":200,"data":")" + huge + "\"}");
    });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(server.url()));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("a1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::MalformedBody);
    QVERIFY(reply->body.isEmpty());
}

void tst_ApiClient::timesOut()
{
    ScriptedServer silent; // accepts and never answers
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(silent.url()));
    client.setTransferTimeout(300ms);

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("a1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::Timeout);
}

void tst_ApiClient::tricklingBodyEndsAtTheTimeout()
{
    // The headers at once, then the body one byte every 20 ms: the connection is never silent
    // long enough to trip Qt's transfer timeout, yet the whole reply takes seconds.
    const QByteArray full = ScriptedServer::response(
        200, R"({"code":200,"message":"success","data":{"id":"a1","status":"created"}})");
    const qsizetype bodyStart = full.indexOf("\r\n\r\n") + 4;
    ScriptedServer server;
    server.setHandler([full, bodyStart](QTcpSocket *socket, const ScriptedServer::Request &) {
        socket->write(full.left(bodyStart));
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket,
                         [socket, full, sent = bodyStart]() mutable {
                             if (sent < full.size())
                                 socket->write(full.mid(sent++, 1));
                         });
        timer->start(20);
    });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(server.url()));
    client.setTransferTimeout(400ms);

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("a1")));
    QVERIFY2(reply, "the request outlived its timeout");
    QCOMPARE(reply->error.kind, ApiError::Kind::Timeout);
    QVERIFY(reply->body.isEmpty());
}

void tst_ApiClient::brokenBody_data()
{
    QTest::addColumn<bool>("reset");

    QTest::newRow("cut off") << false; // the server closes the connection politely, early
    QTest::newRow("reset") << true;    // the connection is torn down mid-body
}

void tst_ApiClient::brokenBody()
{
    QFETCH(bool, reset);
    const QByteArray full = ScriptedServer::response(
        200, R"({"code":200,"message":"success","data":{"id":"a1","status":"completed"}})");
    ScriptedServer server;
    server.setHandler([full, reset](QTcpSocket *socket, const ScriptedServer::Request &) {
        socket->write(full.left(full.size() - 20));
        socket->flush();
        if (reset)
            socket->abort();
        else
            socket->disconnectFromHost();
    });
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(server.url()));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("a1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::NetworkError);
    QVERIFY(reply->body.isEmpty()); // half a reply is never parsed as a whole one
}

void tst_ApiClient::refusedConnectionIsANetworkError()
{
    quint16 port = 0;
    {
        ScriptedServer closed;
        port = closed.serverPort();
    }
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("a1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::NetworkError);
    QCOMPARE(reply->httpStatus, 0);
}

void tst_ApiClient::destroyedContextGetsNoCallback()
{
    ScriptedServer server; // holds the request
    ApiClient client(&m_network);
    QVERIFY(client.setBaseUrl(server.url()));

    int calls = 0;
    auto *context = new QObject;
    client.get(client.predictionUrl(QStringLiteral("a1")), context,
               [&calls](const ApiReply &) { ++calls; });
    QTRY_COMPARE(server.requests.size(), 1);
    delete context;
    server.answerHeld(ScriptedServer::response(200, "{}"));

    // A second request on a live context proves the event loop ran past the first one.
    bool second = false;
    server.setScript(
        [](const ScriptedServer::Request &) { return ScriptedServer::response(200, "{}"); });
    client.get(client.predictionUrl(QStringLiteral("a2")), this,
               [&second](const ApiReply &) { second = true; });
    QTRY_VERIFY(second);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
