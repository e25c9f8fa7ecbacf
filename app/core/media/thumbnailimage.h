// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QIODevice;

// Thumbnail pictures for Thumbnailer, made in its thread pool: images decoded straight at
// thumbnail size once their declared size passed the checks, kept on disk as PNG files.
class QThreadPool;

namespace ThumbnailImage {

// Where images are decoded: threads of their own, one core left for the GUI thread. Not Qt's
// global pool, which the raster painter splits large fills into and waits for on the GUI
// thread: behind a queue of decodes that wait was seconds long (thumbbench).
QThreadPool *decodePool();

constexpr qint64 MaxPixels = 100'000'000;
// A second guard behind MaxPixels: the most a decoder may allocate for one image, in MB.
constexpr int AllocationLimitMb = 512;

enum class Failure {
    NotAnImage,
    TooManyPixels,
    Undecodable, // including a size that cannot be read from the header
    Unreadable,  // a cached file that cannot be opened
};

struct Result
{
    QImage image;
    std::optional<Failure> failure;
};

// Fits in edge × edge keeping the aspect ratio; smaller sizes are kept, never blown up.
QSize fittedSize(const QSize &size, int edge);

Result decode(QIODevice *device, int edge);
// Decodes a downloaded body and, when `storeAs` is set, writes the thumbnail there.
Result fromBytes(QByteArray bytes, int edge, const QString &storeAs);
// Scales a video frame and, when `storeAs` is set, writes the thumbnail there.
Result fromFrame(const QImage &frame, int edge, const QString &storeAs);
Result fromFile(const QString &path, int edge);

} // namespace ThumbnailImage
