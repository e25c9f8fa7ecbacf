// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/apienvelope.h"
#include "api/prediction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = ApiError::Kind;
using Status = Prediction::Status;

// Prediction and ApiEnvelope: turning any reply body into a prediction or a typed error.
class TestPrediction : public QObject
{
    Q_OBJECT

private slots:
    void statusFromText_data();
    void statusFromText();
    void isTerminal_data();
    void isTerminal();
    void errorCodeMeaning_data();
    void errorCodeMeaning();
    void fullPrediction_data();
    void fullPrediction();
    void fields_data();
    void fields();
    void createdAt_data();
    void createdAt();
    void errors_data();
    void errors();
    void envelope_data();
    void envelope();
    void hostileBodies_data();
    void hostileBodies();
    void fromJsonDirectly();
};

namespace {

QByteArray wrap(const QByteArray &data)
{
    return "{\"code\":200,\"message\":\"success\",\"data\":" + data + "}";
}

QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

// The detailed form, as GET /api/v3/predictions/{id} documents it.
const QByteArray DetailedForm = wrap(R"({
    "id": "0a1b2c3d4e5f",
    "model": "wavespeed-ai/flux-dev",
    "status": "completed",
    "outputs": ["https://cdn.test/out/0a1b2c3d4e5f_0.png?sig=abc",
                "https://cdn.test/out/0a1b2c3d4e5f_1.png"],
    "created_at": "2024-05-01T10:00:00.123Z",
    "timings": {"inference": 2345},
    "error": "",
    "urls": {"get": "https://api.wavespeed.ai/api/v3/predictions/0a1b2c3d4e5f/result"},
    "has_nsfw_contents": [false, true],
    "executionTime": 17,
    "input": {"prompt": "a cat"}
})");

// The result form (/predictions/{id}/result) may lack "urls" and "model".
const QByteArray ResultForm = wrap(R"({
    "id": "0a1b2c3d4e5f",
    "status": "completed",
    "outputs": ["https://cdn.test/out/0a1b2c3d4e5f_0.png?sig=abc",
                "https://cdn.test/out/0a1b2c3d4e5f_1.png"],
    "created_at": "2024-05-01T10:00:00.123Z",
    "timings": {"inference": 2345},
    "has_nsfw_contents": [false, true]
})");

} // namespace

void TestPrediction::statusFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Status>("status");

    QTest::newRow("created") << QStringLiteral("created") << Status::Created;
    QTest::newRow("processing") << QStringLiteral("processing") << Status::Processing;
    QTest::newRow("completed") << QStringLiteral("completed") << Status::Completed;
    QTest::newRow("failed") << QStringLiteral("failed") << Status::Failed;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << Status::Cancelled;
    QTest::newRow("canceled") << QStringLiteral("canceled") << Status::Cancelled;
    QTest::newRow("timeout") << QStringLiteral("timeout") << Status::Timeout;
    QTest::newRow("upper case") << QStringLiteral("COMPLETED") << Status::Completed;
    QTest::newRow("mixed case") << QStringLiteral("Processing") << Status::Processing;
    QTest::newRow("spaces") << QStringLiteral(" failed ") << Status::Failed;
    QTest::newRow("empty") << QString() << Status::Unknown;
    QTest::newRow("queued") << QStringLiteral("queued") << Status::Unknown;
    QTest::newRow("prefix") << QStringLiteral("complete") << Status::Unknown;
    QTest::newRow("longer") << QStringLiteral("completed!") << Status::Unknown;
}

void TestPrediction::statusFromText()
{
    QFETCH(QString, text);
    QFETCH(Status, status);

    QCOMPARE(Prediction::statusFromText(text), status);
}

void TestPrediction::isTerminal_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("terminal");

    QTest::newRow("unknown") << Status::Unknown << false;
    QTest::newRow("created") << Status::Created << false;
    QTest::newRow("processing") << Status::Processing << false;
    QTest::newRow("completed") << Status::Completed << true;
    QTest::newRow("failed") << Status::Failed << true;
    QTest::newRow("cancelled") << Status::Cancelled << true;
    QTest::newRow("timeout") << Status::Timeout << true;
}

void TestPrediction::isTerminal()
{
    QFETCH(Status, status);
    QFETCH(bool, terminal);

    QCOMPARE(Prediction::isTerminal(status), terminal);
    Prediction prediction;
    prediction.status = status;
    QCOMPARE(prediction.isTerminal(), terminal);
}

void TestPrediction::errorCodeMeaning_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("meaning");

    QTest::newRow("1200") << 1200 << QStringLiteral("content moderation");
    QTest::newRow("1400") << 1400 << QStringLiteral("missing parameter");
    QTest::newRow("1401") << 1401 << QStringLiteral("invalid parameter");
    QTest::newRow("1402") << 1402 << QStringLiteral("media could not be fetched");
    QTest::newRow("1403") << 1403 << QStringLiteral("task failed");
    QTest::newRow("1405") << 1405 << QStringLiteral("task failed");
    QTest::newRow("5000") << 5000 << QStringLiteral("internal error");
    QTest::newRow("5003") << 5003 << QStringLiteral("service unavailable");
    QTest::newRow("5004") << 5004 << QStringLiteral("timeout");
    QTest::newRow("0") << 0 << QString();
    QTest::newRow("200") << 200 << QString();
    QTest::newRow("1404") << 1404 << QString();
    QTest::newRow("5001") << 5001 << QString();
    QTest::newRow("-1") << -1 << QString();
}

void TestPrediction::errorCodeMeaning()
{
    QFETCH(int, code);
    QFETCH(QString, meaning);

    QCOMPARE(Prediction::errorCodeMeaning(code), meaning);
}

void TestPrediction::fullPrediction_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QUrl>("resultUrl");

    QTest::newRow("detailed form")
        << DetailedForm << QStringLiteral("wavespeed-ai/flux-dev")
        << url("https://api.wavespeed.ai/api/v3/predictions/0a1b2c3d4e5f/result");
    QTest::newRow("result form") << ResultForm << QString() << QUrl();
}

void TestPrediction::fullPrediction()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, model);
    QFETCH(QUrl, resultUrl);

    const Prediction::Result result = Prediction::parse(body);

    QVERIFY2(!result.error, qPrintable(result.error.text()));
    QVERIFY(result.prediction);
    const Prediction &p = *result.prediction;
    QCOMPARE(p.id, QStringLiteral("0a1b2c3d4e5f"));
    QCOMPARE(p.model, model);
    QCOMPARE(p.statusText, QStringLiteral("completed"));
    QCOMPARE(p.status, Status::Completed);
    QVERIFY(p.isTerminal());
    const QList<QUrl> outputs{url("https://cdn.test/out/0a1b2c3d4e5f_0.png?sig=abc"),
                              url("https://cdn.test/out/0a1b2c3d4e5f_1.png")};
    QCOMPARE(p.outputs, outputs);
    QCOMPARE(p.createdAt, utc(2024, 5, 1, 10, 0, 0, 123));
    QCOMPARE(p.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(p.inferenceMs, std::optional<qint64>(2345));
    QCOMPARE(p.error, QString());
    QCOMPARE(p.errorCode, 0);
    QCOMPARE(p.resultUrl, resultUrl);
    QCOMPARE(p.nsfw, (QList<bool>{false, true}));
}

// One field at a time, in an otherwise minimal prediction.
void TestPrediction::fields_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");

    const auto row = [](const char *name, const char *data, const char *field,
                        const QVariant &expected) {
        QTest::newRow(name) << QByteArray(data) << QString::fromLatin1(field) << expected;
    };
    const QVariant absent;

    // id
    row("id string", R"({"id":"abc123"})", "id", QStringLiteral("abc123"));
    row("id trimmed", R"({"id":"  abc123 "})", "id", QStringLiteral("abc123"));
    row("id number", R"({"id":123456789012,"status":"created"})", "id",
        QStringLiteral("123456789012"));
    row("id fraction", R"({"id":1.5,"status":"created"})", "id", QString());
    row("id bool", R"({"id":true,"status":"created"})", "id", QString());
    row("id with newline", R"({"id":"ab\ncd","status":"created"})", "id", QString());
    row("id too long",
        (R"({"status":"created","id":")" + QByteArray(129, 'a') + R"("})").constData(), "id",
        QString());

    // model
    row("model", R"({"id":"a1","model":"bytedance/seedance-v1"})", "model",
        QStringLiteral("bytedance/seedance-v1"));
    row("model number", R"({"id":"a1","model":42})", "model", QString());

    // status
    row("status kept as written", R"({"id":"a1","status":"Completed"})", "statusText",
        QStringLiteral("Completed"));
    row("status unknown kept", R"({"id":"a1","status":"queued"})", "statusText",
        QStringLiteral("queued"));
    row("status unknown", R"({"id":"a1","status":"queued"})", "status",
        QVariant::fromValue(Status::Unknown));
    row("status canceled", R"({"id":"a1","status":"canceled"})", "status",
        QVariant::fromValue(Status::Cancelled));
    row("status number", R"({"id":"a1","status":3})", "status",
        QVariant::fromValue(Status::Unknown));
    row("status missing", R"({"id":"a1"})", "statusText", QString());

    // outputs
    row("outputs none", R"({"id":"a1"})", "outputs", QStringList());
    row("outputs string", R"({"id":"a1","outputs":"https://cdn.test/x.png"})", "outputs",
        QStringList());
    row("outputs mixed types",
        R"({"id":"a1","outputs":[1,null,"",true,{},"https://cdn.test/a.png",["x"]]})", "outputs",
        QStringList{QStringLiteral("https://cdn.test/a.png")});
    row("outputs only web urls",
        R"j({"id":"a1","outputs":["file:///etc/passwd","javascript:alert(1)","ftp://h/x",)j"
        R"("data:image/png;base64,AAAA","/relative.png","http://","HTTPS://CDN.test/B.png"]})",
        "outputs", QStringList{QStringLiteral("https://cdn.test/B.png")});
    row("outputs spaces trimmed", R"({"id":"a1","outputs":["  https://cdn.test/a.png  "]})",
        "outputs", QStringList{QStringLiteral("https://cdn.test/a.png")});
    row("outputs objects with url",
        R"({"id":"a1","outputs":[{"url":"https://cdn.test/a.mp4"},{"url":5},{"href":"x"}]})",
        "outputs", QStringList{QStringLiteral("https://cdn.test/a.mp4")});

    // timings.inference
    row("inference number", R"({"id":"a1","timings":{"inference":1500}})", "inferenceMs",
        QVariant(qint64(1500)));
    row("inference rounded", R"({"id":"a1","timings":{"inference":1499.6}})", "inferenceMs",
        QVariant(qint64(1500)));
    row("inference zero", R"({"id":"a1","timings":{"inference":0}})", "inferenceMs",
        QVariant(qint64(0)));
    row("inference string", R"({"id":"a1","timings":{"inference":" 812 "}})", "inferenceMs",
        QVariant(qint64(812)));
    row("inference negative", R"({"id":"a1","timings":{"inference":-5}})", "inferenceMs", absent);
    row("inference junk string", R"({"id":"a1","timings":{"inference":"fast"}})", "inferenceMs",
        absent);
    row("inference nan string", R"({"id":"a1","timings":{"inference":"nan"}})", "inferenceMs",
        absent);
    row("inference huge", R"({"id":"a1","timings":{"inference":1e300}})", "inferenceMs", absent);
    row("inference null", R"({"id":"a1","timings":{"inference":null}})", "inferenceMs", absent);
    row("timings not an object", R"({"id":"a1","timings":1500})", "inferenceMs", absent);
    row("timings missing", R"({"id":"a1"})", "inferenceMs", absent);

    // error
    row("error string", R"({"id":"a1","status":"failed","error":"NSFW content detected"})", "error",
        QStringLiteral("NSFW content detected"));
    row("error object", R"({"id":"a1","error":{"message":"bad prompt","type":"x"}})", "error",
        QStringLiteral("bad prompt"));
    row("error control characters", R"({"id":"a1","error":"a\u001b[2J\nb"})", "error",
        QStringLiteral("a [2J b"));
    row("error number", R"({"id":"a1","error":17})", "error", QString());
    row("error null", R"({"id":"a1","error":null})", "error", QString());

    // data.code
    row("code number", R"({"id":"a1","code":1200})", "errorCode", 1200);
    row("code string", R"({"id":"a1","code":"1402"})", "errorCode", 1402);
    row("code junk", R"({"id":"a1","code":"x"})", "errorCode", 0);
    row("code fraction", R"({"id":"a1","code":12.5})", "errorCode", 0);
    row("code huge", R"({"id":"a1","code":1e20})", "errorCode", 0);
    row("code missing", R"({"id":"a1"})", "errorCode", 0);

    // urls.get
    row("urls get", R"({"id":"a1","urls":{"get":"https://api.test/api/v3/predictions/a1/result"}})",
        "resultUrl", QUrl(QStringLiteral("https://api.test/api/v3/predictions/a1/result")));
    row("urls get not a url", R"({"id":"a1","urls":{"get":"not a url"}})", "resultUrl", QUrl());
    row("urls get number", R"({"id":"a1","urls":{"get":3}})", "resultUrl", QUrl());
    row("urls not an object", R"({"id":"a1","urls":["https://api.test/x"]})", "resultUrl", QUrl());

    // has_nsfw_contents
    row("nsfw bools", R"({"id":"a1","has_nsfw_contents":[true,false,true]})", "nsfw",
        QVariant::fromValue(QList<bool>{true, false, true}));
    row("nsfw not bools", R"({"id":"a1","has_nsfw_contents":[1,"true",null,true]})", "nsfw",
        QVariant::fromValue(QList<bool>{false, false, false, true}));
    row("nsfw not an array", R"({"id":"a1","has_nsfw_contents":true})", "nsfw",
        QVariant::fromValue(QList<bool>{}));
}

void TestPrediction::fields()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);

    const Prediction::Result result = Prediction::parse(wrap(data));
    QVERIFY2(!result.error, qPrintable(result.error.text()));
    QVERIFY(result.prediction);
    const Prediction &p = *result.prediction;

    if (field == QLatin1String("id")) {
        QCOMPARE(p.id, expected.toString());
    } else if (field == QLatin1String("model")) {
        QCOMPARE(p.model, expected.toString());
    } else if (field == QLatin1String("statusText")) {
        QCOMPARE(p.statusText, expected.toString());
    } else if (field == QLatin1String("status")) {
        QCOMPARE(p.status, expected.value<Status>());
    } else if (field == QLatin1String("outputs")) {
        QStringList outputs;
        for (const QUrl &output : p.outputs)
            outputs.append(output.toString());
        QCOMPARE(outputs, expected.toStringList());
    } else if (field == QLatin1String("inferenceMs")) {
        QCOMPARE(p.inferenceMs.has_value(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(*p.inferenceMs, expected.toLongLong());
    } else if (field == QLatin1String("error")) {
        QCOMPARE(p.error, expected.toString());
    } else if (field == QLatin1String("errorCode")) {
        QCOMPARE(p.errorCode, expected.toInt());
    } else if (field == QLatin1String("resultUrl")) {
        QCOMPARE(p.resultUrl, expected.toUrl());
    } else if (field == QLatin1String("nsfw")) {
        QCOMPARE(p.nsfw, expected.value<QList<bool>>());
    } else {
        QFAIL("unknown field in the table");
    }
}

void TestPrediction::createdAt_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime invalid;
    const auto text = [](const char *s) {
        return QJsonValue(QString::fromLatin1(s));
    };

    QTest::newRow("z") << text("2024-05-01T10:00:00Z") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("fraction z") << text("2024-05-01T10:00:00.123Z")
                                << utc(2024, 5, 1, 10, 0, 0, 123);
    QTest::newRow("microseconds") << text("2024-05-01T10:00:00.123456Z")
                                  << utc(2024, 5, 1, 10, 0, 0, 123);
    QTest::newRow("one digit fraction")
        << text("2024-05-01T10:00:00.5Z") << utc(2024, 5, 1, 10, 0, 0, 500);
    QTest::newRow("no zone means utc") << text("2024-05-01T10:00:00") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("no zone with fraction")
        << text("2024-05-01T10:00:00.250") << utc(2024, 5, 1, 10, 0, 0, 250);
    QTest::newRow("positive offset")
        << text("2024-05-01T12:30:00+02:30") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("negative offset")
        << text("2024-05-01T05:00:00-05:00") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("offset without colon")
        << text("2024-05-01T11:00:00+0100") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("offset hours only")
        << text("2024-05-01T11:00:00+01") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("offset crosses midnight")
        << text("2024-05-01T01:00:00+03:00") << utc(2024, 4, 30, 22, 0, 0);
    QTest::newRow("space separator") << text("2024-05-01 10:00:00Z") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("no seconds") << text("2024-05-01T10:00Z") << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("unix seconds") << QJsonValue(1714557600) << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("unix milliseconds")
        << QJsonValue(1714557600123.0) << utc(2024, 5, 1, 10, 0, 0, 123);
    QTest::newRow("date only") << text("2024-05-01") << invalid;
    QTest::newRow("bad month") << text("2024-13-01T10:00:00Z") << invalid;
    QTest::newRow("bad day") << text("2024-02-30T10:00:00Z") << invalid;
    QTest::newRow("bad hour") << text("2024-05-01T24:00:01Z") << invalid;
    QTest::newRow("bad offset") << text("2024-05-01T10:00:00+25:00") << invalid;
    QTest::newRow("junk") << text("yesterday") << invalid;
    QTest::newRow("trailing junk") << text("2024-05-01T10:00:00Zjunk") << invalid;
    QTest::newRow("empty") << text("") << invalid;
    QTest::newRow("zero") << QJsonValue(0) << invalid;
    QTest::newRow("negative") << QJsonValue(-5) << invalid;
    QTest::newRow("huge") << QJsonValue(1e300) << invalid;
    QTest::newRow("bool") << QJsonValue(true) << invalid;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << invalid;
}

void TestPrediction::createdAt()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);

    QJsonObject data{{QStringLiteral("id"), QStringLiteral("a1")}};
    if (!value.isUndefined())
        data.insert(QStringLiteral("created_at"), value);
    const Prediction::Result result = Prediction::fromJson(data);

    QVERIFY(result.prediction);
    QCOMPARE(result.prediction->createdAt.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(result.prediction->createdAt, expected);
        QCOMPARE(result.prediction->createdAt.timeSpec(), Qt::UTC);
    }
}

void TestPrediction::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("apiCode");

    // Codes inside the envelope, even though HTTP said 200
    QTest::newRow("401") << QByteArray(R"({"code":401,"message":"Unauthorized","data":null})")
                         << Kind::KeyRejected << 401;
    QTest::newRow("403") << QByteArray(R"({"code":403,"message":"Forbidden"})") << Kind::KeyRejected
                         << 403;
    QTest::newRow("404") << QByteArray(R"({"code":404,"message":"prediction not found"})")
                         << Kind::NotFound << 404;
    QTest::newRow("429") << QByteArray(R"({"code":429,"message":"too many requests"})")
                         << Kind::RateLimited << 429;
    QTest::newRow("500") << QByteArray(R"({"code":500,"message":"internal"})") << Kind::ServerError
                         << 500;
    QTest::newRow("503") << QByteArray(R"({"code":503,"message":"busy","data":{}})")
                         << Kind::ServerError << 503;
    QTest::newRow("400") << QByteArray(R"({"code":400,"message":"bad request"})") << Kind::Rejected
                         << 400;
    QTest::newRow("1400") << QByteArray(R"({"code":1400,"message":"missing parameter"})")
                          << Kind::Rejected << 1400;
    QTest::newRow("5003") << QByteArray(R"({"code":5003,"message":"unavailable"})")
                          << Kind::Rejected << 5003;
    QTest::newRow("code as string")
        << QByteArray(R"({"code":"401","message":"nope"})") << Kind::KeyRejected << 401;
    QTest::newRow("code as spaced string")
        << QByteArray(R"({"code":" 404 ","message":"x"})") << Kind::NotFound << 404;
    QTest::newRow("code error with data id")
        << QByteArray(R"({"code":500,"message":"x","data":{"id":"a1","status":"completed"}})")
        << Kind::ServerError << 500;

    // Bodies that are not the documented JSON
    QTest::newRow("empty") << QByteArray() << Kind::MalformedBody << 0;
    QTest::newRow("whitespace") << QByteArray(" \r\n ") << Kind::MalformedBody << 0;
    QTest::newRow("cut off") << DetailedForm.left(DetailedForm.size() / 2) << Kind::MalformedBody
                             << 0;
    QTest::newRow("cut off by one") << DetailedForm.chopped(1) << Kind::MalformedBody << 0;
    QTest::newRow("html error page")
        << QByteArray("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                      "<body><h1>502 Bad Gateway</h1></body></html>\n")
        << Kind::MalformedBody << 0;
    QTest::newRow("plain text") << QByteArray("Internal Server Error") << Kind::MalformedBody << 0;
    QTest::newRow("array") << QByteArray(R"([{"id":"a1"}])") << Kind::MalformedBody << 0;
    QTest::newRow("string") << QByteArray(R"("a1")") << Kind::MalformedBody << 0;
    QTest::newRow("number") << QByteArray("200") << Kind::MalformedBody << 0;
    QTest::newRow("null") << QByteArray("null") << Kind::MalformedBody << 0;
    QTest::newRow("empty object") << QByteArray("{}") << Kind::MalformedBody << 0;
    QTest::newRow("other object") << QByteArray(R"({"hello":"world"})") << Kind::MalformedBody << 0;
    QTest::newRow("code junk") << QByteArray(R"({"code":"ok","data":{"id":"a1"}})")
                               << Kind::MalformedBody << 0;
    QTest::newRow("code bool") << QByteArray(R"({"code":true,"data":{"id":"a1"}})")
                               << Kind::MalformedBody << 0;
    QTest::newRow("code fraction")
        << QByteArray(R"({"code":200.5,"data":{"id":"a1"}})") << Kind::MalformedBody << 0;
    QTest::newRow("data missing") << QByteArray(R"({"code":200,"message":"success"})")
                                  << Kind::MalformedBody << 0;
    QTest::newRow("data null") << wrap("null") << Kind::MalformedBody << 0;
    QTest::newRow("data array") << wrap(R"([{"id":"a1"}])") << Kind::MalformedBody << 0;
    QTest::newRow("data string") << wrap(R"("a1")") << Kind::MalformedBody << 0;
    QTest::newRow("data without id or status")
        << wrap(R"({"model":"m","outputs":[]})") << Kind::MalformedBody << 0;
    QTest::newRow("data with empty id and status")
        << wrap(R"({"id":"","status":""})") << Kind::MalformedBody << 0;
    QTest::newRow("trailing garbage")
        << (wrap(R"({"id":"a1"})") + "xyz") << Kind::MalformedBody << 0;
    QTest::newRow("invalid utf-8") << QByteArray("{\"code\":200,\"data\":{\"id\":\"a\xff\xfe"
                                                 "1\"}}")
                                   << Kind::MalformedBody << 0;
    QTest::newRow("nul bytes") << QByteArray("{\"code\":200,\0\"data\":{}}", 23)
                               << Kind::MalformedBody << 0;
    QTest::newRow("only nul bytes") << QByteArray(64, '\0') << Kind::MalformedBody << 0;
    QTest::newRow("deeply nested arrays")
        << wrap(QByteArray(100000, '[') + QByteArray(100000, ']')) << Kind::MalformedBody << 0;
    QTest::newRow("deeply nested objects")
        << (QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}'))
        << Kind::MalformedBody << 0;
    QTest::newRow("10 MB non-JSON blob")
        << QByteArray(10 * 1024 * 1024, '\x9c') << Kind::MalformedBody << 0;
    QTest::newRow("10 MB of open braces")
        << QByteArray(10 * 1024 * 1024, '{') << Kind::MalformedBody << 0;
}

void TestPrediction::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(int, apiCode);

    const Prediction::Result result = Prediction::parse(body);

    QVERIFY(!result.prediction);
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.apiCode, apiCode);
    QVERIFY(!result.error.text().isEmpty());
    if (kind == Kind::MalformedBody)
        QVERIFY(!result.error.detail.isEmpty());
}

void TestPrediction::envelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");

    QTest::newRow("code number") << wrap(R"({"id":"a1"})") << QStringLiteral("a1")
                                 << QStringLiteral("success");
    QTest::newRow("code string") << QByteArray(R"({"code":"200","data":{"id":"a1"}})")
                                 << QStringLiteral("a1") << QString();
    QTest::newRow("code float form")
        << QByteArray(R"({"code":200.0,"data":{"id":"a1"}})") << QStringLiteral("a1") << QString();
    QTest::newRow("no code, data")
        << QByteArray(R"({"data":{"status":"created"}})") << QString() << QString();
    QTest::newRow("bare prediction")
        << QByteArray(R"({"id":"a1","status":"processing","outputs":[]})") << QStringLiteral("a1")
        << QString();
    QTest::newRow("bare with status only")
        << QByteArray(R"({"status":"created"})") << QString() << QString();
    QTest::newRow("message not a string")
        << QByteArray(R"({"code":200,"message":5,"data":{"id":"a1"}})") << QStringLiteral("a1")
        << QString();
    QTest::newRow("surrounding whitespace") << QByteArray("  \n" + wrap(R"({"id":"a1"})") + "\n")
                                            << QStringLiteral("a1") << QStringLiteral("success");
    QTest::newRow("data.code is not the envelope code")
        << wrap(R"({"id":"a1","status":"failed","code":1200,"error":"moderated"})")
        << QStringLiteral("a1") << QStringLiteral("success");
    QTest::newRow("10 MB string value") << wrap(R"({"id":"a1","status":"completed","blob":")" +
                                                QByteArray(10 * 1024 * 1024, 'x') + R"("})")
                                        << QStringLiteral("a1") << QStringLiteral("success");
    QTest::newRow("unicode escapes")
        << wrap(R"({"id":"a1","model":"\u6a21\u578b","status":"created"})") << QStringLiteral("a1")
        << QStringLiteral("success");
}

void TestPrediction::envelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    QFETCH(QString, message);

    const ApiEnvelope envelope = ApiEnvelope::parse(body);
    QVERIFY2(!envelope.error, qPrintable(envelope.error.text()));
    QVERIFY(envelope.data.isObject());
    QCOMPARE(envelope.message, message);

    const Prediction::Result result = Prediction::parse(body);
    QVERIFY2(!result.error, qPrintable(result.error.text()));
    QVERIFY(result.prediction);
    QCOMPARE(result.prediction->id, id);
}

// Whatever the bytes, parsing returns; either a prediction or an error, never both or neither.
void TestPrediction::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    QTest::newRow("every byte") << bytes;
    QTest::newRow("every byte in a string") << wrap("{\"id\":\"" + bytes + "\"}");
    QTest::newRow("prefixes of the detailed form") << DetailedForm;
    QTest::newRow("lone surrogate escape") << wrap(R"({"id":"\ud800","status":"created"})");
    QTest::newRow("huge numbers") << wrap(
        R"({"id":1e308,"status":"created","code":-1e308,"timings":{"inference":1e308},)"
        R"("created_at":1e308})");
    QTest::newRow("types everywhere wrong")
        << wrap(R"({"id":[],"model":{},"status":"created","outputs":{},"created_at":[],)"
                R"("timings":[],"error":[],"code":{},"urls":"x","has_nsfw_contents":"x"})");
    QTest::newRow("many outputs") << wrap("{\"id\":\"a1\",\"outputs\":[" +
                                          QByteArray("\"https://c.test/x.png\",").repeated(5000) +
                                          "\"https://c.test/y.png\"]}");
}

void TestPrediction::hostileBodies()
{
    QFETCH(QByteArray, body);

    for (qsizetype length = body.size(); length >= 0;
         length -= qMax<qsizetype>(1, body.size() / 97)) {
        const Prediction::Result result = Prediction::parse(body.left(length));
        QCOMPARE(result.prediction.has_value(), !result.error.isError());
        if (result.prediction) {
            QVERIFY(!result.prediction->id.isEmpty() || !result.prediction->statusText.isEmpty());
            QVERIFY(result.prediction->outputs.size() <= 1000);
        }
    }
}

void TestPrediction::fromJsonDirectly()
{
    const QJsonObject data = QJsonDocument::fromJson(R"({"id":"a1","status":"timeout"})").object();

    const Prediction::Result result = Prediction::fromJson(data);

    QVERIFY(result.prediction);
    QCOMPARE(result.prediction->status, Status::Timeout);
    QVERIFY(!Prediction::fromJson(QJsonObject()).prediction);
    QCOMPARE(Prediction::fromJson(QJsonObject()).error.kind, Kind::MalformedBody);
}

QTEST_APPLESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
