// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

// Why an API call did not give a usable answer, classified so that callers decide what to do
// (pause, back off, stop) without looking at HTTP details.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        KeyRejected,   // 401 or 403, in HTTP or in the envelope's code
        NotFound,      // 404
        RateLimited,   // 429; retryAfter holds the server's hint when it gave one
        ServerError,   // 5xx, or an envelope code of 5xx
        NetworkError,  // connection refused, reset, DNS, TLS
        Timeout,       // the transfer timeout expired
        MalformedBody, // not the documented JSON, cut off, or over the size cap
        Redirected,    // an API reply that redirects; never followed with the key
        Rejected,      // any other refusal (4xx, envelope code other than 200)
        InsecureUrl,   // a URL the client refuses to contact (plain http off loopback)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP reply arrived
    int apiCode = 0;    // the envelope's "code" when it was not 200
    std::optional<std::chrono::seconds> retryAfter;
    QString detail; // the server's message or the network error, for the user; never secret

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Errors after which the same ID is checked again after a backoff.
    bool isTransient() const { return isTransient(kind); }
    static bool isTransient(Kind kind);

    // The one place where an error becomes text for users.
    QString text() const;

    // "keyRejected", "notFound", ...: stable names for logs and JSON.
    static QString kindName(Kind kind);

    // Retry-After as delta-seconds or as an HTTP date (RFC 9110), relative to now.
    // Empty for a missing or unreadable value; a date in the past gives zero seconds.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                               const QDateTime &now);

    static ApiError fromHttpStatus(int status);
    static ApiError fromApiCode(int code, const QString &message);
};
