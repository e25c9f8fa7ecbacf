// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// pollbench: replays a workload in virtual time through WaveSpeed's documented polling loop,
// its SDKs' loop, the bare floors and the monitor's policy, and prints what each costs the API
// and how late each notices completions.
#include "replay.h"
#include "workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <memory>
#include <vector>

namespace {

constexpr int DefaultTasks = 10000;
constexpr quint64 DefaultSeed = 1;
constexpr double DefaultSpacing = 1.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("pollbench", text);
}

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

void printCsv(QTextStream &out, const std::vector<ReplayResult> &results)
{
    out << "policy,requests_per_task,mean_delay_s,p95_delay_s,floor_violations\n";
    for (const ReplayResult &r : results) {
        out << r.policy << ',' << number(r.requestsPerTask, 3) << ',' << number(r.meanDelay, 3)
            << ',' << number(r.p95Delay, 3) << ',' << r.floorViolations << '\n';
    }
}

void printTable(QTextStream &out, const Workload &workload,
                const std::vector<ReplayResult> &results)
{
    out << tr("pollbench: %1, %2 tasks of %3 models, replayed in virtual time\n\n")
               .arg(workload.name)
               .arg(workload.tasks.size())
               .arg(workload.modelCount);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(tr("policy"), -10)
               .arg(tr("requests/task"), 14)
               .arg(tr("mean delay s"), 13)
               .arg(tr("p95 delay s"), 12)
               .arg(tr("floor violations"), 17);
    for (const ReplayResult &r : results) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(r.policy, -10)
                   .arg(number(r.requestsPerTask), 14)
                   .arg(number(r.meanDelay), 13)
                   .arg(number(r.p95Delay), 12)
                   .arg(r.floorViolations, 17);
    }

    const ReplayResult &reference = results.at(0);
    const ReplayResult &sdk = results.at(1);
    const ReplayResult &monitor = results.back();
    const auto ratio = [](double ours, double theirs) {
        return theirs > 0.0 ? ours / theirs : 0.0;
    };
    const double requestsVsReference = ratio(monitor.requestsPerTask, reference.requestsPerTask);
    const double meanVsReference = ratio(monitor.meanDelay, reference.meanDelay);
    const double p95VsReference = ratio(monitor.p95Delay, reference.p95Delay);
    const double fewerThanSdk = ratio(sdk.requestsPerTask, monitor.requestsPerTask);
    const auto verdict = [](bool met) {
        return met ? tr("met") : tr("MISSED");
    };

    out << '\n' << tr("monitor against the others, and the targets:\n");
    out << tr("  requests per task      %1 x reference   target <= 1      %2\n")
               .arg(number(requestsVsReference), 5)
               .arg(verdict(requestsVsReference <= 1.0));
    out << tr("  mean detection delay   %1 x reference   target <= 0.5    %2\n")
               .arg(number(meanVsReference), 5)
               .arg(verdict(meanVsReference <= 0.5));
    out << tr("  p95 detection delay    %1 x reference   target <= 0.5    %2\n")
               .arg(number(p95VsReference), 5)
               .arg(verdict(p95VsReference <= 0.5));
    out << tr("  requests per task      %1 x fewer than sdk  target >= 6  %2\n")
               .arg(number(fewerThanSdk, 1), 5)
               .arg(verdict(fewerThanSdk >= 6.0));
    out << tr("  floor violations       %1                  target 0         %2\n")
               .arg(monitor.floorViolations, 5)
               .arg(verdict(monitor.floorViolations == 0));
    out << tr("\nDetection delay: from a task's completion (or from when it was added, if later) "
              "to the check that sees it.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replays a workload of tasks in virtual time through four polling policies "
           "(reference, sdk, floor, monitor) and prints requests per task, detection delay and "
           "floor violations."));
    parser.addHelpOption();
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV for scripts."));
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        tr("Replay a CSV trace (model,kind,duration_s,added_after_s) instead of the built-in "
           "workload."),
        tr("FILE"));
    const QCommandLineOption spacing(
        QStringLiteral("spacing"),
        tr("Seconds between the creation of two tasks of a trace (default %1).")
            .arg(DefaultSpacing),
        tr("S"), QString::number(DefaultSpacing));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the built-in workload and of the monitor's jitter "
                                     "(default %1).")
                                      .arg(DefaultSeed),
                                  tr("N"), QString::number(DefaultSeed));
    const QCommandLineOption tasks(
        QStringLiteral("tasks"),
        tr("Tasks in the built-in workload (default %1).").arg(DefaultTasks), tr("N"),
        QString::number(DefaultTasks));
    parser.addOptions({csv, trace, spacing, seed, tasks});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool seedOk = false;
    bool tasksOk = false;
    bool spacingOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    const int taskCount = parser.value(tasks).toInt(&tasksOk);
    const double spacingValue = parser.value(spacing).toDouble(&spacingOk);
    if (!seedOk || !tasksOk || taskCount < 1 || taskCount > 10000000 || !spacingOk ||
        !(spacingValue >= 0.0) || !parser.positionalArguments().isEmpty()) {
        err << tr("pollbench: --seed takes a whole number, --tasks 1 to 10000000 and --spacing "
                  "seconds of at least 0; see --help.\n");
        return 2;
    }

    std::optional<Workload> workload;
    if (parser.isSet(trace)) {
        QString error;
        workload = Workload::fromCsv(parser.value(trace), spacingValue, &error);
        if (!workload) {
            err << tr("pollbench: %1\n").arg(error);
            return 2;
        }
    } else {
        workload = Workload::builtIn(seedValue, taskCount);
    }

    ReferenceSchedule reference;
    SdkSchedule sdk;
    FloorSchedule floor;
    MonitorSchedule monitor(seedValue);
    std::vector<ReplayResult> results;
    for (Schedule *schedule : std::initializer_list<Schedule *>{&reference, &sdk, &floor, &monitor})
        results.push_back(replay(*workload, *schedule));

    if (parser.isSet(csv))
        printCsv(out, results);
    else
        printTable(out, *workload, results);
    return 0;
}
