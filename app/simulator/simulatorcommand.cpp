// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "simulatorcommand.h"

#include "simulator.h"
#include "taskdraw.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

constexpr int MaxPrecreatedTasks = 10000;

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

std::optional<quint16> portValue(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

#ifdef Q_OS_UNIX
// The signal handler may only write to a socket; the event loop reads it and quits.
int signalSockets[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalSockets[0], &byte, 1);
}

void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalSockets[1], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#else
void onSignal(int)
{
    // Console control handlers run on their own thread here, not inside a signal frame.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
}

void quitOnSignals()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#endif

} // namespace

std::optional<SimulatorCommand::Options> SimulatorCommand::parse(const QStringList &arguments,
                                                                 QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A simulated WaveSpeed API on 127.0.0.1, for demos and tests."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("API port (default 8080; 0 picks a free one)."), tr("N"));
    const QCommandLineOption outputPort(QStringLiteral("output-port"),
                                        tr("Output host port (default: the API port + 1)."),
                                        tr("N"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      tr("Scenario JSON file (default: the built-in one)."),
                                      tr("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("The API key to accept (default sim-demo-key)."), tr("KEY"));
    const QCommandLineOption tasks(QStringLiteral("tasks"),
                                   tr("Create N tasks at start and print their IDs."), tr("N"));
    parser.addOptions({port, outputPort, scenario, key, tasks});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    Options options;
    if (parser.isSet(port)) {
        const std::optional<quint16> value = portValue(parser.value(port));
        if (!value) {
            *error = tr("--port needs a number from 0 to 65535");
            return std::nullopt;
        }
        options.apiPort = *value;
        options.outputPort = *value == 0 || *value == 65535 ? 0 : *value + 1;
    }
    if (parser.isSet(outputPort)) {
        const std::optional<quint16> value = portValue(parser.value(outputPort));
        if (!value) {
            *error = tr("--output-port needs a number from 0 to 65535");
            return std::nullopt;
        }
        options.outputPort = *value;
    }
    if (parser.isSet(key)) {
        options.key = parser.value(key);
        if (options.key.isEmpty()) {
            *error = tr("--key must not be empty");
            return std::nullopt;
        }
    }
    if (parser.isSet(tasks)) {
        bool ok = false;
        options.tasks = parser.value(tasks).toInt(&ok);
        if (!ok || options.tasks < 0 || options.tasks > MaxPrecreatedTasks) {
            *error = tr("--tasks needs a number from 0 to %1").arg(MaxPrecreatedTasks);
            return std::nullopt;
        }
    }
    options.scenarioFile = parser.value(scenario);
    return options;
}

int SimulatorCommand::run(const QStringList &arguments)
{
    const QString program = QStringLiteral("wavespeed-sim");
    QString error;
    const std::optional<Options> options = parse(arguments, &error);
    if (!options) {
        printLine(stderr, QStringLiteral("%1: %2").arg(program, error));
        printLine(stderr, tr("Try '%1 --help'.").arg(program));
        return UsageError;
    }

    Scenario scenario = Scenario::standard();
    if (!options->scenarioFile.isEmpty()) {
        QFile file(options->scenarioFile);
        std::optional<Scenario> read;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            read = Scenario::fromJson(file.readAll(), &error);
        if (!read) {
            printLine(stderr, tr("%1: cannot use the scenario %2: %3")
                                  .arg(program, options->scenarioFile, error));
            return UsageError;
        }
        scenario = *read;
    }

    Simulator simulator;
    simulator.setScenario(scenario);
    simulator.setApiKey(options->key);
    if (!simulator.start(options->apiPort, options->outputPort, &error)) {
        printLine(stderr, QStringLiteral("%1: %2").arg(program, error));
        return 1;
    }

    // The simulator's own key is printed on purpose: it is not a secret.
    printLine(stdout, tr("API:     %1").arg(simulator.apiBase().toString()));
    printLine(stdout, tr("Outputs: %1").arg(simulator.outputBase().toString()));
    printLine(stdout, tr("Key:     %1").arg(simulator.apiKey()));

    QStringList models = scenario.models.keys();
    models.sort();
    if (models.isEmpty())
        models.append(Simulator::TaskSpec().model);
    for (int i = 0; i < options->tasks; ++i)
        printLine(stdout, simulator.addTask(drawTask(scenario, models.at(i % models.size()))));

    quitOnSignals();
    const int status = QCoreApplication::exec();
    simulator.stop();
    return status;
}
