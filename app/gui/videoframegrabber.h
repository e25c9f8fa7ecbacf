// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "media/videoframesource.h"

#include <QObject>

#include <chrono>
#include <memory>

// The first frame of a video through Qt Multimedia (QMediaPlayer into a QVideoSink, muted),
// one video at a time, each within a timeout.
class VideoFrameGrabber final : public QObject, public VideoFrameSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoFrameGrabber)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    explicit VideoFrameGrabber(QObject *parent = nullptr);
    ~VideoFrameGrabber() override;

    void setTimeout(std::chrono::milliseconds timeout);
    void grabFirstFrame(const QUrl &url, QObject *context, Callback done) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
