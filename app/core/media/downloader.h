// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

// Saves the outputs of completed tasks to disk: streamed through "<name>.part", renamed when
// complete, removed on failure. Output hosts are other origins: no Authorization, no cookies.
class Downloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Downloader)

public:
    static constexpr int MaxRedirects = 5;
    static constexpr std::chrono::milliseconds DefaultTransferTimeout{60000};

    explicit Downloader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Downloader() override;

    void setTransferTimeout(std::chrono::milliseconds timeout);
    void setMaxConcurrent(int count); // downloads at once, default 2

    // Queues every output of one task for the directory (created when missing). Output n
    // (from 1) is the n-th URL of the list.
    void download(const QString &taskId, const QList<QUrl> &outputs, const QString &directory);
    // The same for some outputs only: `numbers` (from 1, one per URL) name their files.
    void download(const QString &taskId, const QList<QUrl> &outputs, const QList<int> &numbers,
                  const QString &directory);

    int pendingCount() const; // queued and running outputs

    // Whether a redirect from one URL to another may be followed: http or https only, and never
    // from https down to plain http unless the target is this machine (the simulator).
    static bool isRedirectAllowed(const QUrl &from, const QUrl &to);

signals:
    void progress(const QString &taskId, const QUrl &url, qint64 received, qint64 total);
    void saved(const QString &taskId, const QUrl &url, const QString &path, qint64 bytes);
    void failed(const QString &taskId, const QUrl &url, const QString &error);
    // Once per download() call, after each of its outputs was saved or failed.
    void taskFinished(const QString &taskId, bool allSaved);
    void idle(); // nothing queued or running any more

private:
    struct Private;
    Private *d;
};
