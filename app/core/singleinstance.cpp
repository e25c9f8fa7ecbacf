// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace {

constexpr char Acknowledgement[] = "ok\n";
constexpr auto ReadTimeout = std::chrono::seconds(5);
constexpr auto ProbeTimeout = std::chrono::milliseconds(500);

QByteArray encode(const QStringList &arguments)
{
    return QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) +
           '\n';
}

std::optional<QStringList> decode(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isArray())
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return std::nullopt;
        arguments.append(value.toString());
    }
    return arguments;
}

// Whether an instance listens there now; a socket file alone proves nothing.
bool answers(const QString &serverName)
{
    QLocalSocket probe;
    probe.connectToServer(serverName);
    const bool connected = probe.waitForConnected(int(ProbeTimeout.count()));
    probe.abort();
    return connected;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    // Per user: two users of one machine each get their own window.
    const QByteArray user =
        QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    m_serverName = key + QLatin1Char('-') + QString::fromLatin1(user.left(16));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::sendToRunning(const QStringList &arguments,
                                   std::chrono::milliseconds timeout) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    const int ms = int(timeout.count());
    if (!socket.waitForConnected(ms))
        return false;
    socket.write(encode(arguments));
    if (!socket.waitForBytesWritten(ms))
        return false;
    while (socket.bytesAvailable() < qint64(sizeof(Acknowledgement) - 1)) {
        if (!socket.waitForReadyRead(ms))
            return false;
    }
    return socket.readAll() == Acknowledgement;
}

bool SingleInstance::listen(QString *error)
{
    // Listening with an access option replaces whatever socket file is there, a live one too:
    // ask first whether somebody answers on it.
    if (answers(m_serverName)) {
        if (error)
            *error = tr("Another instance is running.");
        return false;
    }
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->listen(m_serverName))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on it: left behind by a crash.
        qCInfo(lcUi) << "single instance: removing a stale socket";
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return true;
    }
    if (error)
        *error = m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its line is dropped.
        QTimer::singleShot(ReadTimeout, socket, &QLocalSocket::abort);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxMessageBytes) {
                qCWarning(lcUi) << "single instance: a message too large, dropped";
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const std::optional<QStringList> arguments = decode(socket->readLine());
            if (!arguments) {
                qCWarning(lcUi) << "single instance: an unreadable message, dropped";
                socket->abort();
                return;
            }
            socket->write(Acknowledgement);
            socket->disconnectFromServer();
            emit received(*arguments);
        });
    }
}
