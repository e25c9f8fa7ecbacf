// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "requestmeter.h"
#include "tasks/task.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <chrono>
#include <vector>

class QTextStream;

// The figures of one soak run and the table they are printed as.
struct SoakReport
{
    struct MemorySample
    {
        std::chrono::seconds at{0}; // since the setup was done
        qint64 kilobytes = 0;
        int watching = 0; // tasks in the monitor then
    };

    // The run.
    std::chrono::minutes submitting{0};
    std::chrono::seconds grace{0};
    std::chrono::seconds graceUsed{0};
    quint32 seed = 0;
    QString scenarioFile;
    double serverErrorRate = 0;
    double rateLimitRate = 0;
    double resetRate = 0;
    double malformedRate = 0;
    int gateMaxPerSecond = 0;

    // The tasks: right + wrong + pending = watched.
    int watched = 0;
    int backlog = 0; // of them, created before the run, added at once at the start
    int right = 0;
    int wrong = 0;
    int pending = 0;
    QMap<TaskState, int> expectedStates;
    QStringList wrongExamples;
    // For each task that reached its end: from the simulator reporting the end (or from the
    // task being added, when it had ended before) to the monitor seeing it.
    std::vector<qint64> noticeDelaysMs;

    RequestMeter::Figures requests;
    QList<MemorySample> memory; // the first after the setup, the last at the end

    bool passed() const;
    void print(QTextStream &out) const;
};
