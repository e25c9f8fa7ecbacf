// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/outputfetch.h"

#include "logging.h"
#include "media/downloader.h"
#include "media/outputrequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace {

using OutputRequest::httpStatus;
using OutputRequest::isRedirectStatus;
using OutputRequest::isSuccessStatus;
using OutputRequest::isWebAddress;

constexpr qint64 BytesPerMegabyte = 1024 * 1024;
// The body is gathered as it arrives, Qt's network thread at most this far ahead of us: taken in
// one piece when the reply finished, a 20 MB PNG held the GUI thread for tens of milliseconds
// (thumbbench), copying and faulting in pages.
constexpr qint64 ReadBufferBytes = 1024 * 1024;
constexpr double MillisecondsPerSecond = 1000.0;

QString networkErrorText(qint64 code)
{
    switch (QNetworkReply::NetworkError(code)) {
    case QNetworkReply::ConnectionRefusedError:
        return OutputFetch::tr("the output host refused the connection");
    case QNetworkReply::HostNotFoundError:
        return OutputFetch::tr("the output host was not found");
    case QNetworkReply::TimeoutError:
        return OutputFetch::tr("the connection to the output host timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return OutputFetch::tr("the secure connection to the output host failed");
    default:
        //: %1 is Qt's numeric network error code
        return OutputFetch::tr("network error %1").arg(code);
    }
}

QString httpStatusText(qint64 status)
{
    if (status == 404 || status == 410) {
        return OutputFetch::tr("the output host answered HTTP %1; outputs are deleted after "
                               "7 days")
            .arg(status);
    }
    return OutputFetch::tr("the output host answered HTTP %1").arg(status);
}

} // namespace

OutputFetch::OutputFetch(QNetworkAccessManager *network, const QUrl &url, qint64 maxBytes,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_maxBytes(maxBytes)
    , m_category(lcDownload)
    , m_prefix(QStringLiteral("fetch"))
{}

OutputFetch::~OutputFetch()
{
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OutputFetch::setLogging(LogCategory category, const QString &prefix)
{
    m_category = category;
    m_prefix = prefix;
}

void OutputFetch::setStopAtVideo(bool stop)
{
    m_stopAtVideo = stop;
}

void OutputFetch::start()
{
    if (!isWebAddress(m_url)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(Failure{FailureKind::NotWebAddress, 0});
            },
            Qt::QueuedConnection);
        return;
    }
    // Credentials in an output address would become an Authorization header: drop them.
    m_current = m_url.adjusted(QUrl::RemoveUserInfo);
    qCDebug(m_category).nospace().noquote() << m_prefix << ": fetching " << redactedUrl(m_current);
    send();
}

QString OutputFetch::describe(const Failure &failure)
{
    switch (failure.kind) {
    case FailureKind::NotWebAddress:
        return tr("only http and https outputs can be shown");
    case FailureKind::Network:
        return networkErrorText(failure.code);
    case FailureKind::TimedOut: // only the transfer timeout cancels
        return tr("the output host sent nothing for %1 seconds")
            .arg(double(TransferTimeout.count()) / MillisecondsPerSecond);
    case FailureKind::HttpStatus:
        return httpStatusText(failure.code);
    case FailureKind::TooManyRedirects:
        return tr("redirected more than %1 times").arg(Downloader::MaxRedirects);
    case FailureKind::InsecureRedirect:
        return tr("refused to follow a redirect to an unsafe address");
    case FailureKind::TooLarge:
        return tr("the output is larger than %1 MB").arg(failure.code / BytesPerMegabyte);
    }
    return {};
}

void OutputFetch::send()
{
    const QNetworkRequest request = OutputRequest::make(m_current, TransferTimeout);

    QNetworkReply *reply = m_network->get(request);
    reply->setReadBufferSize(ReadBufferBytes);
    m_reply = reply;
    m_body = QByteArray();
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onHeaders(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { checkSize(reply, received); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void OutputFetch::onHeaders(QNetworkReply *reply)
{
    if (reply != m_reply || !isSuccessStatus(httpStatus(reply)))
        return;
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (m_stopAtVideo && type.trimmed().toLower().startsWith("video/")) {
        m_isVideo = true; // whoever plays it streams it itself
        reply->abort();
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    if (length.toLongLong() <= m_maxBytes && m_body.isEmpty())
        m_body.reserve(length.toLongLong());
    checkSize(reply, length.toLongLong());
}

void OutputFetch::onReadyRead(QNetworkReply *reply)
{
    // Read even what is dropped (a redirect's or an error page's body): with a bounded buffer,
    // a reply whose data nobody takes stops arriving.
    const QByteArray chunk = reply->readAll();
    if (reply != m_reply || m_abortedFor || m_isVideo || !isSuccessStatus(httpStatus(reply)))
        return;
    m_body.append(chunk);
    checkSize(reply, m_body.size()); // may abort and finish the reply: nothing may follow
}

void OutputFetch::checkSize(QNetworkReply *reply, qint64 size)
{
    if (reply != m_reply || size <= m_maxBytes || m_abortedFor || m_isVideo)
        return;
    if (!isSuccessStatus(httpStatus(reply)))
        return; // an error page's size does not matter: its status decides
    abortWith(reply, Failure{FailureKind::TooLarge, m_maxBytes});
}

void OutputFetch::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    QObject::disconnect(reply, nullptr, this, nullptr);
    if (reply != m_reply)
        return;
    m_reply = nullptr;

    const int status = httpStatus(reply);
    if (m_isVideo) {
        emit videoFound(m_url);
    } else if (m_abortedFor) {
        fail(*m_abortedFor);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        fail(Failure{FailureKind::TimedOut, 0}); // only the transfer timeout cancels
    } else if (reply->error() != QNetworkReply::NoError && status < 400) {
        fail(Failure{FailureKind::Network, qint64(reply->error())});
    } else if (isRedirectStatus(status) && reply->hasRawHeader("Location")) {
        followRedirect(reply);
    } else if (!isSuccessStatus(status)) {
        fail(Failure{FailureKind::HttpStatus, status});
    } else {
        m_body.append(reply->readAll());
        const QByteArray bytes = std::exchange(m_body, QByteArray());
        if (bytes.size() > m_maxBytes)
            fail(Failure{FailureKind::TooLarge, m_maxBytes});
        else
            emit fetched(m_url, bytes);
    }
}

void OutputFetch::followRedirect(QNetworkReply *reply)
{
    if (m_redirects >= Downloader::MaxRedirects) {
        fail(Failure{FailureKind::TooManyRedirects, 0});
        return;
    }
    const QUrl location(QString::fromUtf8(reply->rawHeader("Location").trimmed()));
    const QUrl target = m_current.resolved(location);
    if (!Downloader::isRedirectAllowed(m_current, target)) {
        fail(Failure{FailureKind::InsecureRedirect, 0});
        return;
    }

    ++m_redirects;
    m_current = target.adjusted(QUrl::RemoveUserInfo);
    qCDebug(m_category).nospace().noquote()
        << m_prefix << ": redirected to " << redactedUrl(m_current);
    send();
}

void OutputFetch::abortWith(QNetworkReply *reply, const Failure &failure)
{
    // abort() may finish the reply at once: nothing may use this fetch's state afterwards.
    m_abortedFor = failure;
    reply->abort();
}

void OutputFetch::fail(const Failure &failure)
{
    m_body = QByteArray();
    qCInfo(m_category).nospace().noquote()
        << m_prefix << ": cannot fetch " << redactedUrl(m_url) << " - " << describe(failure);
    emit failed(m_url, failure);
}
