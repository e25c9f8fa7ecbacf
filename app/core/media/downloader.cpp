// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/downloader.h"

#include "logging.h"
#include "media/outputnames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int DefaultMaxConcurrent = 2;
// How many further names to try when the chosen one is taken between choosing and using it.
constexpr int MaxNameAttempts = 10;
constexpr double MillisecondsPerSecond = 1000.0;

enum class FailureKind {
    Network,
    TimedOut,
    HttpStatus,
    TooManyRedirects,
    InsecureRedirect,
    UnsupportedAddress,
    SizeMismatch,
    CannotCreateFolder,
    CannotWrite,
    NoFreeName,
};

struct Failure
{
    FailureKind kind = FailureKind::Network;
    qint64 code = 0; // HTTP status, network error or timeout in ms, by kind
    qint64 received = 0;
    qint64 announced = 0;
    QString path;
    QString detail;
};

Failure failureOf(FailureKind kind, qint64 code = 0)
{
    Failure failure;
    failure.kind = kind;
    failure.code = code;
    return failure;
}

Failure fileFailure(FailureKind kind, const QString &path, const QString &detail = {})
{
    Failure failure = failureOf(kind);
    failure.path = path;
    failure.detail = detail;
    return failure;
}

Failure unsupportedAddress(const QString &scheme)
{
    Failure failure = failureOf(FailureKind::UnsupportedAddress);
    failure.detail = scheme;
    return failure;
}

Failure sizeMismatch(qint64 received, qint64 announced)
{
    Failure failure = failureOf(FailureKind::SizeMismatch);
    failure.received = received;
    failure.announced = announced;
    return failure;
}

QString networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Downloader::tr("The output host refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return Downloader::tr("The output host closed the connection early");
    case QNetworkReply::HostNotFoundError:
        return Downloader::tr("The output host was not found");
    case QNetworkReply::TimeoutError:
        return Downloader::tr("The connection to the output host timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return Downloader::tr("The secure connection to the output host failed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Downloader::tr("The network is not available");
    default:
        break;
    }
    if (error >= QNetworkReply::ProxyConnectionRefusedError &&
        error <= QNetworkReply::UnknownProxyError) {
        return Downloader::tr("The proxy failed to fetch the output");
    }
    //: %1 is Qt's numeric network error code
    return Downloader::tr("Network error %1 while fetching the output").arg(int(error));
}

// The one place that turns a failure into text for users.
QString describe(const Failure &failure)
{
    const QString path = QDir::toNativeSeparators(failure.path);
    switch (failure.kind) {
    case FailureKind::Network:
        return networkErrorText(QNetworkReply::NetworkError(failure.code));
    case FailureKind::TimedOut:
        return Downloader::tr("The output host sent nothing for %1 seconds")
            .arg(double(failure.code) / MillisecondsPerSecond);
    case FailureKind::HttpStatus:
        return Downloader::tr("HTTP %1 from the output host").arg(failure.code);
    case FailureKind::TooManyRedirects:
        return Downloader::tr("Redirected more than %1 times").arg(Downloader::MaxRedirects);
    case FailureKind::InsecureRedirect:
        return Downloader::tr("Refused to follow a redirect from https to http");
    case FailureKind::UnsupportedAddress:
        if (failure.detail.isEmpty())
            return Downloader::tr("The output address is not a web address");
        return Downloader::tr("Only http and https addresses can be saved, not \"%1\"")
            .arg(failure.detail);
    case FailureKind::SizeMismatch:
        return Downloader::tr("Received %1 bytes but the server announced %2")
            .arg(failure.received)
            .arg(failure.announced);
    case FailureKind::CannotCreateFolder:
        return Downloader::tr("Cannot create the folder %1").arg(path);
    case FailureKind::CannotWrite:
        //: %1 is a file path, %2 the system's reason, e.g. "No space left on device"
        return Downloader::tr("Cannot write to %1: %2").arg(path, failure.detail);
    case FailureKind::NoFreeName:
        return Downloader::tr("No free file name left for this output in %1").arg(path);
    }
    return {};
}

bool isWebScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
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

// The size the server announced for the body as it reaches us, when it is known.
std::optional<qint64> announcedSize(const QNetworkReply *reply)
{
    // Qt decompresses gzip and deflate bodies itself; the length then counts compressed bytes.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid() || (!encoding.isEmpty() && encoding != "identity"))
        return std::nullopt;
    return length.toLongLong();
}

struct Job
{
    QString taskId;
    QUrl url;     // as given: the one signals name
    QUrl current; // after redirects
    int n = 0;
    QString directory;
    int batch = 0;
    int redirects = 0;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QFile> part;
    QString target; // the final name, chosen when the response headers arrive
    QString extension;
    qint64 written = 0;
    std::optional<Failure> abortedFor; // set before we abort the reply ourselves
};

struct Batch
{
    QString taskId;
    qsizetype remaining = 0;
    bool allSaved = true;
};

bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

struct Downloader::Private
{
    Private(Downloader *owner, QNetworkAccessManager *manager)
        : q(owner)
        , network(manager)
    {}

    Downloader *q;
    QNetworkAccessManager *network;
    std::chrono::milliseconds transferTimeout = DefaultTransferTimeout;
    int maxConcurrent = DefaultMaxConcurrent;
    std::deque<std::unique_ptr<Job>> queue;
    std::vector<std::unique_ptr<Job>> running;
    QHash<int, Batch> batches;
    int lastBatch = 0;
    bool busy = false;
    bool pumpScheduled = false;

    void schedulePump();
    void pump();
    std::optional<Failure> begin(Job &job);
    void send(Job &job);
    void onHeaders(Job &job);
    void onReadyRead(Job &job);
    void onFinished(Job *job, QNetworkReply *reply);
    std::optional<Failure> followRedirect(Job &job, QNetworkReply *reply);
    std::optional<Failure> complete(Job &job, QNetworkReply *reply);
    std::optional<Failure> openPart(Job &job);
    std::optional<Failure> writeAvailable(Job &job);
    std::optional<Failure> moveIntoPlace(Job &job);
    void abortWith(Job &job, const Failure &failure);
    bool report(std::unique_ptr<Job> job, const std::optional<Failure> &failure);
    std::unique_ptr<Job> takeRunning(Job *job);
    static void discardPart(Job &job);
};

void Downloader::Private::schedulePump()
{
    if (pumpScheduled)
        return;
    pumpScheduled = true;
    QMetaObject::invokeMethod(
        q, [this] { pump(); }, Qt::QueuedConnection);
}

void Downloader::Private::pump()
{
    pumpScheduled = false;
    while (int(running.size()) < maxConcurrent && !queue.empty()) {
        running.push_back(std::move(queue.front()));
        queue.pop_front();
        Job *job = running.back().get();
        if (const auto failure = begin(*job)) {
            if (!report(takeRunning(job), failure))
                return;
        }
    }

    if (busy && queue.empty() && running.empty()) {
        busy = false;
        emit q->idle();
    }
}

std::optional<Failure> Downloader::Private::begin(Job &job)
{
    if (!isWebScheme(job.url) || job.url.host().isEmpty())
        return unsupportedAddress(job.url.scheme());
    if (!QDir().mkpath(job.directory))
        return fileFailure(FailureKind::CannotCreateFolder, job.directory);

    // Credentials in an output address would become an Authorization header: drop them.
    job.current = job.url.adjusted(QUrl::RemoveUserInfo);
    qCDebug(lcDownload).nospace().noquote()
        << "download " << job.taskId << ": output " << job.n << " from " << redactedUrl(job.url);
    send(job);
    return std::nullopt;
}

void Downloader::Private::send(Job &job)
{
    QNetworkRequest request(job.current);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("WaveSpeedTaskMonitor/" WSM_VERSION));
    request.setTransferTimeout(int(transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Output hosts are other origins: they get neither the app's cookies nor its credentials.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = network->get(request);
    job.reply = reply;
    Job *raw = &job;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, raw, reply] {
        if (raw->reply == reply)
            onHeaders(*raw);
    });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, raw, reply] {
        if (raw->reply == reply)
            onReadyRead(*raw);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, q,
                     [this, raw, reply](qint64 received, qint64 total) {
                         if (raw->reply == reply && isSuccessStatus(httpStatus(reply)))
                             emit q->progress(raw->taskId, raw->url, received, total);
                     });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, raw, reply] { onFinished(raw, reply); });
}

void Downloader::Private::onHeaders(Job &job)
{
    if (job.part || !isSuccessStatus(httpStatus(job.reply)))
        return;
    if (const auto failure = openPart(job))
        abortWith(job, *failure);
}

void Downloader::Private::onReadyRead(Job &job)
{
    if (!isSuccessStatus(httpStatus(job.reply))) {
        job.reply->readAll(); // the body of a redirect or an error page is not the output
        return;
    }
    if (!job.part) {
        if (const auto failure = openPart(job)) {
            abortWith(job, *failure);
            return;
        }
    }
    if (const auto failure = writeAvailable(job))
        abortWith(job, *failure);
}

void Downloader::Private::onFinished(Job *job, QNetworkReply *reply)
{
    reply->deleteLater();
    QObject::disconnect(reply, nullptr, q, nullptr);
    if (job->reply != reply)
        return;
    job->reply = nullptr;

    const QNetworkReply::NetworkError error = reply->error();
    const int status = httpStatus(reply);

    std::optional<Failure> failure;
    if (job->abortedFor) {
        failure = job->abortedFor;
    } else if (error != QNetworkReply::NoError && status < 400) {
        const auto announced = announcedSize(reply);
        const qint64 received = job->written + reply->bytesAvailable();
        if (error == QNetworkReply::OperationCanceledError) // only the transfer timeout cancels
            failure = failureOf(FailureKind::TimedOut, transferTimeout.count());
        else if (isSuccessStatus(status) && announced && received < *announced)
            failure = sizeMismatch(received, *announced);
        else
            failure = failureOf(FailureKind::Network, error);
    } else if (isRedirectStatus(status) && reply->hasRawHeader("Location")) {
        failure = followRedirect(*job, reply);
        if (!failure)
            return; // the job goes on with a new reply
    } else if (!isSuccessStatus(status)) {
        failure = failureOf(FailureKind::HttpStatus, status);
    } else {
        failure = complete(*job, reply);
    }

    if (report(takeRunning(job), failure))
        pump();
}

std::optional<Failure> Downloader::Private::followRedirect(Job &job, QNetworkReply *reply)
{
    if (job.redirects >= MaxRedirects)
        return failureOf(FailureKind::TooManyRedirects);

    const QUrl location(QString::fromUtf8(reply->rawHeader("Location").trimmed()));
    const QUrl target = job.current.resolved(location);
    if (!isRedirectAllowed(job.current, target)) {
        if (isWebScheme(target) && !target.host().isEmpty())
            return failureOf(FailureKind::InsecureRedirect);
        return unsupportedAddress(target.scheme());
    }

    ++job.redirects;
    job.current = target.adjusted(QUrl::RemoveUserInfo);
    qCDebug(lcDownload).nospace().noquote()
        << "download " << job.taskId << ": output " << job.n << " redirected (" << job.redirects
        << " of at most " << MaxRedirects << ") to " << redactedUrl(job.current);
    send(job);
    return std::nullopt;
}

std::optional<Failure> Downloader::Private::complete(Job &job, QNetworkReply *reply)
{
    if (!job.part) { // an empty body never signalled readyRead
        if (auto failure = openPart(job))
            return failure;
    }
    if (auto failure = writeAvailable(job))
        return failure;

    const auto announced = announcedSize(reply);
    if (announced && *announced != job.written)
        return sizeMismatch(job.written, *announced);
    if (!job.part->flush())
        return fileFailure(FailureKind::CannotWrite, job.target, job.part->errorString());
    job.part->close();

    return moveIntoPlace(job);
}

std::optional<Failure> Downloader::Private::openPart(Job &job)
{
    const QByteArray contentType = job.reply->rawHeader("Content-Type");
    // The address the API gave names the kind best; a CDN's final address or the type come next.
    job.extension = OutputNames::extension(job.url, QByteArray());
    if (job.extension == QLatin1String("bin"))
        job.extension = OutputNames::extension(job.current, contentType);

    for (int attempt = 0; attempt < MaxNameAttempts; ++attempt) {
        const QString path = OutputNames::freePath(job.directory, job.taskId, job.n, job.extension);
        if (path.isEmpty())
            break;
        auto part = std::make_unique<QFile>(path + QStringLiteral(".part"));
        // NewOnly: a file that appeared since freePath() looked is never truncated.
        if (part->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            job.part = std::move(part);
            job.target = path;
            return std::nullopt;
        }
        if (!isTaken(part->fileName()))
            return fileFailure(FailureKind::CannotWrite, path, part->errorString());
    }
    return fileFailure(FailureKind::NoFreeName, job.directory);
}

std::optional<Failure> Downloader::Private::writeAvailable(Job &job)
{
    const QByteArray chunk = job.reply ? job.reply->readAll() : QByteArray();
    if (chunk.isEmpty())
        return std::nullopt;
    if (job.part->write(chunk) != chunk.size())
        return fileFailure(FailureKind::CannotWrite, job.target, job.part->errorString());
    job.written += chunk.size();
    return std::nullopt;
}

std::optional<Failure> Downloader::Private::moveIntoPlace(Job &job)
{
    QString target = job.target;
    for (int attempt = 0; attempt < MaxNameAttempts; ++attempt) {
        // QFile::rename() refuses an existing target; a name taken meanwhile means the next one.
        if (!isTaken(target) && job.part->rename(target)) {
            job.target = target;
            return std::nullopt;
        }
        if (!isTaken(target))
            return fileFailure(FailureKind::CannotWrite, target, job.part->errorString());
        target = OutputNames::freePath(job.directory, job.taskId, job.n, job.extension);
        if (target.isEmpty())
            break;
    }
    return fileFailure(FailureKind::NoFreeName, job.directory);
}

void Downloader::Private::abortWith(Job &job, const Failure &failure)
{
    // abort() may finish the job at once: the caller must not touch it afterwards.
    job.abortedFor = failure;
    if (job.reply)
        job.reply->abort();
}

bool Downloader::Private::report(std::unique_ptr<Job> job, const std::optional<Failure> &failure)
{
    const QPointer<Downloader> alive(q);
    if (failure) {
        discardPart(*job);
        const QString text = describe(*failure);
        qCWarning(lcDownload).nospace().noquote()
            << "download " << job->taskId << ": output " << job->n << " from "
            << redactedUrl(job->url) << " failed: " << text;
        emit q->failed(job->taskId, job->url, text);
    } else {
        qCInfo(lcDownload).nospace().noquote()
            << "download " << job->taskId << ": saved output " << job->n << " (" << job->written
            << " bytes) as " << QDir::toNativeSeparators(job->target);
        emit q->saved(job->taskId, job->url, job->target, job->written);
    }
    if (!alive)
        return false;

    const auto batch = batches.find(job->batch);
    if (batch == batches.end())
        return true;
    batch->allSaved = batch->allSaved && !failure;
    if (--batch->remaining > 0)
        return true;
    const Batch done = batches.take(job->batch);
    emit q->taskFinished(done.taskId, done.allSaved);
    return !alive.isNull();
}

std::unique_ptr<Job> Downloader::Private::takeRunning(Job *job)
{
    const auto it =
        std::find_if(running.begin(), running.end(),
                     [job](const std::unique_ptr<Job> &item) { return item.get() == job; });
    if (it == running.end())
        return nullptr;
    std::unique_ptr<Job> owned = std::move(*it);
    running.erase(it);
    return owned;
}

void Downloader::Private::discardPart(Job &job)
{
    if (!job.part)
        return;
    job.part->close();
    job.part->remove();
    job.part.reset();
}

Downloader::Downloader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(new Private(this, network))
{}

Downloader::~Downloader()
{
    for (const auto &job : d->running) {
        if (job->reply) {
            QObject::disconnect(job->reply, nullptr, this, nullptr);
            job->reply->abort();
            job->reply->deleteLater();
        }
        Private::discardPart(*job);
    }
    delete d;
}

void Downloader::setTransferTimeout(std::chrono::milliseconds timeout)
{
    d->transferTimeout = timeout;
}

void Downloader::setMaxConcurrent(int count)
{
    d->maxConcurrent = std::max(1, count);
    d->schedulePump();
}

void Downloader::download(const QString &taskId, const QList<QUrl> &outputs,
                          const QString &directory)
{
    qCInfo(lcDownload).nospace().noquote()
        << "download " << taskId << ": queued " << outputs.size() << " outputs";
    d->busy = true;

    if (outputs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, taskId] { emit taskFinished(taskId, true); }, Qt::QueuedConnection);
    } else {
        const int batch = ++d->lastBatch;
        d->batches.insert(batch, Batch{taskId, outputs.size(), true});
        for (int i = 0; i < outputs.size(); ++i) {
            auto job = std::make_unique<Job>();
            job->taskId = taskId;
            job->url = outputs.at(i);
            job->n = i + 1;
            job->directory = directory;
            job->batch = batch;
            d->queue.push_back(std::move(job));
        }
    }
    d->schedulePump();
}

int Downloader::pendingCount() const
{
    return int(d->queue.size() + d->running.size());
}

bool Downloader::isRedirectAllowed(const QUrl &from, const QUrl &to)
{
    if (!to.isValid() || !isWebScheme(to) || to.host().isEmpty())
        return false;
    const bool downgrade =
        from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        to.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
    return !downgrade || isLoopbackHost(to.host());
}
