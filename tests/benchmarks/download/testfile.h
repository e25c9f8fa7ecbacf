// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The file that downloadbench serves: pseudo-random bytes from a fixed seed, written out in full
// (no holes, nothing a compressing or deduplicating layer could shrink).
namespace TestFile {

bool write(const QString &path, qint64 bytes, QString *error);
// Whether both files hold the same bytes, compared in full.
bool sameContents(const QString &first, const QString &second);

} // namespace TestFile
