// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskseeder.h"

#include "api/prediction.h"
#include "eventwait.h"
#include "tasks/taskkind.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <chrono>

using namespace std::chrono_literals;

namespace {

constexpr int InFlight = 16;
constexpr auto SubmitTimeout = 300s;
constexpr int FailEvery = 20;
constexpr qint64 RunningMs = 3600 * 1000;
constexpr qint64 HistorySeconds = 7 * 24 * 3600;
constexpr int FinishedChecks = 3;

// Ten slots: seven image tasks (one model gives two outputs), three video tasks.
const char *const Models[] = {
    "wavespeed-ai/flux-dev",         "wavespeed-ai/flux-schnell",       "bytedance/seedream-v3",
    "wavespeed-ai/wan-2.1/t2v-480p", "wavespeed-ai/flux-dev",           "wavespeed-ai/flux-schnell",
    "bytedance/seedream-v3",         "kwaivgi/kling-v2.1-i2v-standard", "wavespeed-ai/flux-dev",
    "wavespeed-ai/wan-2.1/t2v-480p",
};

bool fails(int index)
{
    return index % FailEvery == FailEvery - 1;
}

} // namespace

TaskSeeder::TaskSeeder(QNetworkAccessManager *network, const QUrl &apiBase, const QString &key)
    : m_network(network)
    , m_apiBase(apiBase)
    , m_key(key)
{}

QByteArray TaskSeeder::body(int index, Kind kind, const QDateTime &endsAt) const
{
    qint64 durationMs = 0;
    if (kind == Kind::Running)
        durationMs = RunningMs;
    else if (kind == Kind::EndingAt)
        durationMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(endsAt));

    QJsonObject object{
        {QStringLiteral("prompt"), QStringLiteral("scale benchmark task %1").arg(index)},
        {QStringLiteral("wsm_outcome"),
         fails(index) ? QStringLiteral("failed") : QStringLiteral("completed")},
        {QStringLiteral("wsm_duration_ms"), durationMs},
    };
    if (fails(index)) {
        object.insert(QStringLiteral("wsm_error_code"), 1403);
        object.insert(QStringLiteral("wsm_error"), QStringLiteral("Task failed: no output"));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Task TaskSeeder::taskFrom(const QByteArray &reply, int index, Kind kind, QString *error) const
{
    const Prediction::Result parsed = Prediction::parse(reply);
    if (!parsed.prediction) {
        *error = parsed.error.text();
        return {};
    }
    const Prediction &prediction = *parsed.prediction;

    Task task;
    task.id = prediction.id;
    task.model = prediction.model;
    task.kind = TaskKinds::fromModelName(prediction.model);
    task.createdAt = prediction.createdAt;
    task.addedAt = prediction.createdAt;
    if (kind != Kind::Finished) {
        task.state = TaskState::Waiting;
        task.status = QStringLiteral("processing");
        task.checks = 1;
        return task;
    }

    // A week of history: the order of creation differs from the order of the list.
    const qint64 age = (qint64(index) * 7919) % HistorySeconds;
    task.createdAt = prediction.createdAt.addSecs(-age);
    task.addedAt = task.createdAt;
    task.finishedAt = task.createdAt.addSecs(60);
    task.state = prediction.status == Prediction::Status::Completed ? TaskState::Completed
                                                                    : TaskState::Failed;
    task.status = prediction.statusText;
    task.outputs = prediction.outputs;
    task.nsfw = prediction.nsfw;
    task.inferenceMs = prediction.inferenceMs;
    task.error = prediction.error;
    task.errorCode = prediction.errorCode;
    task.checks = FinishedChecks;
    return task;
}

std::optional<TaskSeeder::Seeded> TaskSeeder::submit(int count, Kind kind, const QDateTime &endsAt,
                                                     QString *error)
{
    QList<Task> tasks(count);
    int next = 0;
    int inFlight = 0;
    int done = 0;
    QString failure;

    std::function<void()> send = [&] {
        while (inFlight < InFlight && next < count && failure.isEmpty()) {
            const int index = next++;
            QUrl url = m_apiBase;
            url.setPath(QStringLiteral("/api/v3/") + QLatin1String(Models[index % 10]));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            QNetworkReply *reply = m_network->post(request, body(index, kind, endsAt));
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, index] {
                reply->deleteLater();
                --inFlight;
                ++done;
                QString why;
                tasks[index] = taskFrom(reply->readAll(), index, kind, &why);
                if (tasks[index].id.isEmpty() && failure.isEmpty())
                    failure = QStringLiteral("submitting task %1 failed: %2 %3")
                                  .arg(index)
                                  .arg(reply->errorString(), why);
                send();
            });
        }
    };
    send();
    if (!waitUntil([&] { return done == count || (!failure.isEmpty() && inFlight == 0); },
                   SubmitTimeout)) {
        *error = QStringLiteral("the simulator took too long to accept %1 tasks").arg(count);
        return std::nullopt;
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return std::nullopt;
    }

    Seeded seeded;
    seeded.tasks = tasks;
    for (int index = 0; index < count; ++index)
        seeded.ends.insert(tasks.at(index).id,
                           fails(index) ? TaskState::Failed : TaskState::Completed);
    return seeded;
}
