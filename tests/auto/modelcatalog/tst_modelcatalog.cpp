// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/modelcatalog.h"

#include "simulator.h"
#include "tasks/requestgate.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ModelCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parse_data();
    void parse();
    void kindsComeFromTheCatalogueThenTheName();
    void keptForADay();
    void cacheFileSparesTheRequest();
    void failureIsReported();

private:
    int modelRequests() const
    {
        return m_simulator->requestCount(QStringLiteral("/api/v3/models"));
    }

    QNetworkAccessManager *m_network = nullptr;
    Simulator *m_simulator = nullptr;
    ApiClient *m_client = nullptr;
    RequestGate *m_gate = nullptr;
};

void tst_ModelCatalog::init()
{
    m_network = new QNetworkAccessManager;
    m_simulator = new Simulator;
    Scenario scenario = Scenario::standard();
    Scenario::Model studio;
    studio.type = QStringLiteral("text-to-video"); // nothing in the name says so
    scenario.models.insert(QStringLiteral("acme/studio-x"), studio);
    Scenario::Model voice;
    voice.type = QStringLiteral("text-to-audio");
    scenario.models.insert(QStringLiteral("acme/voice-x"), voice);
    m_simulator->setScenario(scenario);
    QVERIFY(m_simulator->start());
    m_client = new ApiClient(m_network);
    QVERIFY(m_client->setBaseUrl(m_simulator->apiBase()));
    m_client->setApiKey(m_simulator->apiKey());
    m_gate = new RequestGate(m_client);
}

void tst_ModelCatalog::cleanup()
{
    delete m_gate;
    delete m_client;
    delete m_simulator;
    delete m_network;
}

void tst_ModelCatalog::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<ApiError::Kind>("error");

    QTest::newRow("two models") << QByteArray(
                                       R"({"code":200,"message":"success","data":[)"
                                       R"({"model_id":"a/b","name":"B","type":"text-to-image"},)"
                                       R"({"model_id":"c/d","name":"D","type":"image-to-video"}]})")
                                << 2 << ApiError::Kind::None;
    QTest::newRow("entries without an id are skipped")
        << QByteArray(R"({"code":200,"data":[{"name":"x"},{"model_id":"a/b"},3,null]})") << 1
        << ApiError::Kind::None;
    QTest::newRow("empty list") << QByteArray(R"({"code":200,"data":[]})") << 0
                                << ApiError::Kind::None;
    QTest::newRow("data not a list")
        << QByteArray(R"({"code":200,"data":{"a":1}})") << -1 << ApiError::Kind::MalformedBody;
    QTest::newRow("envelope error")
        << QByteArray(R"({"code":401,"message":"no"})") << -1 << ApiError::Kind::KeyRejected;
    QTest::newRow("html") << QByteArray("<html>oops</html>") << -1 << ApiError::Kind::MalformedBody;
}

void tst_ModelCatalog::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(ApiError::Kind, error);

    ApiError problem;
    const auto models = ModelCatalog::parse(body, &problem);
    QCOMPARE(models.has_value(), count >= 0);
    if (models)
        QCOMPARE(models->size(), count);
    QCOMPARE(problem.kind, error);
}

void tst_ModelCatalog::kindsComeFromTheCatalogueThenTheName()
{
    ModelCatalog catalog(m_gate);
    QSignalSpy updated(&catalog, &ModelCatalog::updated);
    // Before the catalogue arrives, only the name speaks.
    QCOMPARE(catalog.kindOf(QStringLiteral("acme/studio-x")), TaskKind::Unknown);

    catalog.refresh();
    QVERIFY(updated.wait());
    QVERIFY(catalog.isFresh());
    QCOMPARE(catalog.count(), Scenario::standard().models.size() + 2);
    QCOMPARE(catalog.kindOf(QStringLiteral("acme/studio-x")), TaskKind::Video);
    QCOMPARE(catalog.kindOf(QStringLiteral("acme/voice-x")), TaskKind::Other);
    QCOMPARE(catalog.kindOf(QStringLiteral("wavespeed-ai/flux-dev")), TaskKind::Image);
    QCOMPARE(catalog.kindOf(QStringLiteral("kwaivgi/kling-v2.1-i2v-standard")), TaskKind::Video);
    // Not in the catalogue: the name decides.
    QCOMPARE(catalog.kindOf(QStringLiteral("google/veo3-fast")), TaskKind::Video);
    QCOMPARE(catalog.model(QStringLiteral("acme/studio-x"))->type, QStringLiteral("text-to-video"));
    QVERIFY(!catalog.model(QStringLiteral("nobody/nothing")));
}

void tst_ModelCatalog::keptForADay()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    ModelCatalog catalog(m_gate);
    catalog.setClock([&now] { return now; });
    QSignalSpy updated(&catalog, &ModelCatalog::updated);

    catalog.refresh();
    QVERIFY(updated.wait());
    QCOMPARE(modelRequests(), 1);

    now = now.addSecs(23 * 3600);
    catalog.refresh(); // still fresh: nothing is sent
    QVERIFY(catalog.isFresh());
    QVERIFY(!catalog.isLoading());

    now = now.addSecs(2 * 3600);
    QVERIFY(!catalog.isFresh());
    catalog.refresh();
    QVERIFY(updated.wait());
    QCOMPARE(modelRequests(), 2);
}

void tst_ModelCatalog::cacheFileSparesTheRequest()
{
    QTemporaryDir folder;
    const QString cache = folder.filePath(QStringLiteral("cache/models.json"));
    {
        ModelCatalog first(m_gate);
        first.setCacheFile(cache);
        QSignalSpy updated(&first, &ModelCatalog::updated);
        first.refresh();
        QVERIFY(updated.wait());
    }
    QCOMPARE(modelRequests(), 1);
    QVERIFY(QFile::exists(cache));

    ModelCatalog second(m_gate);
    second.setCacheFile(cache);
    QVERIFY(second.isFresh());
    QCOMPARE(second.kindOf(QStringLiteral("acme/studio-x")), TaskKind::Video);
    second.refresh();
    QVERIFY(!second.isLoading());

    // A day later the cache is stale and the API is asked again.
    ModelCatalog later(m_gate);
    later.setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); });
    later.setCacheFile(cache);
    QVERIFY(!later.isFresh());
    QSignalSpy updated(&later, &ModelCatalog::updated);
    later.refresh();
    QVERIFY(updated.wait());
    QCOMPARE(modelRequests(), 2);
}

void tst_ModelCatalog::failureIsReported()
{
    m_simulator->failNext(1, 503);
    ModelCatalog catalog(m_gate);
    QSignalSpy failed(&catalog, &ModelCatalog::failed);
    catalog.refresh();
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::ServerError);
    QVERIFY(!catalog.isFresh());
    QVERIFY(!catalog.isLoading());
    QCOMPARE(catalog.kindOf(QStringLiteral("wavespeed-ai/flux-dev")), TaskKind::Image);
}

QTEST_GUILESS_MAIN(tst_ModelCatalog)
#include "tst_modelcatalog.moc"
