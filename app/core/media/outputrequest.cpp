// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "outputrequest.h"

#include <QNetworkReply>

#include <algorithm>

QNetworkRequest OutputRequest::make(const QUrl &url, std::chrono::milliseconds transferTimeout)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("WaveSpeedTaskMonitor/" WSM_VERSION));
    request.setTransferTimeout(int(transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    return request;
}

bool OutputRequest::isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    return web && !url.host().isEmpty();
}

bool OutputRequest::isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool OutputRequest::isSuccessStatus(int status)
{
    return status >= 200 && status <= 299;
}

int OutputRequest::httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

std::optional<qint64> OutputRequest::announcedSize(const QNetworkReply *reply)
{
    // Qt decompresses gzip and deflate bodies itself; the length then counts compressed bytes.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid() || (!encoding.isEmpty() && encoding != "identity"))
        return std::nullopt;
    return length.toLongLong();
}

std::optional<OutputRequest::ContentRange> OutputRequest::contentRange(const QNetworkReply *reply)
{
    // "bytes <first>-<last>/<total or *>"
    const QByteArray value = reply->rawHeader("Content-Range").trimmed();
    if (!value.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    const int dash = spec.indexOf('-');
    const int slash = spec.indexOf('/');
    if (dash <= 0 || slash < dash)
        return std::nullopt;

    ContentRange range;
    bool firstOk = false;
    bool lastOk = false;
    range.first = spec.left(dash).toLongLong(&firstOk);
    range.last = spec.mid(dash + 1, slash - dash - 1).toLongLong(&lastOk);
    if (!firstOk || !lastOk || range.first < 0 || range.last < range.first)
        return std::nullopt;
    const QByteArray total = spec.mid(slash + 1);
    if (total != "*") {
        bool totalOk = false;
        range.total = total.toLongLong(&totalOk);
        if (!totalOk || *range.total <= range.last)
            return std::nullopt;
    }
    return range;
}

QByteArray OutputRequest::resumeValidator(const QNetworkReply *reply)
{
    const QList<QByteArray> units = reply->rawHeader("Accept-Ranges").toLower().split(',');
    const bool takesBytes = std::any_of(units.cbegin(), units.cend(), [](const QByteArray &unit) {
        return unit.trimmed() == "bytes";
    });
    // Qt undoes a gzip or deflate encoding itself: offsets into what we wrote would be wrong.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!takesBytes || (!encoding.isEmpty() && encoding != "identity"))
        return {};

    // A weak ETag promises only a similar file, never the same bytes: If-Range refuses it.
    const QByteArray etag = reply->rawHeader("ETag").trimmed();
    if (etag.startsWith('"'))
        return etag;
    return reply->rawHeader("Last-Modified").trimmed();
}
