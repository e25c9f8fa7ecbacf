// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>

class QTcpServer;

// Serves the files of one folder over plain HTTP/1.1 on 127.0.0.1, from a thread of its own so
// that none of its work lands on the GUI thread that thumbbench measures. GET /<name> only.
class PhotoServer final
{
    Q_DISABLE_COPY_MOVE(PhotoServer)

public:
    explicit PhotoServer(const QString &folder);
    ~PhotoServer();

    bool start(); // false when it cannot listen
    QUrl urlOf(const QString &fileName) const;
    int requests() const { return m_requests; }

private:
    QString m_folder;
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    std::atomic<int> m_requests{0};
};
