// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>

// What this process costs the machine, read from the kernel.
namespace ProcessStats {

// Resident memory (VmRSS) and its peak (VmHWM) in KiB, from /proc/self/status.
std::optional<qint64> residentKilobytes();
std::optional<qint64> peakResidentKilobytes();

// CPU time of every thread of this process, user and system, in nanoseconds.
qint64 cpuNanoseconds();
// The same for another process, from /proc/<pid>/stat, in steps of a clock tick (10 ms).
std::optional<qint64> cpuNanosecondsOf(qint64 pid);

} // namespace ProcessStats
