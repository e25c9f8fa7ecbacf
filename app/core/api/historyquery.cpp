// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "historyquery.h"

#include "apienvelope.h"
#include "tasks/task.h"

#include <QJsonArray>

#include <cmath>

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number >= 0 && number == std::floor(number) && number < 9.0e15)
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok && number >= 0)
            return number;
    }
    return std::nullopt;
}

} // namespace

bool HistoryQuery::validate(const QDateTime &now, QString *whyNot)
{
    auto refuse = [whyNot](const QString &message) {
        if (whyNot)
            *whyNot = message;
        return false;
    };

    if (!from.isValid() || !to.isValid())
        return refuse(tr("Choose when the range starts and when it ends."));
    if (pageSize < 1 || pageSize > MaxPageSize)
        return refuse(tr("A page holds from 1 to %1 tasks.").arg(MaxPageSize));
    const qint64 slackSeconds = ClockSlack.count();
    if (to > now.addSecs(slackSeconds))
        to = now;
    if (from > to)
        return refuse(tr("The range starts after it ends."));
    const QDateTime oldest = now.addDays(-Task::RetentionDays).addSecs(-slackSeconds);
    if (from < oldest)
        return refuse(
            tr("The API keeps tasks for %n day(s) only: choose a start within the last %n "
               "day(s).",
               "", Task::RetentionDays));
    return true;
}

QJsonObject HistoryQuery::body(int page) const
{
    QJsonObject body{
        {QStringLiteral("page"), page},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("created_after"), isoTime(from)},
        {QStringLiteral("created_before"), isoTime(to)},
    };
    if (!status.isEmpty())
        body.insert(QStringLiteral("status"), status);
    if (!model.isEmpty())
        body.insert(QStringLiteral("model"), model);
    return body;
}

HistoryQuery::Page HistoryQuery::parsePage(const QByteArray &body)
{
    Page page;
    const ApiEnvelope envelope = ApiEnvelope::parse(body);
    if (envelope.error) {
        page.error = envelope.error;
        return page;
    }
    if (!envelope.data.isObject()) {
        page.error.kind = ApiError::Kind::MalformedBody;
        page.error.detail = tr("a list of tasks that is not an object");
        return page;
    }

    const QJsonObject data = envelope.data.toObject();
    page.page = int(wholeNumber(data.value(QLatin1String("page"))).value_or(0));
    page.total = wholeNumber(data.value(QLatin1String("total")));
    const QJsonArray items = data.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        const Prediction::Result parsed = Prediction::fromJson(item.toObject());
        if (parsed.prediction && !parsed.prediction->id.isEmpty())
            page.items.append(*parsed.prediction);
        else
            ++page.unreadable;
    }
    return page;
}
