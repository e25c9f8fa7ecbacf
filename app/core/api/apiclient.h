// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

// The answer to one API call: the classified HTTP-level error, or the body to parse.
struct ApiReply
{
    ApiError error;
    int httpStatus = 0;
    QByteArray body;
};

// Talks to WaveSpeed's REST API over an injected network manager. Sends the key only to the API
// origin, follows no redirects, caps bodies and times out every transfer.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(const ApiReply &)>;

    static constexpr std::chrono::milliseconds DefaultTransferTimeout{20000};
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static inline const QUrl DefaultBase{QStringLiteral("https://api.wavespeed.ai")};

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // https anywhere, plain http only for loopback hosts. False, with a reason, otherwise.
    bool setBaseUrl(const QUrl &base, QString *whyNot = nullptr);
    QUrl baseUrl() const { return m_base; }
    static bool isAcceptableBase(const QUrl &base, QString *whyNot = nullptr);
    static bool isLoopback(const QUrl &url);

    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_key.isEmpty(); }

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }

    // Same scheme, host and port as the API base.
    bool isApiOrigin(const QUrl &url) const;

    QUrl endpoint(const QString &path) const; // base + "/api/v3/..." path
    QUrl predictionUrl(const QString &taskId) const;

    // `done` runs once, later, unless `context` was destroyed first.
    void get(const QUrl &url, QObject *context, Callback done);
    void post(const QUrl &url, const QJsonObject &body, QObject *context, Callback done);

private:
    static int defaultPortFor(const QUrl &url);
    static ApiReply classify(class QNetworkReply *reply);
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, QObject *context,
              Callback done);

    QNetworkAccessManager *m_network;
    QUrl m_base = DefaultBase;
    QString m_key;
    std::chrono::milliseconds m_timeout = DefaultTransferTimeout;
};
