// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "windowload.h"

#include "api/apiclient.h"
#include "media/thumbnailer.h"
#include "stallprobe.h"
#include "taskfiltermodel.h"
#include "taskmodel.h"
#include "tasks/monitor.h"
#include "thumbnaildelegate.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace {

constexpr QSize WindowSize{1100, 760};
constexpr double StallTargetMs = 16.0;
constexpr double Percentile = 0.99;

QList<Task> completedTasks(const QList<QUrl> &outputs, int count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Task> tasks;
    for (int i = 0; i < count; ++i) {
        Task task;
        task.id = QStringLiteral("photo%1").arg(i, 3, 10, QLatin1Char('0'));
        task.state = TaskState::Completed;
        task.status = QStringLiteral("completed");
        task.model = QStringLiteral("wavespeed-ai/flux-dev");
        task.kind = TaskKind::Image;
        task.createdAt = now.addSecs(-60 - i);
        task.addedAt = task.createdAt;
        task.finishedAt = now.addSecs(-i);
        task.inferenceMs = 1500 + i;
        if (i < outputs.size()) {
            task.outputs = {outputs.at(i)};
            task.nsfw = {false};
        }
        tasks.append(task);
    }
    return tasks;
}

// What MainWindow::Private::createViews() sets up for the table, less the actions.
std::unique_ptr<QTableView> tableView(QAbstractItemModel *model, Thumbnailer *thumbnailer)
{
    auto view = std::make_unique<QTableView>();
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(Thumbnailer::Edge / 2 + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(TaskModel::PreviewColumn, Thumbnailer::Edge / 2 + 24);
    view->setColumnWidth(TaskModel::IdColumn, 130);
    view->setColumnWidth(TaskModel::ModelColumn, 170);
    view->setColumnWidth(TaskModel::StatusColumn, 120);
    view->setItemDelegateForColumn(TaskModel::PreviewColumn,
                                   new ThumbnailDelegate(thumbnailer, view.get()));
    view->resize(WindowSize);
    return view;
}

struct Scene
{
    QNetworkAccessManager network;
    Monitor monitor{&network};
    std::unique_ptr<Thumbnailer> thumbnailer;
    std::unique_ptr<TaskModel> model;
    TaskFilterModel filter;
    std::unique_ptr<QTableView> view;

    Scene(const QUrl &apiBase, bool withThumbnails)
    {
        monitor.client()->setBaseUrl(apiBase); // nothing may leave this machine
        if (withThumbnails)
            thumbnailer = std::make_unique<Thumbnailer>(&network);
        model = std::make_unique<TaskModel>(&monitor, thumbnailer.get());
        filter.setSourceModel(model.get());
        view = tableView(&filter, thumbnailer.get());
    }
};

// Scrolls a page at a time, from the top to the bottom, painting each page as it comes.
void scrollToBottom(QTableView *view, QTimer *timer)
{
    QObject::connect(timer, &QTimer::timeout, view, [view, timer] {
        QScrollBar *bar = view->verticalScrollBar();
        if (bar->value() >= bar->maximum()) {
            timer->stop();
            return;
        }
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint(); // every page is seen, even when the thread was held up
    });
    timer->start(WindowLoad::ScrollEvery);
}

void takeProbe(WindowLoad &result, const StallProbe &probe)
{
    result.longestStallMs = probe.longestMs();
    result.longestAtMs = probe.longestAtMs();
    result.p99Ms = probe.percentileMs(Percentile);
    result.over16 = probe.countOver(StallTargetMs);
    result.firings = probe.firings();
}

} // namespace

WindowLoad WindowLoad::run(const QList<QUrl> &outputs, const QUrl &apiBase,
                           const QString &cacheDirectory)
{
    Scene scene(apiBase, true);
    scene.thumbnailer->setCacheDirectory(cacheDirectory);
    scene.monitor.restore(completedTasks(outputs, int(outputs.size())));

    WindowLoad result;
    QSet<QString> done;
    QEventLoop loop;
    const auto count = [&](const QString &taskId) {
        done.insert(taskId);
        if (done.size() == outputs.size())
            loop.quit();
    };
    QObject::connect(scene.thumbnailer.get(), &Thumbnailer::ready, &loop, count);
    QObject::connect(scene.thumbnailer.get(), &Thumbnailer::unavailable, &loop,
                     [&](const QString &taskId, const QString &error) {
                         if (result.firstError.isEmpty())
                             result.firstError = error;
                         count(taskId);
                     });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });

    StallProbe probe;
    QTimer scroller;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    scene.view->show();
    scrollToBottom(scene.view.get(), &scroller);
    deadline.start(Deadline);
    loop.exec();
    result.seconds = double(clock.elapsed()) / 1000.0;
    probe.stop();

    takeProbe(result, probe);
    for (const QString &taskId : scene.monitor.ids()) {
        switch (scene.thumbnailer->state(taskId)) {
        case Thumbnailer::State::Ready:
            ++result.ready;
            break;
        case Thumbnailer::State::Unavailable:
            ++result.unavailable;
            break;
        case Thumbnailer::State::Loading:
            ++result.stillLoading;
            break;
        case Thumbnailer::State::None:
            ++result.neverAsked;
            break;
        }
    }
    return result;
}

WindowLoad WindowLoad::idle(int taskCount, const QUrl &apiBase, std::chrono::milliseconds length)
{
    Scene scene(apiBase, false);
    scene.monitor.restore(completedTasks({}, taskCount));

    WindowLoad result;
    StallProbe probe;
    QTimer scroller;
    QEventLoop loop;
    QTimer::singleShot(length, &loop, &QEventLoop::quit);
    probe.start();
    scene.view->show();
    scrollToBottom(scene.view.get(), &scroller);
    loop.exec();
    probe.stop();
    takeProbe(result, probe);
    result.seconds = double(length.count()) / 1000.0;
    return result;
}
