// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace std::chrono_literals;

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void handsArgumentsToTheRunningOne();
    void nobodyRunning();
    void secondListenerIsRefused();
    void staleSocketIsCleanedUp();
    void garbageIsDropped();
    void secondWindowHandsOverItsIds();

private:
    // The second start runs its blocking hand-over in another thread, as another process would,
    // while this thread's event loop serves the running instance.
    QFuture<bool> sendFromAnotherStart(const QStringList &arguments) const;

    QString m_key;
};

void tst_SingleInstance::init()
{
    // A name of its own per test: tests never meet a real window or each other.
    m_key = QStringLiteral("wsm-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QFuture<bool> tst_SingleInstance::sendFromAnotherStart(const QStringList &arguments) const
{
    return QtConcurrent::run(
        [key = m_key, arguments] { return SingleInstance(key).sendToRunning(arguments); });
}

void tst_SingleInstance::handsArgumentsToTheRunningOne()
{
    SingleInstance running(m_key);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::received);

    const QStringList arguments{QStringLiteral("pred-0001"),
                                QStringLiteral("{\"data\": {\"id\": \"pred-0002\"}}"),
                                QStringLiteral("ünïcødé ID 予測")};
    QFuture<bool> sent = sendFromAnotherStart(arguments);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());

    // Without arguments too: the window comes to the front.
    sent = sendFromAnotherStart({});
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.last().first().toStringList(), QStringList());
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
}

void tst_SingleInstance::nobodyRunning()
{
    QVERIFY(!SingleInstance(m_key).sendToRunning({QStringLiteral("pred-0001")}, 300ms));
}

// Two starts at once both find nobody to hand over to; only one may become the running one,
// and it must not lose its socket to the other.
void tst_SingleInstance::secondListenerIsRefused()
{
    SingleInstance first(m_key);
    QVERIFY(first.listen());
    SingleInstance second(m_key);
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY(!error.isEmpty());

    QSignalSpy received(&first, &SingleInstance::received);
    const QFuture<bool> sent = sendFromAnotherStart({QStringLiteral("pred-0003")});
    QTRY_COMPARE(received.size(), 1);
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
}

void tst_SingleInstance::staleSocketIsCleanedUp()
{
#if defined(Q_OS_UNIX)
    // What a crash leaves: a socket file nobody listens on.
    const SingleInstance probe(m_key);
    const QByteArray path = QFile::encodeName(QDir::temp().filePath(probe.serverName()));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::copy(path.cbegin(), path.cend(), address.sun_path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(QFile::decodeName(path)));

    QVERIFY(!probe.sendToRunning({QStringLiteral("pred-0004")}, 300ms));
    SingleInstance running(m_key);
    QString error;
    QVERIFY2(running.listen(&error), qPrintable(error));
    QSignalSpy received(&running, &SingleInstance::received);
    const QFuture<bool> sent = sendFromAnotherStart({QStringLiteral("pred-0004")});
    QTRY_COMPARE(received.size(), 1);
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
#else
    QSKIP("a stale socket file is a Unix thing; named pipes vanish with their process");
#endif
}

void tst_SingleInstance::garbageIsDropped()
{
    SingleInstance running(m_key);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::received);

    QLocalSocket intruder;
    intruder.connectToServer(running.serverName());
    QVERIFY(intruder.waitForConnected(1000));
    intruder.write("{\"not\": \"a list\"}\n");
    QTRY_COMPARE(intruder.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(received.size(), 0);

    const QFuture<bool> sent = sendFromAnotherStart({QStringLiteral("pred-0005")});
    QTRY_COMPARE(received.size(), 1);
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
}

// The real window, started twice: the second start ends at once and its ID joins the first
// window's list, which the task store shows.
void tst_SingleInstance::secondWindowHandsOverItsIds()
{
#if defined(WSM_GUI_EXECUTABLE)
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Nothing listens there: the window never reaches a real API.
    environment.insert(QStringLiteral("WAVESPEED_API_BASE"), QStringLiteral("http://127.0.0.1:9"));
    environment.insert(QStringLiteral("WAVESPEED_API_KEY"), QStringLiteral("test-key-not-secret"));

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(WSM_GUI_EXECUTABLE), QStringList());
    QVERIFY(first.waitForStarted());
    const QString oldHome = qEnvironmentVariable("HOME");
    qputenv("HOME", QFile::encodeName(home.path())); // the socket's name depends on the user
    const QString serverName = SingleInstance(QStringLiteral("wavespeed-monitor")).serverName();
    qputenv("HOME", QFile::encodeName(oldHome));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir::temp().filePath(serverName)), 20000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(WSM_GUI_EXECUTABLE), {QStringLiteral("pred-handed-0042")});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);

    const QString store =
        home.filePath(QStringLiteral("data/WaveSpeed Task Monitor/wavespeed-monitor/tasks.sqlite"));
    const auto storedIds = [&store] {
        QStringList ids;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(store);
            if (db.open()) {
                QSqlQuery query(QStringLiteral("SELECT id FROM tasks"), db);
                while (query.next())
                    ids.append(query.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return ids;
    };
    QTRY_COMPARE_WITH_TIMEOUT(storedIds(), QStringList{QStringLiteral("pred-handed-0042")}, 10000);

    first.terminate();
    if (!first.waitForFinished(5000))
        first.kill();
#else
    QSKIP("built without the window");
#endif
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
