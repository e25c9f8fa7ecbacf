// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The window as a user drives it: tasks dropped, pasted and restored, outputs saved with a click.
#include "mainwindow.h"

#include "outputsdelegate.h"
#include "settings/translations.h"
#include "simulator.h"
#include "taskmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

private:
    std::unique_ptr<MainWindow> makeWindow();
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

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow()
{
    MainWindow::Options options;
    options.storePath = m_folder->filePath(QStringLiteral("tasks.sqlite"));
    options.settingsFile = m_folder->filePath(QStringLiteral("settings.ini"));
    options.thumbnailCache = m_folder->filePath(QStringLiteral("thumbnails"));
    options.apiBase = m_simulator->apiBase();
    options.apiKey = m_simulator->apiKey();
    {
        // Outputs go into the test's folder, not the user's Pictures.
        QSettings ini(options.settingsFile, QSettings::IniFormat);
        ini.setValue(QStringLiteral("downloads/folder"), m_folder->filePath(QStringLiteral("out")));
    }
    auto window = std::make_unique<MainWindow>(options);
    window->resize(1200, 700);
    window->show();
    return window;
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

    // Saving again never overwrites: new names, the first files untouched.
    window->download({id});
    QTRY_COMPARE_WITH_TIMEOUT(out.entryList(QDir::Files).size(), 4, 10000);
    QVERIFY(out.exists(id + QStringLiteral("_1 (2).png")));
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
