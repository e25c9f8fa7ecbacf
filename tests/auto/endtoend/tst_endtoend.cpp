// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The engine against the simulated API on loopback: every path a task can take, from the first
// check to its outputs on disk.
#include "../shared/simulatedmonitor.h"
#include "api/apiclient.h"
#include "media/downloader.h"
#include "simulator.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

constexpr int EndTimeoutMs = 20000;

Simulator::TaskSpec spec(const QString &id,
                         Simulator::Outcome outcome = Simulator::Outcome::Completed,
                         std::chrono::milliseconds duration = 800ms)
{
    Simulator::TaskSpec task;
    task.id = id;
    task.outcome = outcome;
    task.duration = duration;
    return task;
}

} // namespace

class tst_EndToEnd : public QObject, protected SimulatedMonitor
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void outcomes();
    void imageTasksRespectTheFloor();
    void notFoundIsConfirmedOnce();
    void rateLimitPausesEveryTask();
    void serverErrorsThenSuccess_data();
    void serverErrorsThenSuccess();
    void rejectedKeyStopsEverything();
    void networkLossAndReturn();
    void downloadsAreByteExactAndNeverOverwrite();
    void outputHostsNeverSeeTheKey();

private:
    QList<Simulator::Request> apiRequestsFor(const QString &id) const;
    QByteArray fetchDirectly(const QUrl &url);
};

void tst_EndToEnd::init()
{
    QVERIFY(startSimulation());
}

void tst_EndToEnd::cleanup()
{
    stopSimulation();
}

QList<Simulator::Request> tst_EndToEnd::apiRequestsFor(const QString &id) const
{
    QList<Simulator::Request> found;
    for (const Simulator::Request &request : m_simulator->requests()) {
        if (request.listener == Simulator::Request::Listener::Api &&
            request.path.startsWith(QStringLiteral("/api/v3/predictions/") + id))
            found.append(request);
    }
    return found;
}

QByteArray tst_EndToEnd::fetchDirectly(const QUrl &url)
{
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

void tst_EndToEnd::outcomes()
{
    Simulator::TaskSpec completed = spec(QStringLiteral("e2e-done-01"));
    completed.outputCount = 2;
    Simulator::TaskSpec failed = spec(QStringLiteral("e2e-fail-02"), Simulator::Outcome::Failed);
    failed.errorCode = 1200;
    failed.error = QStringLiteral("The prompt was flagged");
    m_simulator->addTask(completed);
    m_simulator->addTask(failed);
    m_simulator->addTask(spec(QStringLiteral("e2e-cancel-03"), Simulator::Outcome::Cancelled));
    m_simulator->addTask(spec(QStringLiteral("e2e-timeout-04"), Simulator::Outcome::Timeout));

    QSignalSpy allFinished(m_monitor, &Monitor::allFinished);
    const Monitor::AddResult added =
        m_monitor->add({completed.id, failed.id, QStringLiteral("e2e-cancel-03"),
                        QStringLiteral("e2e-timeout-04"), completed.id});
    QCOMPARE(added.added.size(), 4);
    QCOMPARE(added.alreadyWatched, QStringList{completed.id});
    QVERIFY(allFinished.wait(EndTimeoutMs));

    const Task *done = m_monitor->task(completed.id);
    QCOMPARE(done->state, TaskState::Completed);
    QCOMPARE(done->status, QStringLiteral("completed"));
    QCOMPARE(done->model, completed.model);
    QCOMPARE(done->kind, TaskKind::Image);
    QCOMPARE(done->outputs.size(), 2);
    for (const QUrl &url : done->outputs)
        QCOMPARE(url.port(), m_simulator->outputBase().port());
    QVERIFY(done->inferenceMs.has_value());
    QVERIFY(done->createdAt.isValid());
    QVERIFY(done->error.isEmpty());

    const Task *refused = m_monitor->task(failed.id);
    QCOMPARE(refused->state, TaskState::Failed);
    QCOMPARE(refused->errorCode, 1200);
    QCOMPARE(refused->error, failed.error);
    QVERIFY(refused->outputs.isEmpty());

    QCOMPARE(m_monitor->task(QStringLiteral("e2e-cancel-03"))->state, TaskState::Cancelled);
    QCOMPARE(m_monitor->task(QStringLiteral("e2e-timeout-04"))->state, TaskState::ServerTimeout);
    QCOMPARE(m_monitor->unfinishedCount(), 0);
}

void tst_EndToEnd::imageTasksRespectTheFloor()
{
    const QString id = QStringLiteral("e2e-floor-05");
    m_simulator->addTask(spec(id, Simulator::Outcome::Completed, 4500ms));
    m_monitor->add({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, EndTimeoutMs);

    const QList<Simulator::Request> checks = apiRequestsFor(id);
    QVERIFY(checks.size() >= 3);
    for (qsizetype i = 1; i < checks.size(); ++i) {
        const qint64 gap = checks[i - 1].time.msecsTo(checks[i].time);
        QVERIFY2(gap >= 1990, qPrintable(QStringLiteral("checks %1 ms apart").arg(gap)));
    }
    // After the first answer the poller follows urls.get, the form the SDKs use.
    QVERIFY(checks.last().path.endsWith(QLatin1String("/result")));
}

void tst_EndToEnd::notFoundIsConfirmedOnce()
{
    const QString id = QStringLiteral("e2e-missing-06");
    m_monitor->add({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::NotFound, EndTimeoutMs);
    QCOMPARE(apiRequestsFor(id).size(), 2);
    QVERIFY(!m_monitor->task(id)->error.isEmpty());
}

void tst_EndToEnd::rateLimitPausesEveryTask()
{
    const QStringList ids{QStringLiteral("e2e-rate-07"), QStringLiteral("e2e-rate-08"),
                          QStringLiteral("e2e-rate-09")};
    for (const QString &id : ids)
        m_simulator->addTask(spec(id, Simulator::Outcome::Completed, 1500ms));
    // One request at a time, so that the first one is the one answered 429.
    m_monitor->gate()->setMaxInFlight(1);
    m_simulator->rateLimitNext(1, "2");
    QSignalSpy rateLimited(m_monitor->gate(), &RequestGate::rateLimited);
    QSignalSpy warnings(m_monitor, &Monitor::warning);
    QSignalSpy allFinished(m_monitor, &Monitor::allFinished);

    m_monitor->add(ids);
    QVERIFY(allFinished.wait(EndTimeoutMs));
    QCOMPARE(rateLimited.size(), 1);
    QCOMPARE(rateLimited.first().first().value<std::chrono::seconds>(), 2s);
    QVERIFY(!warnings.isEmpty());

    // Nothing reached the API during the two seconds after the 429 answer.
    QDateTime limitedAt;
    int apiRequests = 0;
    for (const Simulator::Request &request : m_simulator->requests()) {
        if (request.listener != Simulator::Request::Listener::Api)
            continue;
        ++apiRequests;
        if (!limitedAt.isValid()) {
            limitedAt = request.time;
            continue;
        }
        const qint64 after = limitedAt.msecsTo(request.time);
        QVERIFY2(after >= 1900, qPrintable(QStringLiteral("request %1 ms after 429").arg(after)));
    }
    QVERIFY(apiRequests > ids.size());
    for (const QString &id : ids)
        QCOMPARE(m_monitor->task(id)->state, TaskState::Completed);
}

void tst_EndToEnd::serverErrorsThenSuccess_data()
{
    QTest::addColumn<bool>("inEnvelope");
    QTest::newRow("HTTP 503") << false;
    QTest::newRow("503 inside HTTP 200") << true;
}

void tst_EndToEnd::serverErrorsThenSuccess()
{
    QFETCH(bool, inEnvelope);

    const QString id = QStringLiteral("e2e-flaky-10");
    m_simulator->addTask(spec(id, Simulator::Outcome::Completed, 500ms));
    // One request at a time: the model list takes the first 503, the task the second.
    m_monitor->gate()->setMaxInFlight(1);
    m_simulator->failNext(2, 503, inEnvelope);
    QSignalSpy warnings(m_monitor, &Monitor::warning);

    m_monitor->add({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, 30000);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().at(1).toString(), id);
    QCOMPARE(apiRequestsFor(id).size(), 2);
}

void tst_EndToEnd::rejectedKeyStopsEverything()
{
    const QStringList ids{QStringLiteral("e2e-key-11"), QStringLiteral("e2e-key-12")};
    for (const QString &id : ids)
        m_simulator->addTask(spec(id, Simulator::Outcome::Completed, 500ms));
    m_monitor->client()->setApiKey(QStringLiteral("not-the-simulator-key"));
    QSignalSpy keyRejected(m_monitor, &Monitor::keyRejected);

    m_monitor->add(ids);
    QVERIFY(keyRejected.wait(EndTimeoutMs));
    for (const QString &id : ids) {
        QTRY_COMPARE(m_monitor->task(id)->state, TaskState::Paused);
        QCOMPARE(m_monitor->task(id)->pauseReason, PauseReason::KeyRejected);
    }
    QCOMPARE(m_monitor->gate()->state(), RequestGate::State::KeyRejected);
    QCOMPARE(keyRejected.size(), 1);

    // A good key lets every task go on to its end.
    m_monitor->setApiKey(m_simulator->apiKey());
    for (const QString &id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, EndTimeoutMs);
}

void tst_EndToEnd::networkLossAndReturn()
{
    const QString id = QStringLiteral("e2e-offline-15");
    m_simulator->addTask(spec(id, Simulator::Outcome::Completed, 1500ms));
    m_monitor->add({id});
    QTRY_COMPARE(m_monitor->task(id)->state, TaskState::Waiting);

    // The API goes away: checks fail with network errors and back off, nothing ends.
    const quint16 apiPort = quint16(m_simulator->apiBase().port());
    const quint16 outputPort = quint16(m_simulator->outputBase().port());
    QSignalSpy warnings(m_monitor, &Monitor::warning);
    m_simulator->stop();
    QVERIFY(warnings.wait(EndTimeoutMs));
    QCOMPARE(warnings.last().at(1).toString(), id);
    QVERIFY(!m_monitor->task(id)->isFinished());

    // It comes back on the same port: the task resumes by itself and ends as it should.
    QString error;
    QVERIFY2(m_simulator->start(apiPort, outputPort, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, 40000);
    QVERIFY(m_monitor->task(id)->error.isEmpty());
}

void tst_EndToEnd::downloadsAreByteExactAndNeverOverwrite()
{
    const QString id = QStringLiteral("e2e-save-13");
    Simulator::TaskSpec task = spec(id);
    task.outputCount = 2;
    m_simulator->addTask(task);
    m_monitor->add({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, EndTimeoutMs);
    const QList<QUrl> outputs = m_monitor->task(id)->outputs;
    QCOMPARE(outputs.size(), 2);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString taken = folder.filePath(id + QStringLiteral("_1.png"));
    {
        QFile existing(taken);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the user's own file");
    }

    Downloader downloader(m_network);
    QSignalSpy saved(&downloader, &Downloader::saved);
    QSignalSpy finished(&downloader, &Downloader::taskFinished);
    downloader.download(id, outputs, folder.path());
    QVERIFY(finished.wait(EndTimeoutMs));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(saved.size(), 2);

    QStringList names = QDir(folder.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, (QStringList{id + QStringLiteral("_1 (2).png"), id + QStringLiteral("_1.png"),
                                 id + QStringLiteral("_2.png")}));
    QFile untouched(taken);
    QVERIFY(untouched.open(QIODevice::ReadOnly));
    QCOMPARE(untouched.readAll(), QByteArray("the user's own file"));

    for (const QList<QVariant> &signal : std::as_const(saved)) {
        const QUrl url = signal.at(1).toUrl();
        QFile file(signal.at(2).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.size(), signal.at(3).toLongLong());
        QCOMPARE(bytes, fetchDirectly(url));
    }
}

void tst_EndToEnd::outputHostsNeverSeeTheKey()
{
    const QString id = QStringLiteral("e2e-origin-14");
    m_simulator->addTask(spec(id));
    m_monitor->add({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, EndTimeoutMs);

    // The output host redirects to the API's own host: another origin for the download.
    m_simulator->redirectOutputsTo(m_simulator->apiBase());
    QTemporaryDir folder;
    Downloader downloader(m_network);
    QSignalSpy finished(&downloader, &Downloader::taskFinished);
    downloader.download(id, m_monitor->task(id)->outputs, folder.path());
    QVERIFY(finished.wait(EndTimeoutMs));
    QCOMPARE(finished.first().at(1).toBool(), true);

    int outputRequests = 0;
    int redirectedRequests = 0;
    for (const Simulator::Request &request : m_simulator->requests()) {
        const bool isOutput = request.path.startsWith(QLatin1String("/outputs/"));
        if (!isOutput) {
            // The API itself gets the key, which proves the check below can see one.
            QCOMPARE(request.authorization, "Bearer " + m_simulator->apiKey().toUtf8());
            continue;
        }
        if (request.listener == Simulator::Request::Listener::Output)
            ++outputRequests;
        else
            ++redirectedRequests;
        QVERIFY2(request.authorization.isEmpty(), qPrintable(request.path));
        QVERIFY(request.cookie.isEmpty());
    }
    QCOMPARE(outputRequests, 1);
    QCOMPARE(redirectedRequests, 1);
}

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
