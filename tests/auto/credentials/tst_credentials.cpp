// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "settings/credentials.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

// The guard in Credentials gives up after 5 s; an answer must come before this.
constexpr int AnswerTimeoutMs = 7000;

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void names();
    void fromEnvironment_data();
    void fromEnvironment();
    void fromUnsetEnvironment();
    void isPlausibleKey_data();
    void isPlausibleKey();
    void readWithoutBackendFinishesOnce();
    void everyReadIsAnswered();
    void storeRejectsImplausibleKey();
    // Last: it leaves this process's session bus connection in a failed state.
    void silentKeychainTimesOut();

private:
    QByteArray m_savedBus;
};

void TestCredentials::init()
{
    // As on CI: no session bus, so no secret service and no KWallet.
    m_savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestCredentials::cleanup()
{
    qunsetenv(Credentials::EnvironmentVariable);
    if (!m_savedBus.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_savedBus);
}

void TestCredentials::names()
{
    QCOMPARE(Credentials::serviceName(), QStringLiteral("WaveSpeed Task Monitor"));
    QCOMPARE(Credentials::accountName(), QStringLiteral("api-key"));
    QCOMPARE(QByteArray(Credentials::EnvironmentVariable), QByteArray("WAVESPEED_API_KEY"));
}

void TestCredentials::fromEnvironment_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("ws-abcdef123456") << QStringLiteral("ws-abcdef123456");
    QTest::newRow("spaces around")
        << QByteArray("  ws-abcdef123456 \t") << QStringLiteral("ws-abcdef123456");
    QTest::newRow("newline from a file")
        << QByteArray("ws-abcdef123456\n") << QStringLiteral("ws-abcdef123456");
    QTest::newRow("empty") << QByteArray("") << QString();
    QTest::newRow("blank") << QByteArray("   ") << QString();
}

void TestCredentials::fromEnvironment()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);

    qputenv(Credentials::EnvironmentVariable, value);

    QCOMPARE(Credentials::fromEnvironment(), expected);
}

void TestCredentials::fromUnsetEnvironment()
{
    qputenv(Credentials::EnvironmentVariable, "ws-abcdef123456");
    QVERIFY(!Credentials::fromEnvironment().isEmpty());

    qunsetenv(Credentials::EnvironmentVariable);

    QVERIFY(Credentials::fromEnvironment().isEmpty());
}

void TestCredentials::isPlausibleKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("plausible");

    QTest::newRow("hex") << QStringLiteral("0123456789abcdef0123456789abcdef") << true;
    QTest::newRow("eight characters") << QStringLiteral("abcdefgh") << true;
    QTest::newRow("seven characters") << QStringLiteral("abcdefg") << false;
    QTest::newRow("512 characters") << QString(512, QLatin1Char('k')) << true;
    QTest::newRow("513 characters") << QString(513, QLatin1Char('k')) << false;
    QTest::newRow("punctuation") << QStringLiteral("ws_key-1.2~3!") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("inner space") << QStringLiteral("abcd efgh") << false;
    QTest::newRow("trailing newline") << QStringLiteral("abcdefgh\n") << false;
    QTest::newRow("tab") << QStringLiteral("abcd\tefgh") << false;
    QTest::newRow("control character") << QStringLiteral("abcd\x01"
                                                         "efgh")
                                       << false;
    QTest::newRow("delete character") << QStringLiteral("abcd\x7f"
                                                        "efgh")
                                      << false;
    QTest::newRow("non-ASCII") << QStringLiteral("abcdéfgh") << false;
    QTest::newRow("non-breaking space")
        << (QStringLiteral("abcd") + QChar(0x00a0) + QStringLiteral("efgh")) << false;
}

void TestCredentials::isPlausibleKey()
{
    QFETCH(QString, key);
    QFETCH(bool, plausible);

    QCOMPARE(Credentials::isPlausibleKey(key), plausible);
}

void TestCredentials::readWithoutBackendFinishesOnce()
{
    Credentials credentials;
    QSignalSpy finished(&credentials, &Credentials::readFinished);

    credentials.readStored();

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, AnswerTimeoutMs);
    QVERIFY(finished.at(0).at(0).toString().isEmpty());

    // The guard timer is gone with the answer, so it cannot add a second one.
    QTRY_VERIFY(credentials.findChildren<QTimer *>().isEmpty());
    QCOMPARE(finished.count(), 1);
}

void TestCredentials::everyReadIsAnswered()
{
    Credentials credentials;
    QSignalSpy finished(&credentials, &Credentials::readFinished);

    credentials.readStored();
    credentials.readStored();
    credentials.readStored();

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, AnswerTimeoutMs);
    for (const auto &arguments : finished)
        QVERIFY(arguments.at(0).toString().isEmpty());
}

void TestCredentials::storeRejectsImplausibleKey()
{
    Credentials credentials;
    QSignalSpy finished(&credentials, &Credentials::storeFinished);

    credentials.store(QStringLiteral("short"));

    QCOMPARE(finished.count(), 0); // answered from the event loop, never from inside the call
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
}

void TestCredentials::silentKeychainTimesOut()
{
    // A session bus that accepts connections and never says a word: a hung secret service.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QLocalServer silentBus;
    QVERIFY(silentBus.listen(directory.filePath(QStringLiteral("bus"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(silentBus.fullServerName()));

    Credentials credentials;
    QSignalSpy finished(&credentials, &Credentials::readFinished);
    credentials.readStored();

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, AnswerTimeoutMs);
    QVERIFY(finished.at(0).at(0).toString().isEmpty());
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("The system keychain did not answer"));

    // Hanging up makes the abandoned job finish now; its late answer must not be passed on.
    QVERIFY(!credentials.findChildren<QKeychain::Job *>().isEmpty());
    while (silentBus.hasPendingConnections())
        delete silentBus.nextPendingConnection();
    silentBus.close();
    QTRY_VERIFY(credentials.findChildren<QKeychain::Job *>().isEmpty());
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
