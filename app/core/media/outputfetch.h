// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The bytes of one output for a preview (the thumbnail column, the preview pane), fetched the way
// outputs are saved: no credentials, no cookies, each redirect checked, a size cap and a timeout.
class OutputFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputFetch)

public:
    static constexpr std::chrono::milliseconds TransferTimeout{30000};

    enum class FailureKind {
        NotWebAddress,
        Network,
        TimedOut,
        HttpStatus,
        TooManyRedirects,
        InsecureRedirect,
        TooLarge,
    };

    // What went wrong, kept as data so that each owner words it for its own place.
    struct Failure
    {
        FailureKind kind = FailureKind::Network;
        qint64 code = 0; // HTTP status, network error or the byte limit, by kind
    };

    using LogCategory = const QLoggingCategory &(*)();

    OutputFetch(QNetworkAccessManager *network, const QUrl &url, qint64 maxBytes,
                QObject *parent = nullptr);
    ~OutputFetch() override; // aborts a transfer still running

    // Where the fetch logs, and the words that open each line ("preview", "thumb pred_x").
    void setLogging(LogCategory category, const QString &prefix);
    // A video/* answer is not read: videoFound() follows instead of fetched().
    void setStopAtVideo(bool stop);

    void start(); // fetched(), videoFound() or failed() follows, never from inside start()
    QUrl url() const { return m_url; }

    // The failure in lower case, for "Preview unavailable: ".
    static QString describe(const Failure &failure);

signals:
    void fetched(const QUrl &url, const QByteArray &bytes);
    void videoFound(const QUrl &url);
    void failed(const QUrl &url, const OutputFetch::Failure &failure);

private:
    void send();
    void onHeaders(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void checkSize(QNetworkReply *reply, qint64 size);
    void followRedirect(QNetworkReply *reply);
    void abortWith(QNetworkReply *reply, const Failure &failure);
    void fail(const Failure &failure);

    QNetworkAccessManager *m_network;
    QUrl m_url;     // as given: the one the signals name
    QUrl m_current; // after redirects
    qint64 m_maxBytes;
    LogCategory m_category;
    QString m_prefix;
    bool m_stopAtVideo = false;
    bool m_isVideo = false; // the Content-Type said so and we stopped reading
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;                   // of the current reply, as far as it arrived
    std::optional<Failure> m_abortedFor; // set before we abort the reply ourselves
};
