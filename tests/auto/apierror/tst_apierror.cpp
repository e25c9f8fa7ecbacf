// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/apierror.h"

#include <QTest>

#include <limits>

using namespace std::chrono_literals;
using Kind = ApiError::Kind;

// ApiError: classifying HTTP and envelope failures, Retry-After, and the text users see.
class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromHttpStatus_data();
    void fromHttpStatus();
    void fromApiCode_data();
    void fromApiCode();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void isTransient_data();
    void isTransient();
    void kindName_data();
    void kindName();
    void text_data();
    void text();
    void textMentions_data();
    void textMentions();
    void textCleansDetail_data();
    void textCleansDetail();
};

namespace {

const QList<Kind> AllKinds = {
    Kind::None,        Kind::KeyRejected,  Kind::NotFound,    Kind::RateLimited,
    Kind::ServerError, Kind::NetworkError, Kind::Timeout,     Kind::MalformedBody,
    Kind::Redirected,  Kind::Rejected,     Kind::InsecureUrl,
};

ApiError errorOf(Kind kind)
{
    ApiError error;
    error.kind = kind;
    return error;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

void TestApiError::fromHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("200") << 200 << Kind::None;
    QTest::newRow("204") << 204 << Kind::None;
    QTest::newRow("299") << 299 << Kind::None;
    QTest::newRow("301") << 301 << Kind::Redirected;
    QTest::newRow("302") << 302 << Kind::Redirected;
    QTest::newRow("307") << 307 << Kind::Redirected;
    QTest::newRow("399") << 399 << Kind::Redirected;
    QTest::newRow("400") << 400 << Kind::Rejected;
    QTest::newRow("401") << 401 << Kind::KeyRejected;
    QTest::newRow("402") << 402 << Kind::Rejected;
    QTest::newRow("403") << 403 << Kind::KeyRejected;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("405") << 405 << Kind::Rejected;
    QTest::newRow("410") << 410 << Kind::Rejected;
    QTest::newRow("422") << 422 << Kind::Rejected;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("499") << 499 << Kind::Rejected;
    QTest::newRow("500") << 500 << Kind::ServerError;
    QTest::newRow("502") << 502 << Kind::ServerError;
    QTest::newRow("503") << 503 << Kind::ServerError;
    QTest::newRow("504") << 504 << Kind::ServerError;
    QTest::newRow("599") << 599 << Kind::ServerError;
    QTest::newRow("600") << 600 << Kind::Rejected;
    QTest::newRow("100") << 100 << Kind::Rejected;
}

void TestApiError::fromHttpStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);

    const ApiError error = ApiError::fromHttpStatus(status);

    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.apiCode, 0);
    QCOMPARE(error.isError(), kind != Kind::None);
    QCOMPARE(bool(error), kind != Kind::None);
}

void TestApiError::fromApiCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");

    const QString msg = QStringLiteral("some message");
    QTest::newRow("200") << 200 << QStringLiteral("success") << Kind::None
                         << QStringLiteral("success");
    QTest::newRow("201 is not success") << 201 << msg << Kind::Rejected << msg;
    QTest::newRow("0") << 0 << msg << Kind::Rejected << msg;
    QTest::newRow("-1") << -1 << msg << Kind::Rejected << msg;
    QTest::newRow("302") << 302 << msg << Kind::Redirected << msg;
    QTest::newRow("400") << 400 << msg << Kind::Rejected << msg;
    QTest::newRow("401") << 401 << QStringLiteral("Invalid API key") << Kind::KeyRejected
                         << QStringLiteral("Invalid API key");
    QTest::newRow("403") << 403 << msg << Kind::KeyRejected << msg;
    QTest::newRow("404") << 404 << QStringLiteral("prediction not found") << Kind::NotFound
                         << QStringLiteral("prediction not found");
    QTest::newRow("429") << 429 << msg << Kind::RateLimited << msg;
    QTest::newRow("500") << 500 << msg << Kind::ServerError << msg;
    QTest::newRow("503") << 503 << msg << Kind::ServerError << msg;
    QTest::newRow("1400") << 1400 << msg << Kind::Rejected << msg;
    QTest::newRow("5000") << 5000 << msg << Kind::Rejected << msg;
    QTest::newRow("message trimmed")
        << 500 << QStringLiteral("  busy \n") << Kind::ServerError << QStringLiteral("busy");
    QTest::newRow("message control characters")
        << 500 << QStringLiteral("a\x1b[2Jb\rc") << Kind::ServerError << QStringLiteral("a [2Jb c");
}

void TestApiError::fromApiCode()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);

    const ApiError error = ApiError::fromApiCode(code, message);

    QCOMPARE(error.kind, kind);
    QCOMPARE(error.apiCode, kind == Kind::None ? 0 : code);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(error.detail, detail);
}

void TestApiError::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<std::chrono::seconds>>("expected");

    using Seconds = std::optional<std::chrono::seconds>;
    const Seconds none;
    const Seconds oneDay = 86400s;

    // Delta-seconds
    QTest::newRow("zero") << QByteArray("0") << Seconds(0s);
    QTest::newRow("seconds") << QByteArray("120") << Seconds(120s);
    QTest::newRow("leading zeros") << QByteArray("007") << Seconds(7s);
    QTest::newRow("spaces") << QByteArray("  8 ") << Seconds(8s);
    QTest::newRow("tab") << QByteArray("\t30\t") << Seconds(30s);
    QTest::newRow("one day") << QByteArray("86400") << oneDay;
    QTest::newRow("over a day is clamped") << QByteArray("86401") << oneDay;
    QTest::newRow("huge is clamped") << QByteArray("99999999999999999999999999999999") << oneDay;
    QTest::newRow("int max is clamped") << QByteArray("2147483648") << oneDay;
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("blank") << QByteArray("   ") << none;
    QTest::newRow("negative") << QByteArray("-5") << none;
    QTest::newRow("plus sign") << QByteArray("+5") << none;
    QTest::newRow("fraction") << QByteArray("1.5") << none;
    QTest::newRow("trailing junk") << QByteArray("12abc") << none;
    QTest::newRow("space inside") << QByteArray("1 2") << none;
    QTest::newRow("junk") << QByteArray("soon") << none;
    QTest::newRow("nul") << QByteArray("1\0"
                                       "2",
                                       3)
                         << none;
    QTest::newRow("utf-8 digits") << QByteArray("\xd9\xa3") << none;

    // HTTP dates; now is Wed, 21 Oct 2015 07:28:00 GMT
    QTest::newRow("imf now") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << Seconds(0s);
    QTest::newRow("imf future") << QByteArray("Wed, 21 Oct 2015 07:30:05 GMT") << Seconds(125s);
    QTest::newRow("imf next day") << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << oneDay;
    QTest::newRow("imf far future") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << oneDay;
    QTest::newRow("imf past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << Seconds(0s);
    QTest::newRow("imf long past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << Seconds(0s);
    QTest::newRow("imf month case") << QByteArray("Wed, 21 OCT 2015 07:28:10 GMT") << Seconds(10s);
    QTest::newRow("imf bad month") << QByteArray("Wed, 21 Foo 2015 07:28:10 GMT") << none;
    QTest::newRow("imf bad day") << QByteArray("Wed, 31 Feb 2015 07:28:10 GMT") << none;
    QTest::newRow("imf bad hour") << QByteArray("Wed, 21 Oct 2015 25:28:10 GMT") << none;
    QTest::newRow("imf without zone") << QByteArray("Wed, 21 Oct 2015 07:28:10") << none;
    QTest::newRow("imf other zone") << QByteArray("Wed, 21 Oct 2015 07:28:10 PST") << none;
    QTest::newRow("rfc 850 future")
        << QByteArray("Wednesday, 21-Oct-15 07:29:00 GMT") << Seconds(60s);
    QTest::newRow("rfc 850 past") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << Seconds(0s);
    QTest::newRow("asctime future") << QByteArray("Wed Oct 21 07:28:30 2015") << Seconds(30s);
    QTest::newRow("asctime padded day") << QByteArray("Thu Oct  1 07:28:30 2015") << Seconds(0s);
    QTest::newRow("asctime past") << QByteArray("Sun Nov  6 08:49:37 1994") << Seconds(0s);
    QTest::newRow("iso is not an http date") << QByteArray("2015-10-21T07:29:00Z") << none;
}

void TestApiError::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<std::chrono::seconds>, expected);

    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
    const auto parsed = ApiError::parseRetryAfter(value, now);

    QCOMPARE(parsed.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(parsed->count(), expected->count());
}

void TestApiError::isTransient_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");

    QTest::newRow("none") << Kind::None << false;
    QTest::newRow("keyRejected") << Kind::KeyRejected << false;
    QTest::newRow("notFound") << Kind::NotFound << false;
    QTest::newRow("rateLimited") << Kind::RateLimited << false;
    QTest::newRow("serverError") << Kind::ServerError << true;
    QTest::newRow("networkError") << Kind::NetworkError << true;
    QTest::newRow("timeout") << Kind::Timeout << true;
    QTest::newRow("malformedBody") << Kind::MalformedBody << true;
    QTest::newRow("redirected") << Kind::Redirected << true;
    QTest::newRow("rejected") << Kind::Rejected << true;
    QTest::newRow("insecureUrl") << Kind::InsecureUrl << false;
}

void TestApiError::isTransient()
{
    QFETCH(Kind, kind);
    QFETCH(bool, transient);

    QCOMPARE(errorOf(kind).isTransient(), transient);
}

void TestApiError::kindName_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("none") << Kind::None << QStringLiteral("none");
    QTest::newRow("keyRejected") << Kind::KeyRejected << QStringLiteral("keyRejected");
    QTest::newRow("notFound") << Kind::NotFound << QStringLiteral("notFound");
    QTest::newRow("rateLimited") << Kind::RateLimited << QStringLiteral("rateLimited");
    QTest::newRow("serverError") << Kind::ServerError << QStringLiteral("serverError");
    QTest::newRow("networkError") << Kind::NetworkError << QStringLiteral("networkError");
    QTest::newRow("timeout") << Kind::Timeout << QStringLiteral("timeout");
    QTest::newRow("malformedBody") << Kind::MalformedBody << QStringLiteral("malformedBody");
    QTest::newRow("redirected") << Kind::Redirected << QStringLiteral("redirected");
    QTest::newRow("rejected") << Kind::Rejected << QStringLiteral("rejected");
    QTest::newRow("insecureUrl") << Kind::InsecureUrl << QStringLiteral("insecureUrl");
}

void TestApiError::kindName()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);

    QCOMPARE(ApiError::kindName(kind), name);
}

void TestApiError::text_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("detail");

    const QString hostile = QStringLiteral("\x1b[31mred\x07\r\nline\u202etwo\t") + QChar(0);
    for (const Kind kind : AllKinds) {
        const QByteArray name = ApiError::kindName(kind).toLatin1();
        QTest::newRow((name + " bare").constData()) << kind << 0 << QString();
        QTest::newRow((name + " with status").constData()) << kind << 503 << QString();
        QTest::newRow((name + " with hostile detail").constData()) << kind << 400 << hostile;
    }
}

void TestApiError::text()
{
    QFETCH(Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, detail);

    ApiError error = errorOf(kind);
    error.httpStatus = httpStatus;
    error.detail = detail;
    const QString text = error.text();

    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(!hasControlCharacter(text), qPrintable(text));
    QCOMPARE(text, text.trimmed());
    QVERIFY(text.size() < 400);
}

void TestApiError::textMentions_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("apiCode");
    QTest::addColumn<std::optional<std::chrono::seconds>>("retryAfter");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");

    const std::optional<std::chrono::seconds> noWait;
    QTest::newRow("key rejected") << Kind::KeyRejected << 401 << 0 << noWait << QString()
                                  << QStringLiteral("The API key was rejected (HTTP 401).");
    QTest::newRow("key rejected in envelope")
        << Kind::KeyRejected << 200 << 401 << noWait << QStringLiteral("Invalid key")
        << QStringLiteral("The API key was rejected (API code 401): Invalid key");
    QTest::newRow("rate limited with wait")
        << Kind::RateLimited << 429 << 0 << std::optional(8s) << QString()
        << QStringLiteral("Rate limited by the API; retrying in 8 s.");
    QTest::newRow("server error with detail")
        << Kind::ServerError << 503 << 0 << noWait << QStringLiteral("  upstream busy ")
        << QStringLiteral("Server error (HTTP 503): upstream busy");
    QTest::newRow("network error")
        << Kind::NetworkError << 0 << 0 << noWait << QStringLiteral("Connection refused")
        << QStringLiteral("Network error: Connection refused");
}

void TestApiError::textMentions()
{
    QFETCH(Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, apiCode);
    QFETCH(std::optional<std::chrono::seconds>, retryAfter);
    QFETCH(QString, detail);
    QFETCH(QString, expected);

    ApiError error = errorOf(kind);
    error.httpStatus = httpStatus;
    error.apiCode = apiCode;
    error.retryAfter = retryAfter;
    error.detail = detail;

    QCOMPARE(error.text(), expected);
}

void TestApiError::textCleansDetail_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("maxLength");

    QTest::newRow("10 kB detail") << QString(10000, QLatin1Char('x')) << 300;
    QTest::newRow("10 kB of newlines") << QString(10000, QLatin1Char('\n')) << 100;
    QTest::newRow("emoji cut") << QStringLiteral("🎉").repeated(500) << 300;
    QTest::newRow("html page")
        << QStringLiteral("<html>\n<body>\n<h1>502 Bad Gateway</h1>\n</body>\n</html>\n") << 300;
}

void TestApiError::textCleansDetail()
{
    QFETCH(QString, detail);
    QFETCH(int, maxLength);

    ApiError error = errorOf(Kind::ServerError);
    error.httpStatus = 502;
    error.detail = detail;
    const QString text = error.text();

    QVERIFY2(text.size() <= maxLength, qPrintable(QString::number(text.size())));
    QVERIFY(!hasControlCharacter(text));
    QVERIFY(text.startsWith(QStringLiteral("Server error (HTTP 502)")));
    // A cut never leaves half of a surrogate pair behind.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate())
            QVERIFY(i + 1 < text.size() && text.at(i + 1).isLowSurrogate());
        else if (text.at(i).isLowSurrogate())
            QVERIFY(i > 0 && text.at(i - 1).isHighSurrogate());
    }
}

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
