// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "media/outputfetch.h"
#include "media/thumbnailer.h"
#include "media/thumbnailfailure.h"
#include "media/thumbnailimage.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class VideoFrameSource;

// Thumbnailer's state and steps, apart from the public class so that thumbnailer.cpp stays short.
struct Thumbnailer::Private
{
    // What is known of one task's thumbnail.
    struct Entry
    {
        State state = State::Loading;
        QString error;
        QUrl output;       // without user info; the newest signature asked for
        QString cacheFile; // empty without a cache directory
        bool video = false;
        bool reloading = false; // Ready, evicted from memory, coming back from disk
        quint64 ticket = 0;     // results of an earlier attempt carry another one
    };

    // Work in the thread pool for one attempt of one task.
    struct Job
    {
        QString taskId;
        quint64 ticket = 0;
        QString cacheFile;      // written by the job, or read when fromCache
        bool fromCache = false; // a failure then means "fetch it again"
    };

    Private(Thumbnailer *owner, QNetworkAccessManager *manager)
        : q(owner)
        , network(manager)
        , memory(MemoryCacheCount)
    {}

    Thumbnailer *q;
    QNetworkAccessManager *network;
    VideoFrameSource *source = nullptr;
    QPointer<QObject> sourceObject; // to notice a source that is a QObject and went away
    QString cacheDirectory;
    QHash<QString, Entry> entries;
    QCache<QString, QImage> memory;
    std::deque<QString> queue;             // the next task to start at the front
    QStringList givenWay;                  // dropped from the queue, announced on the next tick
    QHash<QString, OutputFetch *> fetches; // image downloads under way, owned
    QHash<QString, quint64> grabs;         // task → ticket of the video handed to the source
    quint64 lastTicket = 0;
    bool pumpScheduled = false;

    QString cacheFileFor(const QString &taskId, const QUrl &output) const;
    Entry *entryOf(const QString &taskId, quint64 ticket);
    void start(const QString &taskId, const QUrl &output);
    void enqueue(const QString &taskId);
    void schedulePump();
    void pump();
    void startFetch(const QString &taskId, const Entry &entry);
    void startGrab(const QString &taskId, const Entry &entry);
    Entry *endFetch(const QString &taskId, OutputFetch *fetch, quint64 ticket);
    void runJob(const Job &job, std::function<ThumbnailImage::Result()> work);
    void finishJob(const Job &job, const ThumbnailImage::Result &decoded);
    void removeLater(const QString &file);
    void fail(const QString &taskId, const ThumbnailFailure &failure);
    void drop(const QString &taskId);
};
