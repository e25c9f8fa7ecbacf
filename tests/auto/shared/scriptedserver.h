// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A loopback HTTP/1.1 server for faults Qt HttpServer cannot express: it records each request
// as received and answers with whatever raw bytes the test scripts, or not at all.
class ScriptedServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 receivedMs = 0; // since the server started

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &header : headers) {
                if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
    };

    // Raw bytes to answer a request with; an empty answer keeps the connection open, unanswered.
    using Script = std::function<QByteArray(const Request &)>;
    // For answers that take time or break off: the handler owns the socket's fate from here on.
    using Handler = std::function<void(QTcpSocket *, const Request &)>;

    explicit ScriptedServer(Script script = {})
        : m_script(std::move(script))
    {
        m_clock.start();
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    void setScript(Script script) { m_script = std::move(script); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    QList<Request> requests;
    QList<QPointer<QTcpSocket>> unanswered;

    // Answers every request held so far with the same bytes.
    void answerHeld(const QByteArray &response)
    {
        const auto held = unanswered;
        unanswered.clear();
        for (const QPointer<QTcpSocket> &socket : held) {
            if (socket) {
                socket->write(response);
                socket->disconnectFromHost();
            }
        }
    }

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &extraHeaders = {},
                               const QByteArray &contentType = "application/json")
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " Status\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
            }
            request.receivedMs = m_clock.elapsed();
            buffer->clear();
            requests.append(request);
            if (m_handler) {
                m_handler(socket, request);
                return;
            }
            const QByteArray answer = m_script ? m_script(request) : QByteArray();
            if (answer.isEmpty()) {
                unanswered.append(socket);
                return;
            }
            socket->write(answer);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    Script m_script;
    Handler m_handler;
    QElapsedTimer m_clock;
};
