// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QRegularExpression>

namespace {

using namespace std::chrono_literals;

// A server may ask for any wait; beyond a day the hint is nonsense and would stall a task forever.
constexpr std::chrono::seconds MaxRetryAfter = 24h;
// Server text is shown in one line of a table or a notification.
constexpr qsizetype MaxDetailLength = 200;
// RFC 9110: a two-digit year more than 50 years ahead means the previous century.
constexpr int TwoDigitYearWindow = 50;

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    if (status >= 200 && status <= 299)
        return Kind::None;
    if (status == 401 || status == 403)
        return Kind::KeyRejected;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500 && status <= 599)
        return Kind::ServerError;
    if (status >= 300 && status <= 399)
        return Kind::Redirected;
    // Any other 4xx, and numbers outside HTTP's range, are refusals we cannot classify further.
    return Kind::Rejected;
}

// Untrusted server text made fit for one line: no control or format characters, trimmed, capped.
QString cleanDetail(const QString &text)
{
    QString cleaned;
    cleaned.reserve(qMin(text.size(), MaxDetailLength * 2));
    for (const QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            cleaned += QLatin1Char(' ');
        else
            cleaned += c;
        if (cleaned.size() > MaxDetailLength * 4)
            break;
    }
    cleaned = cleaned.simplified();

    if (cleaned.size() > MaxDetailLength) {
        qsizetype cut = MaxDetailLength;
        if (cleaned.at(cut).isLowSurrogate())
            --cut;
        cleaned = cleaned.left(cut).trimmed() + QChar(0x2026);
    }
    return cleaned;
}

int monthFromName(QStringView name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

std::optional<std::chrono::seconds> parseDeltaSeconds(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        total = total * 10 + (c.unicode() - '0');
        // Clamp while reading so that any number of digits is safe.
        if (total > MaxRetryAfter.count())
            total = MaxRetryAfter.count() + 1;
    }
    return std::chrono::seconds(qMin<qint64>(total, MaxRetryAfter.count()));
}

// IMF-fixdate, RFC 850 and asctime, the three forms RFC 9110 asks recipients to read.
QDateTime parseHttpDate(const QString &text, const QDateTime &now)
{
    static const QRegularExpression imf(QStringLiteral(
        R"(^[A-Za-z]{3},\s+(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^[A-Za-z]+,\s+(\d{1,2})-([A-Za-z]{3})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})$)"));

    int day = 0;
    int month = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.capturedView(1).toInt();
        month = monthFromName(m.capturedView(2));
        year = m.capturedView(3).toInt();
        hour = m.capturedView(4).toInt();
        minute = m.capturedView(5).toInt();
        second = m.capturedView(6).toInt();
    } else if (const auto m850 = rfc850.match(text); m850.hasMatch()) {
        day = m850.capturedView(1).toInt();
        month = monthFromName(m850.capturedView(2));
        const int shortYear = m850.capturedView(3).toInt();
        const int nowYear = now.date().year();
        year = nowYear - nowYear % 100 + shortYear;
        if (year > nowYear + TwoDigitYearWindow)
            year -= 100;
        hour = m850.capturedView(4).toInt();
        minute = m850.capturedView(5).toInt();
        second = m850.capturedView(6).toInt();
    } else if (const auto ma = asctime.match(text); ma.hasMatch()) {
        month = monthFromName(ma.capturedView(1));
        day = ma.capturedView(2).toInt();
        hour = ma.capturedView(3).toInt();
        minute = ma.capturedView(4).toInt();
        second = ma.capturedView(5).toInt();
        year = ma.capturedView(6).toInt();
    } else {
        return {};
    }

    // A leap second is read as the second before it rather than rejected.
    if (second == 60)
        second = 59;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

bool ApiError::isTransient(Kind kind)
{
    switch (kind) {
    case Kind::ServerError:
    case Kind::NetworkError:
    case Kind::Timeout:
    case Kind::MalformedBody:
    case Kind::Redirected:
    case Kind::Rejected:
        return true;
    case Kind::None:
    case Kind::KeyRejected:
    case Kind::NotFound:
    case Kind::RateLimited: // the request gate waits for 429 itself
    case Kind::InsecureUrl:
        return false;
    }
    return false;
}

QString ApiError::text() const
{
    // Where the error came from, e.g. "HTTP 503" or "API code 1400"; the envelope code wins
    // because it is the more specific one when both are known.
    QString source;
    if (apiCode != 0)
        source = tr("API code %1").arg(apiCode);
    else if (httpStatus != 0)
        source = tr("HTTP %1").arg(httpStatus);

    QString headline;
    switch (kind) {
    case Kind::None:
        return tr("No error.");
    case Kind::KeyRejected:
        headline = source.isEmpty() ? tr("The API key was rejected")
                                    : tr("The API key was rejected (%1)").arg(source);
        break;
    case Kind::NotFound:
        //: Predictions are deleted by WaveSpeed after 7 days, which is the usual cause.
        headline = source.isEmpty() ? tr("The task was not found")
                                    : tr("The task was not found (%1)").arg(source);
        break;
    case Kind::RateLimited:
        if (retryAfter)
            //: %1 is a number of seconds
            headline = tr("Rate limited by the API; retrying in %1 s")
                           .arg(QString::number(retryAfter->count()));
        else
            headline = tr("Rate limited by the API; retrying later");
        break;
    case Kind::ServerError:
        headline = source.isEmpty() ? tr("Server error") : tr("Server error (%1)").arg(source);
        break;
    case Kind::NetworkError:
        headline = tr("Network error");
        break;
    case Kind::Timeout:
        headline = tr("The API did not answer in time");
        break;
    case Kind::MalformedBody:
        headline = tr("The API sent an unreadable answer");
        break;
    case Kind::Redirected:
        //: The key is never sent to another address, so redirects are not followed.
        headline = source.isEmpty()
                       ? tr("The API answered with a redirect, not followed")
                       : tr("The API answered with a redirect (%1), not followed").arg(source);
        break;
    case Kind::Rejected:
        headline = source.isEmpty() ? tr("The API refused the request")
                                    : tr("The API refused the request (%1)").arg(source);
        break;
    case Kind::InsecureUrl:
        headline = tr("Refusing to send the API key over plain HTTP to a non-local address");
        break;
    }

    const QString cleaned = cleanDetail(detail);
    if (cleaned.isEmpty())
        //: An error sentence without further detail from the server
        return tr("%1.").arg(headline);
    //: An error sentence, then the server's or the network's own words
    return tr("%1: %2").arg(headline, cleaned);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::KeyRejected:
        return QStringLiteral("keyRejected");
    case Kind::NotFound:
        return QStringLiteral("notFound");
    case Kind::RateLimited:
        return QStringLiteral("rateLimited");
    case Kind::ServerError:
        return QStringLiteral("serverError");
    case Kind::NetworkError:
        return QStringLiteral("networkError");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::MalformedBody:
        return QStringLiteral("malformedBody");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::InsecureUrl:
        return QStringLiteral("insecureUrl");
    }
    return QStringLiteral("unknown");
}

std::optional<std::chrono::seconds> ApiError::parseRetryAfter(const QByteArray &value,
                                                              const QDateTime &now)
{
    // Header values are Latin-1 at most; anything else cannot match either form anyway.
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.front().isDigit())
        return parseDeltaSeconds(text);

    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const QDateTime when = parseHttpDate(text, reference.toUTC());
    if (!when.isValid())
        return std::nullopt;

    const qint64 ms = reference.msecsTo(when);
    if (ms <= 0)
        return std::chrono::seconds(0);
    const qint64 seconds = (ms + 999) / 1000;
    return std::chrono::seconds(qMin<qint64>(seconds, MaxRetryAfter.count()));
}

ApiError ApiError::fromHttpStatus(int status)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    return error;
}

ApiError ApiError::fromApiCode(int code, const QString &message)
{
    ApiError error;
    // Only 200 is success in the envelope; other 2xx codes are not documented.
    error.kind = code == 200                    ? Kind::None
                 : (code >= 200 && code <= 299) ? Kind::Rejected
                                                : kindForStatus(code);
    error.apiCode = error.kind == Kind::None ? 0 : code;
    error.detail = cleanDetail(message);
    return error;
}
