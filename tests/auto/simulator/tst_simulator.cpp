// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "scenario.h"
#include "simulator.h"
#include "simulatorcommand.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Simulator::Outcome)

namespace {

constexpr int ReplyTimeoutMs = 10000;
constexpr auto ShortRun = 300ms;

struct Response
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentLength;
    QByteArray retryAfter;
    QByteArray location;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject data() const { return json().value(QLatin1String("data")).toObject(); }
};

} // namespace

class tst_Simulator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void apiKey_data();
    void apiKey();
    void lifecycle();
    void outcome_data();
    void outcome();
    void unknownId_data();
    void unknownId();
    void resultForm();
    void models();
    void balance();
    void history_data();
    void history();
    void historyValidation_data();
    void historyValidation();
    void submit();
    void submitForced_data();
    void submitForced();
    void outputPng();
    void outputVideo();
    void outputBeforeCompletion();
    void rateLimit_data();
    void rateLimit();
    void failNext_data();
    void failNext();
    void scenarioBurst();
    void randomFault_data();
    void randomFault();
    void faultBandsCoverEveryRequest();
    void latency();
    void redirect();
    void requestsRecorded();
    void stopAndStart();
    void takenPort();
    void scenarioFiles_data();
    void scenarioFiles();
    void scenarioJunk_data();
    void scenarioJunk();
    void commandOptions_data();
    void commandOptions();

private:
    QNetworkReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                         const QByteArray &authorization = "Bearer sim-demo-key");
    Response finish(QNetworkReply *reply);
    Response send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &authorization = "Bearer sim-demo-key");
    Response get(const QString &path) { return send("GET", api(path)); }
    QUrl api(const QString &path) const;
    QString statusOf(const QString &id);
    QString completedTask(const QString &model);

    QNetworkAccessManager m_network;
    Simulator m_simulator;
};

QNetworkReply *tst_Simulator::start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                    const QByteArray &authorization)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(ReplyTimeoutMs);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    return m_network.sendCustomRequest(request, verb, body);
}

Response tst_Simulator::finish(QNetworkReply *reply)
{
    Response response;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(ReplyTimeoutMs);
    }
    response.finished = reply->isFinished();
    response.error = reply->error();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    response.contentLength = reply->rawHeader("Content-Length");
    response.retryAfter = reply->rawHeader("Retry-After");
    response.location = reply->rawHeader("Location");
    reply->deleteLater();
    return response;
}

Response tst_Simulator::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                             const QByteArray &authorization)
{
    return finish(start(verb, url, body, authorization));
}

QUrl tst_Simulator::api(const QString &path) const
{
    QUrl url = m_simulator.apiBase();
    url.setPath(path);
    return url;
}

QString tst_Simulator::statusOf(const QString &id)
{
    return get(QStringLiteral("/api/v3/predictions/") + id)
        .data()
        .value(QLatin1String("status"))
        .toString();
}

// A task that is already over: created in the past.
QString tst_Simulator::completedTask(const QString &model)
{
    Simulator::TaskSpec spec;
    spec.model = model;
    spec.outputCount = 2;
    spec.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return m_simulator.addTask(spec);
}

void tst_Simulator::initTestCase()
{
    QString error;
    QVERIFY2(m_simulator.start(0, 0, &error), qPrintable(error));
    QVERIFY(m_simulator.isRunning());
    QCOMPARE(m_simulator.apiBase().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_simulator.apiBase().port() != m_simulator.outputBase().port());
}

void tst_Simulator::init()
{
    m_simulator.setScenario(Scenario::standard());
    m_simulator.setApiKey(QStringLiteral("sim-demo-key"));
    m_simulator.rateLimitNext(0);
    m_simulator.failNext(0, 502);
    m_simulator.redirectOutputsTo(QUrl());
    m_simulator.clearRequests();
}

void tst_Simulator::apiKey_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");

    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("wrong key") << QByteArray("Bearer not-the-key") << 401;
    QTest::newRow("no Bearer") << QByteArray("sim-demo-key") << 401;
    QTest::newRow("right key") << QByteArray("Bearer sim-demo-key") << 200;
}

void tst_Simulator::apiKey()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);

    const Response response =
        send("GET", api(QStringLiteral("/api/v3/balance")), {}, authorization);

    QVERIFY(response.finished);
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    QCOMPARE(response.json().value(QLatin1String("code")).toInt(), status);
    if (status == 401) {
        QCOMPARE(response.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("Invalid API key"));
        QVERIFY(response.json().value(QLatin1String("data")).isNull());
    }
}

void tst_Simulator::lifecycle()
{
    // Long enough that the first check lands in the "created" tenth (200 ms).
    Simulator::TaskSpec spec;
    spec.duration = 2000ms;
    spec.outputCount = 2;
    const QString id = m_simulator.addTask(spec);
    QVERIFY(m_simulator.hasTask(id));

    const QJsonObject created = get(QStringLiteral("/api/v3/predictions/") + id).data();
    QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("created"));
    QCOMPARE(created.value(QLatin1String("id")).toString(), id);
    QCOMPARE(created.value(QLatin1String("model")).toString(), spec.model);
    QVERIFY(created.value(QLatin1String("outputs")).toArray().isEmpty());
    QVERIFY(
        !created.value(QLatin1String("timings")).toObject().contains(QLatin1String("inference")));
    const QString createdAt = created.value(QLatin1String("created_at")).toString();
    QVERIFY2(createdAt.endsWith(QLatin1Char('Z')) && createdAt.contains(QLatin1Char('.')),
             qPrintable(createdAt));
    QVERIFY(QDateTime::fromString(createdAt, Qt::ISODateWithMs).isValid());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("processing"), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("completed"), 4000);

    const QJsonObject done = get(QStringLiteral("/api/v3/predictions/") + id).data();
    const QJsonArray outputs = done.value(QLatin1String("outputs")).toArray();
    QCOMPARE(outputs.size(), 2);
    for (int i = 0; i < outputs.size(); ++i) {
        const QUrl url(outputs.at(i).toString());
        QCOMPARE(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), m_simulator.outputBase());
        QCOMPARE(url.path(), QStringLiteral("/outputs/%1/%2.png").arg(id).arg(i + 1));
        const QUrlQuery query(url);
        QVERIFY(!query.queryItemValue(QStringLiteral("sig")).isEmpty());
        QVERIFY(query.queryItemValue(QStringLiteral("expires")).toLongLong() >
                QDateTime::currentSecsSinceEpoch());
    }
    QCOMPARE(done.value(QLatin1String("has_nsfw_contents")).toArray(), QJsonArray({false, false}));
    QVERIFY(
        done.value(QLatin1String("timings")).toObject().value(QLatin1String("inference")).toInt() >
        0);
    QCOMPARE(done.value(QLatin1String("error")).toString(), QString());
    QVERIFY(!done.contains(QLatin1String("code")));
}

void tst_Simulator::outcome_data()
{
    QTest::addColumn<Simulator::Outcome>("outcome");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("hasError");

    QTest::newRow("failed") << Simulator::Outcome::Failed << QStringLiteral("failed") << 1200
                            << true;
    QTest::newRow("cancelled") << Simulator::Outcome::Cancelled << QStringLiteral("cancelled") << 0
                               << false;
    QTest::newRow("timeout") << Simulator::Outcome::Timeout << QStringLiteral("timeout") << 0
                             << true;
}

void tst_Simulator::outcome()
{
    QFETCH(Simulator::Outcome, outcome);
    QFETCH(QString, status);
    QFETCH(int, code);
    QFETCH(bool, hasError);

    Simulator::TaskSpec spec;
    spec.duration = ShortRun;
    spec.outcome = outcome;
    spec.errorCode = code;
    spec.error = code ? QStringLiteral("Content moderation") : QString();
    const QString id = m_simulator.addTask(spec);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), status, 3000);

    const QJsonObject data = get(QStringLiteral("/api/v3/predictions/") + id).data();
    QVERIFY(data.value(QLatin1String("outputs")).toArray().isEmpty());
    QCOMPARE(!data.value(QLatin1String("error")).toString().isEmpty(), hasError);
    QCOMPARE(data.contains(QLatin1String("code")), code != 0);
    if (code) {
        QCOMPARE(data.value(QLatin1String("code")).toInt(), code);
        QCOMPARE(data.value(QLatin1String("error")).toString(), spec.error);
    }
}

void tst_Simulator::unknownId_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("prediction") << QStringLiteral("/api/v3/predictions/nosuchtask123");
    QTest::newRow("result") << QStringLiteral("/api/v3/predictions/nosuchtask123/result");
    QTest::newRow("unknown route") << QStringLiteral("/api/v3/nothing/here");
}

void tst_Simulator::unknownId()
{
    QFETCH(QString, path);

    const Response response = get(path);

    QCOMPARE(response.status, 404);
    QCOMPARE(response.json().value(QLatin1String("code")).toInt(), 404);
}

void tst_Simulator::resultForm()
{
    const QString id = completedTask(QStringLiteral("wavespeed-ai/flux-dev"));

    const QJsonObject plain = get(QStringLiteral("/api/v3/predictions/") + id).data();
    const QString resultUrl =
        plain.value(QLatin1String("urls")).toObject().value(QLatin1String("get")).toString();
    QCOMPARE(resultUrl, api(QStringLiteral("/api/v3/predictions/%1/result").arg(id)).toString());

    const Response result = send("GET", QUrl(resultUrl));
    QCOMPARE(result.status, 200);
    QJsonObject data = result.data();
    QVERIFY(!data.contains(QLatin1String("urls")));
    QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(data.value(QLatin1String("outputs")), plain.value(QLatin1String("outputs")));

    data.insert(QStringLiteral("urls"), plain.value(QLatin1String("urls")));
    QCOMPARE(data, plain);
}

void tst_Simulator::models()
{
    const Response response = get(QStringLiteral("/api/v3/models"));

    QCOMPARE(response.status, 200);
    const QJsonArray list = response.json().value(QLatin1String("data")).toArray();
    QCOMPARE(list.size(), Scenario::standard().models.size());
    bool sawVideo = false;
    for (const QJsonValue &entry : list) {
        const QJsonObject model = entry.toObject();
        const QString id = model.value(QLatin1String("model_id")).toString();
        QVERIFY2(Scenario::standard().models.contains(id), qPrintable(id));
        QVERIFY(!model.value(QLatin1String("name")).toString().isEmpty());
        QCOMPARE(model.value(QLatin1String("type")).toString(),
                 Scenario::standard().models.value(id).type);
        sawVideo = sawVideo ||
                   model.value(QLatin1String("type")).toString().endsWith(QLatin1String("video"));
    }
    QVERIFY(sawVideo);
}

void tst_Simulator::balance()
{
    Scenario scenario = Scenario::standard();
    scenario.balance = 3.25;
    m_simulator.setScenario(scenario);

    const Response response = get(QStringLiteral("/api/v3/balance"));

    QCOMPARE(response.status, 200);
    QCOMPARE(response.data().value(QLatin1String("balance")).toDouble(), 3.25);
}

void tst_Simulator::history_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("total");
    QTest::addColumn<QStringList>("ids");

    // Tasks h1..h6, created an hour apart (h6 newest); h5 failed; even ones are videos.
    const QString start = QStringLiteral("2026-01-10T10:30:00.000Z");
    const QString end = QStringLiteral("2026-01-10T13:30:00.000Z");
    QTest::newRow("defaults, newest first")
        << QJsonObject() << 6
        << QStringList{QStringLiteral("hist6"), QStringLiteral("hist5"), QStringLiteral("hist4"),
                       QStringLiteral("hist3"), QStringLiteral("hist2"), QStringLiteral("hist1")};
    QTest::newRow("page 1 of 2") << QJsonObject{{QStringLiteral("page"), 1},
                                                {QStringLiteral("page_size"), 2}}
                                 << 6
                                 << QStringList{QStringLiteral("hist6"), QStringLiteral("hist5")};
    QTest::newRow("page 3 of 2") << QJsonObject{{QStringLiteral("page"), 3},
                                                {QStringLiteral("page_size"), 2}}
                                 << 6
                                 << QStringList{QStringLiteral("hist2"), QStringLiteral("hist1")};
    QTest::newRow("past the end") << QJsonObject{{QStringLiteral("page"), 4},
                                                 {QStringLiteral("page_size"), 2}}
                                  << 6 << QStringList();
    QTest::newRow("status") << QJsonObject{{QStringLiteral("status"), QStringLiteral("failed")}}
                            << 1 << QStringList{QStringLiteral("hist5")};
    QTest::newRow("model") << QJsonObject{{QStringLiteral("model"),
                                           QStringLiteral("wavespeed-ai/wan-2.1/t2v-480p")}}
                           << 3
                           << QStringList{QStringLiteral("hist6"), QStringLiteral("hist4"),
                                          QStringLiteral("hist2")};
    QTest::newRow("time window") << QJsonObject{{QStringLiteral("created_after"), start},
                                                {QStringLiteral("created_before"), end}}
                                 << 3
                                 << QStringList{QStringLiteral("hist5"), QStringLiteral("hist4"),
                                                QStringLiteral("hist3")};
}

void tst_Simulator::history()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, total);
    QFETCH(QStringList, ids);

    // A simulator of its own, so that other tests' tasks do not show.
    Simulator simulator;
    QVERIFY(simulator.start());
    const QDateTime first(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= 6; ++i) {
        Simulator::TaskSpec spec;
        spec.id = QStringLiteral("hist%1").arg(i);
        spec.createdAt = first.addSecs(3600 * (i - 1));
        spec.model = i % 2 == 0 ? QStringLiteral("wavespeed-ai/wan-2.1/t2v-480p")
                                : QStringLiteral("wavespeed-ai/flux-dev");
        spec.outcome = i == 5 ? Simulator::Outcome::Failed : Simulator::Outcome::Completed;
        simulator.addTask(spec);
    }
    QUrl url = simulator.apiBase();
    url.setPath(QStringLiteral("/api/v3/predictions"));

    const Response response = send("POST", url, QJsonDocument(body).toJson());

    QCOMPARE(response.status, 200);
    const QJsonObject data = response.data();
    QCOMPARE(data.value(QLatin1String("total")).toInt(), total);
    QCOMPARE(data.value(QLatin1String("page")).toInt(), body.value(QLatin1String("page")).toInt(1));
    QStringList seen;
    const QJsonArray items = data.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        seen.append(item.toObject().value(QLatin1String("id")).toString());
        QVERIFY(item.toObject().contains(QLatin1String("status")));
    }
    QCOMPARE(seen, ids);
}

void tst_Simulator::historyValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("page_size 1") << QByteArray(R"({"page_size": 1})") << 200;
    QTest::newRow("page_size 100") << QByteArray(R"({"page_size": 100})") << 200;
    QTest::newRow("page_size 0") << QByteArray(R"({"page_size": 0})") << 400;
    QTest::newRow("page_size 101") << QByteArray(R"({"page_size": 101})") << 400;
    QTest::newRow("page_size text") << QByteArray(R"({"page_size": "ten"})") << 400;
    QTest::newRow("page 0") << QByteArray(R"({"page": 0})") << 400;
    QTest::newRow("bad time") << QByteArray(R"({"created_after": "yesterday"})") << 400;
    QTest::newRow("not JSON") << QByteArray("page=1") << 400;
}

void tst_Simulator::historyValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const Response response = send("POST", api(QStringLiteral("/api/v3/predictions")), body);

    QCOMPARE(response.status, status);
    QCOMPARE(response.json().value(QLatin1String("code")).toInt(), status);
}

void tst_Simulator::submit()
{
    const int before = m_simulator.taskCount();

    const Response response = send("POST", api(QStringLiteral("/api/v3/wavespeed-ai/flux-dev")),
                                   R"({"prompt": "a lighthouse at dusk"})");

    QCOMPARE(response.status, 200);
    const QJsonObject data = response.data();
    const QString id = data.value(QLatin1String("id")).toString();
    QVERIFY(m_simulator.hasTask(id));
    QCOMPARE(m_simulator.taskCount(), before + 1);
    QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("created"));
    QCOMPARE(data.value(QLatin1String("model")).toString(),
             QStringLiteral("wavespeed-ai/flux-dev"));
    QCOMPARE(data.value(QLatin1String("urls")).toObject().value(QLatin1String("get")).toString(),
             api(QStringLiteral("/api/v3/predictions/%1/result").arg(id)).toString());

    // Submitting without a key creates nothing.
    send("POST", api(QStringLiteral("/api/v3/wavespeed-ai/flux-dev")), {}, {});
    QCOMPARE(m_simulator.taskCount(), before + 1);
}

void tst_Simulator::submitForced_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("finalStatus");

    QTest::newRow("failed") << QByteArray(R"({"wsm_outcome": "failed", "wsm_duration_ms": 200})")
                            << 200 << QStringLiteral("failed");
    QTest::newRow("completed") << QByteArray(
                                      R"({"wsm_outcome": "completed", "wsm_duration_ms": 0})")
                               << 200 << QStringLiteral("completed");
    QTest::newRow("timeout") << QByteArray(R"({"wsm_outcome": "timeout", "wsm_duration_ms": 100})")
                             << 200 << QStringLiteral("timeout");
    QTest::newRow("bad outcome") << QByteArray(R"({"wsm_outcome": "exploded"})") << 400
                                 << QString();
    QTest::newRow("bad duration") << QByteArray(R"({"wsm_duration_ms": -5})") << 400 << QString();
}

void tst_Simulator::submitForced()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QString, finalStatus);

    // A model outside the scenario, at any depth, is accepted too.
    const Response response =
        send("POST", api(QStringLiteral("/api/v3/someone/new-model/v2/t2i")), body);

    QCOMPARE(response.status, httpStatus);
    if (httpStatus != 200)
        return;
    const QString id = response.data().value(QLatin1String("id")).toString();
    QCOMPARE(response.data().value(QLatin1String("model")).toString(),
             QStringLiteral("someone/new-model/v2/t2i"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), finalStatus, 3000);
    if (finalStatus == QLatin1String("failed"))
        QVERIFY(get(QStringLiteral("/api/v3/predictions/") + id)
                    .data()
                    .value(QLatin1String("code"))
                    .toInt() > 0);
}

void tst_Simulator::outputPng()
{
    const QString id = completedTask(QStringLiteral("wavespeed-ai/flux-dev"));
    const QJsonArray outputs = get(QStringLiteral("/api/v3/predictions/") + id)
                                   .data()
                                   .value(QLatin1String("outputs"))
                                   .toArray();
    QCOMPARE(outputs.size(), 2);

    const Response first = send("GET", QUrl(outputs.at(0).toString()), {}, {});
    const Response again = send("GET", QUrl(outputs.at(0).toString()), {}, {});
    const Response second = send("GET", QUrl(outputs.at(1).toString()), {}, {});

    QCOMPARE(first.status, 200);
    QCOMPARE(first.contentType, QByteArray("image/png"));
    QCOMPARE(first.contentLength.toLongLong(), first.body.size());
    const QImage image = QImage::fromData(first.body, "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(512, 512));
    QCOMPARE(again.body, first.body);
    QVERIFY(second.body != first.body); // each output its own picture

    // The output host needs no key and records what it receives.
    QCOMPARE(m_simulator.requestCount(QStringLiteral("/outputs/") + id), 3);
    QCOMPARE(m_simulator.requests().constLast().listener, Simulator::Request::Listener::Output);

    // The API host serves the same bytes, for cross-origin redirects.
    QUrl onApi = QUrl(outputs.at(0).toString());
    onApi.setPort(m_simulator.apiBase().port());
    QCOMPARE(send("GET", onApi, {}, {}).body, first.body);
}

void tst_Simulator::outputVideo()
{
    const QString id = completedTask(QStringLiteral("wavespeed-ai/wan-2.1/t2v-480p"));
    const QJsonArray outputs = get(QStringLiteral("/api/v3/predictions/") + id)
                                   .data()
                                   .value(QLatin1String("outputs"))
                                   .toArray();
    QCOMPARE(outputs.size(), 1); // one video, whatever the output count
    QVERIFY(QUrl(outputs.at(0).toString()).path().endsWith(QLatin1String("/1.mp4")));

    const Response video = send("GET", QUrl(outputs.at(0).toString()), {}, {});

    QFile sample(QStringLiteral(":/simulator/sample.mp4"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QCOMPARE(video.status, 200);
    QCOMPARE(video.contentType, QByteArray("video/mp4"));
    QCOMPARE(video.contentLength.toLongLong(), sample.size());
    QCOMPARE(video.body, sample.readAll());
}

void tst_Simulator::outputBeforeCompletion()
{
    Simulator::TaskSpec spec;
    spec.duration = 60s;
    const QString id = m_simulator.addTask(spec);
    QUrl url = m_simulator.outputBase();

    url.setPath(QStringLiteral("/outputs/%1/1.png").arg(id));
    QCOMPARE(send("GET", url, {}, {}).status, 404);
    url.setPath(QStringLiteral("/outputs/nosuchtask123/1.png"));
    QCOMPARE(send("GET", url, {}, {}).status, 404);
}

void tst_Simulator::rateLimit_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("with Retry-After") << QByteArray("3");
    QTest::newRow("HTTP date") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT");
    QTest::newRow("without Retry-After") << QByteArray();
}

void tst_Simulator::rateLimit()
{
    QFETCH(QByteArray, retryAfter);
    m_simulator.rateLimitNext(2, retryAfter);

    for (int i = 0; i < 2; ++i) {
        const Response limited = get(QStringLiteral("/api/v3/balance"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, retryAfter);
        QCOMPARE(limited.json().value(QLatin1String("code")).toInt(), 429);
    }
    QCOMPARE(get(QStringLiteral("/api/v3/balance")).status, 200);
}

void tst_Simulator::failNext_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("inEnvelope");

    QTest::newRow("502 page") << 502 << false;
    QTest::newRow("503 page") << 503 << false;
    QTest::newRow("500 in envelope") << 500 << true;
    QTest::newRow("504 in envelope") << 504 << true;
}

void tst_Simulator::failNext()
{
    QFETCH(int, status);
    QFETCH(bool, inEnvelope);
    m_simulator.failNext(1, status, inEnvelope);

    const Response failed = get(QStringLiteral("/api/v3/balance"));

    if (inEnvelope) {
        QCOMPARE(failed.status, 200);
        QCOMPARE(failed.json().value(QLatin1String("code")).toInt(), status);
        QVERIFY(failed.json().value(QLatin1String("data")).isNull());
    } else {
        QCOMPARE(failed.status, status);
        QCOMPARE(failed.contentType, QByteArray("text/html"));
        QVERIFY2(failed.body.startsWith("<html><body><h1>" + QByteArray::number(status) + ' '),
                 failed.body.constData());
    }
    QCOMPARE(get(QStringLiteral("/api/v3/balance")).status, 200);
}

void tst_Simulator::scenarioBurst()
{
    Scenario scenario = Scenario::standard();
    scenario.rateLimitEvery = 3;
    scenario.rateLimitBurst = 2;
    scenario.rateLimitRetryAfterSeconds = 7;
    m_simulator.setScenario(scenario);

    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses.append(get(QStringLiteral("/api/v3/balance")).status);

    QCOMPARE(statuses, (QList<int>{200, 200, 429, 429, 200, 429}));
    m_simulator.rateLimitNext(0);
    scenario.serverErrorRate = 1;
    scenario.rateLimitEvery = 0;
    m_simulator.setScenario(scenario);
    const Response failed = get(QStringLiteral("/api/v3/balance"));
    QVERIFY2(QList<int>({500, 502, 503, 504}).contains(failed.status),
             QByteArray::number(failed.status).constData());
    QVERIFY(failed.body.startsWith("<html>"));
}

void tst_Simulator::randomFault_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("rate limit") << QStringLiteral("rate_limit_rate");
    QTest::newRow("reset") << QStringLiteral("reset_rate");
    QTest::newRow("malformed") << QStringLiteral("malformed_rate");
}

// Each random fault at rate 1 hits every API request, and only API requests.
void tst_Simulator::randomFault()
{
    QFETCH(QString, fault);
    const QByteArray json = QStringLiteral(R"({"models": {"wavespeed-ai/flux-dev": {}},
        "faults": {"%1": 1, "rate_limit": {"retry_after_s": 4}}})")
                                .arg(fault)
                                .toUtf8();
    QString error;
    const std::optional<Scenario> scenario = Scenario::fromJson(json, &error);
    QVERIFY2(scenario, qPrintable(error));
    m_simulator.setScenario(*scenario);
    const QString id = completedTask(QStringLiteral("wavespeed-ai/flux-dev"));

    const Response answer = get(QStringLiteral("/api/v3/predictions/") + id);

    QVERIFY(answer.finished);
    if (fault == QLatin1String("rate_limit_rate")) {
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.retryAfter, QByteArray("4"));
    } else if (fault == QLatin1String("reset_rate")) {
        // Not one byte of reply: the client sees the connection closed, without any status.
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(answer.body.isEmpty());
    } else {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QVERIFY(!answer.body.isEmpty());
        QVERIFY2(answer.body.startsWith(R"({"code":200)"), answer.body.constData());
        QJsonParseError parseError;
        QJsonDocument::fromJson(answer.body, &parseError);
        QVERIFY2(parseError.error != QJsonParseError::NoError, answer.body.constData());
    }

    QUrl output = m_simulator.outputBase();
    output.setPath(QStringLiteral("/outputs/%1/1.png").arg(id));
    QCOMPARE(send("GET", output, {}, {}).status, 200);
}

// The faults share one draw: rates adding up to 1 leave no request untouched.
void tst_Simulator::faultBandsCoverEveryRequest()
{
    Scenario scenario = Scenario::standard();
    scenario.serverErrorRate = 0.5;
    scenario.malformedRate = 0.5;
    m_simulator.setScenario(scenario);

    for (int i = 0; i < 20; ++i) {
        const Response answer = get(QStringLiteral("/api/v3/balance"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(answer.body, &parseError);
        const bool serverError = QList<int>({500, 502, 503, 504}).contains(answer.status);
        const bool malformed = answer.status == 200 && parseError.error != QJsonParseError::NoError;
        QVERIFY2(serverError || malformed, answer.body.constData());
    }
}

void tst_Simulator::latency()
{
    constexpr int Latency = 700;
    Scenario scenario = Scenario::standard();
    scenario.minLatencyMs = Latency;
    scenario.maxLatencyMs = Latency;
    m_simulator.setScenario(scenario);
    const QString id = completedTask(QStringLiteral("wavespeed-ai/flux-dev"));
    QUrl output = m_simulator.outputBase();
    output.setPath(QStringLiteral("/outputs/%1/1.png").arg(id));

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *slow = start("GET", api(QStringLiteral("/api/v3/balance")));
    QNetworkReply *fast = start("GET", output, {}, {});

    // The server keeps answering while the slow reply waits.
    QTRY_VERIFY(fast->isFinished());
    QVERIFY(!slow->isFinished());
    QCOMPARE(finish(fast).status, 200);
    const Response delayed = finish(slow);
    QCOMPARE(delayed.status, 200);
    QVERIFY2(clock.elapsed() >= Latency - 50, QByteArray::number(clock.elapsed()).constData());
}

void tst_Simulator::redirect()
{
    const QString id = completedTask(QStringLiteral("wavespeed-ai/flux-dev"));
    const QUrl output(get(QStringLiteral("/api/v3/predictions/") + id)
                          .data()
                          .value(QLatin1String("outputs"))
                          .toArray()
                          .at(0)
                          .toString());
    m_simulator.redirectOutputsTo(m_simulator.apiBase());
    m_simulator.clearRequests();

    const Response moved = send("GET", output, {}, {});

    QCOMPARE(moved.status, 302);
    QUrl expected = output;
    expected.setPort(m_simulator.apiBase().port());
    QCOMPARE(QUrl::fromEncoded(moved.location), expected);

    // Following it reaches the other origin, and no Authorization header arrives there.
    const Response followed = send("GET", QUrl::fromEncoded(moved.location), {}, {});
    QCOMPARE(followed.status, 200);
    QVERIFY(!QImage::fromData(followed.body).isNull());
    const QList<Simulator::Request> received = m_simulator.requests();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).listener, Simulator::Request::Listener::Api);
    QCOMPARE(received.at(1).query, output.query(QUrl::FullyEncoded).toUtf8());
    QVERIFY(received.at(1).authorization.isEmpty());
}

void tst_Simulator::requestsRecorded()
{
    QSignalSpy received(&m_simulator, &Simulator::requestReceived);
    QNetworkRequest request(api(QStringLiteral("/api/v3/predictions/abc123")));
    request.setRawHeader("Authorization", "Bearer sim-demo-key");
    request.setRawHeader("Cookie", "session=1");
    QUrl withQuery = request.url();
    withQuery.setQuery(QStringLiteral("x=1"));
    request.setUrl(withQuery);

    finish(m_network.get(request));

    QCOMPARE(received.size(), 1);
    const QList<Simulator::Request> requests = m_simulator.requests();
    QCOMPARE(requests.size(), 1);
    const Simulator::Request &first = requests.constFirst();
    QCOMPARE(first.listener, Simulator::Request::Listener::Api);
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.path, QStringLiteral("/api/v3/predictions/abc123"));
    QCOMPARE(first.query, QByteArray("x=1"));
    QCOMPARE(first.authorization, QByteArray("Bearer sim-demo-key"));
    QCOMPARE(first.cookie, QByteArray("session=1"));
    QVERIFY(first.time.isValid());
    QCOMPARE(m_simulator.requestCount(QStringLiteral("/api/v3/predictions/")), 1);
    QCOMPARE(m_simulator.requestCount(QStringLiteral("/outputs/")), 0);
}

void tst_Simulator::stopAndStart()
{
    const QString id = completedTask(QStringLiteral("wavespeed-ai/flux-dev"));
    const quint16 apiPort = quint16(m_simulator.apiBase().port());
    const quint16 outputPort = quint16(m_simulator.outputBase().port());
    QCOMPARE(statusOf(id), QStringLiteral("completed"));

    m_simulator.stop();
    QVERIFY(!m_simulator.isRunning());
    const Response refused = get(QStringLiteral("/api/v3/balance"));
    QCOMPARE(refused.status, 0);
    QVERIFY(refused.error != QNetworkReply::NoError);

    QString error;
    QVERIFY2(m_simulator.start(apiPort, outputPort, &error), qPrintable(error));
    QCOMPARE(m_simulator.apiBase().port(), apiPort);
    QCOMPARE(statusOf(id), QStringLiteral("completed")); // tasks survive a restart
}

void tst_Simulator::takenPort()
{
    Simulator other;
    QString error;

    QVERIFY(!other.start(quint16(m_simulator.apiBase().port()), 0, &error));

    QVERIFY(!other.isRunning());
    QVERIFY(!error.isEmpty());
}

void tst_Simulator::scenarioFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("standard") << QStringLiteral("standard.json");
    QTest::newRow("faulty") << QStringLiteral("faulty.json");
    QTest::newRow("soak") << QStringLiteral("soak.json");
}

void tst_Simulator::scenarioFiles()
{
    QFETCH(QString, name);
    QFile file(QStringLiteral(WSM_SCENARIO_DIR "/") + name);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));

    QString error;
    const std::optional<Scenario> scenario = Scenario::fromJson(file.readAll(), &error);

    QVERIFY2(scenario, qPrintable(error));
    QVERIFY(!scenario->models.isEmpty());
    if (name == QLatin1String("faulty.json")) {
        QVERIFY(scenario->maxLatencyMs > 0);
        QVERIFY(scenario->serverErrorRate > 0);
        QVERIFY(scenario->rateLimitEvery > 0 && scenario->rateLimitBurst > 0);
        return;
    }
    if (name == QLatin1String("soak.json")) {
        // The figures the soak run reports against.
        QCOMPARE(scenario->serverErrorRate, 0.1);
        QCOMPARE(scenario->rateLimitRate, 0.05);
        QCOMPARE(scenario->resetRate, 0.02);
        QCOMPARE(scenario->malformedRate, 0.01);
        const QList<Scenario::Model> models = scenario->models.values();
        const auto isVideo = [](const Scenario::Model &model) {
            return model.type.endsWith(QLatin1String("-to-video"));
        };
        QVERIFY(std::any_of(models.cbegin(), models.cend(), isVideo));
        QVERIFY(!std::all_of(models.cbegin(), models.cend(), isVideo));
        return;
    }
    // standard.json documents the built-in scenario, so the two must agree.
    const Scenario builtIn = Scenario::standard();
    QCOMPARE(scenario->models.keys().size(), builtIn.models.size());
    for (auto it = builtIn.models.cbegin(); it != builtIn.models.cend(); ++it) {
        QVERIFY2(scenario->models.contains(it.key()), qPrintable(it.key()));
        const Scenario::Model &read = scenario->models[it.key()];
        QCOMPARE(read.type, it->type);
        QCOMPARE(read.minDurationSeconds, it->minDurationSeconds);
        QCOMPARE(read.maxDurationSeconds, it->maxDurationSeconds);
        QCOMPARE(read.failRate, it->failRate);
        QCOMPARE(read.cancelRate, it->cancelRate);
        QCOMPARE(read.timeoutRate, it->timeoutRate);
        QCOMPARE(read.outputs, it->outputs);
    }
    QCOMPARE(scenario->minLatencyMs, builtIn.minLatencyMs);
    QCOMPARE(scenario->maxLatencyMs, builtIn.maxLatencyMs);
    QCOMPARE(scenario->serverErrorRate, builtIn.serverErrorRate);
    QCOMPARE(scenario->rateLimitEvery, builtIn.rateLimitEvery);
    QCOMPARE(scenario->balance, builtIn.balance);
}

void tst_Simulator::scenarioJunk_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("models: yes");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("models list") << QByteArray(R"({"models": []})");
    QTest::newRow("model not object") << QByteArray(R"({"models": {"a/b": 3}})");
    QTest::newRow("bad type") << QByteArray(R"({"models": {"a/b": {"type": "image"}}})");
    QTest::newRow("min > max") << QByteArray(R"({"models": {"a/b": {"duration_s": [9, 2]}}})");
    QTest::newRow("one bound") << QByteArray(R"({"models": {"a/b": {"duration_s": [2]}}})");
    QTest::newRow("rate > 1") << QByteArray(R"({"models": {"a/b": {"fail_rate": 1.5}}})");
    QTest::newRow("rates add up > 1")
        << QByteArray(R"({"models": {"a/b": {"fail_rate": 0.6, "cancel_rate": 0.6}}})");
    QTest::newRow("no outputs") << QByteArray(R"({"models": {"a/b": {"outputs": 0}}})");
    QTest::newRow("negative latency") << QByteArray(R"({"faults": {"latency_ms": [-1, 5]}})");
    QTest::newRow("rate limit text")
        << QByteArray(R"({"faults": {"rate_limit": {"every": "often"}}})");
    QTest::newRow("balance text") << QByteArray(R"({"balance": "lots"})");
    QTest::newRow("rate limit rate > 1") << QByteArray(R"({"faults": {"rate_limit_rate": 1.2}})");
    QTest::newRow("negative reset rate") << QByteArray(R"({"faults": {"reset_rate": -0.1}})");
    QTest::newRow("malformed rate text")
        << QByteArray(R"({"faults": {"malformed_rate": "sometimes"}})");
    QTest::newRow("fault rates add up > 1") << QByteArray(
        R"({"faults": {"server_error_rate": 0.5, "reset_rate": 0.3, "malformed_rate": 0.3}})");
}

void tst_Simulator::scenarioJunk()
{
    QFETCH(QByteArray, json);
    QString error;

    QVERIFY(!Scenario::fromJson(json, &error));

    QVERIFY(!error.isEmpty());
}

void tst_Simulator::commandOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("apiPort");
    QTest::addColumn<int>("outputPort");

    QTest::newRow("defaults") << QStringList() << true << 8080 << 8081;
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("9000")} << true
                          << 9000 << 9001;
    QTest::newRow("both ports") << QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                               QStringLiteral("--output-port"),
                                               QStringLiteral("9100")}
                                << true << 0 << 9100;
    QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("http")}
                               << false << 0 << 0;
    QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                  << false << 0 << 0;
    QTest::newRow("negative tasks")
        << QStringList{QStringLiteral("--tasks"), QStringLiteral("-1")} << false << 0 << 0;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--turbo")} << false << 0 << 0;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << false << 0 << 0;
}

void tst_Simulator::commandOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(int, apiPort);
    QFETCH(int, outputPort);
    QString error;

    const auto options =
        SimulatorCommand::parse(QStringList{QStringLiteral("wavespeed-sim")} + arguments, &error);

    QCOMPARE(options.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(options->apiPort, apiPort);
        QCOMPARE(options->outputPort, outputPort);
    }
}

QTEST_MAIN(tst_Simulator)
#include "tst_simulator.moc"
