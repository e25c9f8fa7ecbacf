// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "simulator.h"

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>

class QHttpServer;
class QTcpSocket;
class QHttpServerRequest;

// The simulator's state and request handling, shared by simulator.cpp (listeners, faults,
// replies) and simulatorapi.cpp (the API's routes).
struct Simulator::Private
{
    using Listener = Request::Listener;

    struct Task
    {
        TaskSpec spec;
        QByteArray signature; // the "sig" of its output URLs
        qint64 sequence = 0;  // creation order, newest first in the history
    };

    // What a handler needs from a request, copied out of it: a reply may be sent later.
    struct Incoming
    {
        Request record;
        QString encodedPath;
        QStringList segments; // decoded path segments
        QByteArray body;
    };

    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool cutConnection = false; // nothing is sent: the connection is aborted instead

        void addHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append(qMakePair(name, value));
        }
    };

    // A reply kept until the drawn latency has passed; the socket may be gone by then.
    struct Delayed
    {
        QPointer<QTcpSocket> socket;
        QHttpServerResponder responder;
        Incoming incoming;
    };

    // The scenario's random faults; at most one per API request.
    enum class Fault {
        None,
        ServerError,
        RateLimited,
        Reset,
        Malformed,
    };

    explicit Private(Simulator *simulator);

    // simulator.cpp
    QHttpServer *listen(Listener listener, quint16 port, QString *error);
    void receive(Listener listener, const QHttpServerRequest &request,
                 QHttpServerResponder &&responder);
    Reply answer(const Incoming &incoming);
    Reply answerAuthorized(const Incoming &incoming);
    std::optional<Reply> forcedFault();
    Fault drawFault() const;
    Reply rateLimited(const QByteArray &retryAfter) const;
    void send(QHttpServerResponder &responder, const Incoming &incoming, const Reply &reply);

    // simulatorapi.cpp
    Reply answerApi(const Incoming &incoming);
    Reply answerOutput(const Incoming &incoming, bool mayRedirect);
    Reply prediction(const QString &id, bool withUrls) const;
    Reply history(const QByteArray &body) const;
    Reply submit(const QString &model, const QByteArray &body);
    Reply models() const;
    QJsonObject predictionJson(const Task &task, const QDateTime &now, bool withUrls) const;
    QString outputPath(const QString &id, int number) const;
    QString newTaskId() const;

    static Reply envelope(int code, const QString &message, const QJsonValue &data,
                          int httpStatus = 200);
    static Reply error(int code, const QString &message);
    static Reply html(int status);
    static Reply truncated(Reply reply);

    Simulator *q;
    QString apiKey = QStringLiteral("sim-demo-key");
    Scenario scenario = Scenario::standard();

    QPointer<QHttpServer> apiServer;
    QPointer<QHttpServer> outputServer;
    quint16 apiPort = 0;
    quint16 outputPort = 0;

    QHash<QString, Task> tasks;
    qint64 nextSequence = 0;

    int rateLimitCount = 0;
    QByteArray rateLimitRetryAfter;
    int failCount = 0;
    int failStatus = 502;
    bool failInEnvelope = false;
    QUrl redirectTarget;
    int apiRequestCount = 0; // for the scenario's rate-limit bursts
    int burstRemaining = 0;

    QList<Request> requests;
    QHash<QString, QByteArray> pngCache;
};
