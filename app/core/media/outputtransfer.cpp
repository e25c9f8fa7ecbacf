// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/outputtransfer.h"

#include "logging.h"
#include "media/downloader.h"
#include "media/outputnames.h"
#include "media/outputrequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStorageInfo>

namespace {

using OutputRequest::announcedSize;
using OutputRequest::httpStatus;
using OutputRequest::isRedirectStatus;
using OutputRequest::isSuccessStatus;
using OutputRequest::isWebAddress;

constexpr int PartialContent = 206;
constexpr int RangeNotSatisfiable = 416;

// Without a bound Qt reads a body into memory as fast as the network delivers it, whatever we
// have written to disk: a 1 GiB output on a fast link held most of itself in memory. With one,
// Qt's network thread waits for us, and a larger buffer buys no more speed (downloadbench).
constexpr qint64 ReadBufferBytes = 1024 * 1024;

// How many further names to try when the chosen one is taken between choosing and using it.
constexpr int MaxNameAttempts = 10;

using Failure = OutputTransfer::Failure;
using FailureKind = OutputTransfer::FailureKind;

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

bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

OutputTransfer::OutputTransfer(QNetworkAccessManager *network, const QString &taskId,
                               const QUrl &url, int n, const QString &directory,
                               std::chrono::milliseconds transferTimeout)
    : m_network(network)
    , m_taskId(taskId)
    , m_url(url)
    , m_n(n)
    , m_directory(directory)
    , m_transferTimeout(transferTimeout)
{}

OutputTransfer::~OutputTransfer()
{
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    discardPart();
}

bool OutputTransfer::start()
{
    if (!isWebAddress(m_url))
        m_failure = unsupportedAddress(m_url.scheme());
    else if (!QDir().mkpath(m_directory))
        m_failure = fileFailure(FailureKind::CannotCreateFolder, m_directory);
    if (m_failure)
        return false;

    // Credentials in an output address would become an Authorization header: drop them.
    m_current = m_url.adjusted(QUrl::RemoveUserInfo);
    qCDebug(lcDownload).nospace().noquote()
        << "download " << m_taskId << ": output " << m_n << " from " << redactedUrl(m_url);
    send();
    return true;
}

void OutputTransfer::send()
{
    QNetworkRequest request = OutputRequest::make(m_current, m_transferTimeout);
    if (m_rangeFrom) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(*m_rangeFrom) + '-');
        // The rest only if the file is still the one we have the start of; else all of it.
        request.setRawHeader("If-Range", m_validator);
        // Offsets count the bytes as stored: a compressed answer would not line up with them.
        request.setRawHeader("Accept-Encoding", "identity");
    }

    // A reply left behind by a redirect may still signal: only the current one counts.
    QNetworkReply *reply = m_network->get(request);
    reply->setReadBufferSize(ReadBufferBytes);
    m_reply = reply;
    m_bodyAccepted = false;
    m_restartPending = false;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (m_reply == reply)
            onHeaders();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (m_reply == reply)
            onReadyRead();
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (m_reply != reply || !m_bodyAccepted || m_restartPending)
                    return;
                const qint64 whole = total < 0 ? -1 : m_offset + total;
                emit progress(m_offset + received, m_total.value_or(whole));
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void OutputTransfer::onHeaders()
{
    if (!m_bodyAccepted && !m_abortedFor && isSuccessStatus(httpStatus(m_reply)))
        acceptOrAbort();
}

void OutputTransfer::onReadyRead()
{
    if (!isSuccessStatus(httpStatus(m_reply)) || m_restartPending || m_abortedFor) {
        m_reply->readAll(); // a redirect, an error page or the wrong part is not the output
        return;
    }
    if (!m_bodyAccepted && !acceptOrAbort())
        return;
    if (const auto failure = writeAvailable(m_reply))
        abortWith(*failure);
}

void OutputTransfer::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    QObject::disconnect(reply, nullptr, this, nullptr);
    if (m_reply != reply)
        return;
    m_reply = nullptr;

    const int status = httpStatus(reply);
    if (m_abortedFor) {
        m_failure = m_abortedFor;
    } else if (m_restartPending) {
        m_failure = restartOrFail(status);
    } else if (reply->error() != QNetworkReply::NoError && status < 400) {
        m_failure = interrupted(reply);
    } else if (isRedirectStatus(status) && reply->hasRawHeader("Location")) {
        m_failure = followRedirect(reply);
    } else if (status == RangeNotSatisfiable && m_rangeFrom) {
        m_failure = restartOrFail(status);
    } else if (!isSuccessStatus(status)) {
        m_failure = failureOf(FailureKind::HttpStatus, status);
    } else {
        m_failure = complete(reply);
    }
    if (!m_failure && m_reply)
        return; // the transfer goes on with a new request

    if (m_failure)
        discardPart();
    emit finished();
}

// A reply that ended with a network error before any HTTP error status.
std::optional<Failure> OutputTransfer::interrupted(QNetworkReply *reply)
{
    // What arrived before the break stays: a resumed request starts after it.
    if (m_bodyAccepted && isSuccessStatus(httpStatus(reply))) {
        if (auto failure = writeAvailable(reply))
            return failure;
    }
    return resumeOrFail(reply, failureOfReply(reply));
}

Failure OutputTransfer::failureOfReply(const QNetworkReply *reply) const
{
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError) // only the transfer timeout cancels
        return failureOf(FailureKind::TimedOut, m_transferTimeout.count());
    if (m_bodyAccepted && isSuccessStatus(httpStatus(reply)) && m_total && m_written < *m_total)
        return sizeMismatch(m_written, *m_total);
    return failureOf(FailureKind::Network, error);
}

std::optional<Failure> OutputTransfer::followRedirect(QNetworkReply *reply)
{
    if (m_redirects >= Downloader::MaxRedirects)
        return failureOf(FailureKind::TooManyRedirects);

    const QUrl location(QString::fromUtf8(reply->rawHeader("Location").trimmed()));
    const QUrl target = m_current.resolved(location);
    if (!Downloader::isRedirectAllowed(m_current, target)) {
        if (isWebAddress(target))
            return failureOf(FailureKind::InsecureRedirect);
        return unsupportedAddress(target.scheme());
    }

    ++m_redirects;
    m_current = target.adjusted(QUrl::RemoveUserInfo);
    qCDebug(lcDownload).nospace().noquote()
        << "download " << m_taskId << ": output " << m_n << " redirected (" << m_redirects
        << " of at most " << Downloader::MaxRedirects << ") to " << redactedUrl(m_current);
    send();
    return std::nullopt;
}

std::optional<Failure> OutputTransfer::complete(QNetworkReply *reply)
{
    if (!m_bodyAccepted) { // an empty body never signalled readyRead
        if (auto failure = acceptBody(reply))
            return failure;
        if (m_restartPending)
            return restartOrFail(httpStatus(reply));
    }
    if (auto failure = writeAvailable(reply))
        return failure;

    if (m_total && *m_total != m_written) {
        const Failure mismatch = sizeMismatch(m_written, *m_total);
        return m_written < *m_total ? resumeOrFail(reply, mismatch) : mismatch;
    }
    if (!m_part->flush())
        return fileFailure(FailureKind::CannotWrite, m_target, m_part->errorString());
    m_part->close();

    return moveIntoPlace();
}

// Takes the headers of a 2xx answer: where its body goes in the file and how big the file is.
// False when the reply's body is not wanted.
bool OutputTransfer::acceptOrAbort()
{
    if (const auto failure = acceptBody(m_reply)) {
        abortWith(*failure);
        return false;
    }
    if (m_restartPending) {
        abortLater(); // onFinished() asks again, for the whole file
        return false;
    }
    return true;
}

std::optional<Failure> OutputTransfer::acceptBody(const QNetworkReply *reply)
{
    m_bodyAccepted = true;
    if (httpStatus(reply) == PartialContent) {
        const auto range = OutputRequest::contentRange(reply);
        const bool sameSize = range && (!m_total || !range->total || *range->total == *m_total);
        const bool continues = range && range->first == m_written && sameSize;
        if (!continues && (!range || range->first != 0)) {
            m_restartPending = true;
            return std::nullopt;
        }
        m_offset = range->first;
        if (range->total || m_offset == 0)
            m_total = range->total;
    } else {
        m_offset = 0;
        m_total = announcedSize(reply);
        m_validator = OutputRequest::resumeValidator(reply);
    }

    if (m_offset != m_written) {
        if (auto failure = truncatePart())
            return failure;
    }
    if (m_total) {
        if (auto failure = checkFreeSpace(*m_total - m_offset))
            return failure;
    }
    return m_part ? std::nullopt : openPart(reply);
}

// Whether a reply that ended early may be followed by a request for the rest of the file.
bool OutputTransfer::canResume(const QNetworkReply *reply) const
{
    return m_bodyAccepted && isSuccessStatus(httpStatus(reply)) && m_written > 0 &&
           !m_validator.isEmpty() && m_resumes < MaxResumes;
}

std::optional<Failure> OutputTransfer::resumeOrFail(const QNetworkReply *reply,
                                                    const Failure &failure)
{
    if (!canResume(reply))
        return failure;

    ++m_resumes;
    m_rangeFrom = m_written;
    qCInfo(lcDownload).nospace().noquote()
        << "download " << m_taskId << ": output " << m_n << " broke off after " << m_written
        << " of " << (m_total ? QString::number(*m_total) : QStringLiteral("?"))
        << " bytes; asking for the rest (" << m_resumes << " of at most " << MaxResumes << ") from "
        << redactedUrl(m_current);
    send();
    return std::nullopt;
}

// The server will not send the rest (416, or a part that does not follow ours): all again.
std::optional<Failure> OutputTransfer::restartOrFail(int status)
{
    if (m_resumes >= MaxResumes)
        return failureOf(FailureKind::HttpStatus, status);
    if (auto failure = truncatePart())
        return failure;

    ++m_resumes;
    m_rangeFrom.reset();
    qCInfo(lcDownload).nospace().noquote()
        << "download " << m_taskId << ": output " << m_n << " got HTTP " << status
        << " for the rest; asking for all of it again (" << m_resumes << " of at most "
        << MaxResumes << ") from " << redactedUrl(m_current);
    send();
    return std::nullopt;
}

std::optional<Failure> OutputTransfer::checkFreeSpace(qint64 needed) const
{
    const QStorageInfo storage(m_directory);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || needed <= available)
        return std::nullopt;

    Failure failure = fileFailure(FailureKind::NotEnoughSpace, m_directory);
    failure.needed = needed;
    failure.available = available;
    return failure;
}

std::optional<Failure> OutputTransfer::openPart(const QNetworkReply *reply)
{
    const QByteArray contentType = reply->rawHeader("Content-Type");
    // The address the API gave names the kind best; a CDN's final address or the type come next.
    m_extension = OutputNames::extension(m_url, QByteArray());
    if (m_extension == QLatin1String("bin"))
        m_extension = OutputNames::extension(m_current, contentType);

    for (int attempt = 0; attempt < MaxNameAttempts; ++attempt) {
        const QString path = OutputNames::freePath(m_directory, m_taskId, m_n, m_extension);
        if (path.isEmpty())
            break;
        auto part = std::make_unique<QFile>(path + QStringLiteral(".part"));
        // NewOnly: a file that appeared since freePath() looked is never truncated. Unbuffered:
        // a write the disk cannot take fails at once, with the system's reason.
        if (part->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            m_part = std::move(part);
            m_target = path;
            return std::nullopt;
        }
        if (!isTaken(part->fileName()))
            return fileFailure(FailureKind::CannotWrite, path, part->errorString());
    }
    return fileFailure(FailureKind::NoFreeName, m_directory);
}

std::optional<Failure> OutputTransfer::truncatePart()
{
    m_offset = 0;
    if (!m_part || m_written == 0)
        return std::nullopt;
    m_written = 0;
    if (!m_part->resize(0) || !m_part->seek(0))
        return fileFailure(FailureKind::CannotWrite, m_target, m_part->errorString());
    return std::nullopt;
}

std::optional<Failure> OutputTransfer::writeAvailable(QNetworkReply *reply)
{
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return std::nullopt;
    // A disk that fills up takes part of a chunk without complaint; the next write says why not.
    for (qint64 done = 0; done < chunk.size();) {
        const qint64 count = m_part->write(chunk.constData() + done, chunk.size() - done);
        if (count <= 0)
            return fileFailure(FailureKind::CannotWrite, m_target, m_part->errorString());
        done += count;
        m_written += count;
    }
    return std::nullopt;
}

std::optional<Failure> OutputTransfer::moveIntoPlace()
{
    QString target = m_target;
    for (int attempt = 0; attempt < MaxNameAttempts; ++attempt) {
        // QFile::rename() refuses an existing target; a name taken meanwhile means the next one.
        if (!isTaken(target) && m_part->rename(target)) {
            m_target = target;
            m_part.reset(); // the file is the output now, no longer a part to discard
            return std::nullopt;
        }
        if (!isTaken(target))
            return fileFailure(FailureKind::CannotWrite, target, m_part->errorString());
        target = OutputNames::freePath(m_directory, m_taskId, m_n, m_extension);
        if (target.isEmpty())
            break;
    }
    return fileFailure(FailureKind::NoFreeName, m_directory);
}

void OutputTransfer::abortWith(const Failure &failure)
{
    m_abortedFor = failure;
    abortLater();
}

// Aborting inside one of the reply's own signals leaves Qt to report a second error on it:
// the reply goes from the event loop, and its body is ignored until then.
void OutputTransfer::abortLater()
{
    QMetaObject::invokeMethod(
        this,
        [reply = m_reply] {
            if (reply)
                reply->abort();
        },
        Qt::QueuedConnection);
}

void OutputTransfer::discardPart()
{
    if (!m_part)
        return;
    m_part->close();
    m_part->remove();
    m_part.reset();
}
