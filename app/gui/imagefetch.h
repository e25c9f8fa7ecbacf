// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class OutputFetch;

// One output image for the preview pane: fetched safely (OutputFetch) and decoded in the thread
// pool, its size read from the header first so that a small file cannot claim a huge picture.
class ImageFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFetch)

public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    static constexpr int MaxAllocationMb = 256; // QImageReader's limit, for the whole process
    static constexpr int MaxEdge = 16384;       // pixels

    ImageFetch(QNetworkAccessManager *network, const QUrl &url, QObject *parent = nullptr);
    ~ImageFetch() override; // aborts the transfer; a decoding still running is left to finish

    void start(); // decoded() or failed() follows, never from inside start()
    QUrl url() const { return m_url; }

signals:
    void decoded(const QUrl &url, const QImage &image);
    void failed(const QUrl &url, const QString &reason); // lower case, for "Preview unavailable: "

private:
    void decode(const QByteArray &bytes);

    QUrl m_url;
    OutputFetch *m_fetch;
};
