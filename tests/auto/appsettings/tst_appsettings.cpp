// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "settings/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

using Change = std::function<void(AppSettings &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(AppSettings::KeyStorage)

namespace {

const QString SecretKey = QStringLiteral("ws-secret-0123456789abcdef");

} // namespace

class tst_AppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaults();
    void defaultDownloadFolderIsInPictures();
    void roundTripThroughTheFile();
    void clampsWrittenValues_data();
    void clampsWrittenValues();
    void clampsValuesReadFromTheFile_data();
    void clampsValuesReadFromTheFile();
    void language_data();
    void language();
    void downloadFolderDefaultIsNotWritten();
    void changedOncePerRealChange_data();
    void changedOncePerRealChange();
    void writingDefaultsChangesNothing();
    void plainTextKeyOnlyWithPlainTextStorage();
    void leavingPlainTextRemovesTheKeyFromTheFile_data();
    void leavingPlainTextRemovesTheKeyFromTheFile();
    void emptyPlainTextKeyRemovesIt();
    void windowValues();

private:
    QByteArray fileBytes() const;
    std::unique_ptr<AppSettings> open() const;

    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_file;
};

void tst_AppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AppSettings::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_file = m_directory->filePath(QStringLiteral("settings.ini"));
}

QByteArray tst_AppSettings::fileBytes() const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<AppSettings> tst_AppSettings::open() const
{
    return std::make_unique<AppSettings>(m_file, nullptr);
}

void tst_AppSettings::defaults()
{
    const auto settings = open();

    QCOMPARE(settings->downloadFolder(), AppSettings::defaultDownloadFolder());
    QCOMPARE(settings->timeout(), AppSettings::DefaultTimeout);
    QCOMPARE(settings->requestsPerSecond(), AppSettings::DefaultRequestsPerSecond);
    QCOMPARE(settings->notificationsEnabled(), true);
    QCOMPARE(settings->blurNsfw(), true);
    QCOMPARE(settings->autoSave(), false);
    QCOMPARE(settings->saveLayout(), OutputSaver::Layout::Flat);
    QCOMPARE(settings->language(), QString());
    QCOMPARE(settings->keyStorage(), AppSettings::KeyStorage::Keychain);
    QCOMPARE(settings->plainTextKey(), QString());
    QCOMPARE(settings->value(QStringLiteral("geometry")), QByteArray());
}

void tst_AppSettings::defaultDownloadFolderIsInPictures()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QVERIFY(!pictures.isEmpty());

    QCOMPARE(AppSettings::defaultDownloadFolder(), pictures + QStringLiteral("/WaveSpeed"));
}

void tst_AppSettings::roundTripThroughTheFile()
{
    const QString folder = m_directory->filePath(QStringLiteral("outputs"));
    {
        const auto settings = open();
        settings->setDownloadFolder(folder);
        settings->setTimeout(2h);
        settings->setRequestsPerSecond(3);
        settings->setNotificationsEnabled(false);
        settings->setBlurNsfw(false);
        settings->setAutoSave(true);
        settings->setSaveLayout(OutputSaver::Layout::ByModel);
        settings->setLanguage(QStringLiteral("de"));
        settings->setKeyStorage(AppSettings::KeyStorage::SessionOnly);
        settings->setValue(QStringLiteral("geometry"), QByteArray("\x01\x02\xff", 3));
        settings->sync();
    }

    const auto reread = open();
    QCOMPARE(reread->downloadFolder(), folder);
    QCOMPARE(reread->timeout(), std::chrono::seconds(2h));
    QCOMPARE(reread->requestsPerSecond(), 3);
    QCOMPARE(reread->notificationsEnabled(), false);
    QCOMPARE(reread->blurNsfw(), false);
    QCOMPARE(reread->autoSave(), true);
    QCOMPARE(reread->saveLayout(), OutputSaver::Layout::ByModel);
    QCOMPARE(reread->language(), QStringLiteral("de"));
    QCOMPARE(reread->keyStorage(), AppSettings::KeyStorage::SessionOnly);
    QCOMPARE(reread->value(QStringLiteral("geometry")), QByteArray("\x01\x02\xff", 3));

    // The keys other tools and the README name.
    const QSettings raw(m_file, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("downloads/folder")).toString(), folder);
    QCOMPARE(raw.value(QStringLiteral("polling/timeoutSeconds")).toInt(), 7200);
    QCOMPARE(raw.value(QStringLiteral("polling/requestsPerSecond")).toInt(), 3);
    QCOMPARE(raw.value(QStringLiteral("ui/notifications")).toBool(), false);
    QCOMPARE(raw.value(QStringLiteral("ui/blurNsfw")).toBool(), false);
    QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(raw.value(QStringLiteral("downloads/autoSave")).toBool(), true);
    QCOMPARE(raw.value(QStringLiteral("downloads/layout")).toString(), QStringLiteral("ByModel"));
    QCOMPARE(raw.value(QStringLiteral("credentials/storage")).toString(),
             QStringLiteral("SessionOnly"));
    QVERIFY(raw.contains(QStringLiteral("window/geometry")));
}

void tst_AppSettings::clampsWrittenValues_data()
{
    QTest::addColumn<qint64>("timeoutSeconds");
    QTest::addColumn<qint64>("expectedTimeout");
    QTest::addColumn<int>("requestsPerSecond");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("zero") << qint64(0) << qint64(60) << 0 << 1;
    QTest::newRow("negative") << qint64(-5) << qint64(60) << -3 << 1;
    QTest::newRow("lowest") << qint64(60) << qint64(60) << 1 << 1;
    QTest::newRow("in range") << qint64(3600) << qint64(3600) << 7 << 7;
    QTest::newRow("highest") << qint64(604800) << qint64(604800)
                             << AppSettings::MaxRequestsPerSecond
                             << AppSettings::MaxRequestsPerSecond;
    QTest::newRow("too high") << qint64(30 * 86400) << qint64(604800) << 1000
                              << AppSettings::MaxRequestsPerSecond;
}

void tst_AppSettings::clampsWrittenValues()
{
    QFETCH(qint64, timeoutSeconds);
    QFETCH(qint64, expectedTimeout);
    QFETCH(int, requestsPerSecond);
    QFETCH(int, expectedRequests);

    const auto settings = open();
    settings->setTimeout(std::chrono::seconds(timeoutSeconds));
    settings->setRequestsPerSecond(requestsPerSecond);

    QCOMPARE(settings->timeout().count(), expectedTimeout);
    QCOMPARE(settings->requestsPerSecond(), expectedRequests);
}

void tst_AppSettings::clampsValuesReadFromTheFile_data()
{
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<qint64>("expectedTimeout");
    QTest::addColumn<QString>("requests");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("too low") << "1" << qint64(60) << "0" << 1;
    QTest::newRow("too high") << "99999999" << qint64(604800) << "500"
                              << AppSettings::MaxRequestsPerSecond;
    QTest::newRow("not numbers") << "soon" << qint64(1800) << "many"
                                 << AppSettings::DefaultRequestsPerSecond;
}

void tst_AppSettings::clampsValuesReadFromTheFile()
{
    QFETCH(QString, timeout);
    QFETCH(qint64, expectedTimeout);
    QFETCH(QString, requests);
    QFETCH(int, expectedRequests);

    {
        QSettings raw(m_file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("polling/timeoutSeconds"), timeout);
        raw.setValue(QStringLiteral("polling/requestsPerSecond"), requests);
    }

    const auto settings = open();
    QCOMPARE(settings->timeout().count(), expectedTimeout);
    QCOMPARE(settings->requestsPerSecond(), expectedRequests);
}

void tst_AppSettings::language_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");

    QTest::newRow("system") << ""
                            << "";
    QTest::newRow("two letters") << "de"
                                 << "de";
    QTest::newRow("with region") << "zh_CN"
                                 << "zh_CN";
    QTest::newRow("BCP 47 dash") << "pt-BR"
                                 << "pt-BR";
    QTest::newRow("spaces around") << "  ja "
                                   << "ja";
    QTest::newRow("a path") << "../../etc/passwd"
                            << "";
    QTest::newRow("a sentence") << "my language"
                                << "";
}

void tst_AppSettings::language()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);

    const auto settings = open();
    settings->setLanguage(QStringLiteral("en"));
    settings->setLanguage(given);

    QCOMPARE(settings->language(), expected);
}

void tst_AppSettings::downloadFolderDefaultIsNotWritten()
{
    const auto settings = open();
    settings->setDownloadFolder(m_directory->filePath(QStringLiteral("elsewhere")));
    QVERIFY(fileBytes().isEmpty()); // QSettings writes on sync, not before
    settings->sync();
    QVERIFY(fileBytes().contains("elsewhere"));

    settings->setDownloadFolder(QStringLiteral("   "));
    settings->sync();
    QCOMPARE(settings->downloadFolder(), AppSettings::defaultDownloadFolder());
    QVERIFY(!fileBytes().contains("downloads"));

    settings->setDownloadFolder(AppSettings::defaultDownloadFolder());
    settings->sync();
    QVERIFY(!fileBytes().contains("downloads"));
}

void tst_AppSettings::changedOncePerRealChange_data()
{
    QTest::addColumn<Change>("change");

    QTest::newRow("download folder") << Change([this](AppSettings &settings) {
        settings.setDownloadFolder(m_directory->filePath(QStringLiteral("out")));
    });
    QTest::newRow("timeout") << Change([](AppSettings &settings) { settings.setTimeout(5min); });
    QTest::newRow("requests per second")
        << Change([](AppSettings &settings) { settings.setRequestsPerSecond(2); });
    QTest::newRow("notifications")
        << Change([](AppSettings &settings) { settings.setNotificationsEnabled(false); });
    QTest::newRow("blur") << Change([](AppSettings &settings) { settings.setBlurNsfw(false); });
    QTest::newRow("auto-save") << Change([](AppSettings &settings) { settings.setAutoSave(true); });
    QTest::newRow("save layout") << Change(
        [](AppSettings &settings) { settings.setSaveLayout(OutputSaver::Layout::ByDate); });
    QTest::newRow("language") << Change(
        [](AppSettings &settings) { settings.setLanguage(QStringLiteral("ja")); });
    QTest::newRow("key storage") << Change([](AppSettings &settings) {
        settings.setKeyStorage(AppSettings::KeyStorage::SessionOnly);
    });
    QTest::newRow("plain-text key") << Change([](AppSettings &settings) {
        settings.setKeyStorage(AppSettings::KeyStorage::PlainText);
        settings.setPlainTextKey(SecretKey);
    });
    QTest::newRow("window value") << Change([](AppSettings &settings) {
        settings.setValue(QStringLiteral("state"), QByteArray("abc"));
    });
    QTest::newRow("clamped to the same value")
        << Change([](AppSettings &settings) { settings.setRequestsPerSecond(1000); });
}

void tst_AppSettings::changedOncePerRealChange()
{
    QFETCH(Change, change);

    const auto settings = open();
    QSignalSpy changed(settings.get(), &AppSettings::changed);

    change(*settings);
    const qsizetype afterFirst = changed.count();
    QVERIFY(afterFirst >= 1);

    change(*settings);
    QCOMPARE(changed.count(), afterFirst);
}

void tst_AppSettings::writingDefaultsChangesNothing()
{
    const auto settings = open();
    QSignalSpy changed(settings.get(), &AppSettings::changed);

    settings->setDownloadFolder(AppSettings::defaultDownloadFolder());
    settings->setDownloadFolder(QString());
    settings->setTimeout(AppSettings::DefaultTimeout);
    settings->setRequestsPerSecond(AppSettings::DefaultRequestsPerSecond);
    settings->setNotificationsEnabled(true);
    settings->setBlurNsfw(true);
    settings->setLanguage(QString());
    settings->setKeyStorage(AppSettings::KeyStorage::Keychain);
    settings->setPlainTextKey(QString());
    settings->setValue(QStringLiteral("geometry"), QByteArray());

    QCOMPARE(changed.count(), 0);

    settings->setTimeout(AppSettings::DefaultTimeout + 1min);
    QCOMPARE(changed.count(), 1);
}

void tst_AppSettings::plainTextKeyOnlyWithPlainTextStorage()
{
    const auto settings = open();
    QSignalSpy changed(settings.get(), &AppSettings::changed);

    settings->setPlainTextKey(SecretKey); // storage is the keychain: nothing is written
    settings->sync();
    QCOMPARE(settings->plainTextKey(), QString());
    QVERIFY(!fileBytes().contains(SecretKey.toUtf8()));
    QCOMPARE(changed.count(), 0);

    settings->setKeyStorage(AppSettings::KeyStorage::PlainText);
    settings->setPlainTextKey(QStringLiteral("  ") + SecretKey + QStringLiteral("\n"));
    settings->sync();
    QCOMPARE(settings->plainTextKey(), SecretKey);
    QVERIFY(fileBytes().contains(SecretKey.toUtf8()));
    QCOMPARE(open()->plainTextKey(), SecretKey);
}

void tst_AppSettings::leavingPlainTextRemovesTheKeyFromTheFile_data()
{
    QTest::addColumn<AppSettings::KeyStorage>("storage");

    QTest::newRow("keychain") << AppSettings::KeyStorage::Keychain;
    QTest::newRow("session only") << AppSettings::KeyStorage::SessionOnly;
}

void tst_AppSettings::leavingPlainTextRemovesTheKeyFromTheFile()
{
    QFETCH(AppSettings::KeyStorage, storage);

    const auto settings = open();
    settings->setKeyStorage(AppSettings::KeyStorage::PlainText);
    settings->setPlainTextKey(SecretKey);
    settings->sync();
    QVERIFY(fileBytes().contains(SecretKey.toUtf8()));
    QSignalSpy changed(settings.get(), &AppSettings::changed);

    settings->setKeyStorage(storage);
    settings->sync();

    QVERIFY(!fileBytes().contains(SecretKey.toUtf8()));
    QVERIFY(!fileBytes().contains("plainTextKey"));
    QCOMPARE(settings->plainTextKey(), QString());
    QVERIFY(changed.count() >= 1);

    // Coming back to plain text does not bring the old key back.
    settings->setKeyStorage(AppSettings::KeyStorage::PlainText);
    QCOMPARE(settings->plainTextKey(), QString());
}

void tst_AppSettings::emptyPlainTextKeyRemovesIt()
{
    const auto settings = open();
    settings->setKeyStorage(AppSettings::KeyStorage::PlainText);
    settings->setPlainTextKey(SecretKey);
    settings->sync();

    settings->setPlainTextKey(QString());
    settings->sync();

    QCOMPARE(settings->plainTextKey(), QString());
    QVERIFY(!fileBytes().contains(SecretKey.toUtf8()));
    QCOMPARE(settings->keyStorage(), AppSettings::KeyStorage::PlainText);
}

void tst_AppSettings::windowValues()
{
    const QByteArray state("\x00\x10state\xfe", 8);
    {
        const auto settings = open();
        settings->setValue(QStringLiteral("headerState"), state);
        settings->sync();
    }
    const auto reread = open();
    QCOMPARE(reread->value(QStringLiteral("headerState")), state);
    QCOMPARE(reread->value(QStringLiteral("other")), QByteArray());

    reread->setValue(QStringLiteral("headerState"), QByteArray());
    reread->sync();
    QVERIFY(!fileBytes().contains("headerState"));
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
