// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "burstphase.h"

#include "eventwait.h"
#include "mainwindow.h"
#include "phaseresults.h"
#include "processstats.h"
#include "scaleoptions.h"
#include "stallprobe.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"
#include "windowprobes.h"

#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

constexpr auto QuietSpell = 2s;    // running tasks, their running time refreshed each second
constexpr auto PacedSpan = 1000ms; // every task changes state within this
constexpr auto PacedTimeout = 30s;
constexpr auto NetworkTimeout = 120s;
constexpr auto BurstMargin = 300ms; // after the simulated tasks end, before the gate opens
constexpr auto AfterBurst = 500ms;  // the last flush, write and repaint stay under the probe
constexpr int BurstInFlight = 32;
constexpr double NanosecondsPerSecond = 1e9;
constexpr double NanosecondsPerMs = 1e6;

QHash<QString, TaskState> readEnds(const QString &path)
{
    QHash<QString, TaskState> ends;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return ends;
    while (!file.atEnd()) {
        const QList<QByteArray> parts = file.readLine().trimmed().split(' ');
        if (parts.size() == 2)
            ends.insert(QString::fromLatin1(parts.at(0)),
                        parts.at(1) == "failed" ? TaskState::Failed : TaskState::Completed);
    }
    return ends;
}

// Acts on every task, spread evenly over PacedSpan: at each firing of a 1 ms timer, on as many
// as are due by then. Returns how long it took.
qint64 paced(const QStringList &ids, const std::function<void(const QString &)> &act)
{
    QElapsedTimer clock;
    qsizetype next = 0;
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    pacer.setInterval(1ms);
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        const qint64 span = duration_cast<nanoseconds>(PacedSpan).count();
        const qsizetype due =
            std::min<qsizetype>(ids.size(), clock.nsecsElapsed() * ids.size() / span + 1);
        while (next < due)
            act(ids.at(next++));
        if (next == ids.size())
            pacer.stop();
    });
    clock.start();
    pacer.start();
    waitUntil([&] { return next == ids.size(); }, PacedTimeout);
    return clock.nsecsElapsed();
}

bool pacedBurst(MainWindow &window, StallProbe &probe, const QString &key, const QString &name,
                const std::function<void(const QString &)> &act,
                const std::function<bool(TaskState)> &expected)
{
    const QHash<QString, QString> before = WindowProbes::statusTexts(window);
    probe.start(name);
    const qint64 tookNs = paced(window.monitor()->ids(), act);
    spin(AfterBurst);
    probe.stop();

    const WindowProbes::RowCheck rows = WindowProbes::checkRows(
        window, [&](const QString &id, TaskState state, const QString &text) {
            return expected(state) && !text.isEmpty() && text != before.value(id);
        });
    const int tasks = window.monitor()->count();
    PhaseResults::reportStall(key + QStringLiteral("_stall"), probe.longest());
    PhaseResults::report(key + QStringLiteral("_seconds"), tookNs / NanosecondsPerSecond);
    PhaseResults::report(key + QStringLiteral("_rows_right"), rows.right);
    PhaseResults::report(key + QStringLiteral("_rows_wrong"), tasks - rows.right);
    return rows.right == tasks;
}

} // namespace

bool Bursts::runPaced(MainWindow &window, StallProbe &probe)
{
    Monitor *monitor = window.monitor();
    probe.start(QStringLiteral("idle, every task running"));
    spin(QuietSpell);
    probe.stop();
    PhaseResults::reportStall(QStringLiteral("idle_stall"), probe.longest());

    const bool paused = pacedBurst(
        window, probe, QStringLiteral("pause"), QStringLiteral("pause every task"),
        [monitor](const QString &id) { monitor->pause(id); },
        [](TaskState state) { return state == TaskState::Paused; });
    const bool resumed = pacedBurst(
        window, probe, QStringLiteral("resume"), QStringLiteral("resume every task"),
        [monitor](const QString &id) { monitor->resume(id); },
        [](TaskState state) { return !Task::isTerminal(state) && state != TaskState::Paused; });
    return paused && resumed;
}

bool Bursts::runNetwork(MainWindow &window, const ScaleOptions &options, StallProbe &probe)
{
    const QHash<QString, TaskState> ends = readEnds(options.taskFile);
    Monitor *monitor = window.monitor();
    const QDateTime openAt =
        QDateTime::fromMSecsSinceEpoch(options.burstAtMs, Qt::UTC).addMSecs(BurstMargin.count());
    if (QDateTime::currentDateTimeUtc() > openAt)
        std::fputs("scale: the simulated tasks ended before the paced bursts were over\n", stderr);
    while (QDateTime::currentDateTimeUtc() < openAt)
        spin(milliseconds(std::max<qint64>(1, QDateTime::currentDateTimeUtc().msecsTo(openAt))));

    // A task or two may have been answered, one a second, since the simulated tasks ended.
    QHash<QString, TaskState> statesBefore;
    for (const QString &id : monitor->ids())
        statesBefore.insert(id, monitor->task(id)->state);
    const QHash<QString, QString> before = WindowProbes::statusTexts(window);
    int finished = 0;
    QElapsedTimer clock;
    qint64 lastFinishNs = 0;
    const auto finishing =
        QObject::connect(monitor, &Monitor::taskFinished, &window, [&](const QString &) {
            ++finished;
            lastFinishNs = clock.nsecsElapsed();
        });

    const qint64 cpuBefore = ProcessStats::cpuNanoseconds();
    const std::optional<qint64> simulatorBefore =
        ProcessStats::cpuNanosecondsOf(options.simulatorPid);
    probe.start(QStringLiteral("tasks ending"));
    clock.start();
    monitor->gate()->setMaxInFlight(BurstInFlight);
    monitor->gate()->setMaxPerSecond(options.tasks);
    const bool allEnded =
        waitUntil([&] { return monitor->unfinishedCount() == 0; }, NetworkTimeout);
    const qint64 cpuNs = ProcessStats::cpuNanoseconds() - cpuBefore;
    const std::optional<qint64> simulatorAfter =
        ProcessStats::cpuNanosecondsOf(options.simulatorPid);
    spin(AfterBurst);
    probe.stop();
    QObject::disconnect(finishing);

    const WindowProbes::RowCheck rows = WindowProbes::checkRows(
        window, [&](const QString &id, TaskState state, const QString &text) {
            const bool changed = text != before.value(id) || statesBefore.value(id) == state;
            return ends.contains(id) && state == ends.value(id) && !text.isEmpty() && changed;
        });
    PhaseResults::reportStall(QStringLiteral("network_stall"), probe.longest());
    PhaseResults::report(QStringLiteral("network_seconds"), lastFinishNs / NanosecondsPerSecond);
    PhaseResults::report(QStringLiteral("network_finished"), finished);
    PhaseResults::report(QStringLiteral("network_finished_before"), monitor->count() - finished);
    PhaseResults::report(QStringLiteral("network_cpu_ms"), cpuNs / NanosecondsPerMs);
    PhaseResults::report(QStringLiteral("network_in_flight"), BurstInFlight);
    if (simulatorBefore && simulatorAfter)
        PhaseResults::report(QStringLiteral("network_simulator_cpu_ms"),
                             (*simulatorAfter - *simulatorBefore) / NanosecondsPerMs);
    PhaseResults::report(QStringLiteral("network_rows_right"), rows.right);
    PhaseResults::report(QStringLiteral("network_rows_wrong"), int(ends.size()) - rows.right);
    if (!allEnded)
        std::fputs("scale: not every task ended in the burst\n", stderr);
    return allEnded;
}
