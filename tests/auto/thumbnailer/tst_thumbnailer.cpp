// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/thumbnailer.h"
#include "media/videoframesource.h"
#include "simulator.h"

#include "../shared/scriptedserver.h" // after a header that brings QUrl

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

constexpr int ResultTimeoutMs = 10000;
constexpr int SimulatorImageEdge = 512; // the simulator's PNG outputs are square
constexpr int BombEdge = 30000;         // 900 megapixels declared by a file of a few bytes
constexpr int QueuedTasks = 5;
constexpr int FrameWidth = 320;
constexpr int FrameHeight = 180;

QByteArray pngOf(const QSize &size, Qt::GlobalColor colour = Qt::darkCyan)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffU;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray length(4, '\0');
    qToBigEndian(quint32(data.size()), length.data());
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(type + data), crc.data());
    return length + type + data + crc;
}

// A valid PNG header declaring a huge picture, followed by a few bytes of image data.
QByteArray decompressionBomb()
{
    QByteArray header(13, '\0');
    qToBigEndian(quint32(BombEdge), header.data());
    qToBigEndian(quint32(BombEdge), header.data() + 4);
    header[8] = 8;                                                  // bits per channel
    header[9] = 2;                                                  // RGB
    const QByteArray zlib = qCompress(QByteArray(64, '\0')).mid(4); // without Qt's length prefix
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + chunk("IHDR", header) + chunk("IDAT", zlib) +
           chunk("IEND", {});
}

QByteArray imageResponse(const QByteArray &body)
{
    return ScriptedServer::response(200, body, {}, "image/png");
}

// Stands in for the window's Qt Multimedia grabber: answers each video with a known frame.
class FakeFrameSource final : public VideoFrameSource
{
public:
    void grabFirstFrame(const QUrl &url, QObject *context, Callback done) override
    {
        urls.append(url);
        const QImage answer = frame;
        const QString reason = error;
        QTimer::singleShot(0, context, [done, answer, reason] { done(answer, reason); });
    }

    QList<QUrl> urls;
    QImage frame;
    QString error;
};

} // namespace

class tst_Thumbnailer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void imageReady();
    void fitsKeepingAspect_data();
    void fitsKeepingAspect();
    void diskCache();
    void reloadAfterEviction();
    void credentialsNeverSent();
    void redirectFollowed();
    void httpError_data();
    void httpError();
    void notAnImage();
    void announcedTooLarge();
    void decompressionBomb();
    void newestFirst();
    void oldestGiveWay();
    void forget();
    void videoFromFrameSource();
    void videoByContentType();
    void videoFailure();
    void videoWithoutSource();

private:
    QUrl imageOutput(const QString &model = QStringLiteral("wavespeed-ai/flux-dev"));
    QString cacheFileOf(const QString &taskId, const QUrl &output) const;
    QList<Simulator::Request> outputRequests() const;
    static void answerOne(ScriptedServer &server, const QByteArray &response);

    Simulator m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_cache;
    QString m_lastTaskId;
};

void tst_Thumbnailer::initTestCase()
{
    QString error;
    QVERIFY2(m_simulator.start(0, 0, &error), qPrintable(error));
    // A cookie the output host must never see.
    QNetworkCookie cookie("session", "secret");
    cookie.normalize(m_simulator.outputBase());
    QVERIFY(m_network.cookieJar()->insertCookie(cookie));
    QCOMPARE(m_network.cookieJar()->cookiesForUrl(m_simulator.outputBase()).size(), 1);
}

void tst_Thumbnailer::init()
{
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_simulator.redirectOutputsTo(QUrl());
    m_simulator.clearRequests();
}

// The signed address of output 1 of a task that has already completed.
QUrl tst_Thumbnailer::imageOutput(const QString &model)
{
    Simulator::TaskSpec spec;
    spec.model = model;
    spec.duration = 100ms;
    spec.createdAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    m_lastTaskId = m_simulator.addTask(spec);
    const QString extension =
        model.contains(QLatin1String("i2v")) ? QStringLiteral("mp4") : QStringLiteral("png");
    QUrl url = m_simulator.outputBase();
    url.setPath(QStringLiteral("/outputs/%1/1.%2").arg(m_lastTaskId, extension));
    url.setQuery(QStringLiteral("sig=0123abcd&expires=4102444800"));
    return url;
}

QString tst_Thumbnailer::cacheFileOf(const QString &taskId, const QUrl &output) const
{
    const QString key = taskId + QLatin1Char('\n') +
                        output.adjusted(QUrl::RemoveQuery).toString(QUrl::FullyEncoded);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return QDir(m_cache->path())
        .filePath(QString::fromLatin1(hash.toHex()) + QLatin1String(".png"));
}

QList<Simulator::Request> tst_Thumbnailer::outputRequests() const
{
    QList<Simulator::Request> found;
    for (const Simulator::Request &request : m_simulator.requests()) {
        if (request.listener == Simulator::Request::Listener::Output)
            found.append(request);
    }
    return found;
}

// Answers the oldest request the server holds, and only that one.
void tst_Thumbnailer::answerOne(ScriptedServer &server, const QByteArray &response)
{
    QVERIFY(!server.unanswered.isEmpty());
    const QPointer<QTcpSocket> socket = server.unanswered.takeFirst();
    QVERIFY(socket);
    socket->write(response);
    socket->disconnectFromHost();
}

void tst_Thumbnailer::imageReady()
{
    const QUrl output = imageOutput();
    const QString id = m_lastTaskId;
    QUrl withCredentials = output;
    withCredentials.setUserInfo(QStringLiteral("user:password"));
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setCacheDirectory(m_cache->path());
    QSignalSpy ready(&thumbnailer, &Thumbnailer::ready);

    QCOMPARE(thumbnailer.state(id), Thumbnailer::State::None);
    thumbnailer.request(id, withCredentials);
    QCOMPARE(thumbnailer.state(id), Thumbnailer::State::Loading);
    thumbnailer.request(id, output); // under way: nothing more

    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, ResultTimeoutMs);
    QCOMPARE(ready.at(0).at(0).toString(), id);
    QCOMPARE(thumbnailer.state(id), Thumbnailer::State::Ready);
    const QImage image = thumbnailer.thumbnail(id);
    QCOMPARE(image.size(), QSize(Thumbnailer::Edge, Thumbnailer::Edge));
    QVERIFY(thumbnailer.error(id).isEmpty());

    // Kept on disk under the documented name, as a PNG of the thumbnail.
    const QImage stored(cacheFileOf(id, output), "PNG");
    QCOMPARE(stored.size(), image.size());

    // One request reached the output host, without credentials or cookies.
    const QList<Simulator::Request> received = outputRequests();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).path, output.path());
    QVERIFY(received.at(0).authorization.isEmpty());
    QVERIFY(received.at(0).cookie.isEmpty());

    thumbnailer.request(id, output); // ready: nothing more
    QCOMPARE(outputRequests().size(), 1);
    QCOMPARE(ready.size(), 1);
}

void tst_Thumbnailer::fitsKeepingAspect_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("wide") << QSize(300, 150) << QSize(96, 48);
    QTest::newRow("tall") << QSize(120, 480) << QSize(24, 96);
    QTest::newRow("thin") << QSize(2000, 10) << QSize(96, 1);
    QTest::newRow("small, not blown up") << QSize(40, 20) << QSize(40, 20);
}

void tst_Thumbnailer::fitsKeepingAspect()
{
    QFETCH(QSize, source);
    QFETCH(QSize, expected);
    const QByteArray body = pngOf(source);
    ScriptedServer server([body](const ScriptedServer::Request &) { return imageResponse(body); });
    Thumbnailer thumbnailer(&m_network);

    thumbnailer.request(QStringLiteral("task0001"), server.url(QStringLiteral("/out.png")));

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(QStringLiteral("task0001")),
                              Thumbnailer::State::Ready, ResultTimeoutMs);
    QCOMPARE(thumbnailer.thumbnail(QStringLiteral("task0001")).size(), expected);
}

void tst_Thumbnailer::diskCache()
{
    const QUrl output = imageOutput();
    const QString id = m_lastTaskId;
    {
        Thumbnailer first(&m_network);
        first.setCacheDirectory(m_cache->path());
        first.request(id, output);
        QTRY_COMPARE_WITH_TIMEOUT(first.state(id), Thumbnailer::State::Ready, ResultTimeoutMs);
    }
    m_simulator.clearRequests();

    // Another run of the app, with a fresh signature on the same output.
    Thumbnailer second(&m_network);
    second.setCacheDirectory(m_cache->path());
    QSignalSpy ready(&second, &Thumbnailer::ready);
    QUrl resigned = output;
    resigned.setQuery(QStringLiteral("sig=ffff&expires=4102444801"));
    second.request(id, resigned);

    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, ResultTimeoutMs);
    QCOMPARE(second.state(id), Thumbnailer::State::Ready);
    QCOMPARE(second.thumbnail(id).size(), QSize(Thumbnailer::Edge, Thumbnailer::Edge));
    QCOMPARE(outputRequests().size(), 0);
}

void tst_Thumbnailer::reloadAfterEviction()
{
    const QByteArray body = pngOf(QSize(8, 8));
    ScriptedServer server([body](const ScriptedServer::Request &) { return imageResponse(body); });
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setCacheDirectory(m_cache->path());
    QSignalSpy ready(&thumbnailer, &Thumbnailer::ready);
    const int count = Thumbnailer::MemoryCacheCount + 1;

    // A screenful at a time, as a user scrolls: no more waiting than may wait.
    QHash<QString, QUrl> outputs;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("task%1").arg(i, 4, 10, QLatin1Char('0'));
        outputs.insert(id, server.url(QStringLiteral("/%1.png").arg(i)));
        thumbnailer.request(id, outputs.value(id));
        if ((i + 1) % Thumbnailer::MaxWaiting == 0 || i + 1 == count)
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), i + 1, ResultTimeoutMs);
    }

    // The oldest thumbnail left memory but not the disk.
    const QString evicted = ready.at(0).at(0).toString();
    QCOMPARE(thumbnailer.state(evicted), Thumbnailer::State::Ready);
    QVERIFY(thumbnailer.thumbnail(evicted).isNull());
    const qsizetype served = server.requests.size();
    QCOMPARE(served, count);

    thumbnailer.request(evicted, outputs.value(evicted));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), count + 1, ResultTimeoutMs);
    QCOMPARE(ready.constLast().at(0).toString(), evicted);
    QCOMPARE(thumbnailer.thumbnail(evicted).size(), QSize(8, 8));
    QCOMPARE(server.requests.size(), served);
}

void tst_Thumbnailer::credentialsNeverSent()
{
    // A host that asks for a password: credentials in the address would answer it.
    ScriptedServer server([](const ScriptedServer::Request &) {
        return ScriptedServer::response(401, "no", "WWW-Authenticate: Basic realm=\"outputs\"\r\n",
                                        "text/plain");
    });
    QUrl output = server.url(QStringLiteral("/out.png"));
    output.setUserInfo(QStringLiteral("user:password"));
    Thumbnailer thumbnailer(&m_network);

    thumbnailer.request(QStringLiteral("task0001"), output);

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(QStringLiteral("task0001")),
                              Thumbnailer::State::Unavailable, ResultTimeoutMs);
    QVERIFY(!server.requests.isEmpty());
    for (const ScriptedServer::Request &request : std::as_const(server.requests))
        QVERIFY(!request.hasHeader("Authorization"));
}

void tst_Thumbnailer::redirectFollowed()
{
    const QUrl output = imageOutput();
    m_simulator.redirectOutputsTo(m_simulator.apiBase());
    Thumbnailer thumbnailer(&m_network);

    thumbnailer.request(m_lastTaskId, output);

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(m_lastTaskId), Thumbnailer::State::Ready,
                              ResultTimeoutMs);
    const QList<Simulator::Request> received = m_simulator.requests();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).listener, Simulator::Request::Listener::Api);
    QVERIFY(received.at(1).authorization.isEmpty());
}

void tst_Thumbnailer::httpError_data()
{
    QTest::addColumn<bool>("fromSimulator");
    QTest::addColumn<int>("status");
    QTest::newRow("404 from the simulator") << true << 404;
    QTest::newRow("403 expired signature") << false << 403;
    QTest::newRow("500") << false << 500;
}

void tst_Thumbnailer::httpError()
{
    QFETCH(bool, fromSimulator);
    QFETCH(int, status);
    ScriptedServer server([status](const ScriptedServer::Request &) {
        return ScriptedServer::response(status, "<html>no</html>", {}, "text/html");
    });
    QUrl output = server.url(QStringLiteral("/out.png"));
    if (fromSimulator) { // a task that has not completed has no outputs yet
        output = m_simulator.outputBase();
        output.setPath(QStringLiteral("/outputs/nosuchtask123/1.png"));
    }
    Thumbnailer thumbnailer(&m_network);
    QSignalSpy unavailable(&thumbnailer, &Thumbnailer::unavailable);

    thumbnailer.request(QStringLiteral("task0001"), output);

    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, ResultTimeoutMs);
    QCOMPARE(thumbnailer.state(QStringLiteral("task0001")), Thumbnailer::State::Unavailable);
    const QString error = thumbnailer.error(QStringLiteral("task0001"));
    QVERIFY2(error.contains(QString::number(status)), qPrintable(error));
    QCOMPARE(unavailable.at(0).at(1).toString(), error);
    QVERIFY(thumbnailer.thumbnail(QStringLiteral("task0001")).isNull());
}

void tst_Thumbnailer::notAnImage()
{
    ScriptedServer server([](const ScriptedServer::Request &) {
        return ScriptedServer::response(200, "<html>a login page</html>", {}, "text/html");
    });
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setCacheDirectory(m_cache->path());

    thumbnailer.request(QStringLiteral("task0001"), server.url(QStringLiteral("/out.png")));

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(QStringLiteral("task0001")),
                              Thumbnailer::State::Unavailable, ResultTimeoutMs);
    QCOMPARE(thumbnailer.error(QStringLiteral("task0001")),
             QStringLiteral("The output is not an image"));
    QVERIFY(QDir(m_cache->path()).isEmpty());
}

void tst_Thumbnailer::announcedTooLarge()
{
    const QByteArray header = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                              QByteArray::number(Thumbnailer::MaxImageBytes + 1) + "\r\n\r\n";
    ScriptedServer server([](const ScriptedServer::Request &) { return QByteArray(); });
    Thumbnailer thumbnailer(&m_network);

    thumbnailer.request(QStringLiteral("task0001"), server.url(QStringLiteral("/out.png")));
    QTRY_COMPARE_WITH_TIMEOUT(server.unanswered.size(), 1, ResultTimeoutMs);
    server.unanswered.constFirst()->write(header + pngOf(QSize(4, 4))); // and no more

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(QStringLiteral("task0001")),
                              Thumbnailer::State::Unavailable, ResultTimeoutMs);
    QCOMPARE(thumbnailer.error(QStringLiteral("task0001")),
             QStringLiteral("The output is too large for a preview"));
}

void tst_Thumbnailer::decompressionBomb()
{
    const QByteArray bomb = ::decompressionBomb();
    QBuffer probe;
    probe.setData(bomb);
    probe.open(QIODevice::ReadOnly);
    QCOMPARE(QImageReader(&probe).size(), QSize(BombEdge, BombEdge)); // the header is valid
    ScriptedServer server([bomb](const ScriptedServer::Request &) { return imageResponse(bomb); });
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setCacheDirectory(m_cache->path());

    thumbnailer.request(QStringLiteral("task0001"), server.url(QStringLiteral("/bomb.png")));

    // Refused from its header: decoding the few bytes of data would fail with another reason.
    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(QStringLiteral("task0001")),
                              Thumbnailer::State::Unavailable, ResultTimeoutMs);
    QCOMPARE(thumbnailer.error(QStringLiteral("task0001")),
             QStringLiteral("Preview unavailable: the image is too large"));
    QVERIFY(QDir(m_cache->path()).isEmpty());
}

void tst_Thumbnailer::newestFirst()
{
    ScriptedServer server; // holds every request until the test answers it
    const QByteArray answer = imageResponse(pngOf(QSize(4, 4)));
    Thumbnailer thumbnailer(&m_network);
    const auto path = [&server](int i) {
        return server.requests.at(i).path;
    };

    for (int i = 1; i <= QueuedTasks; ++i)
        thumbnailer.request(QStringLiteral("task000%1").arg(i),
                            server.url(QStringLiteral("/%1.png").arg(i)));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, ResultTimeoutMs);
    // Two at once, the newest requests first.
    const QSet<QByteArray> started{path(0), path(1)};
    QCOMPARE(started, (QSet<QByteArray>{"/5.png", "/4.png"}));

    // Asked again: the row is in view once more, so it goes to the front.
    thumbnailer.request(QStringLiteral("task0001"), server.url(QStringLiteral("/1.png")));

    const QList<QByteArray> expected{"/1.png", "/3.png", "/2.png"};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        answerOne(server, answer);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 3 + i, ResultTimeoutMs);
        QCOMPARE(path(int(2 + i)), expected.at(i));
        QVERIFY(server.unanswered.size() <= 2);
    }
    server.answerHeld(answer);
    for (int i = 1; i <= QueuedTasks; ++i)
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(QStringLiteral("task000%1").arg(i)),
                                  Thumbnailer::State::Ready, ResultTimeoutMs);
}

void tst_Thumbnailer::oldestGiveWay()
{
    ScriptedServer server; // holds every request until the test answers it
    Thumbnailer thumbnailer(&m_network);
    QSignalSpy dropped(&thumbnailer, &Thumbnailer::dropped);
    const int extra = QueuedTasks;
    const int count = Thumbnailer::MaxWaiting + extra;
    const auto id = [](int i) {
        return QStringLiteral("task%1").arg(i, 4, 10, QLatin1Char('0'));
    };

    // A fast scroll paints more rows than can wait; the first ones were on screen longest ago.
    for (int i = 1; i <= count; ++i)
        thumbnailer.request(id(i), server.url(QStringLiteral("/%1.png").arg(i)));
    for (int i = 1; i <= extra; ++i)
        QCOMPARE(thumbnailer.state(id(i)), Thumbnailer::State::None);
    for (int i = extra + 1; i <= count; ++i)
        QCOMPARE(thumbnailer.state(id(i)), Thumbnailer::State::Loading);

    // Announced once the painting is over, and never fetched.
    QCOMPARE(dropped.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), extra, ResultTimeoutMs);
    for (int i = 1; i <= extra; ++i)
        QCOMPARE(dropped.at(i - 1).at(0).toString(), id(i));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, ResultTimeoutMs);
    for (const auto &request : std::as_const(server.requests))
        QVERIFY(request.path.mid(1).split('.').value(0).toInt() > extra);

    // Back in view, a dropped row is asked for anew and waits with the others.
    thumbnailer.request(id(1), server.url(QStringLiteral("/1.png")));
    QCOMPARE(thumbnailer.state(id(1)), Thumbnailer::State::Loading);
}

void tst_Thumbnailer::forget()
{
    ScriptedServer server;
    const QByteArray answer = imageResponse(pngOf(QSize(4, 4)));
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setCacheDirectory(m_cache->path());
    QSignalSpy ready(&thumbnailer, &Thumbnailer::ready);
    const QUrl first = server.url(QStringLiteral("/1.png"));
    const QUrl second = server.url(QStringLiteral("/2.png"));

    // A task that is ready: its thumbnail goes from memory and disk.
    thumbnailer.request(QStringLiteral("task0001"), first);
    QTRY_COMPARE_WITH_TIMEOUT(server.unanswered.size(), 1, ResultTimeoutMs);
    answerOne(server, answer);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, ResultTimeoutMs);
    QVERIFY(QFile::exists(cacheFileOf(QStringLiteral("task0001"), first)));
    thumbnailer.forget(QStringLiteral("task0001"));
    QCOMPARE(thumbnailer.state(QStringLiteral("task0001")), Thumbnailer::State::None);
    QVERIFY(thumbnailer.thumbnail(QStringLiteral("task0001")).isNull());
    QTRY_VERIFY(!QFile::exists(cacheFileOf(QStringLiteral("task0001"), first)));

    // A task being fetched: the answer that still comes is ignored.
    thumbnailer.request(QStringLiteral("task0002"), second);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, ResultTimeoutMs);
    thumbnailer.forget(QStringLiteral("task0002"));
    server.answerHeld(answer);
    thumbnailer.request(QStringLiteral("task0003"), first); // something to wait for
    QTRY_COMPARE_WITH_TIMEOUT(server.unanswered.size(), 1, ResultTimeoutMs);
    answerOne(server, answer);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, ResultTimeoutMs);
    QCOMPARE(ready.constLast().at(0).toString(), QStringLiteral("task0003"));
    QCOMPARE(thumbnailer.state(QStringLiteral("task0002")), Thumbnailer::State::None);
    QVERIFY(!QFile::exists(cacheFileOf(QStringLiteral("task0002"), second)));
}

void tst_Thumbnailer::videoFromFrameSource()
{
    const QUrl output = imageOutput(QStringLiteral("kwaivgi/kling-v2.1-i2v-standard"));
    FakeFrameSource source;
    source.frame = QImage(FrameWidth, FrameHeight, QImage::Format_RGB32);
    source.frame.fill(Qt::red);
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setCacheDirectory(m_cache->path());
    thumbnailer.setVideoFrameSource(&source);

    thumbnailer.request(m_lastTaskId, output);

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(m_lastTaskId), Thumbnailer::State::Ready,
                              ResultTimeoutMs);
    const QImage image = thumbnailer.thumbnail(m_lastTaskId);
    QCOMPARE(image.size(), QSize(Thumbnailer::Edge, Thumbnailer::Edge * FrameHeight / FrameWidth));
    QCOMPARE(QColor(image.pixel(image.width() / 2, image.height() / 2)), QColor(Qt::red));
    QCOMPARE(source.urls, QList<QUrl>{output}); // the signed address, streamed by the source
    QCOMPARE(outputRequests().size(), 0);       // the Thumbnailer downloads no video
    QVERIFY(QFile::exists(cacheFileOf(m_lastTaskId, output)));
}

void tst_Thumbnailer::videoByContentType()
{
    ScriptedServer server([](const ScriptedServer::Request &) {
        return ScriptedServer::response(200, QByteArray(1024, 'v'), {}, "video/mp4");
    });
    FakeFrameSource source;
    source.frame = QImage(FrameWidth, FrameHeight, QImage::Format_RGB32);
    source.frame.fill(Qt::blue);
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setVideoFrameSource(&source);
    const QUrl output = server.url(QStringLiteral("/clip?token=1"));

    thumbnailer.request(QStringLiteral("task0001"), output);

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(QStringLiteral("task0001")),
                              Thumbnailer::State::Ready, ResultTimeoutMs);
    QCOMPARE(source.urls, QList<QUrl>{output});
}

void tst_Thumbnailer::videoFailure()
{
    const QUrl output = imageOutput(QStringLiteral("kwaivgi/kling-v2.1-i2v-standard"));
    FakeFrameSource source;
    source.error = QStringLiteral("Timed out");
    Thumbnailer thumbnailer(&m_network);
    thumbnailer.setVideoFrameSource(&source);

    thumbnailer.request(m_lastTaskId, output);

    QTRY_COMPARE_WITH_TIMEOUT(thumbnailer.state(m_lastTaskId), Thumbnailer::State::Unavailable,
                              ResultTimeoutMs);
    QCOMPARE(thumbnailer.error(m_lastTaskId),
             QStringLiteral("The video could not be decoded: Timed out"));
}

void tst_Thumbnailer::videoWithoutSource()
{
    const QUrl output = imageOutput(QStringLiteral("kwaivgi/kling-v2.1-i2v-standard"));
    Thumbnailer thumbnailer(&m_network);
    QSignalSpy unavailable(&thumbnailer, &Thumbnailer::unavailable);

    thumbnailer.request(m_lastTaskId, output);

    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, ResultTimeoutMs);
    QCOMPARE(thumbnailer.error(m_lastTaskId), QStringLiteral("No video decoder"));
    QCOMPARE(outputRequests().size(), 0);
}

QTEST_GUILESS_MAIN(tst_Thumbnailer)
#include "tst_thumbnailer.moc"
