// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/downloader.h"
#include "media/outputtransfer.h"

#include "../shared/scriptedserver.h" // after a header that brings QUrl

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QImage>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/mount.h>
#endif

using namespace std::chrono_literals;

namespace {

constexpr auto ShortTransferTimeout = 300ms;
constexpr int SlowTimeoutMs = 10000;
constexpr int AnnouncedSize = 4096;
constexpr int SentSize = 120;
constexpr int BlobSize = 512 * 1024;
constexpr int CutAt = 100000;     // where a scripted host breaks off the first answer
constexpr int ElsewhereAt = 4000; // a part of the file that is not the one asked for
constexpr qint64 TinyDiskSize = 64 * 1024;
constexpr qint64 HugeOutputSize = 1024 * 1024 * 1024;
constexpr int FillerSize = 256 * 1024; // more than the tiny disk holds
constexpr int FillerChunk = 8 * 1024;

// What the output host answers for one path.
struct Answer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QByteArray location; // a redirect when set
    bool setsCookie = false;
    bool challenges = false; // 401 with a Basic challenge
};

// A real HTTP server on loopback that records the headers of every request it gets.
class OutputHost
{
public:
    OutputHost()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                serve(request, std::move(responder));
            });
        m_port = m_server.listen(QHostAddress::LocalHost);
    }

    bool isListening() const { return m_port != 0; }
    void answer(const QString &path, const Answer &answer) { m_answers.insert(path, answer); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    qsizetype requestCount() const { return m_requests.size(); }

    bool anyRequestHad(const QByteArray &header) const
    {
        for (const auto &headers : m_requests) {
            for (const auto &field : headers) {
                if (field.first.toLower() == header.toLower())
                    return true;
            }
        }
        return false;
    }

    QByteArray firstValue(const QByteArray &header) const
    {
        for (const auto &headers : m_requests) {
            for (const auto &field : headers) {
                if (field.first.toLower() == header.toLower())
                    return field.second;
            }
        }
        return {};
    }

private:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        m_requests.append(request.headers());
        const auto found = m_answers.constFind(request.url().path());
        if (found == m_answers.constEnd()) {
            responder.write(QByteArray("not here"), QByteArray("text/plain"),
                            QHttpServerResponder::StatusCode::NotFound);
            return;
        }

        const Answer &answer = *found;
        const auto status = QHttpServerResponder::StatusCode(answer.status);
        if (answer.challenges) {
            responder.write(
                QByteArray("who are you"),
                {{"Content-Type", "text/plain"}, {"WWW-Authenticate", "Basic realm=\"outputs\""}},
                status);
        } else if (!answer.location.isEmpty() && answer.setsCookie) {
            responder.write(QByteArray("moved"),
                            {{"Content-Type", "text/plain"},
                             {"Location", answer.location},
                             {"Set-Cookie", "session=from-host; Path=/"}},
                            status);
        } else if (!answer.location.isEmpty()) {
            responder.write(QByteArray("moved"),
                            {{"Content-Type", "text/plain"}, {"Location", answer.location}},
                            status);
        } else {
            responder.write(answer.body, {{"Content-Type", answer.contentType}}, status);
        }
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Answer> m_answers;
    QList<QList<QPair<QByteArray, QByteArray>>> m_requests;
};

// A bare TCP server for faults an HTTP server library will not produce.
class FaultyHost
{
public:
    enum class Fault {
        ClosesEarly,  // announces more bytes than it sends, then closes
        NeverAnswers, // accepts and stays silent
        Stalls,       // sends the headers and part of the body, then stays silent
    };

    explicit FaultyHost(Fault fault)
        : m_fault(fault)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost);
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int connectionCount() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_received[socket] += socket->readAll();
                if (m_received[socket].contains("\r\n\r\n"))
                    respond(socket);
            });
        }
    }

    void respond(QTcpSocket *socket)
    {
        if (m_fault == Fault::NeverAnswers || socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                      QByteArray::number(AnnouncedSize) + "\r\n\r\n" + QByteArray(SentSize, 'x'));
        if (m_fault == Fault::ClosesEarly)
            socket->disconnectFromHost();
    }

    Fault m_fault;
    QTcpServer m_server;
    int m_connections = 0;
    QHash<QTcpSocket *, QByteArray> m_received;
};

QByteArray pngBytes()
{
    QImage image(16, 8, QImage::Format_ARGB32);
    image.fill(QColor(20, 140, 220));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray videoBytes()
{
    QByteArray bytes("\0\0\0\x18"
                     "ftypmp42",
                     12);
    QRandomGenerator generator(42);
    while (bytes.size() < BlobSize) {
        const quint32 word = generator.generate();
        bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
    return bytes;
}

Answer file(const QByteArray &contentType, const QByteArray &body)
{
    Answer answer;
    answer.contentType = contentType;
    answer.body = body;
    return answer;
}

Answer redirect(const QByteArray &location, int status = 302)
{
    Answer answer;
    answer.status = status;
    answer.location = location;
    return answer;
}

// The head of a raw HTTP answer; the body that follows may be shorter than it announces.
QByteArray head(int status, qint64 length, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Status\r\nContent-Type: video/mp4\r\nContent-Length: " + QByteArray::number(length) +
           "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
}

// A body in chunked encoding, which can end cleanly however much it holds.
QByteArray chunked(const QByteArray &body)
{
    QByteArray encoded;
    for (qsizetype at = 0; at < body.size(); at += FillerChunk) {
        const QByteArray chunk = body.mid(at, FillerChunk);
        encoded += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return encoded + "0\r\n\r\n";
}

// The part of a file a request's "Range: bytes=<first>-" asks for, as a 206 answer.
QByteArray rest(const QByteArray &whole, qint64 first)
{
    const QByteArray range = "Content-Range: bytes " + QByteArray::number(first) + '-' +
                             QByteArray::number(whole.size() - 1) + '/' +
                             QByteArray::number(whole.size()) + "\r\n";
    return head(206, whole.size() - first, range) + whole.mid(first);
}

qint64 rangeStart(const ScriptedServer::Request &request)
{
    const QByteArray range = request.header("Range");
    if (!range.startsWith("bytes=") || !range.endsWith('-'))
        return -1;
    return range.mid(6).chopped(1).toLongLong();
}

// A folder that exists but takes no new file. Root writes through permissions, so root on Linux
// gets a read-only tmpfs there instead of a read-only folder.
class ReadOnlyFolder
{
    Q_DISABLE_COPY_MOVE(ReadOnlyFolder)

public:
    ReadOnlyFolder()
    {
        if (!m_dir.isValid())
            return;
#if defined(Q_OS_LINUX)
        if (::geteuid() == 0) {
            const QByteArray path = QFile::encodeName(m_dir.path());
            m_mounted = ::mount("tmpfs", path.constData(), "tmpfs",
                                MS_RDONLY | MS_NOSUID | MS_NODEV, "size=64k") == 0;
            m_ready = m_mounted;
            return;
        }
#endif
        m_ready = QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    }

    ~ReadOnlyFolder()
    {
#if defined(Q_OS_LINUX)
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
#endif
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    bool isReady() const
    {
        return m_ready;
    }
    QString path() const
    {
        return m_dir.path();
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    bool m_ready = false;
};

// A folder whose disk is full after a few KiB. Root on Linux mounts a tiny tmpfs there (the path
// that ran where these tests were written: root in a Linux container); elsewhere the process may
// write no file larger than that, which fails a write the same way (EFBIG instead of ENOSPC).
class TinyDisk
{
    Q_DISABLE_COPY_MOVE(TinyDisk)

public:
    TinyDisk()
    {
#if defined(Q_OS_LINUX)
        const QByteArray path = QFile::encodeName(m_dir.path());
        const QByteArray options = "size=" + QByteArray::number(TinyDiskSize) + ",mode=0700";
        m_mounted = m_dir.isValid() && ::mount("tmpfs", path.constData(), "tmpfs",
                                               MS_NOSUID | MS_NODEV, options.constData()) == 0;
#endif
#if defined(Q_OS_UNIX)
        if (!m_mounted && m_dir.isValid() && ::getrlimit(RLIMIT_FSIZE, &m_oldLimit) == 0) {
            rlimit tiny = m_oldLimit;
            tiny.rlim_cur = rlim_t(TinyDiskSize);
            m_oldSignal = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
            m_limited = ::setrlimit(RLIMIT_FSIZE, &tiny) == 0;
            if (!m_limited)
                std::signal(SIGXFSZ, m_oldSignal);
        }
#endif
    }

    ~TinyDisk()
    {
#if defined(Q_OS_LINUX)
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
#endif
#if defined(Q_OS_UNIX)
        if (m_limited) {
            ::setrlimit(RLIMIT_FSIZE, &m_oldLimit);
            std::signal(SIGXFSZ, m_oldSignal);
        }
#endif
    }

    bool isReady() const
    {
        return m_mounted || m_limited;
    }
    bool isMounted() const
    {
        return m_mounted;
    }
    QString path() const
    {
        return m_dir.path();
    }
    // What a write past the end of the space fails with.
    QString reason() const
    {
#if defined(Q_OS_UNIX)
        return qt_error_string(m_mounted ? ENOSPC : EFBIG);
#else
        return {};
#endif
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    bool m_limited = false;
#if defined(Q_OS_UNIX)
    rlimit m_oldLimit{};
    void (*m_oldSignal)(int) = SIG_DFL;
#endif
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

// Saving outputs against real loopback servers: names, streaming, redirects, faults, limits.
class TestDownloader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void savesByteExactOutputs();
    void neverOverwrites();
    void extensionFromContentType_data();
    void extensionFromContentType();
    void httpErrorFails_data();
    void httpErrorFails();
    void truncatedBodyFails();
    void resumesBrokenTransfer_data();
    void resumesBrokenTransfer();
    void noResumeWithoutRangesAndValidator_data();
    void noResumeWithoutRangesAndValidator();
    void resumesAtMostMaxResumesTimes();
    void cleanEndBeforeFullSizeIsNotComplete();
    void notEnoughSpaceFailsBeforeWriting();
    void fullDiskFailsWithSystemReason();
    void followsRedirects_data();
    void followsRedirects();
    void tooManyRedirectsFail();
    void crossOriginRedirectSendsNoCredentials();
    void challengeIsNotAnswered();
    void redirectToOtherSchemeRefused_data();
    void redirectToOtherSchemeRefused();
    void isRedirectAllowed_data();
    void isRedirectAllowed();
    void unsupportedAddressFails();
    void uncreatableFolderFails();
    void unwritableFolderFails();
    void oneFailureFinishesTaskOnce();
    void emptyTaskFinishes();
    void silentHostTimesOut();
    void runsOneAtATimeWhenLimited();
    void runsTwoAtOnceByDefault();
    void destructionRemovesPartFile();

private:
    QStringList filesInFolder() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Downloader> m_downloader;
};

void TestDownloader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_downloader = std::make_unique<Downloader>(m_network.get());
}

void TestDownloader::cleanup()
{
    m_downloader.reset();
    m_network.reset();
    m_dir.reset();
}

QStringList TestDownloader::filesInFolder() const
{
    return QDir(m_dir->path())
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void TestDownloader::savesByteExactOutputs()
{
    OutputHost host;
    QVERIFY(host.isListening());
    const QByteArray png = pngBytes();
    const QByteArray video = videoBytes();
    host.answer(QStringLiteral("/img/out.png"), file("image/png", png));
    host.answer(QStringLiteral("/v/clip.mp4"), file("video/mp4", video));
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);
    QSignalSpy finished(m_downloader.get(), &Downloader::taskFinished);
    QSignalSpy progress(m_downloader.get(), &Downloader::progress);
    QSignalSpy idle(m_downloader.get(), &Downloader::idle);

    const QList<QUrl> outputs{host.url(QStringLiteral("/img/out.png")),
                              host.url(QStringLiteral("/v/clip.mp4"))};
    m_downloader->download(QStringLiteral("pred_a1"), outputs, m_dir->path());
    QCOMPARE(m_downloader->pendingCount(), 2);

    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("pred_a1"));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(m_downloader->pendingCount(), 0);
    QCOMPARE(filesInFolder(),
             QStringList({QStringLiteral("pred_a1_1.png"), QStringLiteral("pred_a1_2.mp4")}));
    const QDir dir(m_dir->path());
    QCOMPARE(contents(dir.filePath(QStringLiteral("pred_a1_1.png"))), png);
    QCOMPARE(contents(dir.filePath(QStringLiteral("pred_a1_2.mp4"))), video);

    for (const QList<QVariant> &arguments : std::as_const(saved)) {
        const QUrl url = arguments.at(1).toUrl();
        const bool isVideo = url == outputs.at(1);
        QCOMPARE(arguments.at(2).toString(),
                 dir.filePath(isVideo ? QStringLiteral("pred_a1_2.mp4")
                                      : QStringLiteral("pred_a1_1.png")));
        QCOMPARE(arguments.at(3).toLongLong(), isVideo ? video.size() : png.size());
    }
    bool sawWholeVideo = false;
    for (const QList<QVariant> &arguments : std::as_const(progress))
        sawWholeVideo = sawWholeVideo || arguments.at(2).toLongLong() == video.size();
    QVERIFY(sawWholeVideo);
    QVERIFY(host.firstValue("User-Agent").startsWith("WaveSpeedTaskMonitor/"));
}

void TestDownloader::neverOverwrites()
{
    OutputHost host;
    const QByteArray png = pngBytes();
    host.answer(QStringLiteral("/out.png"), file("image/png", png));
    const QDir dir(m_dir->path());
    QFile existing(dir.filePath(QStringLiteral("pred_b1_1.png")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("the user's own file");
    existing.close();
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    m_downloader->download(QStringLiteral("pred_b1"), {host.url(QStringLiteral("/out.png"))},
                           m_dir->path());

    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(2).toString(), dir.filePath(QStringLiteral("pred_b1_1 (2).png")));
    QCOMPARE(contents(dir.filePath(QStringLiteral("pred_b1_1.png"))),
             QByteArray("the user's own file"));
    QCOMPARE(contents(dir.filePath(QStringLiteral("pred_b1_1 (2).png"))), png);
}

void TestDownloader::extensionFromContentType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expectedName");

    QTest::newRow("no suffix, webp")
        << "/download/abc" << QByteArray("image/webp") << "pred_c1_1.webp";
    QTest::newRow("with parameters")
        << "/file" << QByteArray("video/mp4; codecs=avc1") << "pred_c1_1.mp4";
    QTest::newRow("php path") << "/render.php" << QByteArray("image/png") << "pred_c1_1.png";
    QTest::newRow("exe path") << "/x.exe" << QByteArray("image/jpeg") << "pred_c1_1.jpg";
    QTest::newRow("unknown") << "/blob" << QByteArray("application/octet-stream")
                             << "pred_c1_1.bin";
}

void TestDownloader::extensionFromContentType()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expectedName);
    OutputHost host;
    host.answer(path, file(contentType, "payload"));
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    m_downloader->download(QStringLiteral("pred_c1"), {host.url(path)}, m_dir->path());

    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(filesInFolder(), QStringList{expectedName});
    QCOMPARE(contents(QDir(m_dir->path()).filePath(expectedName)), QByteArray("payload"));
}

void TestDownloader::httpErrorFails_data()
{
    QTest::addColumn<int>("status");

    QTest::newRow("not found") << 404;
    QTest::newRow("forbidden") << 403;
    QTest::newRow("server error") << 500;
    QTest::newRow("unavailable") << 503;
    QTest::newRow("not modified is no output") << 304;
}

void TestDownloader::httpErrorFails()
{
    QFETCH(int, status);
    OutputHost host;
    Answer answer = file("image/png", status == 304 ? QByteArray() : QByteArray("error page"));
    answer.status = status;
    host.answer(QStringLiteral("/out.png"), answer);
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy finished(m_downloader.get(), &Downloader::taskFinished);
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    const QUrl url = host.url(QStringLiteral("/out.png"));
    m_downloader->download(QStringLiteral("pred_d1"), {url}, m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("pred_d1"));
    QCOMPARE(failed.at(0).at(1).toUrl(), url);
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("HTTP %1 from the output host").arg(status));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(filesInFolder(), QStringList());
}

void TestDownloader::truncatedBodyFails()
{
    FaultyHost host(FaultyHost::Fault::ClosesEarly);
    QVERIFY(host.isListening());
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    m_downloader->download(QStringLiteral("pred_e1"), {host.url(QStringLiteral("/out.png"))},
                           m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("Received %1 bytes but the server announced %2")
                 .arg(SentSize)
                 .arg(AnnouncedSize));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(filesInFolder(), QStringList());
}

void TestDownloader::resumesBrokenTransfer_data()
{
    QTest::addColumn<QByteArray>("validatorHeaders");
    QTest::addColumn<QByteArray>("ifRange");
    QTest::addColumn<QString>("second"); // how the host answers the request for the rest
    QTest::addColumn<int>("requests");

    const QByteArray etag = "ETag: \"v1-abc\"\r\n";
    const QByteArray date = "Last-Modified: Tue, 03 Mar 2026 10:00:00 GMT\r\n";
    QTest::newRow("206 with the rest") << etag << QByteArray("\"v1-abc\"") << "rest" << 2;
    QTest::newRow("200 with everything") << etag << QByteArray("\"v1-abc\"") << "whole" << 2;
    QTest::newRow("416, then all again") << etag << QByteArray("\"v1-abc\"") << "416" << 3;
    QTest::newRow("206 elsewhere, then all again")
        << etag << QByteArray("\"v1-abc\"") << "elsewhere" << 3;
    QTest::newRow("206 from the start") << etag << QByteArray("\"v1-abc\"") << "start" << 2;
    QTest::newRow("Last-Modified") << date << QByteArray(date.mid(15).trimmed()) << "rest" << 2;
    QTest::newRow("weak ETag, Last-Modified") << QByteArray("ETag: W/\"v1\"\r\n" + date)
                                              << QByteArray(date.mid(15).trimmed()) << "rest" << 2;
}

// The host breaks off after part of the body; the rest comes from a second request that names
// the part we have and the file it belongs to.
void TestDownloader::resumesBrokenTransfer()
{
    QFETCH(QByteArray, validatorHeaders);
    QFETCH(QByteArray, ifRange);
    QFETCH(QString, second);
    QFETCH(int, requests);
    const QByteArray video = videoBytes();
    const QByteArray ranges = "Accept-Ranges: bytes\r\n" + validatorHeaders;
    ScriptedServer host([&](const ScriptedServer::Request &request) -> QByteArray {
        if (host.requests.size() == 1)
            return head(200, video.size(), ranges) + video.left(CutAt);
        if (host.requests.size() == 2 && second == QLatin1String("rest"))
            return rest(video, rangeStart(request));
        if (host.requests.size() == 2 && second == QLatin1String("416"))
            return head(416, 0,
                        "Content-Range: bytes */" + QByteArray::number(video.size()) + "\r\n");
        if (host.requests.size() == 2 && second == QLatin1String("elsewhere"))
            return rest(video, ElsewhereAt);
        if (host.requests.size() == 2 && second == QLatin1String("start"))
            return rest(video, 0);
        return head(200, video.size(), ranges) + video;
    });
    QVERIFY(host.isListening());
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy progress(m_downloader.get(), &Downloader::progress);

    m_downloader->download(QStringLiteral("pred_s1"), {host.url(QStringLiteral("/clip.mp4"))},
                           m_dir->path());

    QTRY_COMPARE(saved.count() + failed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(host.requests.size(), requests);
    QVERIFY(!host.requests.at(0).hasHeader("Range"));
    QCOMPARE(host.requests.at(1).header("Range"), "bytes=" + QByteArray::number(CutAt) + '-');
    QCOMPARE(host.requests.at(1).header("If-Range"), ifRange);
    if (requests == 3) {
        QVERIFY(!host.requests.at(2).hasHeader("Range"));
        QVERIFY(!host.requests.at(2).hasHeader("If-Range"));
    }
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("pred_s1_1.mp4")});
    QCOMPARE(contents(saved.at(0).at(2).toString()), video);
    QCOMPARE(saved.at(0).at(3).toLongLong(), video.size());

    // Progress speaks of the whole file, whichever part a reply holds.
    QVERIFY(!progress.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(progress)) {
        QCOMPARE(arguments.at(3).toLongLong(), video.size());
        QVERIFY(arguments.at(2).toLongLong() <= video.size());
    }
    QCOMPARE(progress.last().at(2).toLongLong(), video.size());
}

void TestDownloader::noResumeWithoutRangesAndValidator_data()
{
    QTest::addColumn<QByteArray>("headers");

    QTest::newRow("no Accept-Ranges") << QByteArray("ETag: \"v1-abc\"\r\n");
    QTest::newRow("Accept-Ranges: none")
        << QByteArray("Accept-Ranges: none\r\nETag: \"v1-abc\"\r\n");
    QTest::newRow("no validator") << QByteArray("Accept-Ranges: bytes\r\n");
    QTest::newRow("weak ETag only") << QByteArray("Accept-Ranges: bytes\r\nETag: W/\"v1\"\r\n");
}

void TestDownloader::noResumeWithoutRangesAndValidator()
{
    QFETCH(QByteArray, headers);
    const QByteArray video = videoBytes();
    ScriptedServer host([&](const ScriptedServer::Request &) {
        return head(200, video.size(), headers) + video.left(CutAt);
    });
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    m_downloader->download(QStringLiteral("pred_t1"), {host.url(QStringLiteral("/clip.mp4"))},
                           m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("Received %1 bytes but the server announced %2")
                 .arg(CutAt)
                 .arg(video.size()));
    QCOMPARE(host.requests.size(), 1);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(filesInFolder(), QStringList());
}

void TestDownloader::resumesAtMostMaxResumesTimes()
{
    const QByteArray video = videoBytes();
    const QByteArray ranges = "Accept-Ranges: bytes\r\nETag: \"v1-abc\"\r\n";
    // Every answer breaks off after CutAt more bytes.
    ScriptedServer host([&](const ScriptedServer::Request &request) {
        const qint64 first = std::max<qint64>(0, rangeStart(request));
        const QByteArray range = "Content-Range: bytes " + QByteArray::number(first) + '-' +
                                 QByteArray::number(video.size() - 1) + '/' +
                                 QByteArray::number(video.size()) + "\r\n";
        if (first == 0)
            return head(200, video.size(), ranges) + video.left(CutAt);
        return head(206, video.size() - first, range) + video.mid(first, CutAt);
    });
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    m_downloader->download(QStringLiteral("pred_t2"), {host.url(QStringLiteral("/clip.mp4"))},
                           m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    constexpr int requests = 1 + OutputTransfer::MaxResumes;
    QCOMPARE(host.requests.size(), requests);
    QCOMPARE(host.requests.last().header("Range"),
             "bytes=" + QByteArray::number(qint64(CutAt) * (requests - 1)) + '-');
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("Received %1 bytes but the server announced %2")
                 .arg(qint64(CutAt) * requests)
                 .arg(video.size()));
    QCOMPARE(filesInFolder(), QStringList());
}

// An answer whose encoding ends cleanly, short of the size the server gave for the whole file,
// is no more complete than one cut off: the rest is asked for.
void TestDownloader::cleanEndBeforeFullSizeIsNotComplete()
{
    const QByteArray video = videoBytes();
    const QByteArray ranges = "Accept-Ranges: bytes\r\nETag: \"v1-abc\"\r\n";
    ScriptedServer host([&](const ScriptedServer::Request &request) -> QByteArray {
        const qint64 first = rangeStart(request);
        if (first < 0)
            return head(200, video.size(), ranges) + video.left(CutAt);
        if (host.requests.size() == 3)
            return rest(video, first);
        const QByteArray range = "Content-Range: bytes " + QByteArray::number(first) + '-' +
                                 QByteArray::number(video.size() - 1) + '/' +
                                 QByteArray::number(video.size()) + "\r\n";
        return "HTTP/1.1 206 Partial Content\r\nContent-Type: video/mp4\r\n" + range +
               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
               chunked(video.mid(first, CutAt));
    });
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    m_downloader->download(QStringLiteral("pred_t3"), {host.url(QStringLiteral("/clip.mp4"))},
                           m_dir->path());

    QTRY_COMPARE(saved.count() + failed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(host.requests.size(), 3);
    QCOMPARE(host.requests.at(2).header("Range"), "bytes=" + QByteArray::number(2 * CutAt) + '-');
    QCOMPARE(contents(saved.at(0).at(2).toString()), video);
}

// The announced size cannot fit: the download fails before a byte is written.
void TestDownloader::notEnoughSpaceFailsBeforeWriting()
{
    TinyDisk disk;
    if (!disk.isReady())
        QSKIP("cannot mount a tiny tmpfs or limit the file size on this platform");
    const qint64 free = QStorageInfo(disk.path()).bytesAvailable();
    // On a real disk (the fallback) anything beyond its free space will do.
    const qint64 announced = disk.isMounted() ? FillerSize : free + HugeOutputSize;
    ScriptedServer host([&](const ScriptedServer::Request &) {
        return head(200, announced) + QByteArray(FillerChunk, 'x');
    });
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    m_downloader->download(QStringLiteral("pred_u1"), {host.url(QStringLiteral("/clip.mp4"))},
                           disk.path());

    QTRY_COMPARE(failed.count(), 1);
    const QLocale locale;
    const QString start =
        QStringLiteral("Not enough free space in %1: the output needs %2, only ")
            .arg(QDir::toNativeSeparators(disk.path()), locale.formattedDataSize(announced));
    const QString message = failed.at(0).at(2).toString();
    QVERIFY2(message.startsWith(start), qPrintable(message));
    if (disk.isMounted()) // a real disk's free space moves with everything else on it
        QCOMPARE(message,
                 start + QStringLiteral("%1 are free").arg(locale.formattedDataSize(free)));
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

// No size announced: the disk fills up while writing, and the system's reason reaches the user.
void TestDownloader::fullDiskFailsWithSystemReason()
{
    TinyDisk disk;
    if (!disk.isReady())
        QSKIP("cannot mount a tiny tmpfs or limit the file size on this platform");
    ScriptedServer host([&](const ScriptedServer::Request &) {
        return "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n"
               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
               chunked(QByteArray(FillerSize, 'x'));
    });
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    m_downloader->download(QStringLiteral("pred_u2"), {host.url(QStringLiteral("/clip.mp4"))},
                           disk.path());

    QTRY_COMPARE(failed.count() + saved.count(), 1);
    const QString target = QDir(disk.path()).filePath(QStringLiteral("pred_u2_1.mp4"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("Cannot write to %1: %2")
                 .arg(QDir::toNativeSeparators(target), disk.reason()));
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestDownloader::followsRedirects_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<int>("status");

    QTest::newRow("one, 301") << 1 << 301;
    QTest::newRow("three, 302") << 3 << 302;
    QTest::newRow("three, 303") << 3 << 303;
    QTest::newRow("three, 307") << 3 << 307;
    QTest::newRow("five, the most allowed, 308") << 5 << 308;
}

void TestDownloader::followsRedirects()
{
    QFETCH(int, hops);
    QFETCH(int, status);
    OutputHost host;
    const QByteArray png = pngBytes();
    // Relative locations: each hop resolves against the address it came from.
    for (int hop = hops; hop > 0; --hop) {
        host.answer(QStringLiteral("/hop/%1/out").arg(hop),
                    redirect("../" + QByteArray::number(hop - 1) + "/out", status));
    }
    host.answer(QStringLiteral("/hop/0/out"), file("image/png", png));
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    const QUrl start = host.url(QStringLiteral("/hop/%1/out").arg(hops));
    m_downloader->download(QStringLiteral("pred_f1"), {start}, m_dir->path());

    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(saved.at(0).at(1).toUrl(), start);
    QCOMPARE(host.requestCount(), hops + 1);
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("pred_f1_1.png")});
    QCOMPARE(contents(saved.at(0).at(2).toString()), png);
}

void TestDownloader::tooManyRedirectsFail()
{
    OutputHost host;
    constexpr int hops = Downloader::MaxRedirects + 1;
    for (int hop = hops; hop > 0; --hop) {
        host.answer(QStringLiteral("/hop/%1/out.png").arg(hop),
                    redirect("/hop/" + QByteArray::number(hop - 1) + "/out.png"));
    }
    host.answer(QStringLiteral("/hop/0/out.png"), file("image/png", pngBytes()));
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    m_downloader->download(QStringLiteral("pred_g1"),
                           {host.url(QStringLiteral("/hop/%1/out.png").arg(hops))}, m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("Redirected more than 5 times"));
    QCOMPARE(host.requestCount(), Downloader::MaxRedirects + 1);
    QCOMPARE(filesInFolder(), QStringList());
}

void TestDownloader::crossOriginRedirectSendsNoCredentials()
{
    OutputHost first;
    OutputHost second;
    const QByteArray png = pngBytes();
    second.answer(QStringLiteral("/b.png"), file("image/png", png));
    Answer away = redirect(second.url(QStringLiteral("/b.png")).toEncoded());
    away.setsCookie = true;
    first.answer(QStringLiteral("/a"), away);
    // Cookies do not tell ports apart: this one matches both hosts.
    QNetworkCookieJar *jar = m_network->cookieJar();
    QVERIFY(jar->setCookiesFromUrl({QNetworkCookie("jar", "from-the-app")},
                                   first.url(QStringLiteral("/"))));
    QCOMPARE(jar->cookiesForUrl(second.url(QStringLiteral("/b.png"))).size(), 1);
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    QUrl start = first.url(QStringLiteral("/a"));
    start.setUserInfo(QStringLiteral("user:secret"));
    m_downloader->download(QStringLiteral("pred_h1"), {start}, m_dir->path());

    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(contents(saved.at(0).at(2).toString()), png);
    QCOMPARE(first.requestCount(), 1);
    QCOMPARE(second.requestCount(), 1);
    for (const OutputHost *host : {&first, &second}) {
        QVERIFY(!host->anyRequestHad("Authorization"));
        QVERIFY(!host->anyRequestHad("Cookie"));
    }
    // The host's Set-Cookie was not stored either.
    QCOMPARE(jar->cookiesForUrl(first.url(QStringLiteral("/"))).size(), 1);
}

void TestDownloader::challengeIsNotAnswered()
{
    OutputHost host;
    Answer challenge;
    challenge.status = 401;
    challenge.challenges = true;
    host.answer(QStringLiteral("/private.png"), challenge);
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    QUrl url = host.url(QStringLiteral("/private.png"));
    url.setUserInfo(QStringLiteral("user:secret"));
    m_downloader->download(QStringLiteral("pred_i1"), {url}, m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("HTTP 401 from the output host"));
    QCOMPARE(host.requestCount(), 1);
    QVERIFY(!host.anyRequestHad("Authorization"));
}

void TestDownloader::redirectToOtherSchemeRefused_data()
{
    QTest::addColumn<QByteArray>("location");

    QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/out.png");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("data") << QByteArray("data:image/png;base64,iVBORw0KGgo=");
}

void TestDownloader::redirectToOtherSchemeRefused()
{
    QFETCH(QByteArray, location);
    OutputHost host;
    host.answer(QStringLiteral("/out.png"), redirect(location));
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    m_downloader->download(QStringLiteral("pred_j1"), {host.url(QStringLiteral("/out.png"))},
                           m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(2).toString().contains(QStringLiteral("http and https")),
             qPrintable(failed.at(0).at(2).toString()));
    QCOMPARE(filesInFolder(), QStringList());
}

void TestDownloader::isRedirectAllowed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("http to http") << "http://a.example/x"
                                  << "http://b.example/y" << true;
    QTest::newRow("http to https") << "http://a.example/x"
                                   << "https://b.example/y" << true;
    QTest::newRow("https to https") << "https://a.example/x"
                                    << "https://b.example/y" << true;
    QTest::newRow("https to http") << "https://a.example/x"
                                   << "http://b.example/y" << false;
    QTest::newRow("https to http, same host") << "https://a.example/x"
                                              << "http://a.example/y" << false;
    QTest::newRow("https to http, upper case") << "HTTPS://a.example/x"
                                               << "HTTP://b.example/y" << false;
    QTest::newRow("https to http, private ip") << "https://a.example/x"
                                               << "http://10.0.0.1/y" << false;
    QTest::newRow("https to http, lookalike") << "https://a.example/x"
                                              << "http://127.0.0.1.example.com/y" << false;
    QTest::newRow("https to http, localhost lookalike")
        << "https://a.example/x"
        << "http://localhost.example.com/y" << false;
    QTest::newRow("https to loopback") << "https://a.example/x"
                                       << "http://127.0.0.1:8080/y" << true;
    QTest::newRow("https to loopback range") << "https://a.example/x"
                                             << "http://127.8.9.10/y" << true;
    QTest::newRow("https to ipv6 loopback") << "https://a.example/x"
                                            << "http://[::1]:9/y" << true;
    QTest::newRow("https to localhost") << "https://a.example/x"
                                        << "http://localhost/y" << true;
    QTest::newRow("https to LOCALHOST") << "https://a.example/x"
                                        << "http://LOCALHOST/y" << true;
    QTest::newRow("to ftp") << "http://a.example/x"
                            << "ftp://a.example/y" << false;
    QTest::newRow("to file") << "https://a.example/x"
                             << "file:///etc/passwd" << false;
    QTest::newRow("to javascript") << "https://a.example/x"
                                   << "javascript:alert(1)" << false;
    QTest::newRow("to no host") << "https://a.example/x"
                                << "https:///y" << false;
}

void TestDownloader::isRedirectAllowed()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);

    QCOMPARE(Downloader::isRedirectAllowed(QUrl(from), QUrl(to)), allowed);
}

void TestDownloader::unsupportedAddressFails()
{
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy finished(m_downloader.get(), &Downloader::taskFinished);
    QSignalSpy idle(m_downloader.get(), &Downloader::idle);

    m_downloader->download(QStringLiteral("pred_k1"),
                           {QUrl(QStringLiteral("ftp://127.0.0.1/out.png")),
                            QUrl(QStringLiteral("file:///etc/passwd")),
                            QUrl(QStringLiteral("relative/out.png"))},
                           m_dir->path());
    QCOMPARE(failed.count(), 0); // reported from the event loop, never from inside download()

    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(failed.at(2).at(2).toString(),
             QStringLiteral("The output address is not a web address"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(filesInFolder(), QStringList());
}

void TestDownloader::uncreatableFolderFails()
{
    OutputHost host;
    host.answer(QStringLiteral("/out.png"), file("image/png", pngBytes()));
    // A folder below a regular file cannot be created, even by root.
    QTemporaryFile blocker(m_dir->path() + QStringLiteral("/blocker-XXXXXX"));
    QVERIFY(blocker.open());
    const QString folder = blocker.fileName() + QStringLiteral("/sub");
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy finished(m_downloader.get(), &Downloader::taskFinished);

    m_downloader->download(QStringLiteral("pred_l1"), {host.url(QStringLiteral("/out.png"))},
                           folder);

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(host.requestCount(), 0);
}

void TestDownloader::unwritableFolderFails()
{
    ReadOnlyFolder folder;
    if (!folder.isReady())
        QSKIP("cannot make a folder read-only here (root without a tmpfs mount)");
    OutputHost host;
    host.answer(QStringLiteral("/out.png"), file("image/png", pngBytes()));
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy finished(m_downloader.get(), &Downloader::taskFinished);

    m_downloader->download(QStringLiteral("pred_l2"), {host.url(QStringLiteral("/out.png"))},
                           folder.path());

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(2).toString();
    QVERIFY2(message.startsWith(QLatin1String("Cannot")) &&
                 message.contains(QDir::toNativeSeparators(folder.path())),
             qPrintable(message));
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestDownloader::oneFailureFinishesTaskOnce()
{
    OutputHost host;
    const QByteArray png = pngBytes();
    host.answer(QStringLiteral("/ok.png"), file("image/png", png));
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);
    QSignalSpy finished(m_downloader.get(), &Downloader::taskFinished);
    QSignalSpy idle(m_downloader.get(), &Downloader::idle);

    m_downloader->download(
        QStringLiteral("pred_m1"),
        {host.url(QStringLiteral("/ok.png")), host.url(QStringLiteral("/missing.png"))},
        m_dir->path());
    m_downloader->download(QStringLiteral("pred_m2"), {host.url(QStringLiteral("/ok.png"))},
                           m_dir->path());

    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("pred_m1"));
    QCOMPARE(finished.count(), 2);
    QHash<QString, bool> outcome;
    for (const QList<QVariant> &arguments : std::as_const(finished))
        outcome.insert(arguments.at(0).toString(), arguments.at(1).toBool());
    QCOMPARE(outcome.value(QStringLiteral("pred_m1"), true), false);
    QCOMPARE(outcome.value(QStringLiteral("pred_m2"), false), true);
    QCOMPARE(filesInFolder(),
             QStringList({QStringLiteral("pred_m1_1.png"), QStringLiteral("pred_m2_1.png")}));
}

void TestDownloader::emptyTaskFinishes()
{
    QSignalSpy finished(m_downloader.get(), &Downloader::taskFinished);
    QSignalSpy idle(m_downloader.get(), &Downloader::idle);

    m_downloader->download(QStringLiteral("pred_n1"), {}, m_dir->path());

    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("pred_n1"));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
}

void TestDownloader::silentHostTimesOut()
{
    FaultyHost host(FaultyHost::Fault::NeverAnswers);
    QVERIFY(host.isListening());
    m_downloader->setTransferTimeout(ShortTransferTimeout);
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    m_downloader->download(QStringLiteral("pred_o1"), {host.url(QStringLiteral("/out.png"))},
                           m_dir->path());

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("The output host sent nothing for 0.3 seconds"));
    QCOMPARE(host.connectionCount(), 1);
    QCOMPARE(filesInFolder(), QStringList());
}

void TestDownloader::runsOneAtATimeWhenLimited()
{
    FaultyHost silent(FaultyHost::Fault::NeverAnswers);
    OutputHost host;
    host.answer(QStringLiteral("/ok.png"), file("image/png", pngBytes()));
    m_downloader->setTransferTimeout(ShortTransferTimeout);
    m_downloader->setMaxConcurrent(1);
    QStringList order;
    connect(m_downloader.get(), &Downloader::saved, this,
            [&order] { order << QStringLiteral("saved"); });
    connect(m_downloader.get(), &Downloader::failed, this,
            [&order] { order << QStringLiteral("failed"); });

    m_downloader->download(
        QStringLiteral("pred_p1"),
        {silent.url(QStringLiteral("/slow.png")), host.url(QStringLiteral("/ok.png"))},
        m_dir->path());

    QTRY_COMPARE(order, QStringList({QStringLiteral("failed"), QStringLiteral("saved")}));
}

void TestDownloader::runsTwoAtOnceByDefault()
{
    FaultyHost silent(FaultyHost::Fault::NeverAnswers);
    OutputHost host;
    host.answer(QStringLiteral("/ok.png"), file("image/png", pngBytes()));
    m_downloader->setTransferTimeout(std::chrono::milliseconds(SlowTimeoutMs));
    QSignalSpy saved(m_downloader.get(), &Downloader::saved);

    m_downloader->download(QStringLiteral("pred_q1"),
                           {silent.url(QStringLiteral("/1.png")),
                            silent.url(QStringLiteral("/2.png")),
                            host.url(QStringLiteral("/ok.png"))},
                           m_dir->path());

    QTRY_COMPARE(silent.connectionCount(), 2);
    QCOMPARE(m_downloader->pendingCount(), 3);
    QCOMPARE(host.requestCount(), 0);
    m_downloader->setMaxConcurrent(3);
    QTRY_COMPARE(saved.count(), 1);
}

void TestDownloader::destructionRemovesPartFile()
{
    FaultyHost host(FaultyHost::Fault::Stalls);
    m_downloader->setTransferTimeout(std::chrono::milliseconds(SlowTimeoutMs));
    QSignalSpy failed(m_downloader.get(), &Downloader::failed);

    m_downloader->download(QStringLiteral("pred_r1"), {host.url(QStringLiteral("/out"))},
                           m_dir->path());

    QTRY_COMPARE(filesInFolder(), QStringList{QStringLiteral("pred_r1_1.png.part")});
    m_downloader.reset();
    QCOMPARE(filesInFolder(), QStringList());
    QCOMPARE(failed.count(), 0); // going away is not a failure to report
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
