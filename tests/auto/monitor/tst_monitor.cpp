// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/monitor.h"

#include "../shared/simulatedmonitor.h"
#include "api/apiclient.h"
#include "simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_Monitor : public QObject, protected SimulatedMonitor
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsEachIdOnce();
    void reportsChangesAndEnds();
    void givesUpAtItsTimeout();
    void pauseAndResume();
    void kindChosenByTheUserStays();
    void restoreNeverChecksFinishedTasks();
    void removeForgets();
    void checkNowRespectsTheFloor();

private:
    QString addTask(const QString &id, std::chrono::milliseconds duration = 300ms);
};

void tst_Monitor::init()
{
    QVERIFY(startSimulation());
}

void tst_Monitor::cleanup()
{
    stopSimulation();
}

QString tst_Monitor::addTask(const QString &id, std::chrono::milliseconds duration)
{
    Simulator::TaskSpec spec;
    spec.id = id;
    spec.duration = duration;
    return m_simulator->addTask(spec);
}

void tst_Monitor::addsEachIdOnce()
{
    QSignalSpy added(m_monitor, &Monitor::tasksAdded);
    const QString a = QStringLiteral("mon-a-0001");
    const QString b = QStringLiteral("mon-b-0002");
    const QString c = QStringLiteral("mon-c-0003");

    Monitor::AddResult first = m_monitor->add({a, b, a});
    QCOMPARE(first.added, (QStringList{a, b}));
    QCOMPARE(first.alreadyWatched, QStringList{a});

    Monitor::AddResult second = m_monitor->add({b, c, QStringLiteral(".."), QString()});
    QCOMPARE(second.added, QStringList{c});
    QCOMPARE(second.alreadyWatched, QStringList{b});
    QCOMPARE(second.refused, (QStringList{QStringLiteral(".."), QString()}));

    Monitor::AddResult nothing = m_monitor->add({a, c});
    QVERIFY(nothing.added.isEmpty());

    QCOMPARE(added.size(), 2); // one signal per add that added something
    QCOMPARE(m_monitor->ids(), (QStringList{a, b, c}));
    QCOMPARE(m_monitor->count(), 3);
    QVERIFY(m_monitor->contains(b));
    QVERIFY(!m_monitor->task(QStringLiteral("mon-d-0004")));
    QCOMPARE(m_monitor->task(a)->id, a);
    QVERIFY(m_monitor->task(a)->addedAt.isValid());
}

void tst_Monitor::reportsChangesAndEnds()
{
    const QString a = addTask(QStringLiteral("mon-a-0001"));
    const QString b = addTask(QStringLiteral("mon-b-0002"));
    QSignalSpy changed(m_monitor, &Monitor::taskChanged);
    QSignalSpy finished(m_monitor, &Monitor::taskFinished);
    QSignalSpy allFinished(m_monitor, &Monitor::allFinished);

    m_monitor->add({a, b});
    QCOMPARE(m_monitor->unfinishedCount(), 2);
    QVERIFY(allFinished.wait(15000));
    QCOMPARE(allFinished.size(), 1);
    QCOMPARE(m_monitor->unfinishedCount(), 0);
    QCOMPARE(finished.size(), 2);

    QStringList statusChanges;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        if (signal.at(1).value<Task::Fields>() & Task::Field::Status)
            statusChanges.append(signal.at(0).toString());
    }
    QVERIFY(statusChanges.count(a) >= 1);
    QVERIFY(statusChanges.count(b) >= 1);
    QCOMPARE(m_monitor->task(a)->state, TaskState::Completed);
}

void tst_Monitor::givesUpAtItsTimeout()
{
    const QString id = addTask(QStringLiteral("mon-slow-0005"), 60s);
    m_monitor->setTimeout(1s);
    QSignalSpy finished(m_monitor, &Monitor::taskFinished);
    m_monitor->add({id});
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_monitor->task(id)->state, TaskState::GaveUp);
    // The API never said it ended; the monitor stopped watching.
    QVERIFY(m_monitor->task(id)->status == QLatin1String("created") ||
            m_monitor->task(id)->status == QLatin1String("processing"));
    QVERIFY(!m_monitor->task(id)->error.isEmpty());
}

void tst_Monitor::pauseAndResume()
{
    const QString id = addTask(QStringLiteral("mon-pause-0006"), 1500ms);
    m_monitor->add({id});
    QTRY_COMPARE(m_monitor->task(id)->state, TaskState::Waiting);

    m_monitor->pause(id);
    QCOMPARE(m_monitor->task(id)->state, TaskState::Paused);
    QCOMPARE(m_monitor->task(id)->pauseReason, PauseReason::User);

    m_monitor->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, 10000);
}

void tst_Monitor::kindChosenByTheUserStays()
{
    const QString id = addTask(QStringLiteral("mon-kind-0007"), 2500ms);
    m_monitor->add({id});
    m_monitor->setKind(id, TaskKind::Video);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(id)->state, TaskState::Completed, 15000);
    // The model is an image model, but the user's word counts.
    QCOMPARE(m_monitor->task(id)->model, QStringLiteral("wavespeed-ai/flux-dev"));
    QCOMPARE(m_monitor->task(id)->kind, TaskKind::Video);
    QVERIFY(m_monitor->task(id)->kindSetByUser);

    // So the video floor held between the checks.
    QList<QDateTime> checks;
    for (const Simulator::Request &request : m_simulator->requests()) {
        if (request.path.contains(id))
            checks.append(request.time);
    }
    QVERIFY(checks.size() >= 2);
    for (qsizetype i = 1; i < checks.size(); ++i)
        QVERIFY(checks[i - 1].msecsTo(checks[i]) >= 4990);
}

void tst_Monitor::restoreNeverChecksFinishedTasks()
{
    Task done;
    done.id = addTask(QStringLiteral("mon-done-0008"));
    done.state = TaskState::Completed;
    done.status = QStringLiteral("completed");
    Task running;
    running.id = addTask(QStringLiteral("mon-run-0009"));
    running.state = TaskState::Waiting; // as it was when the app stopped
    QSignalSpy added(m_monitor, &Monitor::tasksAdded);

    m_monitor->restore({done, running, done});
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_monitor->ids(), (QStringList{done.id, running.id}));
    QCOMPARE(m_monitor->unfinishedCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->task(running.id)->state, TaskState::Completed, 10000);
    QCOMPARE(m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + done.id), 0);
    QVERIFY(m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + running.id) > 0);
}

void tst_Monitor::removeForgets()
{
    const QString a = addTask(QStringLiteral("mon-a-0001"), 60s);
    const QString b = addTask(QStringLiteral("mon-b-0002"), 60s);
    m_monitor->add({a, b});
    QTRY_COMPARE(m_monitor->task(a)->state, TaskState::Waiting);
    QSignalSpy removed(m_monitor, &Monitor::tasksRemoved);

    m_monitor->remove({a, QStringLiteral("mon-unknown-0003")});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList{a});
    QCOMPARE(m_monitor->ids(), QStringList{b});
    QVERIFY(!m_monitor->task(a));
    QCOMPARE(m_monitor->unfinishedCount(), 1);
    // Added again, it is a new task.
    QCOMPARE(m_monitor->add({a}).added, QStringList{a});
}

void tst_Monitor::checkNowRespectsTheFloor()
{
    // Ten minutes old: the policy would wait about 30 s before the next check.
    Simulator::TaskSpec spec;
    spec.id = QStringLiteral("mon-old-0010");
    spec.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    spec.duration = 20min;
    m_simulator->addTask(spec);
    m_monitor->add({spec.id});
    QTRY_COMPARE(m_monitor->task(spec.id)->state, TaskState::Waiting);
    const QDateTime scheduled = m_monitor->task(spec.id)->nextCheckAt;
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(scheduled) > 20);

    m_monitor->checkNow(spec.id);
    QVERIFY(m_monitor->task(spec.id)->nextCheckAt < scheduled);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + spec.id), 2, 5000);
    QList<QDateTime> checks;
    for (const Simulator::Request &request : m_simulator->requests()) {
        if (request.path.contains(spec.id))
            checks.append(request.time);
    }
    QCOMPARE(checks.size(), 2);
    QVERIFY(checks[0].msecsTo(checks[1]) >= 1990); // the image floor still holds
}

QTEST_GUILESS_MAIN(tst_Monitor)
#include "tst_monitor.moc"
