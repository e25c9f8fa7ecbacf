// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "apienvelope.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace {

constexpr int SuccessCode = 200;

ApiError malformed(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::MalformedBody;
    error.detail = detail;
    return error;
}

// The envelope's code as the API writes it: a number, or sometimes a numeric string.
std::optional<int> readCode(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) &&
            number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
            return static_cast<int>(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

bool looksLikeHtml(const QByteArray &body)
{
    return body.trimmed().startsWith('<');
}

} // namespace

ApiEnvelope ApiEnvelope::parse(const QByteArray &body)
{
    ApiEnvelope envelope;

    if (body.trimmed().isEmpty()) {
        envelope.error = malformed(ApiError::tr("empty reply"));
        return envelope;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        envelope.error = looksLikeHtml(body)
                             ? malformed(ApiError::tr("an HTML page instead of JSON"))
                             : malformed(ApiError::tr("not valid JSON (%1 at byte %2)")
                                             .arg(parseError.errorString())
                                             .arg(parseError.offset));
        return envelope;
    }
    if (!document.isObject()) {
        envelope.error = malformed(ApiError::tr("JSON that is not an object"));
        return envelope;
    }

    const QJsonObject object = document.object();
    const QJsonValue codeValue = object.value(QLatin1String("code"));
    const QJsonValue messageValue = object.value(QLatin1String("message"));
    if (messageValue.isString())
        envelope.message = messageValue.toString();

    if (!codeValue.isUndefined()) {
        const std::optional<int> code = readCode(codeValue);
        if (!code) {
            envelope.error = malformed(ApiError::tr("an unreadable envelope code"));
            return envelope;
        }
        if (*code != SuccessCode) {
            envelope.error = ApiError::fromApiCode(*code, envelope.message);
            return envelope;
        }
        envelope.data = object.value(QLatin1String("data"));
        return envelope;
    }

    if (object.contains(QLatin1String("data"))) {
        envelope.data = object.value(QLatin1String("data"));
        return envelope;
    }
    // Some endpoint forms answer with the prediction itself, without the envelope.
    if (object.contains(QLatin1String("id")) || object.contains(QLatin1String("status"))) {
        envelope.data = object;
        return envelope;
    }

    envelope.error = malformed(ApiError::tr("JSON without the documented envelope"));
    return envelope;
}
