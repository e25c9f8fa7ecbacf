// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The window's export: File > Export Selected… and Export All… write CSV or JSON through a file
// dialog, Edit > Copy as Markdown Table fills the clipboard.
#include "mainwindow.h"

#include "../shared/testwindow.h"
#include "settings/translations.h"
#include "simulator.h"
#include "taskmodel.h"
#include "tasks/taskexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_MainWindowExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionsFollowTheTasks();
    void copyMarkdownTable();
    void exportAllAsJson();
    void exportSelectedByFilter();
    void exportFailureIsShown();

private:
    std::unique_ptr<MainWindow> makeWindowWithTasks(int count);
    QAction *action(MainWindow &window, const char *name);
    QFileDialog *openDialog(MainWindow &window, const char *actionName);
    QByteArray read(const QString &path);

    Simulator *m_simulator = nullptr;
    std::unique_ptr<QTemporaryDir> m_folder;
    QStringList m_ids;
};

void tst_MainWindowExport::init()
{
    m_simulator = new Simulator;
    QVERIFY(m_simulator->start());
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    QVERIFY(QDir(m_folder->path()).mkdir(QStringLiteral("out")));
}

void tst_MainWindowExport::cleanup()
{
    delete m_simulator;
    m_folder.reset();
    m_ids.clear();
}

std::unique_ptr<MainWindow> tst_MainWindowExport::makeWindowWithTasks(int count)
{
    auto window = makeTestWindow(*m_folder, *m_simulator);

    for (int i = 1; i <= count; ++i) {
        Simulator::TaskSpec spec;
        spec.id = QStringLiteral("mw-export-%1").arg(i, 4, 10, QLatin1Char('0'));
        spec.duration = 300ms;
        if (i == 2) {
            spec.outcome = Simulator::Outcome::Failed;
            spec.errorCode = 1401;
            spec.error = QStringLiteral("bad | size, see \"docs\"");
        }
        m_ids.append(m_simulator->addTask(spec));
    }
    if (count > 0) {
        window->addFromText(m_ids.join(QLatin1Char(' ')), MainWindow::Source::Dialog);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(window->monitor()->unfinishedCount(), 0, 15000);
        }();
    }
    return window;
}

QAction *tst_MainWindowExport::action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// Triggers the action and returns the file dialog it opened, without blocking.
QFileDialog *tst_MainWindowExport::openDialog(MainWindow &window, const char *actionName)
{
    QAction *export_ = action(window, actionName);
    if (!export_ || !export_->isEnabled())
        return nullptr;
    export_->trigger();
    // An earlier dialog may still wait for its deferred deletion.
    for (auto *dialog : window.findChildren<QFileDialog *>(QStringLiteral("exportDialog"))) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QByteArray tst_MainWindowExport::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_MainWindowExport::actionsFollowTheTasks()
{
    auto window = makeWindowWithTasks(0);
    QAction *exportSelected = action(*window, "Export Selected");
    QAction *exportAll = action(*window, "Export All");
    QAction *copy = action(*window, "Copy as Markdown Table");
    QVERIFY(exportSelected && exportAll && copy);
    QVERIFY(!exportSelected->isEnabled());
    QVERIFY(!exportAll->isEnabled());
    QVERIFY(!copy->isEnabled());

    // In the File and Edit menus, and in the table's context menu.
    QStringList menus;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            if (item == exportSelected || item == exportAll || item == copy)
                menus.append(menu->menu()->title().remove(QLatin1Char('&')) + QLatin1Char('/') +
                             item->objectName());
        }
    }
    QCOMPARE(menus,
             (QStringList{QStringLiteral("File/Export Selected"), QStringLiteral("File/Export All"),
                          QStringLiteral("Edit/Copy as Markdown Table")}));
    QVERIFY(window->view()->actions().contains(copy));

    window->addFromText(QStringLiteral("mw-export-none-01"), MainWindow::Source::Dialog);
    QVERIFY(exportAll->isEnabled());
    QVERIFY(copy->isEnabled());
    QVERIFY(!exportSelected->isEnabled());
    window->view()->selectRow(0);
    QVERIFY(exportSelected->isEnabled());
    window->view()->clearSelection();
    QVERIFY(!exportSelected->isEnabled());
}

void tst_MainWindowExport::copyMarkdownTable()
{
    auto window = makeWindowWithTasks(3);
    QAction *copy = action(*window, "Copy as Markdown Table");
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();

    // Nothing selected: every task.
    copy->trigger();
    QString table = QGuiApplication::clipboard()->text();
    QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + 3);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("| ID | Model | Status |")), qPrintable(table));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(lines.at(2 + i).startsWith(QStringLiteral("| `%1` |").arg(m_ids.at(i))),
                 qPrintable(table));
    QVERIFY2(lines.at(3).contains(QLatin1String("| bad \\| size, see \"docs\" |")),
             qPrintable(lines.at(3)));
    QVERIFY(window->lastMessage().contains(QLatin1String("3 task")));

    // A selection, in the order the table shows it: sorted by ID, last first.
    window->view()->sortByColumn(TaskModel::IdColumn, Qt::DescendingOrder);
    window->view()->selectRow(2); // mw-export-0001
    window->view()->selectionModel()->select(window->view()->model()->index(0, 0),
                                             QItemSelectionModel::Select |
                                                 QItemSelectionModel::Rows); // mw-export-0003
    copy->trigger();
    table = QGuiApplication::clipboard()->text();
    lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + 2);
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("| `%1` |").arg(m_ids.at(2))),
             qPrintable(table));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("| `%1` |").arg(m_ids.at(0))),
             qPrintable(table));
}

void tst_MainWindowExport::exportAllAsJson()
{
    auto window = makeWindowWithTasks(3);
    QFileDialog *dialog = openDialog(*window, "Export All");
    QVERIFY(dialog);

    // Proposed: a dated CSV in the download folder.
    QCOMPARE(dialog->selectedFiles(),
             QStringList{QDir(m_folder->filePath(QStringLiteral("out")))
                             .filePath(QStringLiteral("wavespeed-tasks-%1.csv")
                                           .arg(QDate::currentDate().toString(Qt::ISODate)))});
    QCOMPARE(dialog->nameFilters().size(), 2);

    const QString path = m_folder->filePath(QStringLiteral("all.json"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button
    QString error;
    const QList<Task> tasks = TaskExport::fromJson(read(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tasks.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(tasks.at(i).id, m_ids.at(i));
        QCOMPARE(tasks.at(i).state, window->monitor()->task(m_ids.at(i))->state);
        QCOMPARE(tasks.at(i).outputs, window->monitor()->task(m_ids.at(i))->outputs);
    }
    QCOMPARE(tasks.at(1).state, TaskState::Failed);
    QVERIFY2(window->lastMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(window->lastMessage()));
}

// A name without an extension takes the chosen filter's; an extension decides by itself.
void tst_MainWindowExport::exportSelectedByFilter()
{
    auto window = makeWindowWithTasks(3);
    window->view()->selectRow(1);
    QFileDialog *dialog = openDialog(*window, "Export Selected");
    QVERIFY(dialog);
    // The user picks JSON in the list of file types.
    auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
    QVERIFY(types);
    QTest::keyClick(types, Qt::Key_Down);
    QCOMPARE(dialog->selectedNameFilter(), dialog->nameFilters().at(1));
    QVERIFY2(dialog->selectedFiles().value(0).endsWith(QLatin1String(".json")),
             qPrintable(dialog->selectedFiles().value(0)));
    dialog->selectFile(m_folder->filePath(QStringLiteral("chosen")));
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button
    const QByteArray json = read(m_folder->filePath(QStringLiteral("chosen.json")));
    const QList<Task> tasks = TaskExport::fromJson(json);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().id, m_ids.at(1));

    dialog = openDialog(*window, "Export Selected");
    QVERIFY(dialog);
    dialog->selectNameFilter(dialog->nameFilters().at(1)); // JSON, but the name says CSV
    const QString csvPath = m_folder->filePath(QStringLiteral("selected.csv"));
    dialog->selectFile(csvPath);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button
    const QByteArray csv = read(csvPath);
    QVERIFY2(
        csv.startsWith("\xEF\xBB\xBF"
                       "id,model,status,created_at,inference_ms,outputs,error,saved_paths\r\n" +
                       m_ids.at(1).toUtf8() + ','),
        csv.constData());
}

void tst_MainWindowExport::exportFailureIsShown()
{
    auto window = makeWindowWithTasks(1);
    QFileDialog *dialog = openDialog(*window, "Export All");
    QVERIFY(dialog);
    const QString path = m_folder->filePath(QStringLiteral("no-such-folder/tasks.csv"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button

    auto *box = window->findChild<QMessageBox *>(QStringLiteral("exportFailed"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(m_folder->filePath(QStringLiteral("no-such-folder"))).exists());
    box->close();
}

int main(int argc, char *argv[])
{
    qputenv("QT_MEDIA_BACKEND", "ffmpeg"); // as the window's main() does
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WaveSpeed Task Monitor Tests"));
    Translations::install(QStringLiteral("en")); // "1 task", "3 tasks"

    tst_MainWindowExport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindowexport.moc"
