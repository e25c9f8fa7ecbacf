// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;

// How every output is asked for, whether it is saved, previewed or made a thumbnail of: output
// hosts are other origins, so no cookies, no credentials, and redirects checked by hand.
namespace OutputRequest {

QNetworkRequest make(const QUrl &url, std::chrono::milliseconds transferTimeout);

// An http or https address with a host: the only kind an output is fetched from.
bool isWebAddress(const QUrl &url);
bool isRedirectStatus(int status);
bool isSuccessStatus(int status);
int httpStatus(const QNetworkReply *reply);
// The size the server announced for the body as it reaches us, when it is known.
std::optional<qint64> announcedSize(const QNetworkReply *reply);

// The part of the file a 206 answer holds, from its Content-Range header.
struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    std::optional<qint64> total; // "*" when the server does not say
};
std::optional<ContentRange> contentRange(const QNetworkReply *reply);

// What a later request may send as If-Range to get the rest of this very file: a strong ETag,
// else Last-Modified; empty when the answer names neither, or the server takes no byte ranges.
QByteArray resumeValidator(const QNetworkReply *reply);

} // namespace OutputRequest
