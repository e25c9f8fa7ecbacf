// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>

// This process's resident memory in KiB (VmRSS in /proc/self/status); nothing where there is no
// such file.
std::optional<qint64> residentKilobytes();
