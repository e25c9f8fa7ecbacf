// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

struct ScaleOptions;

// CPU time per poll request, in a fresh process, side by side: through RequestGate and
// ApiClient as the monitor sends them, and through a bare QNetworkAccessManager loop sending the
// same GET requests with the same headers over the same manager, the same number in flight.
// The simulator is another process, so the process CPU time is the client's alone.
int runEnginePhase(const ScaleOptions &options);
