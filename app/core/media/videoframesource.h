// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

// Where the first frame of a video comes from: the core library has no multimedia, the window
// gives it one (VideoFrameGrabber, on Qt Multimedia).
class VideoFrameSource
{
public:
    using Callback = std::function<void(const QImage &frame, const QString &error)>;

    virtual ~VideoFrameSource() = default;

    // `done` runs once, later, on the caller's thread, unless `context` is destroyed first; the
    // frame is null and `error` says why when no frame could be had (including a timeout).
    virtual void grabFirstFrame(const QUrl &url, QObject *context, Callback done) = 0;
};
