// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The names outputs are saved under: "<task-id>_<n>.<ext>", never taken from the URL or from
// Content-Disposition, never overwriting ("<task-id>_<n> (2).<ext>").
namespace OutputNames {

// The extension from the URL path when it is in the allowlist (png jpg jpeg webp gif mp4 webm
// mov mp3 wav m4a glb json txt), else from the Content-Type, else "bin". Lowercase, no dot.
QString extension(const QUrl &url, const QByteArray &contentType);

// The task ID made safe as a file name stem on every platform: no separators, no traversal,
// no control or bidi characters, no reserved Windows names, no trailing dots or spaces, short.
QString safeStem(const QString &taskId);

// "<stem>_<n>.<ext>" or, for copy > 1, "<stem>_<n> (<copy>).<ext>".
QString fileName(const QString &taskId, int n, const QString &extension, int copy = 1);

// The first path in directory, for copy = 1, 2, ..., that names no existing file.
QString freePath(const QString &directory, const QString &taskId, int n, const QString &extension);

} // namespace OutputNames
