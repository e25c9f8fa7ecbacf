// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

class MainWindow;
class StallProbe;
struct ScaleOptions;

// The bursts of status changes in the window phase, each under the stall probe and followed by
// a check of every row the view shows.
namespace Bursts {

// With every task running and its checks held back: a quiet spell, then every task paused and
// then resumed through the real Monitor (what the Pause and Resume actions call), each spread
// evenly over one second. False when a row does not show its new state.
bool runPaced(MainWindow &window, StallProbe &probe);

// Once every simulated task has ended: the gate opens and the answers pour in as fast as the
// simulator and the network stack deliver them. False when not every task ended.
bool runNetwork(MainWindow &window, const ScaleOptions &options, StallProbe &probe);

} // namespace Bursts
