// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "driver.h"

#include "phaseresults.h"
#include "tasks/taskstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

namespace {

const QString SimulatorKey = QStringLiteral("test-key-not-secret");
constexpr auto ChildTimeout = 600s;
constexpr double StartupTargetMs = 1000;
constexpr double MemoryTargetMb = 200;
constexpr double BurstStallTargetMs = 50;
constexpr double SortFilterTargetMs = 100;
constexpr double EngineTargetRatio = 1.5;
constexpr qint64 BurstLeadMs = 15000; // for the window child to start and settle
constexpr double KilobytesPerMegabyte = 1024;

void say(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("scale: ") + line + QLatin1Char('\n')), stderr);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 1 : 0);
}

QString count(double value)
{
    return QLocale(QLocale::English).toString(qint64(value));
}

} // namespace

ScaleDriver::ScaleDriver(const ScaleOptions &options)
    : m_options(options)
{
    m_work.setAutoRemove(!options.keepFiles);
}

int ScaleDriver::run()
{
    const bool ran = prepare() &&
                     measureStartup(QStringLiteral("finished"),
                                    m_work.filePath(QStringLiteral("finished.sqlite"))) &&
                     measureStartup(QStringLiteral("running"),
                                    m_work.filePath(QStringLiteral("running.sqlite"))) &&
                     measureEngine() && measureWindow();
    m_simulator.stop();
    if (!ran) {
        say(m_error);
        return 1;
    }

    std::fputs(qPrintable(m_report.text()), stdout);
    if (m_options.keepFiles)
        say(QStringLiteral("files kept in %1").arg(m_work.path()));
    return 0;
}

bool ScaleDriver::prepare()
{
    if (!m_work.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_work.errorString());
        return false;
    }
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        m_loadBefore = QString::fromLatin1(load.readAll().split(' ').mid(0, 3).join(' '));
    if (!m_simulator.start(m_options.simulatorProgram, SimulatorKey, &m_error))
        return false;
    m_options.apiBase = m_simulator.apiBase();
    m_options.apiKey = SimulatorKey;
    m_seeder.emplace(&m_network, m_options.apiBase, SimulatorKey);

    say(QStringLiteral("simulator at %1 (pid %2); submitting %3 finished and %3 running tasks")
            .arg(m_options.apiBase.toString())
            .arg(m_simulator.pid())
            .arg(m_options.tasks));
    QElapsedTimer clock;
    clock.start();
    const auto finished =
        m_seeder->submit(m_options.tasks, TaskSeeder::Kind::Finished, {}, &m_error);
    if (!finished)
        return false;
    m_submitSecondsPerTask = clock.elapsed() / 1000.0 / m_options.tasks;
    const auto running = m_seeder->submit(m_options.tasks, TaskSeeder::Kind::Running, {}, &m_error);
    return running &&
           fillStore(m_work.filePath(QStringLiteral("finished.sqlite")), finished->tasks) &&
           fillStore(m_work.filePath(QStringLiteral("running.sqlite")), running->tasks) &&
           writeTaskFile(m_work.filePath(QStringLiteral("running.txt")), *running);
}

bool ScaleDriver::fillStore(const QString &path, const QList<Task> &tasks)
{
    TaskStore store;
    if (!store.open(path, &m_error) || !store.save(tasks)) {
        m_error = QStringLiteral("could not fill %1: %2").arg(path, m_error);
        return false;
    }
    return true;
}

bool ScaleDriver::writeTaskFile(const QString &path, const TaskSeeder::Seeded &seeded)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_error = file.errorString();
        return false;
    }
    for (const Task &task : seeded.tasks)
        file.write(task.id.toLatin1() + ' ' +
                   Task::stateName(seeded.ends.value(task.id)).toLatin1() + '\n');
    return file.flush();
}

std::optional<QHash<QString, QString>> ScaleDriver::runChild(ScaleOptions child,
                                                             ScaleOptions::Phase phase)
{
    const auto results = PhaseResults::run(child.childArguments(phase), ChildTimeout, &m_error);
    return results;
}

bool ScaleDriver::measureStartup(const QString &label, const QString &store)
{
    QList<double> times;
    QString rows;
    for (int run = 0; run < m_options.runs; ++run) {
        // Each run opens its own copy, in a fresh process, as a user starting the app would.
        const QString folder = m_work.filePath(QStringLiteral("startup-%1-%2").arg(label).arg(run));
        ScaleOptions child = m_options;
        child.workDir = folder;
        child.store = QDir(folder).filePath(QStringLiteral("tasks.sqlite"));
        if (!QDir().mkpath(folder) || !QFile::copy(store, child.store)) {
            m_error = QStringLiteral("could not copy the task list into %1").arg(folder);
            return false;
        }
        const auto results = runChild(child, ScaleOptions::Phase::Startup);
        if (!results)
            return false;
        times.append(results->value(QStringLiteral("startup_ms")).toDouble());
        if (label == QLatin1String("finished"))
            m_startupRssKb =
                std::max(m_startupRssKb, results->value(QStringLiteral("rss_kb")).toDouble());
        rows = results->value(QStringLiteral("rows"));
        say(QStringLiteral("start-up with %1 %2 tasks: %3 ms")
                .arg(rows, label)
                .arg(times.last(), 0, 'f', 0));
    }

    QStringList each;
    for (double time : std::as_const(times))
        each.append(QString::number(time, 'f', 0));
    m_report.addRow(QStringLiteral("1. start-up, %1 %2 tasks restored from SQLite, median of %3")
                        .arg(count(rows.toDouble()), label)
                        .arg(times.size()),
                    ms(median(times)), QStringLiteral("<= %1").arg(ms(StartupTargetMs)),
                    median(times) <= StartupTargetMs);
    m_report.addNote(QStringLiteral("start-up runs with %1 tasks, ms: %2")
                         .arg(label, each.join(QStringLiteral(", "))));
    return true;
}

bool ScaleDriver::measureEngine()
{
    ScaleOptions child = m_options;
    child.taskFile = m_work.filePath(QStringLiteral("running.txt"));
    say(QStringLiteral("engine cost: %1 runs of %2 requests a side")
            .arg(m_options.runs)
            .arg(m_options.engineRequests));
    const auto results = runChild(child, ScaleOptions::Phase::Engine);
    if (!results)
        return false;

    m_bareWallUs = results->value(QStringLiteral("engine_bare_wall_us")).toDouble();
    const double ours = results->value(QStringLiteral("engine_gate_cpu_us")).toDouble();
    const double bare = results->value(QStringLiteral("engine_bare_cpu_us")).toDouble();
    const double ratio = bare > 0 ? ours / bare : 0;
    m_report.addRow(
        QStringLiteral("5. CPU per poll request, RequestGate + ApiClient vs bare QNAM (median)"),
        QStringLiteral("%1 us = %2x").arg(ours, 0, 'f', 1).arg(ratio, 0, 'f', 2),
        QStringLiteral("bare %1 us; <= %2x").arg(bare, 0, 'f', 1).arg(EngineTargetRatio),
        ratio <= EngineTargetRatio &&
            results->value(QStringLiteral("engine_failed")) == QLatin1String("0"));
    m_report.addNote(
        QStringLiteral("engine: %1 runs x %2 GET requests a side, %3 in flight, same URLs, headers "
                       "and manager; CPU per request in each run %7 us (gate) and %8 us (bare); "
                       "wall time per request %4 us (gate) vs %5 us (bare); %6 failed; process "
                       "CPU time (CLOCK_PROCESS_CPUTIME_ID) of the client alone, the simulator "
                       "being a separate process")
            .arg(m_options.runs)
            .arg(m_options.engineRequests)
            .arg(results->value(QStringLiteral("engine_in_flight")))
            .arg(results->value(QStringLiteral("engine_gate_wall_us")).toDouble(), 0, 'f', 0)
            .arg(results->value(QStringLiteral("engine_bare_wall_us")).toDouble(), 0, 'f', 0)
            .arg(results->value(QStringLiteral("engine_failed")),
                 results->value(QStringLiteral("engine_gate_cpu_each")),
                 results->value(QStringLiteral("engine_bare_cpu_each"))));
    return true;
}

bool ScaleDriver::measureWindow()
{
    // The tasks of the burst all end at the same moment, a little after the window is up.
    const qint64 leadMs = qint64(m_submitSecondsPerTask * 1500 * m_options.tasks) + BurstLeadMs;
    const QDateTime endsAt = QDateTime::currentDateTimeUtc().addMSecs(leadMs);
    say(QStringLiteral("submitting %1 tasks that all end in %2 s")
            .arg(m_options.tasks)
            .arg(leadMs / 1000));
    const auto burst =
        m_seeder->submit(m_options.tasks, TaskSeeder::Kind::EndingAt, endsAt, &m_error);
    const QString folder = m_work.filePath(QStringLiteral("window"));
    ScaleOptions child = m_options;
    child.workDir = folder;
    child.store = QDir(folder).filePath(QStringLiteral("tasks.sqlite"));
    child.taskFile = m_work.filePath(QStringLiteral("burst.txt"));
    child.burstAtMs = endsAt.toMSecsSinceEpoch();
    child.simulatorPid = m_simulator.pid();
    if (!burst || !QDir().mkpath(folder) || !fillStore(child.store, burst->tasks) ||
        !writeTaskFile(child.taskFile, *burst))
        return false;
    if (QDateTime::currentDateTimeUtc().msecsTo(endsAt) < BurstLeadMs / 2)
        say(QStringLiteral("warning: little time left before the burst"));

    say(QStringLiteral("window: burst, thumbnails and memory, sorting and filtering"));
    const auto results = runChild(child, ScaleOptions::Phase::Window);
    if (!results)
        return false;
    addWindowRows(*results);
    return true;
}

void ScaleDriver::addWindowRows(const QHash<QString, QString> &results)
{
    const auto value = [&](const char *key) {
        return results.value(QLatin1String(key)).toDouble();
    };
    const auto where = [&](const char *key) {
        return results.value(QLatin1String(key));
    };

    const double rssMb = value("rss_kb") / KilobytesPerMegabyte;
    m_report.addRow(QStringLiteral("2. resident memory, %1 tasks, thumbnails of visible rows")
                        .arg(count(m_options.tasks)),
                    QStringLiteral("%1 MB").arg(rssMb, 0, 'f', 0),
                    QStringLiteral("<= %1 MB").arg(MemoryTargetMb), rssMb <= MemoryTargetMb);

    for (const char *burst : {"pause", "resume"}) {
        const QString key = QLatin1String(burst);
        const double stall = results.value(key + QStringLiteral("_stall_ms")).toDouble();
        m_report.addRow(
            QStringLiteral("3. burst: every task %1d through Monitor in %2 s, longest "
                           "GUI stall")
                .arg(key)
                .arg(results.value(key + QStringLiteral("_seconds")).toDouble(), 0, 'f', 2),
            ms(stall), QStringLiteral("<= %1").arg(ms(BurstStallTargetMs)),
            stall <= BurstStallTargetMs);
    }
    const double networkSeconds = value("network_seconds");
    m_report.addRow(QStringLiteral("3. burst: %1 tasks end as the answers arrive, in %2 s, "
                                   "longest GUI stall")
                        .arg(count(value("network_finished")))
                        .arg(networkSeconds, 0, 'f', 2),
                    ms(value("network_stall_ms")),
                    QStringLiteral("<= %1").arg(ms(BurstStallTargetMs)),
                    value("network_stall_ms") <= BurstStallTargetMs);
    const bool updated = value("pause_rows_wrong") == 0 && value("resume_rows_wrong") == 0 &&
                         value("network_rows_wrong") == 0;
    m_report.addRow(QStringLiteral("3. all rows updated: paused / resumed / ended"),
                    QStringLiteral("%1 (%2 / %3 / %4 right)")
                        .arg(updated ? QStringLiteral("yes") : QStringLiteral("no"),
                             count(value("pause_rows_right")), count(value("resume_rows_right")),
                             count(value("network_rows_right"))),
                    QStringLiteral("yes"), updated);
    m_report.addRow(QStringLiteral("4. sort by clicking a column header, longest stall"),
                    ms(value("sort_stall_ms")) + QStringLiteral(" (") + where("sort_stall_where") +
                        QLatin1Char(')'),
                    QStringLiteral("<= %1").arg(ms(SortFilterTargetMs)),
                    value("sort_stall_ms") <= SortFilterTargetMs);
    m_report.addRow(QStringLiteral("4. filter by typing and by state, longest stall"),
                    ms(value("filter_stall_ms")) + QStringLiteral(" (") +
                        where("filter_stall_where") + QLatin1Char(')'),
                    QStringLiteral("<= %1").arg(ms(SortFilterTargetMs)),
                    value("filter_stall_ms") <= SortFilterTargetMs);
    m_report.addRow(
        QStringLiteral("   idle with %1 running tasks, longest stall").arg(count(m_options.tasks)),
        ms(value("idle_stall_ms")) + QStringLiteral(" (") + where("idle_stall_where") +
            QLatin1Char(')'),
        QStringLiteral("-"), std::nullopt);

    m_report.addNote(
        QStringLiteral("memory: VmRSS after scrolling through the list and stopping halfway; "
                       "peak %1 MB; thumbnails: %2 kept, %3 made, %4 unavailable, %5 still "
                       "loading, %6 requests of rows scrolled past given way; %7 rows visible; "
                       "settled %8 ms after the scrolling stopped; right after start-up with "
                       "%9 finished tasks: %10 MB")
            .arg(value("peak_rss_kb") / KilobytesPerMegabyte, 0, 'f', 0)
            .arg(count(value("thumbnails_asked")), count(value("thumbnails_ready")),
                 count(value("thumbnails_unavailable")), count(value("thumbnails_loading")),
                 count(value("thumbnails_dropped")), count(value("visible_rows")))
            .arg(value("thumbnails_settle_ms"), 0, 'f', 0)
            .arg(count(m_options.tasks))
            .arg(m_startupRssKb / KilobytesPerMegabyte, 0, 'f', 0));
    m_report.addNote(
        QStringLiteral("bursts: checks held to 1 a second; every task paused, then resumed, "
                       "evenly over one second each (Monitor::pause/resume, as the actions do); "
                       "then, once every simulated task had ended, the gate opened to %1 a second "
                       "with %2 in flight; %3 tasks had been answered before it opened. While the "
                       "answers came in this process used %4 ms of CPU and the simulator %5 ms; "
                       "the bare QNAM loop of measure 5 would need %6 s for %1 requests")
            .arg(count(m_options.tasks), count(value("network_in_flight")))
            .arg(count(value("network_finished_before")))
            .arg(value("network_cpu_ms"), 0, 'f', 0)
            .arg(value("network_simulator_cpu_ms"), 0, 'f', 0)
            .arg(m_bareWallUs * m_options.tasks / 1e6, 0, 'f', 2));
    m_report.addNote(QStringLiteral("window start-up with %1 running tasks: %2; simulator in a "
                                    "separate process; window %3; Qt %4, %5 cores; load "
                                    "average before the run %6")
                         .arg(count(m_options.tasks), ms(value("startup_ms")),
                              QStringLiteral("1480x900 offscreen"), QString::fromLatin1(qVersion()))
                         .arg(QThread::idealThreadCount())
                         .arg(m_loadBefore));
}
