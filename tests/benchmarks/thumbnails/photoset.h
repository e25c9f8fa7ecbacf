// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

// The photos thumbbench decodes: smooth gradients and soft shapes under sensor-like noise, so
// that JPEG and PNG compress them about as much as they compress real photographs.
namespace PhotoSet {

inline constexpr QSize PhotoSize{4000, 3000};

// Photo `index` of a set: each one different, the same on every run.
QImage paint(int index, const QSize &size);

// Writes photos 0..count-1 as "photo-NNN.<format>" into the folder, those already there kept,
// painting and encoding on every core. The paths, or an empty list when a write failed.
QStringList write(const QString &folder, const QString &format, int count, const QSize &size);

} // namespace PhotoSet
