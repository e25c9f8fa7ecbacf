// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

// A local stand-in for WaveSpeed's API on loopback, for the demo and the tests. Two listeners:
// the API, and an output host on another port (another origin) serving generated PNG images and
// a short MP4. Tasks move from "created" to "processing" to their outcome as time passes.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    enum class Outcome {
        Completed,
        Failed,
        Cancelled,
        Timeout,
    };

    struct TaskSpec
    {
        QString id; // generated when empty
        QString model = QStringLiteral("wavespeed-ai/flux-dev");
        std::chrono::milliseconds duration{1000}; // from creation to the outcome
        Outcome outcome = Outcome::Completed;
        int outputCount = 1; // images ("png") or one video ("mp4") by the model's kind
        int errorCode = 0;   // data.code for a failed task, e.g. 1200
        QString error;       // data.error for a failed task
        QDateTime createdAt; // now when invalid
        QList<bool> nsfw;    // has_nsfw_contents; all false when empty
    };

    struct Request
    {
        enum class Listener { Api, Output };
        Listener listener = Listener::Api;
        QByteArray method;
        QString path; // decoded path, without the query
        QByteArray query;
        QByteArray authorization; // the header as received, empty when absent
        QByteArray cookie;
        QDateTime time;
    };

    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on 127.0.0.1; 0 picks free ports. False, with a reason, when a port is taken.
    bool start(quint16 apiPort = 0, quint16 outputPort = 0, QString *error = nullptr);
    void stop(); // closes both listeners; tasks are kept, start() again resumes them
    bool isRunning() const;
    QUrl apiBase() const;    // "http://127.0.0.1:<port>"
    QUrl outputBase() const; // another port: another origin

    void setApiKey(const QString &key); // the Bearer key accepted; default "sim-demo-key"
    QString apiKey() const;

    void setScenario(const Scenario &scenario);
    const Scenario &scenario() const;

    // Tasks for tests; submit requests (POST /api/v3/<model path>) create them too.
    QString addTask(const TaskSpec &spec);
    bool hasTask(const QString &id) const;
    int taskCount() const;

    // Faults for tests, on top of the scenario's.
    // The next `count` API requests answer 429, with "Retry-After: <retryAfter>" when given
    // (as it is: "3" or an HTTP date).
    void rateLimitNext(int count, const QByteArray &retryAfter = {});
    // The next `count` API requests answer this HTTP status (500, 502, 503, 504) with an HTML
    // page, or with {"code": status, ...} inside HTTP 200 when `inEnvelope`.
    void failNext(int count, int httpStatus, bool inEnvelope = false);
    // Output URL number n of every task redirects (302) to `target` + the original path.
    void redirectOutputsTo(const QUrl &target);

    QList<Request> requests() const; // everything received, in order
    void clearRequests();
    int requestCount(const QString &pathPrefix) const;

signals:
    void requestReceived(const Simulator::Request &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
