// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

struct ScaleOptions;

// One start-up, in a fresh process: from constructing the window, which opens the task list,
// to the table's first paint of rows with real tasks. Reports "startup_ms" and the rows shown.
int runStartupPhase(const ScaleOptions &options);
