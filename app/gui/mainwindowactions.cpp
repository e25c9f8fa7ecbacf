// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "mainwindow_p.h"

#include "addtasksdialog.h"
#include "api/apiclient.h"
#include "api/apienvelope.h"
#include "demotasks.h"
#include "importdialog.h"
#include "logging.h"
#include "media/downloader.h"
#include "media/outputsaver.h"
#include "media/thumbnailer.h"
#include "outputsdelegate.h"
#include "previewpane.h"
#include "settings/appsettings.h"
#include "settings/credentials.h"
#include "settingsdialog.h"
#include "simulator.h"
#include "statusdelegate.h"
#include "statuspanel.h"
#include "taskfiltermodel.h"
#include "taskinput.h"
#include "taskmodel.h"
#include "tasks/expirywatch.h"
#include "tasks/requestgate.h"
#include "tasks/taskid.h"
#include "tasks/taskstore.h"
#include "thumbnaildelegate.h"
#include "traynotifier.h"
#include "videoframegrabber.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

} // namespace

QAction *MainWindow::Private::makeAction(const QString &text, const QString &tip,
                                         const QKeySequence &shortcut, const QIcon &icon,
                                         void (Private::*slot)())
{
    auto *action = new QAction(icon, text, q);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcut(shortcut);
    // Reads the same to a screen reader as on screen, without the mnemonic.
    QString plain = text;
    action->setObjectName(plain.remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    QObject::connect(action, &QAction::triggered, q, [this, slot] { (this->*slot)(); });
    return action;
}

void MainWindow::Private::createActions()
{
    addTasks = makeAction(tr("&Add Tasks…"), tr("Paste task IDs, URLs or API responses to watch"),
                          QKeySequence::New, themedIcon("list-add", "add"), &Private::onAddTasks);
    importTasks = makeAction(tr("&Import Recent Tasks…"),
                             tr("Find the tasks of your account from the last 7 days and watch "
                                "them"),
                             {}, themedIcon("document-import", "add"), &Private::onImportTasks);
    paste = makeAction(tr("&Paste Tasks"), tr("Watch every task ID in the clipboard"),
                       QKeySequence::Paste, themedIcon("edit-paste", "paste"), &Private::onPaste);
    downloadSelected = makeAction(tr("&Download"),
                                  tr("Save every output of the selected tasks into the download "
                                     "folder"),
                                  QKeySequence::Save, themedIcon("document-save", "download"),
                                  &Private::onDownloadSelected);
    downloadCompleted = makeAction(
        tr("Download All &Completed"), tr("Save the outputs of every completed task not saved yet"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), themedIcon("document-save-all", "download"),
        &Private::onDownloadCompleted);
    showInFolder =
        makeAction(tr("Show in &Folder"), tr("Open the folder the outputs were saved in"), {},
                   themedIcon("folder-open", "folder"), &Private::onShowInFolder);
    saveExpiring =
        makeAction(tr("Save Everything About to &Expire"),
                   tr("Save the outputs of every completed task that the API deletes "
                      "within a day"),
                   {}, themedIcon("document-save-all", "download"), &Private::onSaveExpiring);
    checkNow = makeAction(
        tr("Check &Now"), tr("Check the selected tasks as soon as their minimum interval allows"),
        QKeySequence::Refresh, themedIcon("view-refresh", "retry"), &Private::onCheckNow);
    pauseResume =
        makeAction(tr("Pa&use"), tr("Stop or resume checking the selected tasks"),
                   QKeySequence(Qt::CTRL | Qt::Key_P),
                   themedIcon("media-playback-pause", "state-paused"), &Private::onPauseResume);
    remove =
        makeAction(tr("&Remove"), tr("Stop watching the selected tasks and remove them"),
                   QKeySequence::Delete, themedIcon("edit-delete", "remove"), &Private::onRemove);
    copyIds = makeAction(tr("&Copy IDs"), tr("Copy the IDs of the selected tasks"),
                         QKeySequence::Copy, themedIcon("edit-copy", "copy"), &Private::onCopyIds);
    openPreview = makeAction(tr("&Open Preview"), tr("Show the selected task in the preview pane"),
                             QKeySequence(Qt::Key_Return), {}, &Private::onOpenPreview);
    selectAll = makeAction(tr("Select &All"), tr("Select every task in the table"),
                           QKeySequence::SelectAll, {}, &Private::onSelectAll);
    settingsAction = makeAction(tr("&Settings…"), tr("API key, download folder and polling"),
                                QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                    ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                    : QKeySequence(QKeySequence::Preferences),
                                themedIcon("preferences-system", "settings"), &Private::onSettings);
    togglePreview = makeAction(tr("&Preview Pane"), tr("Show or hide the preview pane"),
                               QKeySequence(Qt::Key_F9), {}, &Private::onTogglePreview);
    togglePreview->setCheckable(true);
    togglePreview->setChecked(true);
    quit = makeAction(tr("&Quit"), tr("Quit; unfinished tasks resume at the next start"),
                      QKeySequence::Quit, {}, &Private::onQuit);
    about =
        makeAction(tr("&About"), tr("Version, licence and libraries"), {}, {}, &Private::onAbout);

    // The table's own shortcuts act on the selection while the table has the focus; the search
    // field keeps its text editing keys.
    for (QAction *action : {openPreview, copyIds, remove, selectAll})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // The same actions, in the table's context menu.
    view->addActions({openPreview, downloadSelected, showInFolder, checkNow, pauseResume, copyIds,
                      remove, selectAll});
    createExportActions();
}

void MainWindow::Private::createMenusAndToolBar()
{
    QMenu *file = q->menuBar()->addMenu(tr("&File"));
    file->addActions({addTasks, importTasks, paste});
    file->addSeparator();
    file->addActions({exportSelected, exportAll});
    file->addSeparator();
    file->addAction(settingsAction);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = q->menuBar()->addMenu(tr("&Edit"));
    edit->addActions({copyIds, copyMarkdown, selectAll, remove});

    QMenu *tasks = q->menuBar()->addMenu(tr("&Tasks"));
    tasks->addActions({downloadSelected, downloadCompleted, saveExpiring, showInFolder});
    tasks->addSeparator();
    tasks->addActions({checkNow, pauseResume, openPreview});

    QMenu *viewMenu = q->menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(togglePreview);

    QMenu *help = q->menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolBar = q->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("main"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addActions({addTasks, paste});
    toolBar->addSeparator();
    toolBar->addActions({downloadSelected, downloadCompleted});
    toolBar->addSeparator();
    toolBar->addActions({checkNow, pauseResume, remove});
    toolBar->addSeparator();
    toolBar->addAction(settingsAction);
}

void MainWindow::Private::onAddTasks()
{
    auto *dialog = new AddTasksDialog(q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &AddTasksDialog::textAccepted, q,
                     [this](const QString &text) { q->addFromText(text, Source::Dialog); });
    dialog->open();
}

void MainWindow::Private::onImportTasks()
{
    auto *dialog = new ImportDialog(monitor, q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ImportDialog::imported, q, [this](const Monitor::AddResult &result) {
        reportAdded(result, Source::Dialog, {});
    });
    dialog->open();
}

void MainWindow::Private::onPaste()
{
    q->addFromMimeData(QGuiApplication::clipboard()->mimeData(), Source::Paste);
}

void MainWindow::Private::onDownloadSelected()
{
    q->download(q->selectedIds());
}

void MainWindow::Private::onDownloadCompleted()
{
    QStringList ids;
    for (const QString &id : monitor->ids()) {
        if (!OutputSaver::unsavedOutputs(*monitor->task(id)).isEmpty())
            ids.append(id);
    }
    q->download(ids);
}

void MainWindow::Private::onSaveExpiring()
{
    expiry->evaluate();
    q->download(expiry->atRisk());
}

void MainWindow::Private::onExpiryChanged()
{
    status->setExpiring(expiry->count());
    saveExpiring->setEnabled(expiry->count() > 0);
}

void MainWindow::Private::onShowInFolder()
{
    QString folder = settings->downloadFolder();
    for (const QString &id : q->selectedIds()) {
        const QStringList paths = model->download(id).paths;
        if (!paths.isEmpty()) {
            folder = QFileInfo(paths.first()).absolutePath();
            break;
        }
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void MainWindow::Private::onCheckNow()
{
    for (const QString &id : q->selectedIds())
        monitor->checkNow(id);
}

void MainWindow::Private::onPauseResume()
{
    const QStringList ids = q->selectedIds();
    const bool allPaused = std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return monitor->task(id)->state == TaskState::Paused;
    });
    for (const QString &id : ids) {
        if (allPaused)
            monitor->resume(id);
        else
            monitor->pause(id);
    }
    updateActions();
}

void MainWindow::Private::onRemove()
{
    const QStringList ids = q->selectedIds();
    if (ids.isEmpty())
        return;
    for (const QString &id : ids)
        thumbnailer->forget(id);
    monitor->remove(ids);
    showMessage(tr("%n task(s) removed.", "", int(ids.size())));
}

void MainWindow::Private::onCopyIds()
{
    const QStringList ids = q->selectedIds();
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::Private::onOpenPreview()
{
    if (!togglePreview->isChecked())
        togglePreview->trigger();
    updatePreview();
    preview->setFocus(Qt::OtherFocusReason);
}

void MainWindow::Private::onSelectAll()
{
    view->selectAll();
}

void MainWindow::Private::onSettings()
{
    auto *dialog =
        new SettingsDialog(settings, credentials, network, monitor->client()->baseUrl(), q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &SettingsDialog::apiKeyChanged, q,
                     [this](const QString &key) { useKey(key); });
    QObject::connect(dialog, &QDialog::accepted, q, [this] { applySettings(); });
    dialog->open();
}

void MainWindow::Private::onTogglePreview()
{
    preview->setVisible(togglePreview->isChecked());
}

void MainWindow::Private::onQuit()
{
    q->close();
}

void MainWindow::Private::onAbout()
{
    QMessageBox::about(
        q, tr("About %1").arg(QApplication::applicationDisplayName()),
        tr("<p><b>%1</b> %2</p><p>Watches WaveSpeedAI prediction tasks and saves their "
           "outputs.</p><p>MIT licence. Built with Qt %3 and QtKeychain.</p>")
            .arg(QApplication::applicationDisplayName().toHtmlEscaped(),
                 QApplication::applicationVersion().toHtmlEscaped(), QLatin1String(qVersion())));
}

void MainWindow::Private::updateActions()
{
    const QStringList ids = q->selectedIds();
    bool anyCompleted = false;
    bool anyUnfinished = false;
    bool allPaused = !ids.isEmpty();
    bool anySaved = false;
    for (const QString &id : ids) {
        const Task *task = monitor->task(id);
        if (!task)
            continue;
        anyCompleted |= task->state == TaskState::Completed && !task->outputs.isEmpty();
        anyUnfinished |= !task->isFinished();
        allPaused &= task->state == TaskState::Paused;
        anySaved |= model->download(id).state == TaskModel::Download::State::Saved;
    }
    downloadSelected->setEnabled(anyCompleted);
    showInFolder->setEnabled(anySaved);
    checkNow->setEnabled(anyUnfinished);
    pauseResume->setEnabled(anyUnfinished);
    pauseResume->setText(allPaused ? tr("Res&ume") : tr("Pa&use"));
    remove->setEnabled(!ids.isEmpty());
    copyIds->setEnabled(!ids.isEmpty());
    openPreview->setEnabled(!ids.isEmpty());
    updateExportActions();
}
