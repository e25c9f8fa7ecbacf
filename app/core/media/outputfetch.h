// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// The bytes of one output for the preview pane, fetched the way outputs are saved: no
// credentials, no cookies, each redirect checked, a size cap and a transfer timeout.
class OutputFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputFetch)

public:
    static constexpr std::chrono::milliseconds TransferTimeout{30000};

    OutputFetch(QNetworkAccessManager *network, const QUrl &url, qint64 maxBytes,
                QObject *parent = nullptr);
    ~OutputFetch() override; // aborts a transfer still running

    void start(); // fetched() or failed() follows, never from inside start()
    QUrl url() const { return m_url; }

signals:
    void fetched(const QUrl &url, const QByteArray &bytes);
    void failed(const QUrl &url, const QString &reason); // lower case, for "Preview unavailable: "

private:
    void send();
    void onFinished(QNetworkReply *reply);
    void checkSize(QNetworkReply *reply, qint64 size);
    QString followRedirect(QNetworkReply *reply); // empty when the fetch goes on
    QString tooLarge() const;
    void fail(const QString &reason);

    QNetworkAccessManager *m_network;
    QUrl m_url;     // as given: the one the signals name
    QUrl m_current; // after redirects
    qint64 m_maxBytes;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QString m_abortedFor; // set before we abort the reply ourselves
};
