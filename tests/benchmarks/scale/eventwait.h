// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>

// Runs the event loop, without sleeping, until `done` holds or `timeout` passes; true when it
// held. Unlike QTest::qWaitFor it never blocks the thread, so a stall probe sees only real work.
bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout);

// Runs the event loop for this long.
void spin(std::chrono::milliseconds duration);
