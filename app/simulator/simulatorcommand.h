// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The wavespeed-sim command: reads its options, starts the simulator, prints where it listens
// and serves until SIGINT or SIGTERM. main.cpp only makes the application object.
class SimulatorCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorCommand)

public:
    static constexpr int UsageError = 2;

    struct Options
    {
        quint16 apiPort = 8080;
        quint16 outputPort = 8081;
        QString scenarioFile; // the built-in scenario when empty
        QString key = QStringLiteral("sim-demo-key");
        int tasks = 0;
    };

    // Nothing, with a message, when an option is wrong. --help and --version exit from here.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);
    static int run(const QStringList &arguments);
};
