// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/thumbnailer.h"
#include "media/thumbnailer_p.h"

#include "logging.h"
#include "media/thumbnailimage.h"
#include "media/videoframesource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QTimer>

#include <utility>

namespace {

constexpr int MaxFetches = 2;    // image downloads at once
constexpr int MaxVideoGrabs = 1; // videos handed to the frame source at once

bool isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    return web && !url.host().isEmpty();
}

bool isVideoPath(const QUrl &url)
{
    const QString path = url.path().toLower();
    return path.endsWith(QLatin1String(".mp4")) || path.endsWith(QLatin1String(".webm")) ||
           path.endsWith(QLatin1String(".mov"));
}

} // namespace

QString Thumbnailer::Private::cacheFileFor(const QString &taskId, const QUrl &output) const
{
    if (cacheDirectory.isEmpty())
        return {};
    const QString key = taskId + QLatin1Char('\n') +
                        output.adjusted(QUrl::RemoveQuery).toString(QUrl::FullyEncoded);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return QDir(cacheDirectory).filePath(QString::fromLatin1(hash.toHex()) + QLatin1String(".png"));
}

// The task's entry, if the result with this ticket still belongs to it.
Thumbnailer::Private::Entry *Thumbnailer::Private::entryOf(const QString &taskId, quint64 ticket)
{
    const auto it = entries.find(taskId);
    return it != entries.end() && it->ticket == ticket ? &*it : nullptr;
}

// A new attempt for the task: from the disk cache when it is there, else from the network.
void Thumbnailer::Private::start(const QString &taskId, const QUrl &output)
{
    Entry entry;
    entry.output = output;
    entry.cacheFile = cacheFileFor(taskId, output);
    entry.video = isVideoPath(output);
    entry.ticket = ++lastTicket;
    entries.insert(taskId, entry);

    if (!entry.cacheFile.isEmpty() && QFileInfo::exists(entry.cacheFile)) {
        const QString path = entry.cacheFile;
        runJob(Job{taskId, entry.ticket, path, true},
               [path] { return ThumbnailImage::fromFile(path, Edge); });
    } else {
        enqueue(taskId);
    }
}

void Thumbnailer::Private::enqueue(const QString &taskId)
{
    queue.erase(std::remove(queue.begin(), queue.end(), taskId), queue.end());
    queue.push_front(taskId);
    // Nothing has started for a task still in the queue: giving way forgets it and no more.
    while (queue.size() > size_t(MaxWaiting)) {
        const QString oldest = queue.back();
        queue.pop_back();
        entries.remove(oldest);
        givenWay.append(oldest);
        qCDebug(lcThumb).nospace() << "thumb " << oldest << ": gave way to newer requests";
    }
    schedulePump();
}

// Starts work on the next tick, so that of a burst of requests the newest starts first.
void Thumbnailer::Private::schedulePump()
{
    if (pumpScheduled)
        return;
    pumpScheduled = true;
    QTimer::singleShot(0, q, [this] {
        pumpScheduled = false;
        // Announced here, not from request(): that is called while the view paints.
        const QStringList dropped = std::exchange(givenWay, {});
        for (const QString &taskId : dropped) {
            if (!entries.contains(taskId))
                emit q->dropped(taskId);
        }
        pump();
    });
}

void Thumbnailer::Private::pump()
{
    // Searched afresh each time: a slot connected to our signals may change the queue.
    const auto startable = [this](const QString &taskId) {
        const Entry &entry = entries[taskId];
        if (!isWebAddress(entry.output))
            return true;
        return entry.video ? grabs.size() < MaxVideoGrabs : fetches.size() < MaxFetches;
    };
    for (auto it = std::find_if(queue.begin(), queue.end(), startable); it != queue.end();
         it = std::find_if(queue.begin(), queue.end(), startable)) {
        const QString taskId = *it;
        queue.erase(it);
        Entry &entry = entries[taskId];
        if (!isWebAddress(entry.output))
            fail(taskId, ThumbnailFailure{ThumbnailFailure::Kind::NotWebAddress, 0, {}});
        else if (entry.video)
            startGrab(taskId, entry);
        else
            startFetch(taskId, entry);
    }
}

void Thumbnailer::Private::startFetch(const QString &taskId, const Entry &entry)
{
    auto *fetch = new OutputFetch(network, entry.output, MaxImageBytes, q);
    fetch->setLogging(lcThumb, QStringLiteral("thumb ") + taskId);
    fetch->setStopAtVideo(true); // the frame source streams videos itself
    fetches.insert(taskId, fetch);

    const quint64 ticket = entry.ticket;
    QObject::connect(fetch, &OutputFetch::fetched, q,
                     [this, taskId, fetch, ticket](const QUrl &, const QByteArray &body) {
                         const Entry *current = endFetch(taskId, fetch, ticket);
                         if (!current)
                             return;
                         const QString path = current->cacheFile;
                         runJob(Job{taskId, ticket, path, false}, [body, path] {
                             return ThumbnailImage::fromBytes(body, Edge, path);
                         });
                     });
    QObject::connect(fetch, &OutputFetch::videoFound, q, [this, taskId, fetch, ticket] {
        if (Entry *current = endFetch(taskId, fetch, ticket)) {
            current->video = true;
            enqueue(taskId);
        }
    });
    QObject::connect(
        fetch, &OutputFetch::failed, q,
        [this, taskId, fetch, ticket](const QUrl &, const OutputFetch::Failure &failure) {
            if (endFetch(taskId, fetch, ticket))
                fail(taskId, ThumbnailFailure::of(failure));
        });
    fetch->start();
}

// Frees the fetch's slot; the task's entry if the result still belongs to it.
Thumbnailer::Private::Entry *Thumbnailer::Private::endFetch(const QString &taskId,
                                                            OutputFetch *fetch, quint64 ticket)
{
    if (fetches.value(taskId) == fetch) {
        fetches.remove(taskId);
        fetch->deleteLater(); // not delete: this runs inside its signal
        schedulePump();
    }
    return entryOf(taskId, ticket);
}

void Thumbnailer::Private::startGrab(const QString &taskId, const Entry &entry)
{
    if (!source || (sourceObject.isNull() && dynamic_cast<QObject *>(source))) {
        fail(taskId, ThumbnailFailure{ThumbnailFailure::Kind::NoVideoDecoder, 0, {}});
        return;
    }

    const quint64 ticket = entry.ticket;
    grabs.insert(taskId, ticket);
    qCDebug(lcThumb).nospace().noquote()
        << "thumb " << taskId << ": first frame of " << redactedUrl(entry.output);
    source->grabFirstFrame(
        entry.output, q, [this, taskId, ticket](const QImage &frame, const QString &error) {
            if (grabs.value(taskId) == ticket) {
                grabs.remove(taskId);
                schedulePump();
            }
            if (!entryOf(taskId, ticket))
                return;
            if (frame.isNull()) {
                fail(taskId, ThumbnailFailure{ThumbnailFailure::Kind::VideoFailed, 0, error});
                return;
            }
            const QString path = entries.value(taskId).cacheFile;
            runJob(Job{taskId, ticket, path, false},
                   [frame, path] { return ThumbnailImage::fromFrame(frame, Edge, path); });
        });
}

void Thumbnailer::Private::runJob(const Job &job, std::function<ThumbnailImage::Result()> work)
{
    auto *watcher = new QFutureWatcher<ThumbnailImage::Result>(q);
    QObject::connect(watcher, &QFutureWatcher<ThumbnailImage::Result>::finished, q,
                     [this, watcher, job] {
                         watcher->deleteLater();
                         finishJob(job, watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(ThumbnailImage::decodePool(), std::move(work)));
}

void Thumbnailer::Private::removeLater(const QString &file)
{
    ThumbnailImage::decodePool()->start([file] { QFile::remove(file); });
}

void Thumbnailer::Private::finishJob(const Job &job, const ThumbnailImage::Result &decoded)
{
    Entry *entry = entryOf(job.taskId, job.ticket);
    if (!entry) {
        // Forgotten while the job ran: what it may have written belongs to nobody.
        if (!entries.contains(job.taskId) && !job.cacheFile.isEmpty())
            removeLater(job.cacheFile);
        return;
    }

    if (decoded.failure && job.fromCache) {
        // A cache file that no longer reads is made again from the output.
        qCDebug(lcThumb).nospace() << "thumb " << job.taskId << ": cached copy unreadable";
        entry->state = State::Loading;
        entry->reloading = false;
        enqueue(job.taskId);
        return;
    }
    if (decoded.failure) {
        fail(job.taskId, ThumbnailFailure::of(*decoded.failure));
        return;
    }

    entry->state = State::Ready;
    entry->reloading = false;
    memory.insert(job.taskId, new QImage(decoded.image));
    qCDebug(lcThumb).nospace() << "thumb " << job.taskId << ": ready " << decoded.image.size();
    emit q->ready(job.taskId);
}

void Thumbnailer::Private::fail(const QString &taskId, const ThumbnailFailure &failure)
{
    Entry &entry = entries[taskId];
    entry.state = State::Unavailable;
    entry.reloading = false;
    entry.error = failure.text();
    qCDebug(lcThumb).nospace().noquote() << "thumb " << taskId << ": unavailable (" << entry.error
                                         << ") for " << redactedUrl(entry.output);
    emit q->unavailable(taskId, entry.error);
}

// Forgets every piece of work for the task; results still on their way find no ticket.
void Thumbnailer::Private::drop(const QString &taskId)
{
    entries.remove(taskId);
    memory.remove(taskId);
    queue.erase(std::remove(queue.begin(), queue.end(), taskId), queue.end());
    if (grabs.remove(taskId))
        schedulePump();
    // Not from inside the fetch's own signals: their handlers free the fetch before they go on.
    if (OutputFetch *fetch = fetches.take(taskId)) {
        delete fetch; // aborts its transfer
        schedulePump();
    }
}

Thumbnailer::Thumbnailer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network))
{}

Thumbnailer::~Thumbnailer()
{
    qDeleteAll(d->fetches); // before the state their handlers use goes away
    d->fetches.clear();
}

void Thumbnailer::setCacheDirectory(const QString &directory)
{
    d->cacheDirectory = directory;
}

void Thumbnailer::setVideoFrameSource(VideoFrameSource *source)
{
    d->source = source;
    d->sourceObject = dynamic_cast<QObject *>(source);
}

void Thumbnailer::request(const QString &taskId, const QUrl &output)
{
    const QUrl clean = output.adjusted(QUrl::RemoveUserInfo);
    const auto it = d->entries.find(taskId);
    const bool same = it != d->entries.end() &&
                      it->output.adjusted(QUrl::RemoveQuery) == clean.adjusted(QUrl::RemoveQuery);
    if (!same) {
        d->drop(taskId);
        d->start(taskId, clean);
        return;
    }

    Private::Entry &entry = *it;
    entry.output = clean; // a fresher signature for work still to start
    switch (entry.state) {
    case State::Loading:
        if (std::find(d->queue.begin(), d->queue.end(), taskId) != d->queue.end())
            d->enqueue(taskId); // moves it to the front
        break;
    case State::Ready:
        if (d->memory.contains(taskId) || entry.reloading)
            break;
        if (entry.cacheFile.isEmpty()) {
            d->drop(taskId);
            d->start(taskId, clean);
        } else {
            entry.reloading = true;
            const QString path = entry.cacheFile;
            d->runJob(Private::Job{taskId, entry.ticket, path, true},
                      [path] { return ThumbnailImage::fromFile(path, Edge); });
        }
        break;
    case State::None:
    case State::Unavailable:
        break;
    }
}

Thumbnailer::State Thumbnailer::state(const QString &taskId) const
{
    const auto it = d->entries.constFind(taskId);
    if (it == d->entries.constEnd())
        return State::None;
    // Evicted from memory with no copy on disk: it has to be made again.
    if (it->state == State::Ready && it->cacheFile.isEmpty() && !d->memory.contains(taskId))
        return State::None;
    return it->state;
}

QImage Thumbnailer::thumbnail(const QString &taskId) const
{
    const QImage *image = d->memory.object(taskId);
    return image ? *image : QImage();
}

QString Thumbnailer::error(const QString &taskId) const
{
    return d->entries.value(taskId).error;
}

void Thumbnailer::forget(const QString &taskId)
{
    const QString cacheFile = d->entries.value(taskId).cacheFile;
    d->drop(taskId);
    if (!cacheFile.isEmpty())
        d->removeLater(cacheFile);
}
