// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "scaleoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

constexpr int MinTasks = 100;
constexpr int MaxTasks = 100000;
constexpr int MaxRuns = 50;
constexpr int MinEngineRequests = 100;
constexpr int MaxEngineRequests = 1000000;

std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

std::optional<ScaleOptions::Phase> phaseFromName(const QString &name)
{
    for (auto phase :
         {ScaleOptions::Phase::Startup, ScaleOptions::Phase::Window, ScaleOptions::Phase::Engine}) {
        if (ScaleOptions::phaseName(phase) == name)
            return phase;
    }
    return std::nullopt;
}

} // namespace

QString ScaleOptions::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Driver:
        return QStringLiteral("driver");
    case Phase::Startup:
        return QStringLiteral("startup");
    case Phase::Window:
        return QStringLiteral("window");
    case Phase::Engine:
        return QStringLiteral("engine");
    }
    return {};
}

QStringList ScaleOptions::childArguments(Phase child) const
{
    QStringList arguments{
        QStringLiteral("--phase"),    phaseName(child),
        QStringLiteral("--tasks"),    QString::number(tasks),
        QStringLiteral("--runs"),     QString::number(runs),
        QStringLiteral("--requests"), QString::number(engineRequests),
        QStringLiteral("--api-base"), apiBase.toString(),
        QStringLiteral("--key"),      apiKey,
    };
    const std::pair<const char *, QString> paths[] = {
        {"--store", store}, {"--work", workDir}, {"--task-file", taskFile}};
    for (const auto &[option, value] : paths) {
        if (!value.isEmpty())
            arguments << QLatin1String(option) << value;
    }
    if (burstAtMs > 0)
        arguments << QStringLiteral("--burst-at") << QString::number(burstAtMs);
    if (simulatorPid > 0)
        arguments << QStringLiteral("--sim-pid") << QString::number(simulatorPid);
    return arguments;
}

std::optional<ScaleOptions> ScaleOptions::parse(const QStringList &arguments, QString *error,
                                                bool *helpAsked)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ScaleOptions", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Opens the real window offscreen with ten thousand tasks against the simulated API "
           "and reports start-up time, resident memory, the longest stall of the GUI thread in "
           "a burst of status changes and while sorting and filtering, and the CPU cost of a "
           "poll request against a bare QNetworkAccessManager loop."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption tasks(QStringLiteral("tasks"),
                                   tr("Tasks in the window (default 10000)."), tr("N"),
                                   QStringLiteral("10000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  tr("Runs of each start-up and engine measurement (default 5)."),
                                  tr("N"), QStringLiteral("5"));
    const QCommandLineOption requests(QStringLiteral("requests"),
                                      tr("Poll requests per engine run and side (default 4000)."),
                                      tr("N"), QStringLiteral("4000"));
    const QCommandLineOption simulator(QStringLiteral("simulator"),
                                       tr("The wavespeed-sim program (default: the one built "
                                          "with this benchmark)."),
                                       tr("PATH"), QStringLiteral(WSM_SIM_PROGRAM));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  tr("Keep the temporary task lists and thumbnails."));
    QList<QCommandLineOption> childOptions{
        {QStringLiteral("phase"), QString(), tr("NAME")},
        {QStringLiteral("store"), QString(), tr("FILE")},
        {QStringLiteral("work"), QString(), tr("DIR")},
        {QStringLiteral("task-file"), QString(), tr("FILE")},
        {QStringLiteral("api-base"), QString(), tr("URL")},
        {QStringLiteral("key"), QString(), tr("KEY")},
        {QStringLiteral("burst-at"), QString(), tr("MS")},
        {QStringLiteral("sim-pid"), QString(), tr("PID")},
    };
    for (QCommandLineOption &option : childOptions)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, tasks, runs, requests, simulator, keep});
    parser.addOptions(childOptions);

    *helpAsked = false;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help) || !parser.positionalArguments().isEmpty()) {
        *helpAsked = parser.isSet(help);
        *error = parser.isSet(help)
                     ? parser.helpText()
                     : tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ScaleOptions options;
    const std::optional<int> taskCount = wholeNumber(parser.value(tasks), MinTasks, MaxTasks);
    const std::optional<int> runCount = wholeNumber(parser.value(runs), 1, MaxRuns);
    const std::optional<int> requestCount =
        wholeNumber(parser.value(requests), MinEngineRequests, MaxEngineRequests);
    if (!taskCount || !runCount || !requestCount) {
        *error = !taskCount
                     ? tr("--tasks needs a whole number from %1 to %2").arg(MinTasks).arg(MaxTasks)
                 : !runCount ? tr("--runs needs a whole number from 1 to %1").arg(MaxRuns)
                             : tr("--requests needs a whole number from %1 to %2")
                                   .arg(MinEngineRequests)
                                   .arg(MaxEngineRequests);
        return std::nullopt;
    }
    options.tasks = *taskCount;
    options.runs = *runCount;
    options.engineRequests = *requestCount;
    options.simulatorProgram = parser.value(simulator);
    options.keepFiles = parser.isSet(keep);

    if (parser.isSet(QStringLiteral("phase"))) {
        const std::optional<Phase> phase = phaseFromName(parser.value(QStringLiteral("phase")));
        if (!phase) {
            *error = tr("Unknown phase: %1").arg(parser.value(QStringLiteral("phase")));
            return std::nullopt;
        }
        options.phase = *phase;
    }
    options.store = parser.value(QStringLiteral("store"));
    options.workDir = parser.value(QStringLiteral("work"));
    options.taskFile = parser.value(QStringLiteral("task-file"));
    options.apiBase = QUrl(parser.value(QStringLiteral("api-base")));
    options.apiKey = parser.value(QStringLiteral("key"));
    options.burstAtMs = parser.value(QStringLiteral("burst-at")).toLongLong();
    options.simulatorPid = parser.value(QStringLiteral("sim-pid")).toLongLong();
    return options;
}
