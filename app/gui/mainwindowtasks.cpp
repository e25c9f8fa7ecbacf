// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "mainwindow_p.h"

#include "addtasksdialog.h"
#include "api/apiclient.h"
#include "api/apienvelope.h"
#include "demotasks.h"
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

Monitor::AddResult MainWindow::addFromText(const QString &text, Source source)
{
    const QStringList ids = TaskId::extract(text);
    const Monitor::AddResult result = d->monitor->add(ids);
    d->reportAdded(result, source, {});
    return result;
}

void MainWindow::addFromMimeData(const QMimeData *mime, Source source)
{
    const TaskInput input = TaskInput::fromMimeData(mime);
    const Monitor::AddResult result = d->monitor->add(TaskId::extract(input.text));
    d->reportAdded(result, source, input.problems);
}

void MainWindow::addFromArguments(const QStringList &arguments)
{
    const TaskInput input = TaskInput::fromArguments(arguments);
    const Monitor::AddResult result = d->monitor->add(TaskId::extract(input.text));
    d->reportAdded(result, Source::CommandLine, input.problems);
}

void MainWindow::Private::reportAdded(const Monitor::AddResult &result, Source source,
                                      const QStringList &problems)
{
    const int added = int(result.added.size());
    const int known = int(result.alreadyWatched.size());
    QStringList parts;
    if (added == 0 && known == 0) {
        switch (source) {
        case Source::Drop:
            parts.append(tr("No task IDs found in the dropped text."));
            break;
        case Source::Paste:
            parts.append(tr("No task IDs found in the clipboard."));
            break;
        case Source::Dialog:
        case Source::CommandLine:
            parts.append(tr("No task IDs found in the text."));
            break;
        }
    } else {
        QStringList counts;
        if (added)
            counts.append(tr("%n task(s) added", "", added));
        if (known)
            counts.append(tr("%n already watched", "tasks", known));
        parts.append(counts.join(QStringLiteral(", ")));
    }
    parts.append(problems);
    showMessage(parts.join(QLatin1Char(' ')));

    if (added > 0) {
        // Show the first new task, so that the user sees where it went.
        const int row = model->row(result.added.first());
        const QModelIndex index = filter->mapFromSource(model->index(row, TaskModel::IdColumn));
        if (index.isValid())
            view->scrollTo(index);
    }
}

QStringList MainWindow::selectedIds() const
{
    return d->idsOf(d->view->selectionModel()->selectedRows(TaskModel::IdColumn));
}

QStringList MainWindow::Private::idsOf(const QModelIndexList &rows) const
{
    QStringList ids;
    for (const QModelIndex &index : rows)
        ids.append(index.data(TaskModel::TaskIdRole).toString());
    return ids;
}

QString MainWindow::Private::currentId() const
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(TaskModel::TaskIdRole).toString() : QString();
}

void MainWindow::download(const QStringList &ids)
{
    const QString folder = d->settings->downloadFolder();
    const int queued = int(d->saver->save(ids).size());
    if (queued > 0) {
        d->showMessage(tr("Saving the outputs of %n task(s) into %1", "", queued)
                           .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const bool anyOutputs = std::any_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        const Task *task = d->monitor->task(id);
        return task && task->state == TaskState::Completed && !task->outputs.isEmpty();
    });
    d->showMessage(anyOutputs ? tr("Nothing to save: every output is saved already.")
                              : tr("Nothing to save: only completed tasks have outputs."));
}

void MainWindow::Private::trackDownloads()
{
    QObject::connect(saver, &OutputSaver::started, q, [this](const QString &id, int count) {
        TaskModel::Download progress;
        progress.state = TaskModel::Download::State::Running;
        progress.total = count;
        model->setDownload(id, progress);
    });
    QObject::connect(downloader, &Downloader::progress, q,
                     [this](const QString &id, const QUrl &, qint64 received, qint64 total) {
                         TaskModel::Download progress = model->download(id);
                         progress.received = received;
                         progress.expected = total;
                         model->setDownload(id, progress);
                     });
    QObject::connect(downloader, &Downloader::saved, q,
                     [this](const QString &id, const QUrl &, const QString &path, qint64) {
                         TaskModel::Download progress = model->download(id);
                         ++progress.saved;
                         progress.paths.append(path);
                         progress.received = progress.expected = 0;
                         model->setDownload(id, progress);
                     });
    QObject::connect(downloader, &Downloader::failed, q,
                     [this](const QString &id, const QUrl &, const QString &error) {
                         TaskModel::Download progress = model->download(id);
                         progress.error = error;
                         model->setDownload(id, progress);
                     });
    QObject::connect(
        downloader, &Downloader::taskFinished, q, [this](const QString &id, bool allSaved) {
            TaskModel::Download progress = model->download(id);
            if (allSaved) {
                model->clearDownload(id); // the saved files speak for themselves now
            } else {
                progress.state = TaskModel::Download::State::Failed;
                model->setDownload(id, progress);
            }
            showMessage(allSaved
                            ? tr("Saved %n output(s) of %1.", "", progress.saved).arg(id)
                            : tr("Could not save every output of %1: %2").arg(id, progress.error));
            updateActions();
        });
}

void MainWindow::Private::onOutputActivated(const QModelIndex &index)
{
    const QString id = index.data(TaskModel::TaskIdRole).toString();
    switch (model->download(id).state) {
    case TaskModel::Download::State::Saved:
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        onShowInFolder();
        return;
    case TaskModel::Download::State::Running:
        return;
    case TaskModel::Download::State::None:
    case TaskModel::Download::State::Failed:
        q->download({id});
        return;
    }
}

void MainWindow::Private::onTaskChanged(const QString &id, Task::Fields fields)
{
    if (id == preview->taskId())
        preview->showTask(monitor->task(id));
    if (fields & Task::Field::State)
        updateActions();
}

void MainWindow::Private::onTaskFinished(const QString &id)
{
    const Task &task = *monitor->task(id);
    tray->taskEnded(task);

    // The demo shows a newcomer the first finished output without being asked.
    if (options.demo && task.state == TaskState::Completed &&
        !view->selectionModel()->hasSelection()) {
        const QModelIndex index =
            filter->mapFromSource(model->index(model->row(id), TaskModel::IdColumn));
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    }
}

void MainWindow::Private::updatePreview()
{
    const QString id = currentId();
    preview->showTask(id.isEmpty() ? nullptr : monitor->task(id));
}
