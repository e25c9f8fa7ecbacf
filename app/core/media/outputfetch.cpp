// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "outputfetch.h"

#include "logging.h"
#include "media/downloader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

constexpr qint64 BytesPerMegabyte = 1024 * 1024;
constexpr double MillisecondsPerSecond = 1000.0;

bool isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString networkErrorText(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return OutputFetch::tr("the output host refused the connection");
    case QNetworkReply::HostNotFoundError:
        return OutputFetch::tr("the output host was not found");
    case QNetworkReply::TimeoutError:
        return OutputFetch::tr("the connection to the output host timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return OutputFetch::tr("the secure connection to the output host failed");
    case QNetworkReply::OperationCanceledError: // only the transfer timeout cancels
        return OutputFetch::tr("the output host sent nothing for %1 seconds")
            .arg(double(OutputFetch::TransferTimeout.count()) / MillisecondsPerSecond);
    default:
        //: %1 is Qt's numeric network error code
        return OutputFetch::tr("network error %1").arg(int(reply->error()));
    }
}

QString httpStatusText(int status)
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
{}

OutputFetch::~OutputFetch()
{
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OutputFetch::start()
{
    if (!isWebAddress(m_url)) {
        const QString reason = tr("only http and https outputs can be shown");
        QMetaObject::invokeMethod(
            this, [this, reason] { fail(reason); }, Qt::QueuedConnection);
        return;
    }
    // Credentials in an output address would become an Authorization header: drop them.
    m_current = m_url.adjusted(QUrl::RemoveUserInfo);
    qCDebug(lcUi).noquote() << "preview: fetching" << redactedUrl(m_url);
    send();
}

void OutputFetch::send()
{
    QNetworkRequest request(m_current);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("WaveSpeedTaskMonitor/" WSM_VERSION));
    request.setTransferTimeout(int(TransferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Output hosts are other origins: they get neither the app's cookies nor its credentials.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(reply, length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { checkSize(reply, received); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void OutputFetch::checkSize(QNetworkReply *reply, qint64 size)
{
    if (reply != m_reply || size <= m_maxBytes || !m_abortedFor.isEmpty())
        return;
    const int status = httpStatus(reply);
    if (status < 200 || status > 299)
        return; // an error page's size does not matter: its status decides
    m_abortedFor = tooLarge();
    reply->abort();
}

void OutputFetch::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    QObject::disconnect(reply, nullptr, this, nullptr);
    if (reply != m_reply)
        return;
    m_reply = nullptr;

    const int status = httpStatus(reply);
    if (!m_abortedFor.isEmpty()) {
        fail(m_abortedFor);
    } else if (reply->error() != QNetworkReply::NoError && status < 400) {
        fail(networkErrorText(reply));
    } else if (isRedirectStatus(status) && reply->hasRawHeader("Location")) {
        const QString refused = followRedirect(reply);
        if (!refused.isEmpty())
            fail(refused);
    } else if (status < 200 || status > 299) {
        fail(httpStatusText(status));
    } else {
        const QByteArray bytes = reply->readAll();
        if (bytes.size() > m_maxBytes)
            fail(tooLarge());
        else
            emit fetched(m_url, bytes);
    }
}

QString OutputFetch::followRedirect(QNetworkReply *reply)
{
    if (m_redirects >= Downloader::MaxRedirects)
        return tr("redirected more than %1 times").arg(Downloader::MaxRedirects);

    const QUrl location(QString::fromUtf8(reply->rawHeader("Location").trimmed()));
    const QUrl target = m_current.resolved(location);
    if (!Downloader::isRedirectAllowed(m_current, target))
        return tr("refused to follow a redirect to an unsafe address");

    ++m_redirects;
    m_current = target.adjusted(QUrl::RemoveUserInfo);
    qCDebug(lcUi).noquote() << "preview: redirected to" << redactedUrl(m_current);
    send();
    return {};
}

QString OutputFetch::tooLarge() const
{
    return tr("the output is larger than %1 MB").arg(m_maxBytes / BytesPerMegabyte);
}

void OutputFetch::fail(const QString &reason)
{
    qCInfo(lcUi).noquote() << "preview: cannot show" << redactedUrl(m_url) << "-" << reason;
    emit failed(m_url, reason);
}
