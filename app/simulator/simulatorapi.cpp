// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// The simulated API's routes: predictions, history, submit, models, balance, and the outputs.
#include "outputmedia.h"
#include "simulator_p.h"
#include "taskdraw.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

constexpr auto CreatedPhaseLimit = 300ms; // "created" lasts 10% of the run, at most this
constexpr int CreatedPhasePercent = 10;
constexpr auto OutputLifetime = 7 * 24h; // WaveSpeed deletes outputs after 7 days
constexpr int DefaultPageSize = 20;
constexpr int MaxPageSize = 100;
constexpr qint64 MaxForcedDurationMs = 24 * 3600 * 1000;
constexpr int TaskIdBytes = 16;
constexpr int PngCacheLimit = 64;

std::chrono::milliseconds createdPhase(const Simulator::TaskSpec &spec)
{
    return std::min<std::chrono::milliseconds>(spec.duration * CreatedPhasePercent / 100,
                                               CreatedPhaseLimit);
}

QString outcomeText(Simulator::Outcome outcome)
{
    switch (outcome) {
    case Simulator::Outcome::Completed:
        return QStringLiteral("completed");
    case Simulator::Outcome::Failed:
        return QStringLiteral("failed");
    case Simulator::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Simulator::Outcome::Timeout:
        return QStringLiteral("timeout");
    }
    return {};
}

std::optional<Simulator::Outcome> outcomeFromText(const QString &text)
{
    for (auto outcome : {Simulator::Outcome::Completed, Simulator::Outcome::Failed,
                         Simulator::Outcome::Cancelled, Simulator::Outcome::Timeout}) {
        if (outcomeText(outcome) == text)
            return outcome;
    }
    return std::nullopt;
}

QString statusAt(const Simulator::TaskSpec &spec, const QDateTime &now)
{
    const std::chrono::milliseconds elapsed{spec.createdAt.msecsTo(now)};
    if (elapsed >= spec.duration)
        return outcomeText(spec.outcome);
    return elapsed < createdPhase(spec) ? QStringLiteral("created") : QStringLiteral("processing");
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A JSON request body: empty reads as {}, anything else must be an object.
std::optional<QJsonObject> bodyObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

// A whole number field; `fallback` when absent, nothing when present but not a whole number.
std::optional<qint64> wholeNumber(const QJsonObject &object, QLatin1String key, qint64 fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)))
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace

Simulator::Private::Reply Simulator::Private::answerApi(const Incoming &incoming)
{
    const bool get = incoming.record.method == "GET";
    const bool post = incoming.record.method == "POST";
    const QStringList &segments = incoming.segments;
    if (segments.size() < 3 || segments.at(1) != QLatin1String("v3"))
        return error(404, QStringLiteral("Not found"));
    const QStringList route = segments.mid(2);
    const QString &first = route.constFirst();

    if (first == QLatin1String("predictions")) {
        if (route.size() == 1 && post)
            return history(incoming.body);
        if (route.size() == 2 && get)
            return prediction(route.at(1), true);
        if (route.size() == 3 && route.at(2) == QLatin1String("result") && get)
            return prediction(route.at(1), false);
        return error(route.size() <= 3 ? 405 : 404, QStringLiteral("Not found"));
    }
    if (route.size() == 1 && first == QLatin1String("models"))
        return get ? models() : error(405, QStringLiteral("Method not allowed"));
    if (route.size() == 1 && first == QLatin1String("balance")) {
        if (!get)
            return error(405, QStringLiteral("Method not allowed"));
        return envelope(200, QStringLiteral("success"),
                        QJsonObject{{QStringLiteral("balance"), scenario.balance}});
    }
    if (post)
        return submit(route.join(QLatin1Char('/')), incoming.body);
    return error(404, QStringLiteral("Not found"));
}

Simulator::Private::Reply Simulator::Private::prediction(const QString &id, bool withUrls) const
{
    const auto task = tasks.constFind(id);
    if (task == tasks.constEnd())
        return error(404, QStringLiteral("Prediction not found"));
    return envelope(200, QStringLiteral("success"),
                    predictionJson(*task, QDateTime::currentDateTimeUtc(), withUrls));
}

QJsonObject Simulator::Private::predictionJson(const Task &task, const QDateTime &now,
                                               bool withUrls) const
{
    const TaskSpec &spec = task.spec;
    const QString status = statusAt(spec, now);
    const bool completed = status == QLatin1String("completed");
    const bool failed = status == QLatin1String("failed");

    QJsonArray outputs;
    QJsonArray nsfw;
    QJsonObject timings;
    if (completed) {
        const QString extension = outputExtension(scenario, spec.model);
        const int count = extension == QLatin1String("mp4") ? 1 : spec.outputCount;
        const qint64 expires =
            spec.createdAt.addSecs(std::chrono::seconds(OutputLifetime).count()).toSecsSinceEpoch();
        for (int number = 1; number <= count; ++number) {
            QUrl url = q->outputBase();
            url.setPath(outputPath(spec.id, number) + QLatin1Char('.') + extension,
                        QUrl::TolerantMode);
            url.setQuery(QStringLiteral("sig=%1&expires=%2")
                             .arg(QString::fromLatin1(task.signature))
                             .arg(expires));
            outputs.append(url.toString(QUrl::FullyEncoded));
            nsfw.append(spec.nsfw.value(number - 1, false));
        }
        timings.insert(QStringLiteral("inference"),
                       qint64((spec.duration - createdPhase(spec)).count()));
    }

    QString errorText;
    if (failed)
        errorText = spec.error;
    else if (status == QLatin1String("timeout"))
        errorText = QStringLiteral("The task timed out");

    QJsonObject data{
        {QStringLiteral("id"), spec.id},
        {QStringLiteral("model"), spec.model},
        {QStringLiteral("status"), status},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("created_at"), isoTime(spec.createdAt)},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("error"), errorText},
        {QStringLiteral("has_nsfw_contents"), nsfw},
    };
    if (failed)
        data.insert(QStringLiteral("code"), spec.errorCode);
    if (withUrls) {
        QUrl get = q->apiBase();
        get.setPath(QStringLiteral("/api/v3/predictions/%1/result")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(spec.id))),
                    QUrl::TolerantMode);
        data.insert(QStringLiteral("urls"),
                    QJsonObject{{QStringLiteral("get"), get.toString(QUrl::FullyEncoded)}});
    }
    return data;
}

// "/outputs/<percent-encoded id>/<n>", without the extension.
QString Simulator::Private::outputPath(const QString &id, int number) const
{
    return QStringLiteral("/outputs/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))
        .arg(number);
}

Simulator::Private::Reply Simulator::Private::history(const QByteArray &body) const
{
    const std::optional<QJsonObject> request = bodyObject(body);
    if (!request)
        return error(400, QStringLiteral("The body must be a JSON object"));
    const std::optional<qint64> page = wholeNumber(*request, QLatin1String("page"), 1);
    const std::optional<qint64> pageSize =
        wholeNumber(*request, QLatin1String("page_size"), DefaultPageSize);
    if (!page || *page < 1)
        return error(400, QStringLiteral("page must be a whole number of at least 1"));
    if (!pageSize || *pageSize < 1 || *pageSize > MaxPageSize)
        return error(400, QStringLiteral("page_size must be from 1 to %1").arg(MaxPageSize));

    QDateTime bounds[2];
    const QLatin1String boundKeys[2] = {QLatin1String("created_after"),
                                        QLatin1String("created_before")};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = request->value(boundKeys[i]);
        if (value.isUndefined() || value.isNull())
            continue;
        bounds[i] = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!bounds[i].isValid())
            return error(400, QStringLiteral("%1 must be an ISO 8601 time").arg(boundKeys[i]));
    }
    const QString status = request->value(QLatin1String("status")).toString();
    const QString model = request->value(QLatin1String("model")).toString();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<const Task *> matches;
    for (const Task &task : tasks) {
        const TaskSpec &spec = task.spec;
        if ((bounds[0].isValid() && spec.createdAt < bounds[0]) ||
            (bounds[1].isValid() && spec.createdAt > bounds[1]) ||
            (!status.isEmpty() && statusAt(spec, now) != status) ||
            (!model.isEmpty() && spec.model != model)) {
            continue;
        }
        matches.append(&task);
    }
    std::sort(matches.begin(), matches.end(), [](const Task *a, const Task *b) {
        if (a->spec.createdAt != b->spec.createdAt)
            return a->spec.createdAt > b->spec.createdAt;
        return a->sequence > b->sequence;
    });

    QJsonArray items;
    const qint64 first = (*page - 1) * *pageSize;
    for (qint64 i = first; i < std::min<qint64>(first + *pageSize, matches.size()); ++i)
        items.append(predictionJson(*matches.at(i), now, true));
    return envelope(200, QStringLiteral("success"),
                    QJsonObject{
                        {QStringLiteral("page"), *page},
                        {QStringLiteral("page_size"), *pageSize},
                        {QStringLiteral("total"), qint64(matches.size())},
                        {QStringLiteral("items"), items},
                    });
}

// Body fields that the real API does not have force what happens, for demos and tests:
//   "wsm_outcome": "completed" | "failed" | "cancelled" | "timeout"
//   "wsm_duration_ms": whole milliseconds from creation to the outcome
//   "wsm_error_code", "wsm_error": data.code and data.error of a failed task
// Everything else in the body (prompt, size, ...) is accepted and ignored.
Simulator::Private::Reply Simulator::Private::submit(const QString &model, const QByteArray &body)
{
    const std::optional<QJsonObject> request = bodyObject(body);
    if (!request)
        return error(400, QStringLiteral("The body must be a JSON object"));

    TaskSpec spec = drawTask(scenario, model);
    const QJsonValue outcome = request->value(QLatin1String("wsm_outcome"));
    if (!outcome.isUndefined()) {
        const std::optional<Outcome> forced = outcomeFromText(outcome.toString());
        if (!forced)
            return error(400, QStringLiteral("wsm_outcome must be completed, failed, cancelled "
                                             "or timeout"));
        if (*forced != spec.outcome) {
            spec.outcome = *forced;
            spec.errorCode = 0;
            spec.error.clear();
        }
    }
    const std::optional<qint64> duration =
        wholeNumber(*request, QLatin1String("wsm_duration_ms"), spec.duration.count());
    if (!duration || *duration < 0 || *duration > MaxForcedDurationMs)
        return error(
            400, QStringLiteral("wsm_duration_ms must be from 0 to %1").arg(MaxForcedDurationMs));
    spec.duration = std::chrono::milliseconds(*duration);
    if (spec.outcome == Outcome::Failed) {
        spec.errorCode = request->value(QLatin1String("wsm_error_code")).toInt(spec.errorCode);
        spec.error = request->value(QLatin1String("wsm_error")).toString(spec.error);
    }

    const QString id = q->addTask(spec);
    return envelope(200, QStringLiteral("success"),
                    predictionJson(tasks.value(id), QDateTime::currentDateTimeUtc(), true));
}

Simulator::Private::Reply Simulator::Private::models() const
{
    QStringList ids = scenario.models.keys();
    ids.sort();
    QJsonArray list;
    for (const QString &id : std::as_const(ids)) {
        list.append(QJsonObject{
            {QStringLiteral("model_id"), id},
            {QStringLiteral("name"), id.section(QLatin1Char('/'), -1)},
            {QStringLiteral("type"), scenario.models.value(id).type},
        });
    }
    return envelope(200, QStringLiteral("success"), list);
}

// GET /outputs/<id>/<n>.<ext>: only for a completed task, and only its own n and extension.
Simulator::Private::Reply Simulator::Private::answerOutput(const Incoming &incoming,
                                                           bool mayRedirect)
{
    if (mayRedirect && redirectTarget.isValid()) {
        QUrl location = redirectTarget;
        QString prefix = location.path(QUrl::FullyEncoded);
        while (prefix.endsWith(QLatin1Char('/')))
            prefix.chop(1);
        location.setPath(prefix + incoming.encodedPath, QUrl::TolerantMode);
        location.setQuery(QString::fromUtf8(incoming.record.query), QUrl::TolerantMode);
        Reply reply;
        reply.status = 302;
        reply.addHeader("Location", location.toEncoded());
        return reply;
    }

    const QStringList &segments = incoming.segments;
    const auto notFound = [] {
        return error(404, QStringLiteral("Not found"));
    };
    if (segments.size() != 3 || segments.at(0) != QLatin1String("outputs"))
        return notFound();
    if (incoming.record.method != "GET")
        return error(405, QStringLiteral("Method not allowed"));

    const auto task = tasks.constFind(segments.at(1));
    const QString file = segments.at(2);
    bool numberOk = false;
    const int number = file.section(QLatin1Char('.'), 0, 0).toInt(&numberOk);
    if (task == tasks.constEnd() || !numberOk ||
        statusAt(task->spec, QDateTime::currentDateTimeUtc()) != QLatin1String("completed")) {
        return notFound();
    }
    const QString extension = outputExtension(scenario, task->spec.model);
    const int count = extension == QLatin1String("mp4") ? 1 : task->spec.outputCount;
    if (file.section(QLatin1Char('.'), 1) != extension || number < 1 || number > count)
        return notFound();

    Reply reply;
    if (extension == QLatin1String("mp4")) {
        reply.addHeader("Content-Type", "video/mp4");
        reply.body = OutputMedia::sampleVideo();
        return reply;
    }
    const QString key = task->spec.id + QLatin1Char('/') + QString::number(number);
    if (!pngCache.contains(key)) {
        if (pngCache.size() >= PngCacheLimit)
            pngCache.clear();
        pngCache.insert(key, OutputMedia::png(task->spec.id, number));
    }
    reply.addHeader("Content-Type", "image/png");
    reply.body = pngCache.value(key);
    return reply;
}

// 32 hex digits like WaveSpeed's IDs, with at least one digit so that ID extraction finds it.
QString Simulator::Private::newTaskId() const
{
    for (;;) {
        QByteArray bytes(TaskIdBytes, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              TaskIdBytes / int(sizeof(quint32)));
        const QString id = QString::fromLatin1(bytes.toHex());
        const bool hasDigit =
            std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
        if (hasDigit && !tasks.contains(id))
            return id;
    }
}
