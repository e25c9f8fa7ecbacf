// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The window as a user drives it: tasks dropped, pasted and restored, outputs saved with a click.
#include "mainwindow.h"

#include "../shared/testwindow.h"
#include "addtasksdialog.h"
#include "media/outputsaver.h"
#include "outputsdelegate.h"
#include "settings/translations.h"
#include "simulator.h"
#include "statuspanel.h"
#include "taskfiltermodel.h"
#include "taskmodel.h"
#include "tasks/expirywatch.h"
#include "traynotifier.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dropAddsTheRightTasks_data();
    void dropAddsTheRightTasks();
    void dropWithoutIdsAddsNothing();
    void droppedFilesAreRead();
    void pasteAddsTasks();
    void downloadClickSavesOutputs();
    void restartRestoresTheList();
    void restoredTaskChecksTheGivenApi();
    void actionsActOnTheSelection();
    void statusBarShowsCountsAndTheGate();
    void trayGroupsTasksThatEndTogether();
    void addTasksDialogCountsAndAdds();
    void expiringOutputsAreHighlightedCountedAndAnnouncedOnce();
    void autoSaveKeepsTrackOfTheFiles();

private:
    std::unique_ptr<MainWindow> makeWindow(std::function<QDateTime()> clock = {},
                                           const QVariantHash &settings = {});
    void drop(MainWindow &window, QMimeData *mime);
    QString addTask(const QString &id, int outputs = 1);
    QByteArray fetch(const QUrl &url);

    Simulator *m_simulator = nullptr;
    std::unique_ptr<QTemporaryDir> m_folder;
};

void tst_MainWindow::init()
{
    m_simulator = new Simulator;
    QVERIFY(m_simulator->start());
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void tst_MainWindow::cleanup()
{
    delete m_simulator;
    m_folder.reset();
}

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow(std::function<QDateTime()> clock,
                                                       const QVariantHash &settings)
{
    return makeTestWindow(*m_folder, *m_simulator, settings, std::move(clock));
}

void tst_MainWindow::drop(MainWindow &window, QMimeData *mime)
{
    const QPoint where = window.rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
    QVERIFY(dropped.isAccepted());
}

QString tst_MainWindow::addTask(const QString &id, int outputs)
{
    Simulator::TaskSpec spec;
    spec.id = id;
    spec.duration = 300ms;
    spec.outputCount = outputs;
    return m_simulator->addTask(spec);
}

QByteArray tst_MainWindow::fetch(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    reply->deleteLater();
    return reply->readAll();
}

void tst_MainWindow::dropAddsTheRightTasks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("prose") << "Please check mw-task-0001 and mw-task-0002, thanks!"
                           << QStringList{QStringLiteral("mw-task-0001"),
                                          QStringLiteral("mw-task-0002")};
    QTest::newRow("urls") << "https://api.wavespeed.ai/api/v3/predictions/mw-task-0003/result\n"
                             "https://api.wavespeed.ai/api/v3/predictions/mw-task-0003"
                          << QStringList{QStringLiteral("mw-task-0003")};
    QTest::newRow("api response")
        << R"({"code":200,"data":{"id":"mw-task-0004","status":"created","model":"x/y-1"}})"
        << QStringList{QStringLiteral("mw-task-0004")};
}

void tst_MainWindow::dropAddsTheRightTasks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);

    auto window = makeWindow();
    auto *mime = new QMimeData;
    mime->setText(text);
    drop(*window, mime);
    QCOMPARE(window->monitor()->ids(), ids);
    QCOMPARE(window->model()->rowCount(), ids.size());
    QCOMPARE(window->lastMessage(), QStringLiteral("%1 task%2 added")
                                        .arg(ids.size())
                                        .arg(ids.size() == 1 ? QString() : QStringLiteral("s")));

    // The same again: nothing new, and the user is told.
    drop(*window, mime);
    QCOMPARE(window->monitor()->ids(), ids);
    QVERIFY(window->lastMessage().contains(QLatin1String("already watched")));
    delete mime;
}

void tst_MainWindow::dropWithoutIdsAddsNothing()
{
    auto window = makeWindow();
    QMimeData mime;
    mime.setText(QStringLiteral("hello world, nothing to watch here"));
    drop(*window, &mime);
    QCOMPARE(window->monitor()->count(), 0);
    QCOMPARE(window->lastMessage(), QStringLiteral("No task IDs found in the dropped text."));
}

void tst_MainWindow::droppedFilesAreRead()
{
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_folder->filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return QUrl::fromLocalFile(file.fileName());
    };
    QMimeData mime;
    mime.setUrls(
        {write(QStringLiteral("ids.txt"), "mw-file-0001\nmw-file-0002\n"),
         write(QStringLiteral("reply.json"), R"({"data":{"items":[{"id":"mw-file-0003"}]}})"),
         write(QStringLiteral("list.csv"), "id,model\nmw-file-0004,wavespeed-ai/flux-dev\n"),
         write(QStringLiteral("picture.png"), "mw-file-0005")});
    mime.setText(QStringLiteral("mw-text-0006")); // the paths as text: the files count instead

    auto window = makeWindow();
    drop(*window, &mime);
    QCOMPARE(window->monitor()->ids(),
             (QStringList{QStringLiteral("mw-file-0001"), QStringLiteral("mw-file-0002"),
                          QStringLiteral("mw-file-0003"), QStringLiteral("mw-file-0004")}));
    QVERIFY(window->lastMessage().contains(QLatin1String("picture.png")));
}

void tst_MainWindow::pasteAddsTasks()
{
    auto window = makeWindow();
    QGuiApplication::clipboard()->setText(QStringLiteral("mw-paste-0001 mw-paste-0002"));
    auto *paste = window->findChild<QAction *>(QStringLiteral("Paste Tasks"));
    QVERIFY(paste);
    QVERIFY(!paste->toolTip().isEmpty());
    paste->trigger();
    QCOMPARE(window->monitor()->count(), 2);

    QGuiApplication::clipboard()->setText(QStringLiteral("nothing useful"));
    paste->trigger();
    QCOMPARE(window->monitor()->count(), 2);
    QCOMPARE(window->lastMessage(), QStringLiteral("No task IDs found in the clipboard."));
}

void tst_MainWindow::downloadClickSavesOutputs()
{
    const QString id = addTask(QStringLiteral("mw-save-0001"), 2);
    auto window = makeWindow();
    window->addFromText(id, MainWindow::Source::Dialog);
    QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->task(id)->state, TaskState::Completed, 10000);

    // A click on the row's download button.
    QTableView *view = window->view();
    const QModelIndex index = view->model()->index(0, TaskModel::OutputsColumn);
    const QRect cell = view->visualRect(index);
    auto *delegate =
        qobject_cast<OutputsDelegate *>(view->itemDelegateForColumn(TaskModel::OutputsColumn));
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = cell;
    const QRect button = delegate->buttonRect(option, index);
    QVERIFY(cell.contains(button.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button.center());
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->download(id).state,
                              TaskModel::Download::State::Saved, 10000);

    const QDir out(m_folder->filePath(QStringLiteral("out")));
    QCOMPARE(out.entryList(QDir::Files, QDir::Name),
             (QStringList{id + QStringLiteral("_1.png"), id + QStringLiteral("_2.png")}));
    const QList<QUrl> outputs = window->monitor()->task(id)->outputs;
    QFile first(out.filePath(id + QStringLiteral("_1.png")));
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray saved = first.readAll();
    QCOMPARE(saved, fetch(outputs.first()));

    // The row knows where each output went, and the task keeps it for the next run.
    QCOMPARE(window->monitor()->task(id)->savedPaths,
             (QStringList{out.filePath(id + QStringLiteral("_1.png")),
                          out.filePath(id + QStringLiteral("_2.png"))}));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QDir::toNativeSeparators(out.filePath(id + QStringLiteral("_2.png")))),
             qPrintable(tip));

    // Saving again saves nothing: every output has its file.
    window->download({id});
    QCOMPARE(window->lastMessage(),
             QStringLiteral("Nothing to save: every output is saved already."));
    QCOMPARE(window->model()->download(id).state, TaskModel::Download::State::Saved);

    // A file deleted is saved again under its own name; the other is left untouched.
    QVERIFY(QFile::remove(out.filePath(id + QStringLiteral("_2.png"))));
    window->model()->recheckSavedFiles();
    QCOMPARE(index.data().toString(), QStringLiteral("1/2 saved"));
    window->download({id});
    QTRY_COMPARE_WITH_TIMEOUT(index.data().toString(), QStringLiteral("2 · saved"), 10000);
    QCOMPARE(out.entryList(QDir::Files, QDir::Name),
             (QStringList{id + QStringLiteral("_1.png"), id + QStringLiteral("_2.png")}));
    first.seek(0);
    QCOMPARE(first.readAll(), saved);
}

void tst_MainWindow::restartRestoresTheList()
{
    const QString done = addTask(QStringLiteral("mw-restart-0001"));
    {
        auto window = makeWindow();
        window->addFromText(done, MainWindow::Source::Dialog);
        QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->task(done)->state, TaskState::Completed,
                                  10000);
    }
    const int checksBefore =
        m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + done);

    auto window = makeWindow();
    QCOMPARE(window->monitor()->ids(), QStringList{done});
    QCOMPARE(window->model()->rowCount(), 1);
    QCOMPARE(window->monitor()->task(done)->state, TaskState::Completed);
    QVERIFY(!window->monitor()->task(done)->outputs.isEmpty());

    // A new task's whole life passes while the restored one is never checked again.
    const QString fresh = addTask(QStringLiteral("mw-restart-0002"));
    window->addFromText(fresh, MainWindow::Source::Dialog);
    QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->task(fresh)->state, TaskState::Completed, 10000);
    QCOMPARE(m_simulator->requestCount(QStringLiteral("/api/v3/predictions/") + done),
             checksBefore);
}

void tst_MainWindow::restoredTaskChecksTheGivenApi()
{
    m_simulator->addTask([] {
        Simulator::TaskSpec slow;
        slow.id = QStringLiteral("mw-resume-0001");
        slow.duration = 10min;
        return slow;
    }());
    const QString id = QStringLiteral("mw-resume-0001");
    {
        auto window = makeWindow();
        window->addFromText(id, MainWindow::Source::Dialog);
        QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->task(id)->state, TaskState::Waiting, 10000);
    }
    m_simulator->clearRequests();

    // Restored while still running: its first check goes to the given API with the given key,
    // not to the default API, refused, and retried after the floor.
    auto window = makeWindow();
    QSignalSpy warnings(window->monitor(), &Monitor::warning);
    const int checksBefore = window->monitor()->task(id)->checks;
    QTRY_VERIFY_WITH_TIMEOUT(window->monitor()->task(id)->checks > checksBefore, 10000);
    QCOMPARE(window->monitor()->task(id)->state, TaskState::Waiting);
    for (const QList<QVariant> &warning : std::as_const(warnings))
        QVERIFY2(warning.at(1).toString() != id, qPrintable(warning.at(0).toString()));
    const QList<Simulator::Request> requests = m_simulator->requests();
    const auto check = std::find_if(requests.cbegin(), requests.cend(),
                                    [&](const auto &request) { return request.path.contains(id); });
    QVERIFY(check != requests.cend());
    QCOMPARE(check->authorization, "Bearer " + m_simulator->apiKey().toUtf8());
}

void tst_MainWindow::actionsActOnTheSelection()
{
    const QString a = addTask(QStringLiteral("mw-act-0001"));
    const QString b = addTask(QStringLiteral("mw-act-0002"));
    m_simulator->addTask([] {
        Simulator::TaskSpec slow;
        slow.id = QStringLiteral("mw-act-0003");
        slow.duration = 10min;
        return slow;
    }());
    auto window = makeWindow();
    window->addFromText(a + QLatin1Char(' ') + b + QStringLiteral(" mw-act-0003"),
                        MainWindow::Source::Dialog);
    auto action = [&window](const char *name) {
        auto *found = window->findChild<QAction *>(QLatin1String(name));
        return found;
    };
    for (const char *name : {"Select All", "Copy IDs", "Pause", "Remove", "Check Now", "Download",
                             "Open Preview", "Settings", "Add Tasks"}) {
        QAction *found = action(name);
        QVERIFY2(found, name);
        QVERIFY2(!found->toolTip().isEmpty(), name);
        QVERIFY2(!found->shortcut().isEmpty() || QByteArray(name) == "Settings", name);
    }

    window->view()->setFocus();
    action("Select All")->trigger();
    QCOMPARE(window->selectedIds().size(), 3);
    action("Copy IDs")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')).size(), 3);

    // Only the slow task is left running; pause and resume act on it.
    QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->unfinishedCount(), 1, 10000);
    window->view()->clearSelection();
    window->view()->selectRow(2);
    QCOMPARE(window->selectedIds(), QStringList{QStringLiteral("mw-act-0003")});
    QVERIFY(action("Pause")->isEnabled());
    action("Pause")->trigger();
    QCOMPARE(window->monitor()->task(QStringLiteral("mw-act-0003"))->state, TaskState::Paused);
    action("Pause")->trigger(); // now reads Resume
    QVERIFY(window->monitor()->task(QStringLiteral("mw-act-0003"))->state != TaskState::Paused);

    action("Select All")->trigger();
    action("Remove")->trigger();
    QCOMPARE(window->monitor()->count(), 0);
    QCOMPARE(window->model()->rowCount(), 0);
    QCOMPARE(window->lastMessage(), QStringLiteral("3 tasks removed."));
}

void tst_MainWindow::statusBarShowsCountsAndTheGate()
{
    const QString a = addTask(QStringLiteral("mw-bar-0001"));
    auto window = makeWindow();
    auto *panel = window->findChild<StatusPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->countsText(), QStringLiteral("No tasks"));

    window->addFromText(a, MainWindow::Source::Dialog);
    QTRY_COMPARE_WITH_TIMEOUT(panel->countsText(), QStringLiteral("1 completed"), 10000);

    m_simulator->rateLimitNext(1, "30");
    window->addFromText(QStringLiteral("mw-bar-0002"), MainWindow::Source::Dialog);
    QTRY_VERIFY(panel->gateText().startsWith(QStringLiteral("Rate limited — resuming in")));
}

void tst_MainWindow::trayGroupsTasksThatEndTogether()
{
    QWidget window; // never active: offscreen windows are not activated
    TrayNotifier tray(&window);
    QSignalSpy notified(&tray, &TrayNotifier::notified);
    Task done;
    done.id = QStringLiteral("t1");
    done.state = TaskState::Completed;
    Task failed;
    failed.id = QStringLiteral("t2");
    failed.state = TaskState::Failed;

    tray.taskEnded(done);
    done.id = QStringLiteral("t3");
    tray.taskEnded(done);
    tray.taskEnded(failed);
    QVERIFY(notified.wait(5000));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("3 tasks ended"));
    QCOMPARE(notified.first().at(1).toString(), QStringLiteral("2 completed, 1 failed"));

    // Switched off, endings are not kept for later either.
    tray.setEnabled(false);
    tray.taskEnded(failed);
    tray.setEnabled(true);
    tray.taskEnded(done);
    QVERIFY(notified.wait(5000));
    QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Task completed"));
}

void tst_MainWindow::addTasksDialogCountsAndAdds()
{
    AddTasksDialog dialog;
    QSignalSpy accepted(&dialog, &AddTasksDialog::textAccepted);
    QPushButton *add = nullptr;
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons()) {
        if (button->text() == QLatin1String("Add"))
            add = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(add);

    dialog.setText(QStringLiteral("nothing here"));
    QVERIFY(!add->isEnabled());
    const QString text =
        QStringLiteral("see mw-dlg-0001 and https://x.test/api/v3/predictions/mw-dlg-0002");
    dialog.setText(text);
    QVERIFY(add->isEnabled());
    const auto labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == QLatin1String("2 task IDs found.");
    }));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().first().toString(), text);
}

void tst_MainWindow::expiringOutputsAreHighlightedCountedAndAnnouncedOnce()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QDateTime now = start;
    Simulator::TaskSpec spec;
    spec.duration = 300ms;
    spec.id = QStringLiteral("mw-exp-soon-0001"); // expires 12 hours from the start
    spec.createdAt = start.addDays(-6).addSecs(-12 * 3600);
    const QString soon = m_simulator->addTask(spec);
    spec.id = QStringLiteral("mw-exp-later-0002"); // expires 2 days from the start
    spec.createdAt = start.addDays(-5);
    const QString later = m_simulator->addTask(spec);

    auto window = makeWindow([&now] { return now; });
    auto *tray = window->findChild<TrayNotifier *>();
    auto *panel = window->findChild<StatusPanel *>();
    QVERIFY(tray && panel);
    QSignalSpy notified(tray, &TrayNotifier::notified);
    window->addFromText(soon + QLatin1Char(' ') + later, MainWindow::Source::Dialog);
    QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->unfinishedCount(), 0, 10000);

    // The first is highlighted and counted, and said once.
    QTRY_COMPARE(window->expiryWatch()->count(), 1);
    TaskModel *model = window->model();
    const auto atRisk = [model](const QString &id, int column) {
        return model->index(model->row(id), column).data(Qt::BackgroundRole).isValid();
    };
    QVERIFY(atRisk(soon, TaskModel::IdColumn));
    QVERIFY(atRisk(soon, TaskModel::ExpiresColumn));
    QVERIFY(!atRisk(later, TaskModel::IdColumn));
    QCOMPARE(model->index(model->row(soon), TaskModel::ExpiresColumn).data().toString(),
             QStringLiteral("in 12 h"));
    QCOMPARE(model->index(model->row(later), TaskModel::ExpiresColumn).data().toString(),
             QStringLiteral("in 2 days"));
    QVERIFY2(panel->expiringText().startsWith(QStringLiteral("1 expiring within a day")),
             qPrintable(panel->expiringText()));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Outputs about to expire"));
    // The state list shows them alone.
    TaskFilterModel *filter = window->filterModel();
    filter->setStateFilter(TaskFilterModel::StateFilter::AtRisk);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, TaskModel::IdColumn).data().toString(), soon);

    // A day and an hour later: the first is gone, the second crossed the line.
    now = start.addSecs(25 * 3600);
    window->expiryWatch()->evaluate();
    window->expiryWatch()->evaluate();
    QVERIFY(!atRisk(soon, TaskModel::IdColumn));
    QVERIFY(atRisk(later, TaskModel::IdColumn));
    QCOMPARE(model->index(model->row(soon), TaskModel::ExpiresColumn).data().toString(),
             QStringLiteral("expired"));
    QCOMPARE(notified.size(), 2); // the second, once
    QTRY_VERIFY(filter->rowCount() == 1 &&
                filter->index(0, TaskModel::IdColumn).data().toString() == later);

    // One action saves what is about to expire, and the warning goes away.
    auto *save = window->findChild<QAction *>(QStringLiteral("Save Everything About to Expire"));
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    save->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->task(later)->savedCount(), 1, 10000);
    QTRY_COMPARE(window->expiryWatch()->count(), 0);
    QVERIFY(!atRisk(later, TaskModel::IdColumn));
    QVERIFY(panel->expiringText().isEmpty());
    QVERIFY(!save->isEnabled());
    QTRY_COMPARE(filter->rowCount(), 0);
    QVERIFY(window->monitor()->task(soon)->savedPaths.isEmpty()); // expired: nothing to fetch
    QCOMPARE(notified.size(), 2);
}

void tst_MainWindow::autoSaveKeepsTrackOfTheFiles()
{
    const QString id = addTask(QStringLiteral("mw-auto-0001"), 2);
    const QVariantHash settings{{QStringLiteral("downloads/autoSave"), true},
                                {QStringLiteral("downloads/layout"), QStringLiteral("ByModel")}};
    const QDir folder(m_folder->filePath(QStringLiteral("out/wavespeed-ai/flux-dev")));
    {
        auto window = makeWindow({}, settings);
        window->addFromText(id, MainWindow::Source::Dialog);
        // Saved without a click, into the model's folder.
        QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->task(id)->savedCount(), 2, 10000);
        QCOMPARE(folder.entryList(QDir::Files, QDir::Name),
                 (QStringList{id + QStringLiteral("_1.png"), id + QStringLiteral("_2.png")}));
        const QModelIndex outputs =
            window->model()->index(window->model()->row(id), TaskModel::OutputsColumn);
        QTRY_COMPARE(outputs.data().toString(), QStringLiteral("2 · saved"));
    }

    // The next run finds the files again, and saves nothing again.
    auto window = makeWindow({}, settings);
    TaskModel *model = window->model();
    const QModelIndex outputs = model->index(model->row(id), TaskModel::OutputsColumn);
    QCOMPARE(outputs.data().toString(), QStringLiteral("2 · saved"));
    QCOMPARE(model->download(id).state, TaskModel::Download::State::Saved);
    auto *saver = window->findChild<OutputSaver *>();
    QVERIFY(saver);
    QSignalSpy started(saver, &OutputSaver::started);
    const QString next = addTask(QStringLiteral("mw-auto-0002"), 1);
    window->addFromText(next, MainWindow::Source::Dialog);
    QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->task(next)->savedCount(), 1, 10000);
    QCOMPARE(started.size(), 1); // only the task that completed in this run
    QCOMPARE(started.at(0).at(0).toString(), next);
    QCOMPARE(folder.entryList(QDir::Files, QDir::Name),
             (QStringList{id + QStringLiteral("_1.png"), id + QStringLiteral("_2.png"),
                          next + QStringLiteral("_1.png")}));

    // Moved away, the row says so; moved back, it is found again.
    const QString first = folder.filePath(id + QStringLiteral("_1.png"));
    const QString away = m_folder->filePath(QStringLiteral("away.png"));
    QVERIFY(QFile::rename(first, away));
    model->recheckSavedFiles();
    QCOMPARE(outputs.data().toString(), QStringLiteral("1/2 saved"));
    QVERIFY(QFile::rename(away, first));
    model->recheckSavedFiles();
    QCOMPARE(outputs.data().toString(), QStringLiteral("2 · saved"));
}

int main(int argc, char *argv[])
{
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WaveSpeed Task Monitor Tests"));
    Translations::install(QStringLiteral("en")); // "1 task", "2 tasks"

    tst_MainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
