// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// Exporting tasks from the window: to a CSV or JSON file, or as a Markdown table to paste.
#include "mainwindow.h"
#include "mainwindow_p.h"

#include "settings/appsettings.h"
#include "taskmodel.h"
#include "tasks/taskexport.h"

#include <QAction>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTableView>

#include <algorithm>

namespace {

QString suffixOf(TaskExport::Format format)
{
    switch (format) {
    case TaskExport::Format::Csv:
        break;
    case TaskExport::Format::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("csv");
}

} // namespace

void MainWindow::Private::createExportActions()
{
    exportSelected =
        makeAction(tr("&Export Selected…"), tr("Save the selected tasks to a CSV or JSON file"), {},
                   QIcon::fromTheme(QStringLiteral("document-export")), &Private::onExportSelected);
    exportAll = makeAction(tr("Export A&ll…"), tr("Save every task to a CSV or JSON file"), {}, {},
                           &Private::onExportAll);
    copyMarkdown = makeAction(tr("Copy as &Markdown Table"),
                              tr("Copy the selected tasks, or every task when none is selected, "
                                 "as a Markdown table"),
                              {}, {}, &Private::onCopyMarkdown);

    auto *separator = new QAction(q);
    separator->setSeparator(true);
    view->addActions({separator, copyMarkdown, exportSelected});

    // Export All and Copy depend on whether there are tasks at all, not on the selection.
    QObject::connect(monitor, &Monitor::tasksAdded, q, [this] { updateExportActions(); });
    QObject::connect(monitor, &Monitor::tasksRemoved, q, [this] { updateExportActions(); });
}

void MainWindow::Private::updateExportActions()
{
    const bool anyTask = monitor->count() > 0;
    exportSelected->setEnabled(view->selectionModel()->hasSelection());
    exportAll->setEnabled(anyTask);
    copyMarkdown->setEnabled(anyTask);
}

void MainWindow::Private::onCopyMarkdown()
{
    const QStringList ids =
        view->selectionModel()->hasSelection() ? selectedIdsInViewOrder() : monitor->ids();
    const QList<Task> tasks = tasksOf(ids);
    if (tasks.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(TaskExport::toMarkdown(tasks));
    showMessage(tr("Copied %n task(s) as a Markdown table.", "", int(tasks.size())));
}

void MainWindow::Private::onExportSelected()
{
    exportTasks(selectedIdsInViewOrder());
}

void MainWindow::Private::onExportAll()
{
    exportTasks(monitor->ids());
}

// Asks where, without blocking the window; the format follows the file's extension, else the
// chosen filter.
void MainWindow::Private::exportTasks(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const QDir folder(settings->downloadFolder());
    const QString name =
        QStringLiteral("wavespeed-tasks-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));

    auto *dialog = new QFileDialog(q, tr("Export Tasks"),
                                   (folder.exists() ? folder : QDir::home()).filePath(name));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({csvFilter, jsonFilter});
    dialog->setDefaultSuffix(suffixOf(TaskExport::Format::Csv));
    // Qt's own dialog changes the proposed name's extension with the filter; a name typed
    // without one gets the filter's.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog,
                     [dialog, jsonFilter](const QString &nameFilter) {
                         dialog->setDefaultSuffix(suffixOf(nameFilter == jsonFilter
                                                               ? TaskExport::Format::Json
                                                               : TaskExport::Format::Csv));
                     });
    QObject::connect(dialog, &QFileDialog::fileSelected, q,
                     [this, dialog, ids, jsonFilter](const QString &path) {
                         const bool json = dialog->selectedNameFilter() == jsonFilter;
                         saveExport(path,
                                    TaskExport::formatOf(path).value_or(
                                        json ? TaskExport::Format::Json : TaskExport::Format::Csv),
                                    ids);
                     });
    dialog->open();
}

void MainWindow::Private::saveExport(const QString &path, TaskExport::Format format,
                                     const QStringList &ids)
{
    const QList<Task> tasks = tasksOf(ids);

    QString error;
    if (!TaskExport::writeFile(path, TaskExport::encode(tasks, format), &error)) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, q);
        box->setObjectName(QStringLiteral("exportFailed"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    showMessage(
        tr("Exported %n task(s) to %1", "", int(tasks.size())).arg(QDir::toNativeSeparators(path)));
}

// The selected tasks from top to bottom as the table shows them, not in the order of clicks.
QStringList MainWindow::Private::selectedIdsInViewOrder() const
{
    QModelIndexList rows = view->selectionModel()->selectedRows(TaskModel::IdColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return idsOf(rows);
}

// Tasks removed in the meantime, while a dialog was open, are left out.
QList<Task> MainWindow::Private::tasksOf(const QStringList &ids) const
{
    QList<Task> tasks;
    for (const QString &id : ids) {
        if (const Task *task = monitor->task(id))
            tasks.append(*task);
    }
    return tasks;
}
