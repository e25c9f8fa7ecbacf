// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/downloader.h"

#include "logging.h"
#include "media/outputtransfer.h"

#include <QDir>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkReply>
#include <QPointer>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int DefaultMaxConcurrent = 2;
constexpr double MillisecondsPerSecond = 1000.0;

using Failure = OutputTransfer::Failure;
using FailureKind = OutputTransfer::FailureKind;

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
    case FailureKind::NotEnoughSpace: {
        const QLocale locale;
        //: %1 is a folder, %2 and %3 are sizes such as "1.5 GiB"
        return Downloader::tr("Not enough free space in %1: the output needs %2, only %3 are free")
            .arg(path, locale.formattedDataSize(failure.needed),
                 locale.formattedDataSize(failure.available));
    }
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

// One output as download() queued it.
struct Output
{
    QString taskId;
    QUrl url;
    int n = 0;
    QString directory;
    int batch = 0;
};

struct Running
{
    Output output;
    std::unique_ptr<OutputTransfer> transfer;
};

struct Batch
{
    QString taskId;
    qsizetype remaining = 0;
    bool allSaved = true;
};

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
    std::deque<Output> queue;
    std::vector<Running> running;
    QHash<int, Batch> batches;
    int lastBatch = 0;
    bool busy = false;
    bool pumpScheduled = false;

    void schedulePump();
    void pump();
    OutputTransfer *addTransfer(Output output);
    void onFinished(OutputTransfer *transfer);
    bool report(Running job);
    void announce(const Output &output, const OutputTransfer &transfer);
    bool countInBatch(int id, bool saved);
    Running takeRunning(OutputTransfer *transfer);
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
        Output output = std::move(queue.front());
        queue.pop_front();
        OutputTransfer *transfer = addTransfer(std::move(output));
        if (!transfer->start()) {
            if (!report(takeRunning(transfer)))
                return;
        }
    }

    if (busy && queue.empty() && running.empty()) {
        busy = false;
        emit q->idle();
    }
}

// Creates the transfer of one output as a running one, connected but not yet started.
OutputTransfer *Downloader::Private::addTransfer(Output output)
{
    auto transfer = std::make_unique<OutputTransfer>(network, output.taskId, output.url, output.n,
                                                     output.directory, transferTimeout);
    OutputTransfer *raw = transfer.get();
    QObject::connect(
        raw, &OutputTransfer::progress, q,
        [this, taskId = output.taskId, url = output.url](qint64 received, qint64 total) {
            emit q->progress(taskId, url, received, total);
        });
    QObject::connect(raw, &OutputTransfer::finished, q, [this, raw] { onFinished(raw); });
    running.push_back(Running{std::move(output), std::move(transfer)});
    return raw;
}

void Downloader::Private::onFinished(OutputTransfer *transfer)
{
    if (report(takeRunning(transfer)))
        pump();
}

// Tells the owner how one output ended and, after its task's last one, how the task ended.
// False when a receiver destroyed the downloader meanwhile.
bool Downloader::Private::report(Running job)
{
    // The transfer may still be on the call stack: it goes once control is back in the loop.
    OutputTransfer *transfer = job.transfer.release();
    transfer->deleteLater();

    const QPointer<Downloader> alive(q);
    announce(job.output, *transfer);
    if (!alive)
        return false;
    return countInBatch(job.output.batch, !transfer->failure());
}

void Downloader::Private::announce(const Output &output, const OutputTransfer &transfer)
{
    if (const auto &failure = transfer.failure()) {
        const QString text = describe(*failure);
        qCWarning(lcDownload).nospace().noquote()
            << "download " << output.taskId << ": output " << output.n << " from "
            << redactedUrl(output.url) << " failed: " << text;
        emit q->failed(output.taskId, output.url, text);
        return;
    }
    qCInfo(lcDownload).nospace().noquote()
        << "download " << output.taskId << ": saved output " << output.n << " (" << transfer.bytes()
        << " bytes) as " << QDir::toNativeSeparators(transfer.path());
    emit q->saved(output.taskId, output.url, transfer.path(), transfer.bytes());
}

// False when a receiver of taskFinished() destroyed the downloader.
bool Downloader::Private::countInBatch(int id, bool saved)
{
    const auto batch = batches.find(id);
    if (batch == batches.end())
        return true;
    batch->allSaved = batch->allSaved && saved;
    if (--batch->remaining > 0)
        return true;

    const Batch done = batches.take(id);
    const QPointer<Downloader> alive(q);
    emit q->taskFinished(done.taskId, done.allSaved);
    return !alive.isNull();
}

Running Downloader::Private::takeRunning(OutputTransfer *transfer)
{
    const auto it = std::find_if(running.begin(), running.end(), [transfer](const Running &item) {
        return item.transfer.get() == transfer;
    });
    Q_ASSERT(it != running.end()); // a transfer finishes once, and only while it is running
    Running owned = std::move(*it);
    running.erase(it);
    return owned;
}

Downloader::Downloader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(new Private(this, network))
{}

Downloader::~Downloader()
{
    // Each running transfer aborts its reply and removes its .part file as it goes.
    d->running.clear();
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
    QList<int> numbers;
    numbers.reserve(outputs.size());
    for (int i = 0; i < outputs.size(); ++i)
        numbers.append(i + 1);
    download(taskId, outputs, numbers, directory);
}

void Downloader::download(const QString &taskId, const QList<QUrl> &outputs,
                          const QList<int> &numbers, const QString &directory)
{
    Q_ASSERT(numbers.size() == outputs.size());
    qCInfo(lcDownload).nospace().noquote()
        << "download " << taskId << ": queued " << outputs.size() << " outputs";
    d->busy = true;

    if (outputs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, taskId] { emit taskFinished(taskId, true); }, Qt::QueuedConnection);
    } else {
        const int batch = ++d->lastBatch;
        d->batches.insert(batch, Batch{taskId, outputs.size(), true});
        for (int i = 0; i < outputs.size(); ++i)
            d->queue.push_back(
                Output{taskId, outputs.at(i), numbers.value(i, i + 1), directory, batch});
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
