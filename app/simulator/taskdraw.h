// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"
#include "simulator.h"

#include <QString>

// What a newly submitted task will do, drawn from the scenario: how long it runs (log-uniform
// between the model's bounds) and how it ends. Unknown models run 2-8 s as image models.
Simulator::TaskSpec drawTask(const Scenario &scenario, const QString &model);

// The model's output kind decides the file type: "mp4" for video models, else "png".
QString outputExtension(const Scenario &scenario, const QString &model);
