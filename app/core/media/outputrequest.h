// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkRequest>
#include <QUrl>

#include <chrono>

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

} // namespace OutputRequest
