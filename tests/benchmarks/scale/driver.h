// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "scaleoptions.h"
#include "scalereport.h"
#include "simprocess.h"
#include "taskseeder.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <optional>

// Runs the benchmark: starts the simulator, fills task lists, runs each measurement in a fresh
// child process and prints the table.
class ScaleDriver final
{
    Q_DISABLE_COPY_MOVE(ScaleDriver)

public:
    explicit ScaleDriver(const ScaleOptions &options);

    int run(); // the exit status: 0 when every measurement ran, whether or not it met its target

private:
    bool prepare();
    bool fillStore(const QString &path, const QList<Task> &tasks);
    bool writeTaskFile(const QString &path, const TaskSeeder::Seeded &seeded);
    std::optional<QHash<QString, QString>> runChild(ScaleOptions child, ScaleOptions::Phase phase);

    bool measureStartup(const QString &label, const QString &store);
    bool measureEngine();
    bool measureWindow();
    void addWindowRows(const QHash<QString, QString> &results);

    ScaleOptions m_options;
    QTemporaryDir m_work;
    SimProcess m_simulator;
    QNetworkAccessManager m_network;
    std::optional<TaskSeeder> m_seeder;
    double m_submitSecondsPerTask = 0;
    double m_bareWallUs = 0;   // per request, from the engine phase
    double m_startupRssKb = 0; // the most of the start-up runs with finished tasks
    QString m_loadBefore;
    ScaleReport m_report;
    QString m_error;
};
