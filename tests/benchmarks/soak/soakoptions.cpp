// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "soakoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace {

constexpr int MaxMinutes = 24 * 60;
constexpr int MaxTasks = 1000000;
constexpr int MaxGraceSeconds = 3600;

std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

} // namespace

int SoakOptions::taskCount() const
{
    return tasks > 0 ? tasks : int(submitting.count()) * TasksPerMinute;
}

std::optional<SoakOptions> SoakOptions::parse(const QStringList &arguments, QString *error,
                                              bool *helpAsked)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SoakOptions", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the monitor's engine against the simulated API with thousands of tasks and "
           "faults, then reports whether every task reached the end it should have, the request "
           "rate, the floor between checks and the memory used."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     tr("Submit tasks for this many minutes (default 30)."),
                                     tr("N"), QStringLiteral("30"));
    const QCommandLineOption tasks(QStringLiteral("tasks"),
                                   tr("Tasks in all (default %1 per minute).").arg(TasksPerMinute),
                                   tr("N"));
    const QCommandLineOption grace(
        QStringLiteral("grace"),
        tr("Seconds to let the last tasks end after submitting stops (default 180)."), tr("S"),
        QStringLiteral("180"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the task mix (default: a random one, printed)."),
                                  tr("N"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        tr("Scenario of the simulated API (default resources/scenarios/soak.json)."), tr("FILE"),
        QStringLiteral(WSM_SCENARIO_DIR "/soak.json"));
    parser.addOptions({help, minutes, tasks, grace, seed, scenario});

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

    SoakOptions options;
    const std::optional<int> minuteCount = wholeNumber(parser.value(minutes), 1, MaxMinutes);
    const std::optional<int> taskCount =
        parser.isSet(tasks) ? wholeNumber(parser.value(tasks), 1, MaxTasks) : 0;
    const std::optional<int> graceSeconds = wholeNumber(parser.value(grace), 0, MaxGraceSeconds);
    bool seedOk = true;
    const quint32 seedValue = parser.isSet(seed) ? parser.value(seed).toUInt(&seedOk)
                                                 : QRandomGenerator::system()->generate();
    if (!minuteCount || !taskCount || !graceSeconds || !seedOk) {
        *error = tr("--minutes takes 1 to %1, --tasks 1 to %2, --grace 0 to %3 and --seed a "
                    "whole number of at least 0.")
                     .arg(MaxMinutes)
                     .arg(MaxTasks)
                     .arg(MaxGraceSeconds);
        return std::nullopt;
    }
    options.submitting = std::chrono::minutes(*minuteCount);
    options.tasks = *taskCount;
    options.grace = std::chrono::seconds(*graceSeconds);
    options.seed = seedValue;
    options.scenarioFile = parser.value(scenario);
    return options;
}
