// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The scale benchmark's command line. The driver starts the simulator and runs each measurement
// in a fresh child process of the same program; the child options say which and with what.
struct ScaleOptions
{
    enum class Phase {
        Driver,
        Startup, // opens the window on a task list and reports when its table is painted
        Window,  // the burst, the memory, sorting and filtering in one window
        Engine,  // CPU per poll request: RequestGate/ApiClient against bare QNetworkAccessManager
    };

    int tasks = 10000;
    int runs = 5;
    int engineRequests = 4000;
    QString simulatorProgram;
    bool keepFiles = false;

    // For the children.
    Phase phase = Phase::Driver;
    QString store;    // the task database to open
    QString workDir;  // settings, thumbnails
    QString taskFile; // IDs, one a line, with their expected end ("id completed")
    QUrl apiBase;
    QString apiKey;
    qint64 burstAtMs = 0; // the simulated tasks of the burst end then (ms since the epoch)
    qint64 simulatorPid = 0;

    QStringList childArguments(Phase child) const;
    static QString phaseName(Phase phase);

    // Nothing, with `error` set (the help text when asked for), when the run cannot go ahead.
    static std::optional<ScaleOptions> parse(const QStringList &arguments, QString *error,
                                             bool *helpAsked);
};
