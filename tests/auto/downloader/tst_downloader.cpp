// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/downloader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr auto ShortTransferTimeout = 300ms;
constexpr int SlowTimeoutMs = 10000;
constexpr int AnnouncedSize = 4096;
constexpr int SentSize = 120;
constexpr int BlobSize = 512 * 1024;

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
