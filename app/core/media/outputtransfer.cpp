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

namespace {

using OutputRequest::httpStatus;
using OutputRequest::isRedirectStatus;
using OutputRequest::isSuccessStatus;
using OutputRequest::isWebAddress;

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
    const QNetworkRequest request = OutputRequest::make(m_current, m_transferTimeout);

    // A reply left behind by a redirect may still signal: only the current one counts.
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
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
                if (m_reply == reply && isSuccessStatus(httpStatus(reply)))
                    emit progress(received, total);
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void OutputTransfer::onHeaders()
{
    if (m_part || !isSuccessStatus(httpStatus(m_reply)))
        return;
    if (const auto failure = openPart())
        abortWith(*failure);
}

void OutputTransfer::onReadyRead()
{
    if (!isSuccessStatus(httpStatus(m_reply))) {
        m_reply->readAll(); // the body of a redirect or an error page is not the output
        return;
    }
    if (!m_part) {
        if (const auto failure = openPart()) {
            abortWith(*failure);
            return;
        }
    }
    if (const auto failure = writeAvailable())
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
    } else if (reply->error() != QNetworkReply::NoError && status < 400) {
        m_failure = failureOfReply(reply);
    } else if (isRedirectStatus(status) && reply->hasRawHeader("Location")) {
        m_failure = followRedirect(reply);
        if (!m_failure)
            return; // the transfer goes on with a new reply
    } else if (!isSuccessStatus(status)) {
        m_failure = failureOf(FailureKind::HttpStatus, status);
    } else {
        m_failure = complete(reply);
    }

    if (m_failure)
        discardPart();
    emit finished();
}

// A reply that ended with a network error before any HTTP error status.
std::optional<Failure> OutputTransfer::failureOfReply(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    const auto announced = announcedSize(reply);
    const qint64 received = m_written + reply->bytesAvailable();
    if (error == QNetworkReply::OperationCanceledError) // only the transfer timeout cancels
        return failureOf(FailureKind::TimedOut, m_transferTimeout.count());
    if (isSuccessStatus(httpStatus(reply)) && announced && received < *announced)
        return sizeMismatch(received, *announced);
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
    if (!m_part) { // an empty body never signalled readyRead
        if (auto failure = openPart())
            return failure;
    }
    if (auto failure = writeAvailable())
        return failure;

    const auto announced = announcedSize(reply);
    if (announced && *announced != m_written)
        return sizeMismatch(m_written, *announced);
    if (!m_part->flush())
        return fileFailure(FailureKind::CannotWrite, m_target, m_part->errorString());
    m_part->close();

    return moveIntoPlace();
}

std::optional<Failure> OutputTransfer::openPart()
{
    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    // The address the API gave names the kind best; a CDN's final address or the type come next.
    m_extension = OutputNames::extension(m_url, QByteArray());
    if (m_extension == QLatin1String("bin"))
        m_extension = OutputNames::extension(m_current, contentType);

    for (int attempt = 0; attempt < MaxNameAttempts; ++attempt) {
        const QString path = OutputNames::freePath(m_directory, m_taskId, m_n, m_extension);
        if (path.isEmpty())
            break;
        auto part = std::make_unique<QFile>(path + QStringLiteral(".part"));
        // NewOnly: a file that appeared since freePath() looked is never truncated.
        if (part->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_part = std::move(part);
            m_target = path;
            return std::nullopt;
        }
        if (!isTaken(part->fileName()))
            return fileFailure(FailureKind::CannotWrite, path, part->errorString());
    }
    return fileFailure(FailureKind::NoFreeName, m_directory);
}

std::optional<Failure> OutputTransfer::writeAvailable()
{
    const QByteArray chunk = m_reply ? m_reply->readAll() : QByteArray();
    if (chunk.isEmpty())
        return std::nullopt;
    if (m_part->write(chunk) != chunk.size())
        return fileFailure(FailureKind::CannotWrite, m_target, m_part->errorString());
    m_written += chunk.size();
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
    // abort() may finish the transfer at once: the caller must not go on with it afterwards.
    m_abortedFor = failure;
    if (m_reply)
        m_reply->abort();
}

void OutputTransfer::discardPart()
{
    if (!m_part)
        return;
    m_part->close();
    m_part->remove();
    m_part.reset();
}
