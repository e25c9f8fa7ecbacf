// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <chrono>

class QLocalServer;

// One window per user: a second start hands its arguments to the first through a local socket
// (a Unix domain socket or a named pipe) and ends. The socket is the user's only, and one left
// behind by a crash is cleaned up by the next start.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{2000};
    static constexpr qint64 MaxMessageBytes = 1024 * 1024;

    // `key` names the application; the socket's name also depends on the user.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString serverName() const { return m_serverName; }

    // True when a running instance took the arguments (and acknowledged them).
    bool sendToRunning(const QStringList &arguments,
                       std::chrono::milliseconds timeout = DefaultTimeout) const;
    // Becomes the running instance. A socket nobody answers on is removed first.
    bool listen(QString *error = nullptr);
    bool isListening() const;

signals:
    // Another start's arguments, possibly empty: show the window either way.
    void received(const QStringList &arguments);

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
