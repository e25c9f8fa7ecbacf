// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/outputnames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Output file names: allowlisted extensions, hostile task IDs kept inside the target folder,
// and no name that is already taken.
class TestOutputNames final : public QObject
{
    Q_OBJECT

private slots:
    void extension_data();
    void extension();
    void safeStem_data();
    void safeStem();
    void fileName_data();
    void fileName();
    void freePathSkipsTakenNames();
    void freePathSkipsDanglingLinks();
    void hostileIdsStayInside_data();
    void hostileIdsStayInside();

private:
    static void createFile(const QString &path);
};

void TestOutputNames::createFile(const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::NewOnly), qPrintable(path));
    file.write("x");
}

void TestOutputNames::extension_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");

    const QByteArray none;
    QTest::newRow("png") << "https://cdn.example/a/b.png" << none << "png";
    QTest::newRow("jpeg kept as jpeg") << "https://cdn.example/b.jpeg" << none << "jpeg";
    QTest::newRow("upper case") << "https://cdn.example/OUT.WEBP" << none << "webp";
    QTest::newRow("mixed case") << "https://cdn.example/clip.Mp4" << none << "mp4";
    QTest::newRow("every allowed suffix: glb") << "https://cdn.example/m.glb" << none << "glb";
    QTest::newRow("m4a") << "https://cdn.example/s.m4a" << none << "m4a";
    QTest::newRow("query ignored") << "https://cdn.example/a.gif?sig=x.exe&e=1" << none << "gif";
    QTest::newRow("suffix only in query") << "https://cdn.example/a?name=x.png" << none << "bin";
    QTest::newRow("suffix only in fragment") << "https://cdn.example/a#x.png" << none << "bin";
    QTest::newRow("suffix of a folder") << "https://cdn.example/a.png/raw" << none << "bin";
    QTest::newRow("double suffix, last wins") << "https://cdn.example/a.png.exe" << none << "bin";
    QTest::newRow("allowed last suffix") << "https://cdn.example/a.exe.png" << none << "png";
    QTest::newRow("suffix beats type")
        << "https://cdn.example/a.mp4" << QByteArray("image/png") << "mp4";
    QTest::newRow("type png") << "https://cdn.example/out" << QByteArray("image/png") << "png";
    QTest::newRow("type jpeg") << "https://cdn.example/out" << QByteArray("image/jpeg") << "jpg";
    QTest::newRow("type case") << "https://cdn.example/out" << QByteArray("Image/JPEG") << "jpg";
    QTest::newRow("type with parameters")
        << "https://cdn.example/out" << QByteArray("video/mp4; codecs=\"avc1\"") << "mp4";
    QTest::newRow("type with charset")
        << "https://cdn.example/out" << QByteArray("application/json;charset=utf-8") << "json";
    QTest::newRow("type with spaces")
        << "https://cdn.example/out" << QByteArray(" text/plain ; x") << "txt";
    QTest::newRow("quicktime") << "https://cdn.example/out" << QByteArray("video/quicktime")
                               << "mov";
    QTest::newRow("webm") << "https://cdn.example/out" << QByteArray("video/webm") << "webm";
    QTest::newRow("gif") << "https://cdn.example/out" << QByteArray("image/gif") << "gif";
    QTest::newRow("webp type") << "https://cdn.example/out" << QByteArray("image/webp") << "webp";
    QTest::newRow("mpeg audio") << "https://cdn.example/out" << QByteArray("audio/mpeg") << "mp3";
    QTest::newRow("wav") << "https://cdn.example/out" << QByteArray("audio/wav") << "wav";
    QTest::newRow("x-wav") << "https://cdn.example/out" << QByteArray("audio/x-wav") << "wav";
    QTest::newRow("wave") << "https://cdn.example/out" << QByteArray("audio/wave") << "wav";
    QTest::newRow("audio mp4") << "https://cdn.example/out" << QByteArray("audio/mp4") << "m4a";
    QTest::newRow("x-m4a") << "https://cdn.example/out" << QByteArray("audio/x-m4a") << "m4a";
    QTest::newRow("gltf") << "https://cdn.example/out" << QByteArray("model/gltf-binary") << "glb";
    QTest::newRow("unknown type") << "https://cdn.example/out"
                                  << QByteArray("application/octet-stream") << "bin";
    QTest::newRow("html is not an output")
        << "https://cdn.example/out" << QByteArray("text/html") << "bin";
    QTest::newRow("nothing known") << "https://cdn.example/out" << none << "bin";
    QTest::newRow("exe path, png type")
        << "https://cdn.example/x.exe" << QByteArray("image/png") << "png";
    QTest::newRow("php path, png type")
        << "https://cdn.example/x.php" << QByteArray("image/png") << "png";
    QTest::newRow("exe path, no type") << "https://cdn.example/x.exe" << none << "bin";
    QTest::newRow("svg is not allowed")
        << "https://cdn.example/x.svg" << QByteArray("image/svg+xml") << "bin";
}

void TestOutputNames::extension()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);

    QCOMPARE(OutputNames::extension(QUrl(url), contentType), expected);
}

void TestOutputNames::safeStem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "pred_abc-123"
                           << "pred_abc-123";
    QTest::newRow("inner dot kept") << "a.b"
                                    << "a.b";
    QTest::newRow("parent, slash") << "../../etc/passwd"
                                   << "_.._etc_passwd";
    QTest::newRow("parent, backslash") << "..\\..\\x"
                                       << "_.._x";
    QTest::newRow("encoded parent is text") << "%2e%2e%2fx"
                                            << "_2e_2e_2fx";
    QTest::newRow("absolute unix") << "/etc/passwd"
                                   << "_etc_passwd";
    QTest::newRow("absolute windows") << "C:\\x"
                                      << "C__x";
    QTest::newRow("unc") << "\\\\server\\share"
                         << "__server_share";
    QTest::newRow("windows specials") << "a*b?c\"d<e>f|g:h"
                                      << "a_b_c_d_e_f_g_h";
    QTest::newRow("nul character") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "a_b";
    QTest::newRow("control characters")
        << QStringLiteral("a\tb\x01") + QChar(0x7f) + QStringLiteral("c") << "a_b__c";
    QTest::newRow("con") << "CON"
                         << "_CON";
    QTest::newRow("nul lower") << "nul"
                               << "_nul";
    QTest::newRow("com1") << "COM1"
                          << "_COM1";
    QTest::newRow("lpt9 lower") << "lpt9"
                                << "_lpt9";
    QTest::newRow("aux with suffix") << "aux.tar"
                                     << "_aux.tar";
    QTest::newRow("prn mixed") << "pRn"
                               << "_pRn";
    QTest::newRow("com0 allowed") << "COM0"
                                  << "COM0";
    QTest::newRow("com10 allowed") << "COM10"
                                   << "COM10";
    QTest::newRow("console allowed") << "CONSOLE"
                                     << "CONSOLE";
    QTest::newRow("trailing dots") << "abc..."
                                   << "abc";
    QTest::newRow("trailing spaces") << "abc   "
                                     << "abc";
    QTest::newRow("trailing dot and space") << "abc. ."
                                            << "abc._";
    QTest::newRow("leading dot hidden") << ".bashrc"
                                        << "bashrc";
    QTest::newRow("only dots") << "..."
                               << "task";
    QTest::newRow("dot dot") << ".."
                             << "task";
    QTest::newRow("inner space") << "a b"
                                 << "a_b";
    QTest::newRow("rtl override") << QStringLiteral("abc") + QChar(0x202e) +
                                         QStringLiteral("gnp.exe")
                                  << "abc_gnp.exe";
    QTest::newRow("isolate") << QStringLiteral("a") + QChar(0x2066) + QStringLiteral("b") +
                                    QChar(0x2069)
                             << "a_b_";
    QTest::newRow("non-latin letters") << QString::fromUtf8("t\xc3\xa4sk") << "t_sk";
    QTest::newRow("emoji is one char") << QString::fromUtf8("a\xf0\x9f\x98\x80"
                                                            "b")
                                       << "a_b";
    QTest::newRow("300 characters")
        << QString(300, QLatin1Char('a')) << QString(100, QLatin1Char('a'));
    QTest::newRow("cut at a dot") << QString(99, QLatin1Char('a')) + QStringLiteral("...bbb")
                                  << QString(99, QLatin1Char('a'));
    QTest::newRow("empty") << ""
                           << "task";
    QTest::newRow("whitespace only") << "   "
                                     << "task";
}

void TestOutputNames::safeStem()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);

    const QString stem = OutputNames::safeStem(id);

    QCOMPARE(stem, expected);
    QVERIFY(stem.size() <= 100);
    QVERIFY(!stem.startsWith(QLatin1Char('.')));
    for (const QChar c : stem) {
        QVERIFY2(c.unicode() < 0x80 && (c.isLetterOrNumber() || QStringLiteral("._-").contains(c)),
                 qPrintable(stem));
    }
}

void TestOutputNames::fileName_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("copy");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first") << "pred_1" << 1 << "png" << 1 << "pred_1_1.png";
    QTest::newRow("third output") << "pred_1" << 3 << "mp4" << 1 << "pred_1_3.mp4";
    QTest::newRow("second copy") << "pred_1" << 1 << "png" << 2 << "pred_1_1 (2).png";
    QTest::newRow("tenth copy") << "pred_1" << 2 << "webm" << 10 << "pred_1_2 (10).webm";
    QTest::newRow("hostile id") << "../x" << 2 << "mp4" << 1 << "_x_2.mp4";
    QTest::newRow("reserved id") << "con" << 1 << "txt" << 1 << "_con_1.txt";
    QTest::newRow("empty id") << "" << 1 << "json" << 1 << "task_1.json";
    QTest::newRow("hostile extension") << "id" << 1 << "png/../../x" << 1 << "id_1.pngx";
    QTest::newRow("empty extension") << "id" << 1 << "" << 1 << "id_1.bin";
}

void TestOutputNames::fileName()
{
    QFETCH(QString, id);
    QFETCH(int, n);
    QFETCH(QString, extension);
    QFETCH(int, copy);
    QFETCH(QString, expected);

    QCOMPARE(OutputNames::fileName(id, n, extension, copy), expected);
}

void TestOutputNames::freePathSkipsTakenNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir target(dir.path());

    QCOMPARE(OutputNames::freePath(dir.path(), QStringLiteral("t1"), 1, QStringLiteral("png")),
             target.filePath(QStringLiteral("t1_1.png")));

    createFile(target.filePath(QStringLiteral("t1_1.png")));
    QCOMPARE(OutputNames::freePath(dir.path(), QStringLiteral("t1"), 1, QStringLiteral("png")),
             target.filePath(QStringLiteral("t1_1 (2).png")));

    // A download still running under " (2)" holds that name through its .part file.
    createFile(target.filePath(QStringLiteral("t1_1 (2).png.part")));
    QCOMPARE(OutputNames::freePath(dir.path(), QStringLiteral("t1"), 1, QStringLiteral("png")),
             target.filePath(QStringLiteral("t1_1 (3).png")));

    // Only the .part of the first name exists: still taken.
    createFile(target.filePath(QStringLiteral("t1_2.mp4.part")));
    QCOMPARE(OutputNames::freePath(dir.path(), QStringLiteral("t1"), 2, QStringLiteral("mp4")),
             target.filePath(QStringLiteral("t1_2 (2).mp4")));

    // Other outputs and extensions are not affected.
    QCOMPARE(OutputNames::freePath(dir.path(), QStringLiteral("t1"), 3, QStringLiteral("png")),
             target.filePath(QStringLiteral("t1_3.png")));
    QCOMPARE(OutputNames::freePath(dir.path(), QStringLiteral("t1"), 1, QStringLiteral("jpg")),
             target.filePath(QStringLiteral("t1_1.jpg")));
}

void TestOutputNames::freePathSkipsDanglingLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir target(dir.path());
    QVERIFY(QFile::link(target.filePath(QStringLiteral("elsewhere")),
                        target.filePath(QStringLiteral("t2_1.png"))));

    QCOMPARE(OutputNames::freePath(dir.path(), QStringLiteral("t2"), 1, QStringLiteral("png")),
             target.filePath(QStringLiteral("t2_1 (2).png")));
}

void TestOutputNames::hostileIdsStayInside_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("parent") << "../escaped";
    QTest::newRow("deep parent") << "../../../../../../tmp/escaped";
    QTest::newRow("backslash parent") << "..\\escaped";
    QTest::newRow("encoded parent") << "%2e%2e%2fescaped";
    QTest::newRow("absolute") << "/etc/passwd";
    QTest::newRow("drive") << "C:\\Windows\\x";
    QTest::newRow("dot") << ".";
    QTest::newRow("dot dot") << "..";
    QTest::newRow("slash") << "/";
    QTest::newRow("nul") << QStringLiteral("../a") + QChar(0) + QStringLiteral("/b");
    QTest::newRow("reserved") << "CON";
    QTest::newRow("long") << QString(300, QLatin1Char('/'));
    QTest::newRow("rtl") << QStringLiteral("..") + QChar(0x202e) + QStringLiteral("/x");
    QTest::newRow("empty") << "";
}

void TestOutputNames::hostileIdsStayInside()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString path = OutputNames::freePath(dir.path(), id, 1, QStringLiteral("png"));
    createFile(path);

    QCOMPARE(QFileInfo(path).canonicalPath(), QDir(dir.path()).canonicalPath());
    QVERIFY(!QFileInfo(path).fileName().startsWith(QLatin1Char('.')));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             1);
}

QTEST_GUILESS_MAIN(TestOutputNames)
#include "tst_outputnames.moc"
