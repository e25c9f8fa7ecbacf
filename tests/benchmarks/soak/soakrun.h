// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "soakoptions.h"
#include "soakreport.h"
#include "taskplan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

class Monitor;
class QIODevice;
class QNetworkAccessManager;
class RequestMeter;
class Simulator;

// One soak run in one process: the simulated API with the soak scenario on loopback, and the
// engine of the command line (Monitor, RequestGate, TaskPoller, ApiClient) watching thousands
// of tasks that the simulator was told how to end. Tasks are created in the simulator directly,
// not through the faulty API, so that each one's end is known; the monitor only ever sees the
// API, like with any other server.
class SoakRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakRun)

public:
    SoakRun(const SoakOptions &options, QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~SoakRun() override;

    void start();

signals:
    void finished(int exitCode);

private:
    enum class Phase {
        Submitting,
        Grace,
        Done,
    };

    bool setUp(QString *error);
    void planArrivals();
    void addDueTasks();
    void addTasks(int count, bool backlog);
    void onTaskFinished(const QString &id);
    void tick();
    void sampleMemory();
    void note(const QString &message);
    void end();

    SoakOptions m_options;
    QIODevice *m_out;
    QIODevice *m_err;
    Scenario m_scenario;
    std::unique_ptr<TaskPlan> m_plan;

    Simulator *m_simulator = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Monitor *m_monitor = nullptr;
    RequestMeter *m_meter = nullptr;

    QElapsedTimer m_clock;           // from the end of the setup
    std::vector<qint64> m_arrivalMs; // when each streamed task is added, ascending
    std::size_t m_nextArrival = 0;
    QTimer m_arrivals;
    QTimer m_ticker;
    int m_ticks = 0;
    Phase m_phase = Phase::Submitting;
    qint64 m_graceStartMs = 0;

    struct Expectation
    {
        TaskState state = TaskState::Completed;
        qint64 endMs = 0; // when the simulator starts reporting the end, on m_clock
    };

    QHash<QString, Expectation> m_expected; // tasks not ended yet
    QStringList m_ended;                    // to leave the monitor at the next tick
    SoakReport m_report;
};
