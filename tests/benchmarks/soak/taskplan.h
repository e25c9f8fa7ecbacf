// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"
#include "simulator.h"
#include "tasks/task.h"

#include <QRandomGenerator>
#include <QStringList>

#include <chrono>

// The tasks of a soak run, drawn from the scenario's models with a seed of our own, so that a
// run can be repeated and every task's end is known before the monitor sees it.
class TaskPlan
{
public:
    TaskPlan(const Scenario &scenario, quint32 seed);

    // A task created `age` before now: duration, outcome and outputs as the scenario says.
    Simulator::TaskSpec draw(std::chrono::milliseconds age);
    // Uniform in [0, `limit`].
    std::chrono::milliseconds uniform(std::chrono::milliseconds limit);

    // The floor between two checks the monitor owes this model's tasks.
    std::chrono::milliseconds floorFor(const QString &model) const;
    bool isVideo(const QString &model) const;

    static TaskState expectedState(Simulator::Outcome outcome);

private:
    Scenario m_scenario;
    QStringList m_models; // sorted, so that a seed picks the same models every time
    QRandomGenerator m_random;
};
