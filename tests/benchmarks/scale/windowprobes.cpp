// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "windowprobes.h"

#include "media/thumbnailer.h"
#include "scaleoptions.h"
#include "taskmodel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <cstdio>

MainWindow::Options WindowProbes::options(const ScaleOptions &scale)
{
    const QDir work(scale.workDir);
    MainWindow::Options options;
    options.storePath = scale.store;
    options.settingsFile = work.filePath(QStringLiteral("settings.ini"));
    options.thumbnailCache = work.filePath(QStringLiteral("thumbnails"));
    options.apiBase = scale.apiBase;
    options.apiKey = scale.apiKey;
    return options;
}

QLineEdit *WindowProbes::searchBox(const MainWindow &window)
{
    const QList<QLineEdit *> edits = window.findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == MainWindow::tr("Search tasks"))
            return edit;
    }
    return nullptr;
}

QComboBox *WindowProbes::stateFilterBox(const MainWindow &window)
{
    const QList<QComboBox *> boxes = window.findChildren<QComboBox *>();
    for (QComboBox *box : boxes) {
        if (box->accessibleName() == MainWindow::tr("Show tasks by state"))
            return box;
    }
    return nullptr;
}

QList<int> WindowProbes::visibleRows(const QTableView *view)
{
    QList<int> rows;
    const int first = view->rowAt(0);
    if (first < 0)
        return rows;
    const int height = view->viewport()->height();
    for (int row = first; row < view->model()->rowCount(); ++row) {
        if (view->rowViewportPosition(row) >= height)
            break;
        rows.append(row);
    }
    return rows;
}

WindowProbes::ThumbnailCounts WindowProbes::thumbnailCounts(const MainWindow &window)
{
    ThumbnailCounts counts;
    const TaskModel *model = window.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TaskModel::PreviewColumn);
        switch (Thumbnailer::State(index.data(TaskModel::ThumbnailStateRole).toInt())) {
        case Thumbnailer::State::None:
            continue;
        case Thumbnailer::State::Loading:
            ++counts.loading;
            break;
        case Thumbnailer::State::Ready:
            ++counts.ready;
            break;
        case Thumbnailer::State::Unavailable:
            ++counts.unavailable;
            break;
        }
        ++counts.asked;
    }
    return counts;
}

WindowProbes::RowCheck
WindowProbes::checkRows(const MainWindow &window,
                        const std::function<bool(const QString &, TaskState, const QString &)> &ok)
{
    constexpr int PrintedWrongRows = 3;
    RowCheck check;
    const QAbstractItemModel *shown = window.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex status = shown->index(row, TaskModel::StatusColumn);
        const QString id = status.data(TaskModel::TaskIdRole).toString();
        const QString text = status.data().toString();
        if (ok(id, TaskState(status.data(TaskModel::StateRole).toInt()), text)) {
            ++check.right;
            continue;
        }
        if (++check.wrong <= PrintedWrongRows)
            std::fprintf(stderr, "scale: row %d (%s) shows \"%s\"\n", row, qPrintable(id),
                         qPrintable(text));
    }
    return check;
}

QHash<QString, QString> WindowProbes::statusTexts(const MainWindow &window)
{
    QHash<QString, QString> texts;
    const QAbstractItemModel *shown = window.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex status = shown->index(row, TaskModel::StatusColumn);
        texts.insert(status.data(TaskModel::TaskIdRole).toString(), status.data().toString());
    }
    return texts;
}

bool WindowProbes::visibleThumbnailsSettled(const MainWindow &window)
{
    const QTableView *view = window.view();
    const QList<int> rows = visibleRows(view);
    for (int row : rows) {
        const QModelIndex index = view->model()->index(row, TaskModel::PreviewColumn);
        if (TaskState(index.data(TaskModel::StateRole).toInt()) != TaskState::Completed ||
            index.data(TaskModel::FirstOutputRole).toUrl().isEmpty())
            continue;
        const auto state = Thumbnailer::State(index.data(TaskModel::ThumbnailStateRole).toInt());
        if (state != Thumbnailer::State::Ready && state != Thumbnailer::State::Unavailable)
            return false;
    }
    return !rows.isEmpty();
}

PaintWatcher::PaintWatcher(QTableView *view, const QElapsedTimer &clock)
    : QObject(view)
    , m_view(view)
    , m_clock(clock)
{
    view->viewport()->installEventFilter(this);
}

bool PaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || watched != m_view->viewport())
        return false;
    ++m_paints;
    if (m_firstPaintNs || m_waitingForEnd)
        return false;

    // Real rows: the top one holds a task's ID.
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    if (!top.isValid() || top.data(TaskModel::TaskIdRole).toString().isEmpty())
        return false;
    // The paint runs after this filter; a zero timer fires once it and the flush are done.
    m_waitingForEnd = true;
    QTimer::singleShot(0, this, [this] { m_firstPaintNs = m_clock.nsecsElapsed(); });
    return false;
}
