// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/thumbnailer.h"

#include "logging.h"
#include "media/downloader.h"
#include "media/thumbnailimage.h"
#include "media/videoframesource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <optional>

using namespace std::chrono_literals;

namespace {

constexpr auto TransferTimeout = 30s;
constexpr int MaxFetches = 2;    // image downloads at once
constexpr int MaxVideoGrabs = 1; // videos handed to the frame source at once

enum class FailureKind {
    HttpStatus,
    Network,
    TimedOut,
    TooManyRedirects,
    InsecureRedirect,
    NotWebAddress,
    TooLarge,
    NotAnImage,
    TooManyPixels,
    Undecodable,
    NoVideoDecoder,
    VideoFailed,
};

struct Failure
{
    FailureKind kind = FailureKind::Network;
    int code = 0;   // HTTP status or network error, by kind
    QString detail; // the frame source's reason for VideoFailed
};

// The one place that turns a failure into text for users.
QString describe(const Failure &failure)
{
    switch (failure.kind) {
    case FailureKind::HttpStatus:
        return Thumbnailer::tr("HTTP %1 from the output host").arg(failure.code);
    case FailureKind::Network:
        //: %1 is Qt's numeric network error code
        return Thumbnailer::tr("Network error %1 while fetching the preview").arg(failure.code);
    case FailureKind::TimedOut:
        return Thumbnailer::tr("The output host did not answer in time");
    case FailureKind::TooManyRedirects:
        return Thumbnailer::tr("Redirected more than %1 times").arg(Downloader::MaxRedirects);
    case FailureKind::InsecureRedirect:
        return Thumbnailer::tr("Refused to follow a redirect");
    case FailureKind::NotWebAddress:
        return Thumbnailer::tr("The output address is not a web address");
    case FailureKind::TooLarge:
        return Thumbnailer::tr("The output is too large for a preview");
    case FailureKind::NotAnImage:
        return Thumbnailer::tr("The output is not an image");
    case FailureKind::TooManyPixels:
        return Thumbnailer::tr("Preview unavailable: the image is too large");
    case FailureKind::Undecodable:
        return Thumbnailer::tr("Preview unavailable: the image could not be decoded");
    case FailureKind::NoVideoDecoder:
        return Thumbnailer::tr("No video decoder");
    case FailureKind::VideoFailed:
        if (failure.detail.isEmpty())
            return Thumbnailer::tr("The video could not be decoded");
        //: %1 is the media framework's reason
        return Thumbnailer::tr("The video could not be decoded: %1").arg(failure.detail);
    }
    return {};
}

Failure failureOf(ThumbnailImage::Failure failure)
{
    switch (failure) {
    case ThumbnailImage::Failure::NotAnImage:
        return Failure{FailureKind::NotAnImage, 0, {}};
    case ThumbnailImage::Failure::TooManyPixels:
        return Failure{FailureKind::TooManyPixels, 0, {}};
    case ThumbnailImage::Failure::Undecodable:
    case ThumbnailImage::Failure::Unreadable:
        break;
    }
    return Failure{FailureKind::Undecodable, 0, {}};
}

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

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isSuccessStatus(int status)
{
    return status >= 200 && status <= 299;
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

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

    struct Fetch
    {
        quint64 ticket = 0;
        QPointer<QNetworkReply> reply;
        QUrl current; // after redirects
        int redirects = 0;
        QByteArray body;
        std::optional<Failure> abortedFor; // set before we abort the reply ourselves
        bool isVideo = false;              // the Content-Type said so: hand it to the source
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
    std::deque<QString> queue; // the next task to start at the front
    std::map<QString, Fetch> fetches;
    QHash<QString, quint64> grabs; // task → ticket of the video handed to the source
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
    void send(const QString &taskId, Fetch &fetch);
    void onHeaders(const QString &taskId, QNetworkReply *reply);
    void onReadyRead(const QString &taskId, QNetworkReply *reply);
    void onFinished(const QString &taskId, QNetworkReply *reply);
    std::optional<Failure> followRedirect(const QString &taskId, Fetch &fetch,
                                          QNetworkReply *reply);
    void abortWith(Fetch &fetch, const Failure &failure);
    void runJob(const Job &job, std::function<ThumbnailImage::Result()> work);
    void finishJob(const Job &job, const ThumbnailImage::Result &decoded);
    void removeLater(const QString &file);
    void fail(const QString &taskId, const Failure &failure);
    void drop(const QString &taskId);
};

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
            fail(taskId, Failure{FailureKind::NotWebAddress, 0, {}});
        else if (entry.video)
            startGrab(taskId, entry);
        else
            startFetch(taskId, entry);
    }
}

void Thumbnailer::Private::startFetch(const QString &taskId, const Entry &entry)
{
    Fetch &fetch = fetches[taskId];
    fetch.ticket = entry.ticket;
    fetch.current = entry.output;
    qCDebug(lcThumb).nospace().noquote()
        << "thumb " << taskId << ": fetching " << redactedUrl(entry.output);
    send(taskId, fetch);
}

void Thumbnailer::Private::startGrab(const QString &taskId, const Entry &entry)
{
    if (!source || (sourceObject.isNull() && dynamic_cast<QObject *>(source))) {
        fail(taskId, Failure{FailureKind::NoVideoDecoder, 0, {}});
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
                fail(taskId, Failure{FailureKind::VideoFailed, 0, error});
                return;
            }
            const QString path = entries.value(taskId).cacheFile;
            runJob(Job{taskId, ticket, path, false},
                   [frame, path] { return ThumbnailImage::fromFrame(frame, Edge, path); });
        });
}

void Thumbnailer::Private::send(const QString &taskId, Fetch &fetch)
{
    QNetworkRequest request(fetch.current);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("WaveSpeedTaskMonitor/" WSM_VERSION));
    request.setTransferTimeout(int(std::chrono::milliseconds(TransferTimeout).count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Output hosts are other origins: they get neither the app's cookies nor its credentials.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = network->get(request);
    fetch.reply = reply;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q,
                     [this, taskId, reply] { onHeaders(taskId, reply); });
    QObject::connect(reply, &QNetworkReply::readyRead, q,
                     [this, taskId, reply] { onReadyRead(taskId, reply); });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, taskId, reply] { onFinished(taskId, reply); });
}

void Thumbnailer::Private::onHeaders(const QString &taskId, QNetworkReply *reply)
{
    const auto it = fetches.find(taskId);
    if (it == fetches.end() || it->second.reply != reply || !isSuccessStatus(httpStatus(reply)))
        return;

    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (type.trimmed().toLower().startsWith("video/")) {
        it->second.isVideo = true; // the frame source streams it itself
        reply->abort();
    } else if (length.isValid() && length.toLongLong() > MaxImageBytes) {
        abortWith(it->second, Failure{FailureKind::TooLarge, 0, {}});
    }
}

void Thumbnailer::Private::onReadyRead(const QString &taskId, QNetworkReply *reply)
{
    const auto it = fetches.find(taskId);
    if (it == fetches.end() || it->second.reply != reply)
        return;
    Fetch &fetch = it->second;
    if (!isSuccessStatus(httpStatus(reply))) {
        reply->readAll(); // the body of a redirect or an error page is not the output
        return;
    }
    fetch.body += reply->readAll();
    if (fetch.body.size() > MaxImageBytes)
        abortWith(fetch, Failure{FailureKind::TooLarge, 0, {}});
}

void Thumbnailer::Private::onFinished(const QString &taskId, QNetworkReply *reply)
{
    reply->deleteLater();
    QObject::disconnect(reply, nullptr, q, nullptr);
    const auto it = fetches.find(taskId);
    if (it == fetches.end() || it->second.reply != reply)
        return;

    Fetch &fetch = it->second;
    const int status = httpStatus(reply);
    std::optional<Failure> failure;
    if (fetch.isVideo) {
        // not a failure: the frame source takes it over below, once this slot is free
    } else if (fetch.abortedFor) {
        failure = fetch.abortedFor;
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        failure = Failure{FailureKind::TimedOut, 0, {}}; // only the transfer timeout cancels
    } else if (reply->error() != QNetworkReply::NoError && status < 400) {
        failure = Failure{FailureKind::Network, int(reply->error()), {}};
    } else if (isRedirectStatus(status) && reply->hasRawHeader("Location")) {
        failure = followRedirect(taskId, fetch, reply);
        if (!failure)
            return; // the fetch goes on with a new reply
    } else if (!isSuccessStatus(status)) {
        failure = Failure{FailureKind::HttpStatus, status, {}};
    } else {
        fetch.body += reply->readAll();
    }

    const Fetch done = std::move(fetch);
    fetches.erase(it);
    schedulePump();

    Entry *entry = entryOf(taskId, done.ticket);
    if (!entry)
        return;
    if (done.isVideo) {
        entry->video = true;
        enqueue(taskId);
    } else if (failure) {
        fail(taskId, *failure);
    } else {
        const QString path = entry->cacheFile;
        const QByteArray body = done.body;
        runJob(Job{taskId, done.ticket, path, false},
               [body, path] { return ThumbnailImage::fromBytes(body, Edge, path); });
    }
}

std::optional<Failure> Thumbnailer::Private::followRedirect(const QString &taskId, Fetch &fetch,
                                                            QNetworkReply *reply)
{
    if (fetch.redirects >= Downloader::MaxRedirects)
        return Failure{FailureKind::TooManyRedirects, 0, {}};
    const QUrl location(QString::fromUtf8(reply->rawHeader("Location").trimmed()));
    const QUrl target = fetch.current.resolved(location);
    if (!Downloader::isRedirectAllowed(fetch.current, target))
        return Failure{FailureKind::InsecureRedirect, 0, {}};

    ++fetch.redirects;
    fetch.current = target.adjusted(QUrl::RemoveUserInfo);
    fetch.body.clear();
    qCDebug(lcThumb).nospace().noquote()
        << "thumb " << taskId << ": redirected to " << redactedUrl(fetch.current);
    send(taskId, fetch);
    return std::nullopt;
}

void Thumbnailer::Private::abortWith(Fetch &fetch, const Failure &failure)
{
    // abort() may finish the reply at once: the caller must not use the fetch afterwards.
    fetch.abortedFor = failure;
    if (fetch.reply)
        fetch.reply->abort();
}

void Thumbnailer::Private::runJob(const Job &job, std::function<ThumbnailImage::Result()> work)
{
    auto *watcher = new QFutureWatcher<ThumbnailImage::Result>(q);
    QObject::connect(watcher, &QFutureWatcher<ThumbnailImage::Result>::finished, q,
                     [this, watcher, job] {
                         watcher->deleteLater();
                         finishJob(job, watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void Thumbnailer::Private::removeLater(const QString &file)
{
    QThreadPool::globalInstance()->start([file] { QFile::remove(file); });
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
        fail(job.taskId, failureOf(*decoded.failure));
        return;
    }

    entry->state = State::Ready;
    entry->reloading = false;
    memory.insert(job.taskId, new QImage(decoded.image));
    qCDebug(lcThumb).nospace() << "thumb " << job.taskId << ": ready " << decoded.image.size();
    emit q->ready(job.taskId);
}

void Thumbnailer::Private::fail(const QString &taskId, const Failure &failure)
{
    Entry &entry = entries[taskId];
    entry.state = State::Unavailable;
    entry.reloading = false;
    entry.error = describe(failure);
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
    const auto it = fetches.find(taskId);
    if (it == fetches.end())
        return;
    if (QNetworkReply *reply = it->second.reply) {
        QObject::disconnect(reply, nullptr, q, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    fetches.erase(it);
    schedulePump();
}

Thumbnailer::Thumbnailer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network))
{}

Thumbnailer::~Thumbnailer()
{
    for (auto &[taskId, fetch] : d->fetches) {
        if (QNetworkReply *reply = fetch.reply) {
            QObject::disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
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
