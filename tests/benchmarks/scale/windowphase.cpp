// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "windowphase.h"

#include "burstphase.h"
#include "eventwait.h"
#include "mainwindow.h"
#include "media/thumbnailer.h"
#include "phaseresults.h"
#include "processstats.h"
#include "scaleoptions.h"
#include "stallprobe.h"
#include "taskfiltermodel.h"
#include "taskmodel.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"
#include "windowprobes.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <chrono>
#include <cstdio>

using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

constexpr auto PaintTimeout = 60s;
constexpr auto ThumbnailTimeout = 60s;
constexpr auto SettleTimeout = 120s;
constexpr auto SettlePoll = 100ms;
constexpr auto ScrollStep = 40ms; // a scroll bar dragged through the list in about 2.5 s
constexpr int ScrollSteps = 60;
constexpr auto AfterClick = 400ms;  // a user looks at the sorted table before the next click
constexpr auto BetweenKeys = 150ms; // typing speed
constexpr double NanosecondsPerMs = 1e6;

void fail(const char *message)
{
    std::fprintf(stderr, "scale: %s\n", message);
}

// The user looks at the top of the list, then drags the scroll bar down and stops halfway.
void runThumbnailsAndMemory(MainWindow &window)
{
    int dropped = 0;
    if (auto *thumbnailer = window.findChild<Thumbnailer *>())
        QObject::connect(thumbnailer, &Thumbnailer::dropped, &window, [&] { ++dropped; });
    QElapsedTimer clock;
    clock.start();
    if (!waitUntil([&] { return WindowProbes::visibleThumbnailsSettled(window); },
                   ThumbnailTimeout))
        fail("the visible thumbnails did not load");
    PhaseResults::report(QStringLiteral("visible_thumbnails_ms"),
                         clock.nsecsElapsed() / NanosecondsPerMs);

    QScrollBar *bar = window.view()->verticalScrollBar();
    for (int step = 1; step <= ScrollSteps; ++step) {
        bar->setValue(bar->maximum() * step / ScrollSteps);
        spin(ScrollStep);
    }
    bar->setValue(bar->maximum() / 2);
    if (!waitUntil([&] { return WindowProbes::visibleThumbnailsSettled(window); },
                   ThumbnailTimeout))
        fail("the thumbnails where the scrolling stopped did not load");

    // Whatever was asked for while scrolling past has its time to finish or be dropped.
    // Counting walks every row: now and then, not at every turn of the event loop.
    clock.restart();
    while (WindowProbes::thumbnailCounts(window).loading > 0 &&
           milliseconds(clock.elapsed()) < SettleTimeout)
        spin(SettlePoll);
    const WindowProbes::ThumbnailCounts counts = WindowProbes::thumbnailCounts(window);
    PhaseResults::report(QStringLiteral("thumbnails_settle_ms"),
                         clock.nsecsElapsed() / NanosecondsPerMs);
    PhaseResults::report(QStringLiteral("thumbnails_asked"), counts.asked);
    PhaseResults::report(QStringLiteral("thumbnails_ready"), counts.ready);
    PhaseResults::report(QStringLiteral("thumbnails_loading"), counts.loading);
    PhaseResults::report(QStringLiteral("thumbnails_unavailable"), counts.unavailable);
    PhaseResults::report(QStringLiteral("thumbnails_dropped"), dropped);
    PhaseResults::report(QStringLiteral("visible_rows"),
                         WindowProbes::visibleRows(window.view()).size());
    PhaseResults::report(QStringLiteral("rss_kb"),
                         double(ProcessStats::residentKilobytes().value_or(0)));
    PhaseResults::report(QStringLiteral("peak_rss_kb"),
                         double(ProcessStats::peakResidentKilobytes().value_or(0)));
}

void clickHeader(QTableView *view, int column, StallProbe &probe)
{
    QHeaderView *header = view->horizontalHeader();
    const QString name = view->model()->headerData(column, Qt::Horizontal).toString();
    probe.begin(QStringLiteral("sort by %1").arg(name));
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
    spin(AfterClick);
}

void type(QLineEdit *edit, const QString &text, StallProbe &probe)
{
    for (int at = 1; at <= text.size(); ++at) {
        probe.begin(QStringLiteral("type \"%1\"").arg(text.left(at)));
        QTest::keyClick(edit, text.at(at - 1).toLatin1());
        spin(BetweenKeys);
    }
    for (int at = int(text.size()) - 1; at >= 0; --at) {
        probe.begin(QStringLiteral("erase to \"%1\"").arg(text.left(at)));
        QTest::keyClick(edit, Qt::Key_Backspace);
        spin(BetweenKeys);
    }
}

void runSortAndFilter(MainWindow &window, StallProbe &probe)
{
    QTableView *view = window.view();
    view->verticalScrollBar()->setValue(0);
    probe.start(QStringLiteral("idle, every task ended"));
    spin(AfterClick);
    for (int column : {TaskModel::StatusColumn, TaskModel::CreatedColumn, TaskModel::ModelColumn,
                       TaskModel::IdColumn, TaskModel::InferenceColumn, TaskModel::ErrorColumn,
                       TaskModel::CreatedColumn})
        clickHeader(view, column, probe);
    probe.stop();
    PhaseResults::reportStall(QStringLiteral("sort_stall"), probe.longest());

    QLineEdit *search = WindowProbes::searchBox(window);
    if (!search) {
        fail("no search box in the window");
        return;
    }
    // Part of an ID a user copied from somewhere, then a model's name.
    const QString id =
        view->model()->index(view->model()->rowCount() / 2, TaskModel::IdColumn).data().toString();
    probe.start(QStringLiteral("idle before typing"));
    search->setFocus();
    spin(BetweenKeys);
    type(search, id.left(4), probe);
    type(search, QStringLiteral("flux"), probe);
    if (QComboBox *states = WindowProbes::stateFilterBox(window)) {
        using Filter = TaskFilterModel::StateFilter;
        for (const Filter shown : {Filter::Completed, Filter::Unsuccessful, Filter::All}) {
            const int index = states->findData(int(shown));
            probe.begin(QStringLiteral("show %1").arg(states->itemText(index)));
            states->setCurrentIndex(index);
            spin(AfterClick);
        }
    }
    probe.stop();
    PhaseResults::reportStall(QStringLiteral("filter_stall"), probe.longest());
    PhaseResults::report(QStringLiteral("rows_after_filters"), view->model()->rowCount());
}

} // namespace

int runWindowPhase(const ScaleOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window(WindowProbes::options(options));
    // Checks wait until the burst: at most one a second until then.
    window.monitor()->gate()->setMaxInFlight(1);
    window.monitor()->gate()->setMaxPerSecond(1);
    PaintWatcher painted(window.view(), clock);
    window.resize(WindowProbes::WindowWidth, WindowProbes::WindowHeight);
    window.show();
    if (!waitUntil([&] { return painted.firstPaintNs().has_value(); }, PaintTimeout)) {
        fail("the table was never painted with tasks");
        return 1;
    }
    PhaseResults::report(QStringLiteral("startup_ms"), *painted.firstPaintNs() / NanosecondsPerMs);

    StallProbe probe;
    const bool pacedRight = Bursts::runPaced(window, probe);
    if (!Bursts::runNetwork(window, options, probe))
        return 1;
    if (!pacedRight)
        fail("a row did not show its new state after a paced burst");
    runThumbnailsAndMemory(window);
    runSortAndFilter(window, probe);
    return 0;
}
