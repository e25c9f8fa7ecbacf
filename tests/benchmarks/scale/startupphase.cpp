// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "startupphase.h"

#include "eventwait.h"
#include "mainwindow.h"
#include "phaseresults.h"
#include "processstats.h"
#include "scaleoptions.h"
#include "taskfiltermodel.h"
#include "windowprobes.h"

#include <QElapsedTimer>
#include <QTableView>

#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

namespace {
constexpr auto PaintTimeout = 60s;
constexpr double NanosecondsPerMs = 1e6;
} // namespace

int runStartupPhase(const ScaleOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window(WindowProbes::options(options));
    const qint64 constructedNs = clock.nsecsElapsed();
    PaintWatcher painted(window.view(), clock);
    window.resize(WindowProbes::WindowWidth, WindowProbes::WindowHeight);
    window.show();

    if (!waitUntil([&] { return painted.firstPaintNs().has_value(); }, PaintTimeout)) {
        std::fputs("scale: the table was never painted with tasks\n", stderr);
        return 1;
    }

    PhaseResults::report(QStringLiteral("startup_ms"), *painted.firstPaintNs() / NanosecondsPerMs);
    PhaseResults::report(QStringLiteral("constructed_ms"), constructedNs / NanosecondsPerMs);
    PhaseResults::report(QStringLiteral("rows"), window.filterModel()->rowCount());
    PhaseResults::report(QStringLiteral("rss_kb"),
                         double(ProcessStats::residentKilobytes().value_or(0)));
    return 0;
}
