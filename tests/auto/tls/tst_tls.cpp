// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/apiclient.h"
#include "media/downloader.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

constexpr auto FakeKey = "test-key-not-secret";

// A loopback https server with a certificate made for this run and trusted by nobody. It answers
// every request it can decrypt with a small JSON body, and remembers what it decrypted.
class UntrustedServer : public QObject
{
public:
    bool start(const QString &directory, QString *why)
    {
        const QString keyPath = directory + QStringLiteral("/key.pem");
        const QString certPath = directory + QStringLiteral("/cert.pem");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       keyPath, QStringLiteral("-out"), certPath});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            *why = QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        QFile keyFile(keyPath);
        QFile certFile(certPath);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("cannot read what openssl wrote");
            return false;
        }
        certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);

        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        if (!m_server.listen(QHostAddress::LocalHost)) {
            *why = m_server.errorString();
            return false;
        }
        return true;
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QSslCertificate certificate;
    QByteArray decrypted; // every request byte that arrived over an established TLS session

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            decrypted += socket->readAll();
            if (!decrypted.contains("\r\n\r\n"))
                return;
            const QByteArray body = R"({"code":200,"message":"success","data":{"id":"t1"}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
};

} // namespace

// No code path ignores a TLS error: a certificate nobody trusts ends the request before a byte of
// it, and so before the key, leaves this machine.
class tst_Tls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void apiRefusesAnUntrustedCertificate();
    void downloadRefusesAnUntrustedCertificate();
    void trustedCertificateWorks();

private:
    std::optional<ApiReply> fetch(ApiClient &client, const QUrl &url);

    QTemporaryDir m_dir;
    UntrustedServer m_server;
};

void tst_Tls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend on this machine, so no https at all");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("The openssl tool that makes the test certificate is not installed");
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(m_server.start(m_dir.path(), &why), qPrintable(why));
}

std::optional<ApiReply> tst_Tls::fetch(ApiClient &client, const QUrl &url)
{
    std::optional<ApiReply> result;
    client.get(url, this, [&result](const ApiReply &reply) { result = reply; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

void tst_Tls::apiRefusesAnUntrustedCertificate()
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    QVERIFY(client.setBaseUrl(m_server.url({})));
    client.setApiKey(QString::fromLatin1(FakeKey));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("t1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::NetworkError);
    QVERIFY(reply->body.isEmpty());
    QVERIFY2(m_server.decrypted.isEmpty(), "a request went out over an untrusted connection");
}

void tst_Tls::downloadRefusesAnUntrustedCertificate()
{
    QNetworkAccessManager network;
    Downloader downloader(&network);
    QTemporaryDir target;
    QSignalSpy failed(&downloader, &Downloader::failed);
    QSignalSpy finished(&downloader, &Downloader::taskFinished);

    downloader.download(QStringLiteral("t1"), {m_server.url(QStringLiteral("/o/1.png"))},
                        target.path());
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().at(2).toString().isEmpty());
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(m_server.decrypted.isEmpty());
}

// The control: the same server, once trusted, is reached and sees the request. Without it, the
// refusals above could be a broken server rather than a verified certificate.
void tst_Tls::trustedCertificateWorks()
{
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificate(m_server.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore =
        qScopeGuard([&saved] { QSslConfiguration::setDefaultConfiguration(saved); });

    QNetworkAccessManager network;
    ApiClient client(&network);
    QVERIFY(client.setBaseUrl(m_server.url({})));
    client.setApiKey(QString::fromLatin1(FakeKey));

    const auto reply = fetch(client, client.predictionUrl(QStringLiteral("t1")));
    QVERIFY(reply);
    QCOMPARE(reply->error.kind, ApiError::Kind::None);
    QVERIFY(m_server.decrypted.startsWith("GET /api/v3/predictions/t1 "));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
