// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class VideoFrameSource;

// Small previews of a task's first output for the table: images fetched and decoded off the GUI
// thread straight at thumbnail size, videos as their first frame; kept on disk and in a bounded
// memory cache. Requests made last are served first, so the rows being looked at come first.
class Thumbnailer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Thumbnailer)

public:
    static constexpr int Edge = 96; // thumbnails fit in Edge × Edge
    static constexpr int MemoryCacheCount = 400;
    // Requests not started yet, about ten screens of rows. Past this the oldest give way: their
    // rows went by in a fast scroll, and are asked for again if they come back into view.
    static constexpr int MaxWaiting = 256;
    static constexpr qint64 MaxImageBytes = 64 * 1024 * 1024;

    enum class State {
        None, // never asked
        Loading,
        Ready,
        Unavailable, // a preview cannot be made; `error(taskId)` says why
    };

    explicit Thumbnailer(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Thumbnailer() override;

    void setCacheDirectory(const QString &directory);   // none: memory only
    void setVideoFrameSource(VideoFrameSource *source); // none: videos are Unavailable

    // Asks for the thumbnail of this output of the task; cheap when it is cached or under way.
    void request(const QString &taskId, const QUrl &output);
    State state(const QString &taskId) const;
    QImage thumbnail(const QString &taskId) const; // null unless Ready and in the memory cache
    QString error(const QString &taskId) const;
    void forget(const QString &taskId); // the task was removed

signals:
    void ready(const QString &taskId);
    void unavailable(const QString &taskId, const QString &error);
    // A request gave way to newer ones before it started: the task's state is None again.
    void dropped(const QString &taskId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
