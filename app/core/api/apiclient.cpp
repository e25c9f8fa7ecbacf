// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include "apienvelope.h"
#include "logging.h"
#include "tasks/taskid.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

constexpr double MillisecondsPerSecond = 1000.0;

QByteArray userAgent()
{
    return QByteArrayLiteral("WaveSpeedTaskMonitor/" WSM_VERSION);
}

ApiError networkFailure(QNetworkReply *reply)
{
    ApiError error;
    error.kind = reply->error() == QNetworkReply::OperationCanceledError ||
                         reply->error() == QNetworkReply::TimeoutError
                     ? ApiError::Kind::Timeout
                     : ApiError::Kind::NetworkError;
    error.detail = reply->errorString();
    return error;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiClient::isAcceptableBase(const QUrl &base, QString *whyNot)
{
    auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };

    if (!base.isValid() || base.host().isEmpty())
        return refuse(tr("“%1” is not a valid URL.").arg(base.toDisplayString()));
    if (!base.userInfo().isEmpty() || base.hasQuery() || base.hasFragment())
        return refuse(tr("The API base must not hold a user name, query or fragment."));
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopback(base))
        return true;
    if (scheme == QLatin1String("http"))
        return refuse(tr("Plain http is allowed only for loopback hosts; use https."));
    return refuse(tr("The API base must be an https URL."));
}

bool ApiClient::setBaseUrl(const QUrl &base, QString *whyNot)
{
    if (!isAcceptableBase(base, whyNot))
        return false;
    QUrl normalised = base;
    QString path = normalised.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalised.setPath(path);
    m_base = normalised;
    return true;
}

void ApiClient::setApiKey(const QString &key)
{
    m_key = key.trimmed();
}

bool ApiClient::isApiOrigin(const QUrl &url) const
{
    return url.scheme().compare(m_base.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPortFor(url)) == m_base.port(defaultPortFor(m_base));
}

int ApiClient::defaultPortFor(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
}

QUrl ApiClient::endpoint(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path, QUrl::TolerantMode);
    return url;
}

QUrl ApiClient::predictionUrl(const QString &taskId) const
{
    // "." and ".." survive percent-encoding as path steps; such an ID gets no URL at all.
    if (!TaskId::isAcceptable(taskId))
        return {};
    QUrl url = m_base;
    url.setPath(m_base.path(QUrl::FullyEncoded) + QLatin1String("/api/v3/predictions/") +
                    TaskId::pathSegment(taskId),
                QUrl::StrictMode);
    return url;
}

void ApiClient::get(const QUrl &url, QObject *context, Callback done)
{
    send(QByteArrayLiteral("GET"), url, {}, context, std::move(done));
}

void ApiClient::post(const QUrl &url, const QJsonObject &body, QObject *context, Callback done)
{
    send(QByteArrayLiteral("POST"), url, QJsonDocument(body).toJson(QJsonDocument::Compact),
         context, std::move(done));
}

void ApiClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                     QObject *context, Callback done)
{
    // The key goes to the API origin only, and only over https or loopback http.
    if (!url.isValid() || !isApiOrigin(url) || !isAcceptableBase(url)) {
        ApiReply refused;
        refused.error.kind = ApiError::Kind::InsecureUrl;
        refused.error.detail = redactedUrl(url);
        qCWarning(lcApi) << "refused to send the key to" << redactedUrl(url);
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done), refused] { done(refused); },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("X-Client-Name", QByteArrayLiteral("wavespeed-task-monitor"));
    request.setRawHeader("X-Client-Version", QByteArrayLiteral(WSM_VERSION));
    request.setRawHeader("Accept", QByteArrayLiteral("application/json"));
    if (!m_key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(m_timeout.count()));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    qCDebug(lcApi) << verb.constData() << redactedUrl(url);

    // The transfer timeout only notices silence; a server trickling bytes must end too. The
    // timer is the reply's child and goes with it (a context-bound single shot would outlive it
    // until it fires, and thousands of them would pile up).
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timeout = m_timeout] {
        reply->setProperty("wsmDeadlineMs", qint64(timeout.count()));
        reply->abort();
    });
    deadline->start(m_timeout);

    // Stop reading as soon as the body passes the cap, instead of buffering whatever arrives.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes) {
            reply->setProperty("wsmTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [reply, done = std::move(done)] {
                reply->deleteLater();
                done(classify(reply));
            });
    if (context) {
        // A context that goes away takes its request with it.
        connect(context, &QObject::destroyed, reply, [reply] {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        });
    }
}

ApiReply ApiClient::classify(QNetworkReply *reply)
{
    ApiReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (reply->property("wsmTooLarge").toBool()) {
        result.error.kind = ApiError::Kind::MalformedBody;
        result.error.detail = tr("The reply is larger than %1 bytes.").arg(MaxBodyBytes);
        return result;
    }
    if (const QVariant deadline = reply->property("wsmDeadlineMs"); deadline.isValid()) {
        result.error.kind = ApiError::Kind::Timeout;
        result.error.detail = tr("No complete reply within %1 seconds.")
                                  .arg(deadline.toLongLong() / MillisecondsPerSecond);
        return result;
    }
    if (result.httpStatus == 0) {
        result.error = networkFailure(reply);
        return result;
    }

    result.error = ApiError::fromHttpStatus(result.httpStatus);
    result.body = reply->read(MaxBodyBytes + 1);
    if (result.body.size() > MaxBodyBytes) {
        result.body.clear();
        result.error.kind = ApiError::Kind::MalformedBody;
        result.error.detail = tr("The reply is larger than %1 bytes.").arg(MaxBodyBytes);
    } else if (!result.error && reply->error() != QNetworkReply::NoError) {
        // Cut off mid-body after a good status line.
        result.error = networkFailure(reply);
        result.body.clear();
    } else {
        const ApiEnvelope envelope = ApiEnvelope::parse(result.body);
        if (!result.error && envelope.error &&
            envelope.error.kind != ApiError::Kind::MalformedBody) {
            // The envelope's own code counts inside HTTP 200: a 401 there is still a 401.
            // Unreadable bodies are left to the caller's parser, which knows the shape it wants.
            result.error = envelope.error;
            result.error.httpStatus = result.httpStatus;
        } else if (result.error && result.error.detail.isEmpty()) {
            result.error.detail = envelope.error.detail;
        }
    }
    if (result.error.kind == ApiError::Kind::RateLimited) {
        result.error.retryAfter = ApiError::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                            QDateTime::currentDateTimeUtc());
    }
    qCDebug(lcApi) << "HTTP" << result.httpStatus << redactedUrl(reply->url())
                   << ApiError::kindName(result.error.kind);
    return result;
}
