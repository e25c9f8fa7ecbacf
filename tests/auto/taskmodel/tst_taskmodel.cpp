// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskmodel.h"

#include "../shared/simulatedmonitor.h"
#include "api/apiclient.h"
#include "media/thumbnailer.h"
#include "outputsdelegate.h"
#include "simulator.h"
#include "statusdelegate.h"
#include "taskfiltermodel.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"
#include "thumbnaildelegate.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace std::chrono_literals;

namespace {

constexpr int StreamTimeoutMs = 15000;
constexpr int FastGate = 50; // requests per second: the simulator can take it

const QDateTime Created = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);

Task finishedTask(const QString &id, TaskState state)
{
    Task task;
    task.id = id;
    task.state = state;
    task.model = QStringLiteral("wavespeed-ai/flux-dev");
    task.createdAt = Created;
    task.addedAt = Created;
    task.finishedAt = Created.addSecs(5);
    task.status = Task::stateName(state);
    return task;
}

Task completedTask(const QString &id, int outputs = 1, std::optional<qint64> inferenceMs = 2400)
{
    Task task = finishedTask(id, TaskState::Completed);
    for (int n = 1; n <= outputs; ++n)
        task.outputs.append(QUrl(QStringLiteral("https://cdn.example/%1/%2.png").arg(id).arg(n)));
    task.nsfw = QList<bool>(outputs, false);
    task.inferenceMs = inferenceMs;
    return task;
}

QStringList modelIds(const TaskModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.taskId(row));
    return ids;
}

QPair<int, int> rowsOf(const QList<QVariant> &dataChanged)
{
    return {dataChanged.at(0).toModelIndex().row(), dataChanged.at(1).toModelIndex().row()};
}

} // namespace

class tst_TaskModel : public QObject, protected SimulatedMonitor
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void iconsLoad();
    void staysConsistentWhileTasksStream();
    void insertsOneBatchAndRemovesRunsFromTheBottom();
    void gathersChangesIntoRuns();
    void oneSignalWhenMostRowsChanged();
    void texts_data();
    void texts();
    void rawValues_data();
    void rawValues();
    void outputsShowTheDownload_data();
    void outputsShowTheDownload();
    void runningTimeFollowsTheClock_data();
    void runningTimeFollowsTheClock();
    void runningTimeTicks();
    void nsfwBlurUntilRevealed();
    void mimeDataHoldsTheIds();
    void outputsButtonEmitsActivated();
    void thumbnailsOnlyForVisibleRows();
    void droppedThumbnailAsksForAPaint();

private:
    QString simulatorTask(const QString &id, std::chrono::milliseconds duration,
                          Simulator::Outcome outcome = Simulator::Outcome::Completed,
                          const QDateTime &createdAt = {});
    void restoreSample();

    Thumbnailer *m_thumbnailer = nullptr;
    TaskModel *m_model = nullptr;
};

void tst_TaskModel::initTestCase()
{
    // Fixed texts for dates and numbers, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TaskModel::init()
{
    QVERIFY(startSimulation());
    m_monitor->gate()->setMaxPerSecond(FastGate);
    m_thumbnailer = new Thumbnailer(m_network);
    m_model = new TaskModel(m_monitor, m_thumbnailer);
}

void tst_TaskModel::cleanup()
{
    delete m_model;
    delete m_thumbnailer;
    stopSimulation();
}

QString tst_TaskModel::simulatorTask(const QString &id, std::chrono::milliseconds duration,
                                     Simulator::Outcome outcome, const QDateTime &createdAt)
{
    Simulator::TaskSpec spec;
    spec.id = id;
    spec.duration = duration;
    spec.outcome = outcome;
    spec.createdAt = createdAt;
    if (outcome == Simulator::Outcome::Failed) {
        spec.errorCode = 1200;
        spec.error = QStringLiteral("flagged by the filter");
    }
    return m_simulator->addTask(spec);
}

// Rows 0..3: completed, failed, cancelled, paused; no requests are ever made for them.
void tst_TaskModel::restoreSample()
{
    Task completed = completedTask(QStringLiteral("pred-done-0001"), 2, 2400);
    Task failed = finishedTask(QStringLiteral("pred-fail-0002"), TaskState::Failed);
    failed.error = QStringLiteral("Your prompt was flagged");
    failed.errorCode = 1200;
    failed.model = QStringLiteral("bytedance/seedream-v3");
    Task cancelled = finishedTask(QStringLiteral("pred-cancel-0003"), TaskState::Cancelled);
    cancelled.createdAt = {};
    Task paused = finishedTask(QStringLiteral("pred-paused-0004"), TaskState::Paused);
    paused.pauseReason = PauseReason::User;
    paused.status = QStringLiteral("rendering"); // not a status the API documents
    paused.finishedAt = {};
    m_monitor->restore({completed, failed, cancelled, paused});
    QCOMPARE(m_model->rowCount(), 4);
}

void tst_TaskModel::iconsLoad()
{
    for (const char *name :
         {"state-queued", "state-checking", "state-waiting", "state-paused", "state-completed",
          "state-failed", "state-cancelled", "state-timeout", "state-notfound", "state-gaveup",
          "no-preview", "nsfw-hidden", "download", "folder", "retry"}) {
        const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(!QIcon(path).pixmap(16, 16).isNull(), qPrintable(path));
    }

    restoreSample();
    const QVariant icon = m_model->index(0, TaskModel::StatusColumn).data(Qt::DecorationRole);
    QVERIFY(!qvariant_cast<QIcon>(icon).pixmap(16, 16).isNull());
}

void tst_TaskModel::staysConsistentWhileTasksStream()
{
    TaskFilterModel proxy;
    proxy.setSourceModel(m_model);
    proxy.sort(TaskModel::StatusColumn);
    QAbstractItemModelTester modelTester(m_model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Three batches: some end at once, some run for a while, some fail, some stay running.
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-60);
    QList<QStringList> batches(3);
    for (int n = 0; n < 24; ++n) {
        const QString id = QStringLiteral("stream-%1-task").arg(n, 2, 10, QLatin1Char('0'));
        const auto outcome =
            n % 5 == 0 ? Simulator::Outcome::Failed : Simulator::Outcome::Completed;
        const bool atOnce = n % 3 == 0;
        const auto duration = n % 7 == 6 ? 60s : std::chrono::milliseconds(300 + n * 40);
        batches[n % 3].append(simulatorTask(id, duration, outcome, atOnce ? past : QDateTime()));
    }

    m_monitor->add(batches.at(0));
    proxy.setStateFilter(TaskFilterModel::StateFilter::Active);
    m_monitor->add(batches.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->unfinishedCount() < 16, StreamTimeoutMs);
    proxy.setSearchText(QStringLiteral("-1"));
    m_monitor->add(batches.at(2));
    m_monitor->remove({batches.at(0).at(1), batches.at(0).at(2), batches.at(1).at(5)});
    proxy.setStateFilter(TaskFilterModel::StateFilter::Completed);
    m_monitor->pause(batches.at(2).at(0));
    proxy.setSearchText(QString());

    // Every task ends but the long ones still watched (13 and 20) and the paused one.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->unfinishedCount(), 3, StreamTimeoutMs);
    m_monitor->remove({batches.at(2).at(3), batches.at(1).at(0)});
    proxy.setStateFilter(TaskFilterModel::StateFilter::All);

    QCOMPARE(modelIds(*m_model), m_monitor->ids());
    QCOMPARE(m_model->rowCount(), 24 - 5);
    QCOMPARE(proxy.rowCount(), m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->row(m_model->taskId(row)), row);
    QCOMPARE(m_model->row(batches.at(0).at(1)), -1);
}

void tst_TaskModel::insertsOneBatchAndRemovesRunsFromTheBottom()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QList<Task> tasks;
    for (int n = 0; n < 10; ++n)
        tasks.append(completedTask(QStringLiteral("batch-%1-task").arg(n)));
    m_monitor->restore(tasks.mid(0, 4));
    m_monitor->restore(tasks.mid(4));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(inserted.at(1).at(2).toInt(), 9);

    QSignalSpy removing(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);
    m_monitor->remove(
        {tasks.at(1).id, tasks.at(9).id, tasks.at(2).id, tasks.at(5).id, tasks.at(8).id});
    QCOMPARE(removing.size(), 3);
    const QList<QPair<int, int>> runs = {{8, 9}, {5, 5}, {1, 2}};
    for (int n = 0; n < runs.size(); ++n) {
        QCOMPARE(removing.at(n).at(1).toInt(), runs.at(n).first);
        QCOMPARE(removing.at(n).at(2).toInt(), runs.at(n).second);
    }
    QCOMPARE(modelIds(*m_model), (QStringList{tasks.at(0).id, tasks.at(3).id, tasks.at(4).id,
                                              tasks.at(6).id, tasks.at(7).id}));
    QCOMPARE(m_model->row(tasks.at(7).id), 4);
}

void tst_TaskModel::gathersChangesIntoRuns()
{
    QList<Task> tasks;
    for (int n = 0; n < 10; ++n)
        tasks.append(completedTask(QStringLiteral("gather-%1-task").arg(n)));
    m_monitor->restore(tasks);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    TaskModel::Download saving;
    saving.state = TaskModel::Download::State::Running;
    saving.total = 1;
    for (int row : {7, 2, 1, 3})
        m_model->setDownload(tasks.at(row).id, saving);
    QCOMPARE(changed.size(), 0); // nothing before the tick ends

    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(rowsOf(changed.at(0)), qMakePair(1, 3));
    QCOMPARE(rowsOf(changed.at(1)), qMakePair(7, 7));
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), TaskModel::ColumnCount - 1);
    QCOMPARE(m_model->download(tasks.at(2).id).state, TaskModel::Download::State::Running);
}

void tst_TaskModel::oneSignalWhenMostRowsChanged()
{
    QList<Task> tasks;
    for (int n = 0; n < 10; ++n)
        tasks.append(completedTask(QStringLiteral("most-%1-task").arg(n)));
    m_monitor->restore(tasks);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    for (int row : {0, 2, 4, 5, 6, 8}) // six of ten, in four runs
        m_model->reveal(tasks.at(row).id);

    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(rowsOf(changed.at(0)), qMakePair(0, 9));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), TaskModel::ColumnCount - 1);
}

void tst_TaskModel::texts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    const QString created = QLocale().toString(Created.toLocalTime(), QLocale::ShortFormat);
    QTest::newRow("completed id") << 0 << int(TaskModel::IdColumn)
                                  << QStringLiteral("pred-done-0001");
    QTest::newRow("completed model")
        << 0 << int(TaskModel::ModelColumn) << QStringLiteral("wavespeed-ai/flux-dev");
    QTest::newRow("completed status")
        << 0 << int(TaskModel::StatusColumn) << QStringLiteral("Completed");
    QTest::newRow("completed created") << 0 << int(TaskModel::CreatedColumn) << created;
    QTest::newRow("completed inference")
        << 0 << int(TaskModel::InferenceColumn) << QStringLiteral("2.4 s");
    QTest::newRow("completed outputs") << 0 << int(TaskModel::OutputsColumn) << QStringLiteral("2");
    QTest::newRow("completed error") << 0 << int(TaskModel::ErrorColumn) << QString();
    QTest::newRow("failed status") << 1 << int(TaskModel::StatusColumn) << QStringLiteral("Failed");
    QTest::newRow("failed error and meaning")
        << 1 << int(TaskModel::ErrorColumn)
        << QStringLiteral("Your prompt was flagged (content moderation)");
    QTest::newRow("failed inference") << 1 << int(TaskModel::InferenceColumn) << QString();
    QTest::newRow("failed outputs") << 1 << int(TaskModel::OutputsColumn) << QString();
    QTest::newRow("cancelled status")
        << 2 << int(TaskModel::StatusColumn) << QStringLiteral("Cancelled");
    QTest::newRow("cancelled without date") << 2 << int(TaskModel::CreatedColumn) << QString();
    QTest::newRow("paused with unknown status and time")
        << 3 << int(TaskModel::StatusColumn) << QStringLiteral("Paused (rendering) · 1:23");
    QTest::newRow("paused outputs") << 3 << int(TaskModel::OutputsColumn) << QString();
}

void tst_TaskModel::texts()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);

    m_model->setClock([] { return Created.addSecs(83); });
    restoreSample();
    QCOMPARE(m_model->index(row, column).data().toString(), text);
}

void tst_TaskModel::rawValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("raw");

    QTest::newRow("id") << 0 << int(TaskModel::IdColumn)
                        << QVariant(QStringLiteral("pred-done-0001"));
    QTest::newRow("status as int")
        << 1 << int(TaskModel::StatusColumn) << QVariant(int(TaskState::Failed));
    QTest::newRow("created as date") << 0 << int(TaskModel::CreatedColumn) << QVariant(Created);
    QTest::newRow("inference in ms")
        << 0 << int(TaskModel::InferenceColumn) << QVariant(qint64(2400));
    QTest::newRow("no inference") << 1 << int(TaskModel::InferenceColumn) << QVariant(qint64(-1));
    QTest::newRow("outputs as count") << 0 << int(TaskModel::OutputsColumn) << QVariant(2);
    QTest::newRow("error text") << 1 << int(TaskModel::ErrorColumn)
                                << QVariant(QStringLiteral(
                                       "Your prompt was flagged (content moderation)"));
}

void tst_TaskModel::rawValues()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, raw);

    restoreSample();
    const QModelIndex index = m_model->index(row, column);
    const QVariant value = index.data(TaskModel::RawValueRole);
    QCOMPARE(value.metaType(), raw.metaType());
    QCOMPARE(value, raw);
    QCOMPARE(index.data(TaskModel::TaskIdRole).toString(), m_model->taskId(row));
    QCOMPARE(index.data(TaskModel::StateRole).toInt(), int(m_model->task(row)->state));
}

void tst_TaskModel::outputsShowTheDownload_data()
{
    using State = TaskModel::Download::State;
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("saved");
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << int(State::None) << 0 << QStringLiteral("2");
    QTest::newRow("running") << int(State::Running) << 1 << QStringLiteral("1/2 saving…");
    QTest::newRow("saved") << int(State::Saved) << 2 << QStringLiteral("2 · saved");
    QTest::newRow("failed") << int(State::Failed) << 1 << QStringLiteral("failed");
}

void tst_TaskModel::outputsShowTheDownload()
{
    QFETCH(int, state);
    QFETCH(int, saved);
    QFETCH(QString, text);

    restoreSample();
    TaskModel::Download download;
    download.state = TaskModel::Download::State(state);
    download.saved = saved;
    download.total = 2;
    download.error = QStringLiteral("disk full");
    m_model->setDownload(QStringLiteral("pred-done-0001"), download);

    const QModelIndex index = m_model->index(0, TaskModel::OutputsColumn);
    QCOMPARE(index.data().toString(), text);
    const auto stored = qvariant_cast<TaskModel::Download>(index.data(TaskModel::DownloadRole));
    QCOMPARE(int(stored.state), state);
    if (download.state == TaskModel::Download::State::Failed)
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("disk full")));
}

void tst_TaskModel::runningTimeFollowsTheClock_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("just created") << 0 << QStringLiteral("Waiting · 0:00");
    QTest::newRow("minutes") << 83 << QStringLiteral("Waiting · 1:23");
    QTest::newRow("hours") << 3723 << QStringLiteral("Waiting · 1:02:03");
}

void tst_TaskModel::runningTimeFollowsTheClock()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);

    // Whole seconds, ten seconds ago, running for a minute: the task waits between checks.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = now.addMSecs(-now.time().msec()).addSecs(-10);
    const QString id = simulatorTask(QStringLiteral("running-task-01"), 70s,
                                     Simulator::Outcome::Completed, created);
    m_monitor->add({id});
    QTRY_COMPARE(m_monitor->task(id)->state, TaskState::Waiting);
    QCOMPARE(m_monitor->task(id)->createdAt, created);

    m_model->setClock([created, seconds] { return created.addSecs(seconds); });
    const QModelIndex status = m_model->index(0, TaskModel::StatusColumn);
    QCOMPARE(status.data().toString(), text);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Next check")));
}

void tst_TaskModel::runningTimeTicks()
{
    QDateTime now = Created.addSecs(83);
    m_model->setClock([&now] { return now; });
    restoreSample(); // row 3 is paused: unfinished, and it never changes by itself
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex status = m_model->index(3, TaskModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Paused (rendering) · 1:23"));

    now = now.addSecs(1);
    QTRY_VERIFY(!changed.isEmpty());
    const QModelIndex first = changed.constFirst().at(0).toModelIndex();
    const QModelIndex last = changed.constFirst().at(1).toModelIndex();
    QVERIFY(first.row() <= 3 && last.row() >= 3);
    QVERIFY(first.column() <= TaskModel::StatusColumn && last.column() >= TaskModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Paused (rendering) · 1:24"));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Paused by you")));
}

void tst_TaskModel::nsfwBlurUntilRevealed()
{
    Task flagged = completedTask(QStringLiteral("nsfw-task-0001"), 2);
    flagged.nsfw = {false, true};
    m_monitor->restore({flagged, completedTask(QStringLiteral("clean-task-0002"))});
    const QModelIndex preview = m_model->index(0, TaskModel::PreviewColumn);
    QVERIFY(preview.data(TaskModel::NsfwRole).toBool());
    QVERIFY(!m_model->index(1, TaskModel::PreviewColumn).data(TaskModel::NsfwRole).toBool());
    QCOMPARE(preview.data(TaskModel::FirstOutputRole).toUrl(), flagged.outputs.constFirst());

    m_model->setBlurNsfw(false);
    QVERIFY(!preview.data(TaskModel::NsfwRole).toBool());
    m_model->setBlurNsfw(true);
    QVERIFY(preview.data(TaskModel::NsfwRole).toBool());

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->reveal(flagged.id);
    QVERIFY(!preview.data(TaskModel::NsfwRole).toBool());
    QTRY_COMPARE(changed.size(), 1);
}

void tst_TaskModel::mimeDataHoldsTheIds()
{
    restoreSample();
    QVERIFY(m_model->flags(m_model->index(1, 1)) & Qt::ItemIsDragEnabled);
    QVERIFY(m_model->mimeTypes().contains(QStringLiteral("text/plain")));

    const QModelIndexList cells = {m_model->index(2, 0), m_model->index(0, 1), m_model->index(2, 3),
                                   m_model->index(0, 4)};
    std::unique_ptr<QMimeData> mime(m_model->mimeData(cells));
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("pred-done-0001\npred-cancel-0003"));

    TaskFilterModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setStateFilter(TaskFilterModel::StateFilter::Unsuccessful);
    std::unique_ptr<QMimeData> filtered(proxy.mimeData({proxy.index(0, 0), proxy.index(1, 2)}));
    QVERIFY(filtered);
    QCOMPARE(filtered->text(), QStringLiteral("pred-fail-0002\npred-cancel-0003"));
}

void tst_TaskModel::outputsButtonEmitsActivated()
{
    restoreSample();
    m_monitor->restore({completedTask(QStringLiteral("pred-more-0005"))});
    QTableView view;
    view.setModel(m_model);
    OutputsDelegate delegate;
    view.setItemDelegateForColumn(TaskModel::OutputsColumn, &delegate);
    view.setItemDelegateForColumn(TaskModel::StatusColumn, new StatusDelegate(&view));
    view.setColumnWidth(TaskModel::OutputsColumn, 180);
    view.verticalHeader()->setDefaultSectionSize(32);
    view.resize(1000, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex cell = m_model->index(4, TaskModel::OutputsColumn);
    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.rect = view.visualRect(cell);
    const QRect button = delegate.buttonRect(option, cell);
    QVERIFY(!button.isEmpty());
    QVERIFY(option.rect.contains(button));
    QVERIFY(button.left() > option.rect.left() + 20); // at the right, beside the count

    QSignalSpy activated(&delegate, &OutputsDelegate::activated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, button.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toModelIndex(), cell);

    // Elsewhere in the cell, and where a failed task's button would be: nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      QPoint(option.rect.left() + 4, option.rect.center().y()));
    const QModelIndex failed = m_model->index(1, TaskModel::OutputsColumn);
    option.rect = view.visualRect(failed);
    QVERIFY(delegate.buttonRect(option, failed).isEmpty());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      QPoint(button.center().x(), option.rect.center().y()));
    QCOMPARE(activated.size(), 1);

    // A saved row's button is there too, and clicking it again asks to show the files.
    TaskModel::Download saved;
    saved.state = TaskModel::Download::State::Saved;
    m_model->setDownload(QStringLiteral("pred-done-0001"), saved);
    const QModelIndex first = m_model->index(0, TaskModel::OutputsColumn);
    option.rect = view.visualRect(first);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      delegate.buttonRect(option, first).center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toModelIndex(), first);
}

void tst_TaskModel::thumbnailsOnlyForVisibleRows()
{
    // Tasks that ended a minute ago: each is completed at its first check.
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-60);
    QStringList ids;
    for (int n = 0; n < 12; ++n)
        ids.append(simulatorTask(QStringLiteral("thumb-%1-task").arg(n, 2, 10, QLatin1Char('0')),
                                 1s, Simulator::Outcome::Completed, past));
    m_monitor->add(ids);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->unfinishedCount(), 0, StreamTimeoutMs);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_thumbnailer->state(id), Thumbnailer::State::None);

    QTableView view;
    view.setModel(m_model);
    ThumbnailDelegate delegate(m_thumbnailer, nullptr);
    view.setItemDelegateForColumn(TaskModel::PreviewColumn, &delegate);
    view.verticalHeader()->setDefaultSectionSize(40);
    view.resize(600, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTRY_VERIFY(m_thumbnailer->state(ids.first()) != Thumbnailer::State::None);
    QTRY_COMPARE_WITH_TIMEOUT(m_thumbnailer->state(ids.first()), Thumbnailer::State::Ready,
                              StreamTimeoutMs);
    QVERIFY(
        !qvariant_cast<QImage>(m_model->index(0, TaskModel::PreviewColumn).data(Qt::DecorationRole))
             .isNull());
    const QString hidden = ids.last();
    QCOMPARE(m_thumbnailer->state(hidden), Thumbnailer::State::None);
    QCOMPARE(m_simulator->requestCount(QStringLiteral("/outputs/%1/").arg(hidden)), 0);

    view.scrollToBottom();
    QTRY_VERIFY(m_thumbnailer->state(hidden) != Thumbnailer::State::None);
}

void tst_TaskModel::droppedThumbnailAsksForAPaint()
{
    restoreSample();
    QSignalSpy changed(m_model, &TaskModel::dataChanged);

    // A request that gave way in a fast scroll: if its row is on screen, the view paints it
    // again, and painting asks for the thumbnail anew.
    emit m_thumbnailer->dropped(QStringLiteral("pred-fail-0002"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
}

QTEST_MAIN(tst_TaskModel)
#include "tst_taskmodel.moc"
