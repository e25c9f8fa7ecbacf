// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

struct ScaleOptions;

// One window with every task running, in a fresh process. It holds its checks back until the
// simulated tasks have all ended, then lets them through at once: a burst of status changes,
// with the longest stall of the GUI thread and a check of every row. Then the thumbnails of the
// rows a user scrolls past and the resident memory, then sorting and filtering as a user clicks
// and types, each with its longest stall.
int runWindowPhase(const ScaleOptions &options);
