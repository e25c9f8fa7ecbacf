// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// The soak program's command line.
struct SoakOptions
{
    std::chrono::minutes submitting{30}; // tasks arrive for this long
    std::chrono::seconds grace{180};     // then nothing new, while the last ones end
    int tasks = 0;                       // in all; 0 for TasksPerMinute per minute
    quint32 seed = 0;
    QString scenarioFile;

    static constexpr int TasksPerMinute = 100;
    int taskCount() const;

    // Nothing, with `error` set (the help text when asked for), when the run cannot go ahead.
    static std::optional<SoakOptions> parse(const QStringList &arguments, QString *error,
                                            bool *helpAsked);
};
