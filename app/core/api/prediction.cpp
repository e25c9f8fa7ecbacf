// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "prediction.h"

#include "apienvelope.h"
#include "tasks/taskid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace {

// A reply listing more outputs than this is not a real task; the rest are dropped.
constexpr qsizetype MaxOutputs = 1000;
// The error text is shown in a table cell and a tooltip; a longer one is server noise.
constexpr qsizetype MaxErrorLength = 2000;
// Numbers above this in created_at are Unix milliseconds rather than seconds (year 5138).
constexpr double MillisecondsThreshold = 1e11;
// Larger inference times (about 31 years) are corrupt, and would overflow when rounded.
constexpr double MaxInferenceMs = 1e12;

Prediction::Result malformed(const QString &detail)
{
    Prediction::Result result;
    result.error.kind = ApiError::Kind::MalformedBody;
    result.error.detail = detail;
    return result;
}

// A number, or a string holding one: the API has sent both.
std::optional<double> readNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<qint64> readInteger(const QJsonValue &value)
{
    const std::optional<double> number = readNumber(value);
    if (!number || *number != std::floor(*number) ||
        std::fabs(*number) > static_cast<double>(std::numeric_limits<int>::max()))
        return std::nullopt;
    return static_cast<qint64>(*number);
}

QString readId(const QJsonValue &value)
{
    QString id;
    if (value.isString()) {
        id = value.toString().trimmed();
    } else if (value.isDouble()) {
        // Integral numbers only; 2^53 is where doubles stop holding every integer.
        const double number = value.toDouble();
        if (number >= 0 && number <= 9007199254740992.0 && number == std::floor(number))
            id = QString::number(static_cast<qint64>(number));
    }
    return TaskId::isAcceptable(id) ? id : QString();
}

QUrl readWebUrl(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

QList<QUrl> readOutputs(const QJsonValue &value)
{
    QList<QUrl> outputs;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (outputs.size() >= MaxOutputs)
            break;
        // Some forms wrap each output as {"url": "..."}.
        const QUrl url =
            readWebUrl(item.isObject() ? item.toObject().value(QLatin1String("url")) : item);
        if (url.isValid())
            outputs.append(url);
    }
    return outputs;
}

// ISO 8601 as the API writes it, with or without fractional seconds and zone; no zone means UTC.
QDateTime readIsoTime(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)"
                       R"(\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$)"));
    const auto match = iso.match(text.trimmed());
    if (!match.hasMatch())
        return {};

    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    // Only milliseconds are kept: ".5" is 500 ms, ".123456" is 123 ms.
    const QString fraction = match.captured(7).left(3).leftJustified(3, QLatin1Char('0'));
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.capturedView(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};

    QDateTime utc(date, time, Qt::UTC);
    const QStringView sign = match.capturedView(9);
    if (!sign.isEmpty()) {
        const int hours = match.capturedView(10).toInt();
        const int minutes = match.capturedView(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        const int offset = (hours * 60 + minutes) * 60;
        utc = utc.addSecs(sign == QLatin1String("-") ? offset : -offset);
    }
    return utc;
}

QDateTime readCreatedAt(const QJsonValue &value)
{
    if (value.isString())
        return readIsoTime(value.toString());
    if (!value.isDouble())
        return {};

    const double number = value.toDouble();
    if (!std::isfinite(number) || number <= 0)
        return {};
    const double ms = number > MillisecondsThreshold ? number : number * 1000.0;
    // QDateTime's own range ends far beyond this; past year 9999 a number is junk anyway.
    constexpr double MaxMs = 253402300799999.0;
    if (ms > MaxMs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
}

std::optional<qint64> readInferenceMs(const QJsonValue &timings)
{
    const std::optional<double> number =
        readNumber(timings.toObject().value(QLatin1String("inference")));
    if (!number || *number < 0 || *number > MaxInferenceMs)
        return std::nullopt;
    return qRound64(*number);
}

QString readError(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = value.toObject().value(QLatin1String("message")).toString();

    // Shown to users as it is, so no control characters and a sane length.
    QString cleaned;
    cleaned.reserve(qMin(text.size(), MaxErrorLength));
    for (const QChar c : text) {
        if (cleaned.size() >= MaxErrorLength)
            break;
        const auto category = c.category();
        cleaned += (category == QChar::Other_Control || category == QChar::Other_Format)
                       ? QChar(QLatin1Char(' '))
                       : c;
    }
    if (!cleaned.isEmpty() && cleaned.back().isHighSurrogate())
        cleaned.chop(1);
    return cleaned.simplified();
}

QList<bool> readNsfw(const QJsonValue &value)
{
    QList<bool> flags;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (flags.size() >= MaxOutputs)
            break;
        flags.append(item.isBool() && item.toBool());
    }
    return flags;
}

} // namespace

bool Prediction::isTerminal(Status status)
{
    switch (status) {
    case Status::Completed:
    case Status::Failed:
    case Status::Cancelled:
    case Status::Timeout:
        return true;
    case Status::Unknown:
    case Status::Created:
    case Status::Processing:
        return false;
    }
    return false;
}

Prediction::Status Prediction::statusFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const auto is = [trimmed](const char *name) {
        return trimmed.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("created"))
        return Status::Created;
    if (is("processing"))
        return Status::Processing;
    if (is("completed"))
        return Status::Completed;
    if (is("failed"))
        return Status::Failed;
    if (is("cancelled") || is("canceled"))
        return Status::Cancelled;
    if (is("timeout"))
        return Status::Timeout;
    return Status::Unknown;
}

QString Prediction::errorCodeMeaning(int code)
{
    switch (code) {
    case 1200:
        return tr("content moderation", "task error code");
    case 1400:
        return tr("missing parameter", "task error code");
    case 1401:
        return tr("invalid parameter", "task error code");
    case 1402:
        return tr("media could not be fetched", "task error code");
    case 1403:
    case 1405:
        return tr("task failed", "task error code");
    case 5000:
        return tr("internal error", "task error code");
    case 5003:
        return tr("service unavailable", "task error code");
    case 5004:
        return tr("timeout", "task error code");
    default:
        return {};
    }
}

Prediction::Result Prediction::parse(const QByteArray &body)
{
    const ApiEnvelope envelope = ApiEnvelope::parse(body);
    if (envelope.error) {
        Result result;
        result.error = envelope.error;
        return result;
    }
    if (!envelope.data.isObject())
        return malformed(tr("the reply holds no prediction object"));
    return fromJson(envelope.data.toObject());
}

Prediction::Result Prediction::fromJson(const QJsonObject &data)
{
    Prediction prediction;
    prediction.id = readId(data.value(QLatin1String("id")));
    prediction.model = data.value(QLatin1String("model")).toString().trimmed();
    const QJsonValue status = data.value(QLatin1String("status"));
    if (status.isString()) {
        prediction.statusText = status.toString().trimmed();
        prediction.status = statusFromText(prediction.statusText);
    }
    prediction.outputs = readOutputs(data.value(QLatin1String("outputs")));
    prediction.createdAt = readCreatedAt(data.value(QLatin1String("created_at")));
    prediction.inferenceMs = readInferenceMs(data.value(QLatin1String("timings")));
    prediction.error = readError(data.value(QLatin1String("error")));
    // data.code is the task's own error number, not the envelope's code.
    prediction.errorCode = int(readInteger(data.value(QLatin1String("code"))).value_or(0));
    prediction.resultUrl =
        readWebUrl(data.value(QLatin1String("urls")).toObject().value(QLatin1String("get")));
    prediction.nsfw = readNsfw(data.value(QLatin1String("has_nsfw_contents")));

    if (prediction.id.isEmpty() && prediction.statusText.isEmpty())
        return malformed(tr("a prediction without id or status"));

    Result result;
    result.prediction = std::move(prediction);
    return result;
}
