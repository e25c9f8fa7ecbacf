// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "stallprobe.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// How a child process hands its figures to the driver: one "result <key> <value>" line each on
// standard output. Anything else the child says goes to standard error.
namespace PhaseResults {

void report(const QString &key, const QString &value);
void report(const QString &key, double value);
// "<key>_ms", "<key>_where" and "<key>_dropped_frames" of the section.
void reportStall(const QString &key, const StallProbe::Section &section);

// Runs this program with the arguments and collects its results; nothing, with `error` set,
// when it did not end well.
std::optional<QHash<QString, QString>> run(const QStringList &arguments,
                                           std::chrono::milliseconds timeout, QString *error);

} // namespace PhaseResults
