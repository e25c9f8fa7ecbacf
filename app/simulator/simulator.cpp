// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "simulator.h"

#include "logging.h"
#include "simulator_p.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr int ServerErrorStatuses[] = {500, 502, 503, 504};

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

Simulator::Private::Private(Simulator *simulator)
    : q(simulator)
{}

QHttpServer *Simulator::Private::listen(Listener listener, quint16 port, QString *error)
{
    auto *server = new QHttpServer(q);
    server->setMissingHandler(
        [this, listener](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            receive(listener, request, std::move(responder));
        });

    // Our own QTcpServer, so that a taken port reports why.
    auto *tcp = new QTcpServer(server);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error) {
            *error = Simulator::tr("Cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(tcp->errorString());
        }
        delete server;
        return nullptr;
    }
    server->bind(tcp);
    return server;
}

void Simulator::Private::receive(Listener listener, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder)
{
    Incoming incoming;
    const QUrl url = request.url();
    incoming.record.listener = listener;
    incoming.record.method = methodName(request.method());
    incoming.record.path = url.path(QUrl::FullyDecoded);
    incoming.record.query = url.query(QUrl::FullyEncoded).toUtf8();
    incoming.record.authorization = headerValue(request, "Authorization");
    incoming.record.cookie = headerValue(request, "Cookie");
    incoming.record.time = QDateTime::currentDateTimeUtc();
    incoming.encodedPath = url.path(QUrl::FullyEncoded);
    const QStringList encodedSegments =
        incoming.encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : encodedSegments)
        incoming.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    incoming.body = request.body();

    requests.append(incoming.record);
    emit q->requestReceived(incoming.record);

    const bool isApi =
        listener == Listener::Api && incoming.record.path.startsWith(QLatin1String("/api/"));
    const int latencyMs =
        isApi && scenario.maxLatencyMs > 0
            ? QRandomGenerator::global()->bounded(scenario.minLatencyMs, scenario.maxLatencyMs + 1)
            : 0;
    if (latencyMs == 0) {
        send(responder, incoming, answer(incoming));
        return;
    }

    // Answer later without blocking: the responder leaves the handler with the request's copy.
    QPointer<QTcpSocket> socket = responder.socket();
    auto delayed =
        std::make_shared<Delayed>(Delayed{socket, std::move(responder), std::move(incoming)});
    QTimer::singleShot(latencyMs, q, [this, delayed] {
        if (!delayed->socket || !delayed->socket->isOpen())
            return; // the client gave up, or the listener stopped
        send(delayed->responder, delayed->incoming, answer(delayed->incoming));
    });
}

Simulator::Private::Reply Simulator::Private::answer(const Incoming &incoming)
{
    const QString &path = incoming.record.path;
    if (incoming.record.listener == Listener::Output)
        return answerOutput(incoming, true);
    if (path.startsWith(QLatin1String("/outputs/")))
        return answerOutput(incoming, false);
    if (!path.startsWith(QLatin1String("/api/")))
        return error(404, QStringLiteral("Not found"));

    if (std::optional<Reply> forced = forcedFault())
        return *forced;
    switch (drawFault()) {
    case Fault::None:
        break;
    case Fault::ServerError: {
        const int pick = QRandomGenerator::global()->bounded(int(std::size(ServerErrorStatuses)));
        return html(ServerErrorStatuses[pick]);
    }
    case Fault::RateLimited:
        return rateLimited(QByteArray::number(scenario.rateLimitRetryAfterSeconds));
    case Fault::Reset: {
        Reply reply;
        reply.cutConnection = true;
        return reply;
    }
    case Fault::Malformed:
        return truncated(answerAuthorized(incoming));
    }
    return answerAuthorized(incoming);
}

Simulator::Private::Reply Simulator::Private::answerAuthorized(const Incoming &incoming)
{
    if (incoming.record.authorization != "Bearer " + apiKey.toUtf8())
        return error(401, QStringLiteral("Invalid API key"));
    return answerApi(incoming);
}

// Faults set by a test come first, then the scenario's bursts.
std::optional<Simulator::Private::Reply> Simulator::Private::forcedFault()
{
    ++apiRequestCount;
    if (scenario.rateLimitEvery > 0 && apiRequestCount % scenario.rateLimitEvery == 0)
        burstRemaining = scenario.rateLimitBurst;

    if (rateLimitCount > 0) {
        --rateLimitCount;
        return rateLimited(rateLimitRetryAfter);
    }
    if (failCount > 0) {
        --failCount;
        if (failInEnvelope)
            return envelope(failStatus, QStringLiteral("Service error"), QJsonValue::Null);
        return html(failStatus);
    }
    if (burstRemaining > 0) {
        --burstRemaining;
        return rateLimited(QByteArray::number(scenario.rateLimitRetryAfterSeconds));
    }
    return std::nullopt;
}

// One uniform draw split into consecutive bands, one band per fault: each fault happens at
// exactly its own rate, whatever the others are, which separate draws in a row would not give.
Simulator::Private::Fault Simulator::Private::drawFault() const
{
    const std::pair<double, Fault> bands[] = {
        {scenario.serverErrorRate, Fault::ServerError},
        {scenario.rateLimitRate, Fault::RateLimited},
        {scenario.resetRate, Fault::Reset},
        {scenario.malformedRate, Fault::Malformed},
    };
    const double draw = QRandomGenerator::global()->generateDouble();
    double bandEnd = 0;
    for (const auto &[rate, fault] : bands) {
        bandEnd += rate;
        if (draw < bandEnd)
            return fault;
    }
    return Fault::None;
}

Simulator::Private::Reply Simulator::Private::rateLimited(const QByteArray &retryAfter) const
{
    Reply reply = envelope(429, QStringLiteral("Too many requests"), QJsonValue::Null, 429);
    if (!retryAfter.isEmpty())
        reply.addHeader("Retry-After", retryAfter);
    return reply;
}

void Simulator::Private::send(QHttpServerResponder &responder, const Incoming &incoming,
                              const Reply &reply)
{
    const char *listenerName = incoming.record.listener == Listener::Api ? "api" : "output";
    if (reply.cutConnection) {
        qCDebug(lcSim).noquote() << listenerName << incoming.record.method << incoming.record.path
                                 << "connection cut";
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
        return;
    }
    qCDebug(lcSim).noquote() << listenerName << incoming.record.method << incoming.record.path
                             << reply.status;

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

Simulator::Private::Reply Simulator::Private::envelope(int code, const QString &message,
                                                       const QJsonValue &data, int httpStatus)
{
    const QJsonObject object{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("data"), data},
    };
    Reply reply;
    reply.status = httpStatus;
    reply.addHeader("Content-Type", "application/json");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

Simulator::Private::Reply Simulator::Private::error(int code, const QString &message)
{
    return envelope(code, message, QJsonValue::Null, code);
}

// A complete HTTP 200 whose body stops halfway, as a broken proxy or a crashed worker leaves it.
// Half of a JSON object never closes its outer brace, so the body never parses.
Simulator::Private::Reply Simulator::Private::truncated(Reply reply)
{
    reply.status = 200;
    reply.body.truncate(reply.body.size() / 2);
    return reply;
}

// What a proxy in front of the API sends when the service behind it is down.
Simulator::Private::Reply Simulator::Private::html(int status)
{
    static const QHash<int, QByteArray> reasons{
        {500, "Internal Server Error"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    const QByteArray title =
        QByteArray::number(status) + ' ' + reasons.value(status, QByteArrayLiteral("Server Error"));
    Reply reply;
    reply.status = status;
    reply.addHeader("Content-Type", "text/html");
    reply.body = "<html><body><h1>" + title + "</h1></body></html>";
    return reply;
}

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

Simulator::~Simulator()
{
    stop();
}

bool Simulator::start(quint16 apiPort, quint16 outputPort, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = tr("The simulator is already running");
        return false;
    }

    QHttpServer *api = d->listen(Private::Listener::Api, apiPort, error);
    if (!api)
        return false;
    QHttpServer *output = d->listen(Private::Listener::Output, outputPort, error);
    if (!output) {
        delete api;
        return false;
    }

    d->apiServer = api;
    d->outputServer = output;
    d->apiPort = api->servers().constFirst()->serverPort();
    d->outputPort = output->servers().constFirst()->serverPort();
    qCDebug(lcSim) << "listening: api port" << d->apiPort << "output port" << d->outputPort;
    return true;
}

void Simulator::stop()
{
    for (QHttpServer *server : {d->apiServer.data(), d->outputServer.data()}) {
        if (!server)
            continue;
        // Close now so the ports are free at once; delete later, as this may run inside one of
        // the server's own handlers.
        const auto listeners = server->servers();
        for (QTcpServer *tcp : listeners) {
            tcp->close();
            const auto sockets = tcp->findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets)
                socket->abort();
        }
        server->deleteLater();
    }
    d->apiServer.clear();
    d->outputServer.clear();
}

bool Simulator::isRunning() const
{
    return !d->apiServer.isNull();
}

QUrl Simulator::apiBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->apiPort));
}

QUrl Simulator::outputBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->outputPort));
}

void Simulator::setApiKey(const QString &key)
{
    d->apiKey = key;
}

QString Simulator::apiKey() const
{
    return d->apiKey;
}

void Simulator::setScenario(const Scenario &scenario)
{
    d->scenario = scenario;
    d->apiRequestCount = 0;
    d->burstRemaining = 0;
}

const Scenario &Simulator::scenario() const
{
    return d->scenario;
}

QString Simulator::addTask(const TaskSpec &spec)
{
    Private::Task task;
    task.spec = spec;
    if (task.spec.id.isEmpty())
        task.spec.id = d->newTaskId();
    if (!task.spec.createdAt.isValid())
        task.spec.createdAt = QDateTime::currentDateTimeUtc();
    task.spec.outputCount = std::max(1, task.spec.outputCount);
    if (task.spec.outcome == Outcome::Failed && task.spec.errorCode == 0)
        task.spec.errorCode = 1403;
    if (task.spec.outcome == Outcome::Failed && task.spec.error.isEmpty())
        task.spec.error = QStringLiteral("Task failed");
    task.signature = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    task.sequence = d->nextSequence++;

    d->tasks.insert(task.spec.id, task);
    qCDebug(lcSim) << "task" << task.spec.id << "for" << task.spec.model << "runs"
                   << task.spec.duration.count() << "ms";
    return task.spec.id;
}

bool Simulator::hasTask(const QString &id) const
{
    return d->tasks.contains(id);
}

int Simulator::taskCount() const
{
    return int(d->tasks.size());
}

void Simulator::rateLimitNext(int count, const QByteArray &retryAfter)
{
    d->rateLimitCount = count;
    d->rateLimitRetryAfter = retryAfter;
}

void Simulator::failNext(int count, int httpStatus, bool inEnvelope)
{
    d->failCount = count;
    d->failStatus = httpStatus;
    d->failInEnvelope = inEnvelope;
}

void Simulator::redirectOutputsTo(const QUrl &target)
{
    d->redirectTarget = target;
}

QList<Simulator::Request> Simulator::requests() const
{
    return d->requests;
}

void Simulator::clearRequests()
{
    d->requests.clear();
}

int Simulator::requestCount(const QString &pathPrefix) const
{
    return int(std::count_if(d->requests.cbegin(), d->requests.cend(), [&](const Request &request) {
        return request.path.startsWith(pathPrefix);
    }));
}
