// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "photoserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qint64 MaxQueuedBytes = 1024 * 1024; // written ahead of the socket
constexpr qsizetype MaxHeadBytes = 16 * 1024;

QByteArray contentType(const QString &name)
{
    if (name.endsWith(QLatin1String(".jpg")))
        return "image/jpeg";
    if (name.endsWith(QLatin1String(".png")))
        return "image/png";
    return "application/octet-stream";
}

// One client connection: requests one after another on it, each body streamed from its file.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, const QString &folder, std::atomic<int> *requests)
        : QObject(socket)
        , m_socket(socket)
        , m_folder(folder)
        , m_requests(requests)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::pump);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_pending += m_socket->readAll();
        if (!m_file)
            nextRequest();
    }

    void nextRequest()
    {
        const qsizetype end = m_pending.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_pending.size() > MaxHeadBytes)
                m_socket->abort();
            return;
        }
        const QByteArray head = m_pending.left(end);
        m_pending.remove(0, end + 4);
        ++*m_requests;

        // "GET /photo-001.jpg HTTP/1.1"
        const QList<QByteArray> words = head.left(head.indexOf("\r\n")).split(' ');
        const QString name = words.size() == 3 && words.at(0) == "GET"
                                 ? QString::fromLatin1(words.at(1).mid(1))
                                 : QString();
        auto file = std::make_unique<QFile>(QDir(m_folder).filePath(name));
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || !file->open(QIODevice::ReadOnly)) {
            m_socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            nextRequest();
            return;
        }
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType(name) +
                        "\r\nContent-Length: " + QByteArray::number(file->size()) + "\r\n\r\n");
        m_file = std::move(file);
        pump();
    }

    void pump()
    {
        while (m_file && m_socket->bytesToWrite() < MaxQueuedBytes) {
            const QByteArray chunk = m_file->read(ChunkBytes);
            if (chunk.isEmpty()) {
                m_file.reset();
                nextRequest();
                return;
            }
            m_socket->write(chunk);
        }
    }

    QTcpSocket *m_socket;
    QString m_folder;
    std::atomic<int> *m_requests;
    QByteArray m_pending;
    std::unique_ptr<QFile> m_file;
};

} // namespace

PhotoServer::PhotoServer(const QString &folder)
    : m_folder(folder)
{
    m_thread.setObjectName(QStringLiteral("photo server"));
}

PhotoServer::~PhotoServer()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool PhotoServer::start()
{
    m_thread.start();
    auto *server = new QTcpServer;
    server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        server,
        [this, server] {
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    new Connection(socket, m_folder, &m_requests);
            });
            if (server->listen(QHostAddress::LocalHost))
                m_port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    m_server = server;
    return m_port != 0;
}

QUrl PhotoServer::urlOf(const QString &fileName) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(fileName));
}
