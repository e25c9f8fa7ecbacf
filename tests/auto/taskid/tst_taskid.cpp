// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/taskid.h"

#include <QTest>
#include <QUrl>

// TaskId: finding IDs in whatever people paste, and putting one safely into a URL.
class TestTaskId : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void extractLargeInput_data();
    void extractLargeInput();
    void isAcceptable_data();
    void isAcceptable();
    void pathSegment_data();
    void pathSegment();
    void pathSegmentStaysOneSegment_data();
    void pathSegmentStaysOneSegment();
};

namespace {

const QString Uuid = QStringLiteral("3f2a9c1e-8b7d-4e21-9c0a-5d6e7f8a9b0c");
const QString Hex = QStringLiteral("0a1b2c3d4e5f67890a1b2c3d4e5f6789");

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

void TestTaskId::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Plain input
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only spaces") << QStringLiteral("  \n\t ") << QStringList();
    QTest::newRow("bare id") << QStringLiteral("abc123def") << list({"abc123def"});
    QTest::newRow("bare id with spaces") << QStringLiteral("  abc123def \n") << list({"abc123def"});
    QTest::newRow("uuid") << Uuid << QStringList{Uuid};
    QTest::newRow("hex 32") << Hex << QStringList{Hex};
    QTest::newRow("one per line") << QStringLiteral("abc123def\r\nxyz789uvw\n\nqqq111www\n")
                                  << list({"abc123def", "xyz789uvw", "qqq111www"});
    QTest::newRow("comma separated") << QStringLiteral("abc123def,xyz789uvw, qqq111www")
                                     << list({"abc123def", "xyz789uvw", "qqq111www"});
    QTest::newRow("underscores and dashes")
        << QStringLiteral("pred_abc-123_x") << list({"pred_abc-123_x"});

    // Prose
    QTest::newRow("ordinary words")
        << QStringLiteral("The task is processing, then completed. hello-world, thanks!")
        << QStringList();
    QTest::newRow("words around an id")
        << QStringLiteral("Hi, my task abc123def is stuck processing since yesterday.")
        << list({"abc123def"});
    QTest::newRow("too short") << QStringLiteral("ab12c a1 v3 mp4 12345") << QStringList();
    QTest::newRow("six is enough") << QStringLiteral("abc12d") << list({"abc12d"});
    QTest::newRow("no digit") << QStringLiteral("abcdefghijkl processing_state") << QStringList();
    QTest::newRow("digits only") << QStringLiteral("123456789") << list({"123456789"});
    QTest::newRow("128 is the limit")
        << (QStringLiteral("a1") + QString(126, QLatin1Char('b')))
        << QStringList{QStringLiteral("a1") + QString(126, QLatin1Char('b'))};
    QTest::newRow("129 is not an id, not cut")
        << (QStringLiteral("a1") + QString(127, QLatin1Char('b'))) << QStringList();
    QTest::newRow("dates are not ids")
        << QStringLiteral("On 2024-05-01 at 2024-05-01T10:00:00Z task abc123def")
        << list({"abc123def"});

    // Punctuation around IDs
    QTest::newRow("parentheses") << QStringLiteral("(abc123def)") << list({"abc123def"});
    QTest::newRow("trailing comma") << QStringLiteral("abc123def,") << list({"abc123def"});
    QTest::newRow("quoted") << QStringLiteral("\"abc123def\"") << list({"abc123def"});
    QTest::newRow("single quoted") << QStringLiteral("'abc123def'") << list({"abc123def"});
    QTest::newRow("full stop") << QStringLiteral("abc123def.") << list({"abc123def"});
    QTest::newRow("colon and semicolon")
        << QStringLiteral("id:abc123def;xyz789uvw") << list({"abc123def", "xyz789uvw"});
    QTest::newRow("brackets and equals")
        << QStringLiteral("[abc123def] task=xyz789uvw") << list({"abc123def", "xyz789uvw"});

    // Unicode around IDs
    QTest::newRow("accents") << QStringLiteral("tâche: abc123def — terminée")
                             << list({"abc123def"});
    QTest::newRow("cjk glued") << QStringLiteral("任务abc123def完成") << list({"abc123def"});
    QTest::newRow("arrows") << QStringLiteral("→abc123def←") << list({"abc123def"});
    QTest::newRow("emoji") << QStringLiteral("🎉abc123def🎉") << list({"abc123def"});
    QTest::newRow("non-breaking space")
        << QStringLiteral("abc123def\u00a0xyz789uvw") << list({"abc123def", "xyz789uvw"});

    // Duplicates
    QTest::newRow("duplicates kept once in first order")
        << QStringLiteral("xyz789uvw abc123def xyz789uvw abc123def")
        << list({"xyz789uvw", "abc123def"});

    // URLs
    QTest::newRow("prediction url")
        << QStringLiteral("https://api.wavespeed.ai/api/v3/predictions/abc123") << list({"abc123"});
    QTest::newRow("result url") << QStringLiteral(
                                       "https://api.wavespeed.ai/api/v3/predictions/abc123/result")
                                << list({"abc123"});
    QTest::newRow("url with query and fragment")
        << QStringLiteral("https://api.wavespeed.ai/api/v3/predictions/abc123?x=1#top")
        << list({"abc123"});
    QTest::newRow("short id in url is fine")
        << QStringLiteral("http://127.0.0.1:8080/api/v3/predictions/p1/result") << list({"p1"});
    QTest::newRow("percent-encoded segment")
        << QStringLiteral("https://x.test/api/v3/predictions/abc%2D123%5Fz") << list({"abc-123_z"});
    QTest::newRow("encoded slash is not an id")
        << QStringLiteral("https://x.test/api/v3/predictions/abc%2F123") << QStringList();
    QTest::newRow("result alone is not an id")
        << QStringLiteral("https://x.test/api/v3/predictions/result") << QStringList();
    QTest::newRow("host and path words are not ids")
        << QStringLiteral("https://cdn2-images.example.com/output_12345/abc.png and "
                          "https://api.wavespeed.ai/api/v3/predictions/abc123/result")
        << list({"abc123"});
    QTest::newRow("url in parentheses")
        << QStringLiteral("see (https://api.wavespeed.ai/api/v3/predictions/abc123) now")
        << list({"abc123"});
    QTest::newRow("url in markdown")
        << QStringLiteral("[task](https://api.wavespeed.ai/api/v3/predictions/abc123/result).")
        << list({"abc123"});
    QTest::newRow("quoted url then token")
        << QStringLiteral("\"https://a.test/api/v3/predictions/first1\" second22")
        << list({"first1", "second22"});
    QTest::newRow("path without scheme")
        << QStringLiteral("GET /api/v3/predictions/abc123/result 404") << list({"abc123"});
    QTest::newRow("both url forms and a bare id, in order")
        << QStringLiteral("zzz999yyy https://a.test/api/v3/predictions/abc123/result "
                          "https://a.test/api/v3/predictions/abc123 def456ghi")
        << list({"zzz999yyy", "abc123", "def456ghi"});

    // JSON
    QTest::newRow("envelope")
        << QStringLiteral(R"({"code":200,"message":"success","data":{"id":"abc123def",)"
                          R"("model":"wavespeed-ai/flux-1-dev","status":"completed",)"
                          R"("outputs":["https://cdn2-img.test/out_0001.png"],)"
                          R"("created_at":"2024-05-01T10:00:00.123Z","timings":{"inference":1234},)"
                          R"("urls":{"get":"https://api.wavespeed.ai/api/v3/predictions/)"
                          R"(abc123def/result"}}})")
        << list({"abc123def"});
    QTest::newRow("envelope with escaped slashes")
        << QStringLiteral(R"({"data":{"urls":{"get":"https:\/\/a.test\/api\/v3\/predictions\/)"
                          R"(xyz789uvw\/result"}}})")
        << list({"xyz789uvw"});
    QTest::newRow("history listing in document order")
        << QStringLiteral(R"({"code":200,"data":{"page":1,"total":3,"items":[)"
                          R"({"id":"zzz111","status":"completed","model":"m-2000"},)"
                          R"({"id":"aaa222","status":"failed"},)"
                          R"({"status":"created","id":"mmm333"}]}})")
        << list({"zzz111", "aaa222", "mmm333"});
    QTest::newRow("object keys in document order")
        << QStringLiteral(R"({"zeta":{"id":"later1"},"alpha":{"id":"earlier2"}})")
        << list({"later1", "earlier2"});
    QTest::newRow("nested ids at any depth")
        << QStringLiteral(R"({"a":[{"b":{"c":[{"id":"deep1"}]}}],"id":"top2"})")
        << list({"deep1", "top2"});
    QTest::newRow("short json ids count")
        << QStringLiteral(R"([{"id":"p1"},{"id":"p2"},{"id":"p1"}])") << list({"p1", "p2"});
    QTest::newRow("numeric id kept exactly")
        << QStringLiteral(R"({"id": 12345678901234567890})") << list({"12345678901234567890"});
    QTest::newRow("other keys are not ids")
        << QStringLiteral(R"({"model_id":"abc123def","task":"xyz789uvw","ids":"qqq111"})")
        << QStringList();
    QTest::newRow("id as a value is not a key")
        << QStringLiteral(R"(["id","abc123def"])") << list({"abc123def"});
    QTest::newRow("array of ids") << QStringLiteral(R"(["abc123def", "xyz789uvw", "words"])")
                                  << list({"abc123def", "xyz789uvw"});
    QTest::newRow("id with spaces trimmed")
        << QStringLiteral(R"({"id":"  abc123  "})") << list({"abc123"});
    QTest::newRow("unacceptable id skipped")
        << QStringLiteral(R"([{"id":"a b"},{"id":""}])") << QStringList();
    QTest::newRow("json lines")
        << QStringLiteral(
               "{\"event\":\"status\",\"id\":\"abc123\",\"time\":\"2024-05-01T10:00:00Z\"}"
               "\n{\"event\":\"completed\",\"id\":\"def456\",\"model\":\"flux-2\"}\n")
        << list({"abc123", "def456"});
    QTest::newRow("json line among prose")
        << QStringLiteral("Look at these:\n{\"id\":\"abc123\",\"model\":\"kling-v2-1\"}\n"
                          "and xyz789uvw too")
        << list({"abc123", "xyz789uvw"});
    QTest::newRow("cut-off json")
        << QStringLiteral(R"({"code":200,"data":{"id":"abc123def","model":"flux-1-dev","out)")
        << list({"abc123def"});
    QTest::newRow("braces that are not json")
        << QStringLiteral("{abc123def} [xyz789uvw]") << list({"abc123def", "xyz789uvw"});
}

void TestTaskId::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const QStringList ids = TaskId::extract(text);

    QCOMPARE(ids, expected);
    for (const QString &id : ids)
        QVERIFY2(TaskId::isAcceptable(id), qPrintable(id));
}

void TestTaskId::extractLargeInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    constexpr int Size = 10 * 1024 * 1024;
    QTest::newRow("10 MB of one token") << QString(Size, QLatin1Char('a')) << QStringList();
    QTest::newRow("10 MB of words")
        << (QStringLiteral("abc123def ") + QStringLiteral("word ").repeated(Size / 5))
        << list({"abc123def"});
    QTest::newRow("10 MB of open brackets") << QString(Size, QLatin1Char('[')) << QStringList();
    QTest::newRow("10 MB of quotes") << QString(Size, QLatin1Char('"')) << QStringList();
    QTest::newRow("10 MB json string")
        << (QStringLiteral(R"({"id":"abc123","blob":")") + QString(Size, QLatin1Char('x')) +
            QStringLiteral(R"("})"))
        << list({"abc123"});
    QTest::newRow("10 MB cut-off json")
        << (QStringLiteral(R"({"id":"abc123","blob":")") + QString(Size, QLatin1Char('x')))
        << list({"abc123"});
    QTest::newRow("many urls")
        << QStringLiteral("https://a.test/api/v3/predictions/abc123/result ").repeated(100000)
        << list({"abc123"});
    QTest::newRow("many slashes") << QString(Size, QLatin1Char('/')) << QStringList();
}

void TestTaskId::extractLargeInput()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    // Speed is for benchmarks; here a quadratic scan shows as the test's ctest timeout.
    QCOMPARE(TaskId::extract(text), expected);
}

void TestTaskId::isAcceptable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one char") << QStringLiteral("a") << true;
    QTest::newRow("typical") << Hex << true;
    QTest::newRow("uuid") << Uuid << true;
    QTest::newRow("128") << QString(128, QLatin1Char('a')) << true;
    QTest::newRow("129") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("space inside") << QStringLiteral("ab c") << false;
    QTest::newRow("leading space") << QStringLiteral(" abc") << false;
    QTest::newRow("tab") << QStringLiteral("ab\tc") << false;
    QTest::newRow("newline") << QStringLiteral("abc\n") << false;
    QTest::newRow("nul") << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("c")) << false;
    QTest::newRow("escape") << QStringLiteral("ab\x1b[31m") << false;
    QTest::newRow("delete") << QStringLiteral("ab\x7f") << false;
    QTest::newRow("bidi override") << QStringLiteral("ab\u202ec") << false;
    QTest::newRow("non-breaking space") << QStringLiteral("ab\u00a0c") << false;
    QTest::newRow("dot") << QStringLiteral(".") << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("three dots") << QStringLiteral("...") << true;
    QTest::newRow("dot dot prefix") << QStringLiteral("..a") << true;
    QTest::newRow("slash is sendable") << QStringLiteral("a/b") << true;
    QTest::newRow("unicode letters") << QStringLiteral("tâche-ü") << true;
    QTest::newRow("emoji pair") << QStringLiteral("id🎉") << true;
    QTest::newRow("lone high surrogate") << (QStringLiteral("ab") + QChar(0xd83c)) << false;
    QTest::newRow("lone low surrogate") << (QChar(0xdf89) + QStringLiteral("ab")) << false;
}

void TestTaskId::isAcceptable()
{
    QFETCH(QString, id);
    QFETCH(bool, acceptable);

    QCOMPARE(TaskId::isAcceptable(id), acceptable);
}

void TestTaskId::pathSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("segment");

    QTest::newRow("plain") << QStringLiteral("abc123") << QStringLiteral("abc123");
    QTest::newRow("unreserved kept") << QStringLiteral("a-b_c.d~e") << QStringLiteral("a-b_c.d~e");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a%2Fb");
    QTest::newRow("dot dot slash") << QStringLiteral("../x") << QStringLiteral("..%2Fx");
    QTest::newRow("three dots") << QStringLiteral("...") << QStringLiteral("...");
    QTest::newRow("query") << QStringLiteral("?q") << QStringLiteral("%3Fq");
    QTest::newRow("fragment") << QStringLiteral("a#b") << QStringLiteral("a%23b");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("50%25");
    QTest::newRow("spaces") << QStringLiteral("a b c") << QStringLiteral("a%20b%20c");
    QTest::newRow("plus and ampersand") << QStringLiteral("a+b&c") << QStringLiteral("a%2Bb%26c");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a%5Cb");
    QTest::newRow("unicode") << QStringLiteral("é日") << QStringLiteral("%C3%A9%E6%97%A5");
}

void TestTaskId::pathSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, segment);

    QCOMPARE(TaskId::pathSegment(id), segment);
}

void TestTaskId::pathSegmentStaysOneSegment_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("three dots") << QStringLiteral("...");
    QTest::newRow("dot dot slash") << QStringLiteral("../../balance");
    QTest::newRow("query") << QStringLiteral("x?admin=1");
    QTest::newRow("fragment") << QStringLiteral("x#frag");
    QTest::newRow("unicode") << QStringLiteral("tâche 日");
}

void TestTaskId::pathSegmentStaysOneSegment()
{
    QFETCH(QString, id);

    // What ApiClient does: the segment is appended to the base path of a URL that is then sent.
    QUrl url(QStringLiteral("https://api.test"));
    url.setPath(QStringLiteral("/api/v3/predictions/") + TaskId::pathSegment(id),
                QUrl::TolerantMode);
    // A proxy or the server may remove dot-segments; the ID must survive that too.
    url = url.adjusted(QUrl::NormalizePathSegments);

    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("api.test"));
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    const QString path = url.path(QUrl::FullyEncoded);
    QVERIFY2(path.startsWith(QStringLiteral("/api/v3/predictions/")), qPrintable(path));
    const QString segment = path.mid(QStringLiteral("/api/v3/predictions/").size());
    QVERIFY2(!segment.contains(QLatin1Char('/')), qPrintable(path));
    QCOMPARE(QUrl::fromPercentEncoding(segment.toLatin1()), id);
}

QTEST_APPLESS_MAIN(TestTaskId)
#include "tst_taskid.moc"
