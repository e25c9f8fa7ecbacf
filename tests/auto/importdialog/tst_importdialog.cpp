// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The Import Recent Tasks dialog against the in-process simulated API: what Find lists, how a
// search stops, what Add hands to the monitor, and what the user reads when it goes wrong.
#include "../shared/simulatedmonitor.h"
#include "api/apiclient.h"
#include "importdialog.h"
#include "simulator.h"
#include "tasks/historyimport.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace std::chrono_literals;

class tst_ImportDialog : public QObject, protected SimulatedMonitor
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findFillsTheList();
    void statusFilter();
    void addHandsTheCheckedTasksToTheMonitor();
    void cancelStopsTheSearch();
    void escapeCloses();
    void explainsWhatWentWrong_data();
    void explainsWhatWentWrong();

private:
    QString addTask(const QString &id, int minutesAgo,
                    Simulator::Outcome outcome = Simulator::Outcome::Completed);
    int historyRequests() const;
    template<typename T>
    T *child(ImportDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    bool findAndWait(ImportDialog &dialog);
};

void tst_ImportDialog::init()
{
    QVERIFY(startSimulation());
}

void tst_ImportDialog::cleanup()
{
    stopSimulation();
}

QString tst_ImportDialog::addTask(const QString &id, int minutesAgo, Simulator::Outcome outcome)
{
    Simulator::TaskSpec spec;
    spec.id = id;
    spec.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    spec.outcome = outcome;
    return m_simulator->addTask(spec);
}

int tst_ImportDialog::historyRequests() const
{
    const QList<Simulator::Request> requests = m_simulator->requests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [](const auto &request) {
        return request.method == "POST" && request.path == QLatin1String("/api/v3/predictions");
    }));
}

bool tst_ImportDialog::findAndWait(ImportDialog &dialog)
{
    QSignalSpy finished(dialog.search(), &HistoryImport::finished);
    child<QPushButton>(dialog, "find")->click();
    return finished.wait(10000);
}

void tst_ImportDialog::findFillsTheList()
{
    addTask(QStringLiteral("dlg-a-0001"), 10);
    addTask(QStringLiteral("dlg-b-0002"), 20, Simulator::Outcome::Failed);
    const QString watched = addTask(QStringLiteral("dlg-c-0003"), 30);
    addTask(QStringLiteral("dlg-old-0004"), 25 * 60); // before the default range of 24 hours
    m_monitor->add({watched});

    ImportDialog dialog(m_monitor);
    dialog.show();
    QVERIFY(findAndWait(dialog));

    auto *results = child<QTreeWidget>(dialog, "results");
    QCOMPARE(results->topLevelItemCount(), 3);
    QStringList ids;
    for (int row = 0; row < results->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = results->topLevelItem(row);
        ids.append(item->text(0));
        // The one already watched is shown but cannot be chosen again.
        QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), item->text(0) != watched);
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("dlg-a-0001"), QStringLiteral("dlg-b-0002"), watched}));
    QCOMPARE(results->topLevelItem(1)->text(2), QStringLiteral("failed"));
    QVERIFY(child<QPushButton>(dialog, "add")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "add")->text().contains(QLatin1Char('2')));
    QVERIFY(!child<QProgressBar>(dialog, "progress")->isVisible());
    QVERIFY(child<QLabel>(dialog, "message")->text().contains(QLatin1String("already watched")));
}

void tst_ImportDialog::statusFilter()
{
    addTask(QStringLiteral("dlg-ok-0001"), 10);
    addTask(QStringLiteral("dlg-fail-0002"), 20, Simulator::Outcome::Failed);

    ImportDialog dialog(m_monitor);
    auto *status = child<QComboBox>(dialog, "status");
    status->setCurrentIndex(status->findData(QStringLiteral("failed")));
    QVERIFY(findAndWait(dialog));

    auto *results = child<QTreeWidget>(dialog, "results");
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("dlg-fail-0002"));
}

void tst_ImportDialog::addHandsTheCheckedTasksToTheMonitor()
{
    addTask(QStringLiteral("dlg-a-0001"), 10);
    addTask(QStringLiteral("dlg-b-0002"), 20, Simulator::Outcome::Failed);
    addTask(QStringLiteral("dlg-c-0003"), 30);

    ImportDialog dialog(m_monitor);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QVERIFY(findAndWait(dialog));

    auto *results = child<QTreeWidget>(dialog, "results");
    auto *add = child<QPushButton>(dialog, "add");
    child<QPushButton>(dialog, "selectNone")->click();
    QVERIFY(!add->isEnabled());
    child<QPushButton>(dialog, "selectAll")->click();
    QVERIFY(add->text().contains(QLatin1Char('3')));
    results->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QVERIFY(add->text().contains(QLatin1Char('2')));
    m_simulator->clearRequests();
    add->click();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(imported.size(), 1);
    const auto result = imported.first().first().value<Monitor::AddResult>();
    QCOMPARE(result.added,
             (QStringList{QStringLiteral("dlg-b-0002"), QStringLiteral("dlg-c-0003")}));
    QCOMPARE(m_monitor->ids(), result.added);
    QCOMPARE(m_monitor->task(QStringLiteral("dlg-b-0002"))->state, TaskState::Failed);
    QCOMPARE(m_monitor->task(QStringLiteral("dlg-c-0003"))->state, TaskState::Completed);
    QCOMPARE(m_simulator->requests().size(), 0); // finished tasks need no check of their own
}

// Cancel while the second page is on its way: the list keeps the first page, nothing more is
// asked for, and Find is offered again.
void tst_ImportDialog::cancelStopsTheSearch()
{
    for (int i = 0; i < 250; ++i)
        addTask(QStringLiteral("dlg-many-%1").arg(i, 4, 10, QLatin1Char('0')), 1 + i % 60);
    RequestGate *gate = m_monitor->gate();
    gate->setMaxInFlight(1);

    ImportDialog dialog(m_monitor);
    dialog.show();
    auto *cancel = child<QPushButton>(dialog, "cancelSearch");
    QVERIFY(!cancel->isVisible());
    QSignalSpy cancelled(dialog.search(), &HistoryImport::cancelled);
    bool clicked = false;
    connect(m_simulator, &Simulator::requestReceived, &dialog, [&] {
        if (!clicked && historyRequests() == 2) {
            clicked = true;
            QVERIFY(cancel->isVisible());
            cancel->click();
        }
    });
    child<QPushButton>(dialog, "find")->click();
    QTRY_COMPARE(cancelled.size(), 1);

    // A third page, had it been asked for, would reach the server before the second of these.
    QObject context;
    bool done = false;
    const QUrl url = gate->client()->predictionUrl(QStringLiteral("dlg-many-0000"));
    gate->get(url, &context, [&](const ApiReply &) {
        gate->get(url, &context, [&](const ApiReply &) { done = true; });
    });
    QTRY_VERIFY(done);

    QCOMPARE(historyRequests(), 2);
    QCOMPARE(child<QTreeWidget>(dialog, "results")->topLevelItemCount(), 100);
    QVERIFY(!cancel->isVisible());
    QVERIFY(child<QPushButton>(dialog, "find")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "message")->text().contains(QLatin1String("stopped")));
}

void tst_ImportDialog::escapeCloses()
{
    ImportDialog dialog(m_monitor);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!dialog.isVisible());
}

void tst_ImportDialog::explainsWhatWentWrong_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<QString>("message");

    QTest::newRow("no key") << QString() << true << QStringLiteral("no API key");
    QTest::newRow("rejected key") << QStringLiteral("test-key-not-secret") << true
                                  << QStringLiteral("rejected the key");
    QTest::newRow("empty account")
        << QStringLiteral("sim") << true << QStringLiteral("No tasks found");
    QTest::newRow("network down") << QStringLiteral("sim") << false
                                  << QStringLiteral("could not be listed");
}

void tst_ImportDialog::explainsWhatWentWrong()
{
    QFETCH(QString, key);
    QFETCH(bool, serverUp);
    QFETCH(QString, message);

    m_monitor->setApiKey(key == QLatin1String("sim") ? m_simulator->apiKey() : key);
    if (!serverUp)
        m_simulator->stop();

    ImportDialog dialog(m_monitor);
    auto *find = child<QPushButton>(dialog, "find");
    auto *label = child<QLabel>(dialog, "message");
    if (key.isEmpty()) {
        QVERIFY(!find->isEnabled());
    } else {
        QSignalSpy failed(dialog.search(), &HistoryImport::failed);
        QSignalSpy finished(dialog.search(), &HistoryImport::finished);
        find->click();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + finished.size() == 1, 20000);
    }
    QVERIFY2(label->text().contains(message, Qt::CaseInsensitive), qPrintable(label->text()));
    QCOMPARE(child<QTreeWidget>(dialog, "results")->topLevelItemCount(), 0);
    QVERIFY(!child<QPushButton>(dialog, "add")->isEnabled());
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
