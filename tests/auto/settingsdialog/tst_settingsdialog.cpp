// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "settings/appsettings.h"
#include "settings/credentials.h"
#include "simulator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

// Credentials gives the keychain 5 s before it answers for it; every wait here is longer.
constexpr int KeychainAnswerMs = 7000;
constexpr double SimulatedBalance = 12.5;

const QString NewKey = QStringLiteral("ws-test-key-0123456789abcdef");
const QString NoKeychainWarning = QStringLiteral("No system keychain is available.");

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checkKey_data();
    void checkKey();
    void checkKeyWithoutKey();
    void environmentOverridesTheField();
    void fieldsAreSaved();
    void cancelSavesNothing();
    void implausibleKeyKeepsTheDialogOpen();
    void noKeychainOffersAChoice();
    void choiceIsNeededBeforeSaving();
    void sessionOnlyKeepsTheKeyOutOfFiles();
    void plainTextWritesTheKeyToTheSettingsFile();
    void emptyKeyClearsIt();
    void everyControlIsNamed();
    // Last: a working session bus, once connected, stays connected for this process, and the
    // tests above need none.
    void keychainKeepsTheKeyOutOfEveryFile();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    template<typename T>
    T *child(const QString &accessibleName) const;
    QRadioButton *choice(const QString &containing) const;
    QPushButton *okButton() const;
    QByteArray iniBytes();
    std::optional<QString> storedKey(Credentials &credentials);
    bool storeKey(Credentials &credentials, const QString &key);
    QStringList filesHolding(const QByteArray &needle) const;

    Simulator m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<SettingsDialog> m_dialog;
    QByteArray m_sessionBus;
    bool m_eraseAtEnd = false;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sessionBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");

    Scenario scenario = Scenario::standard();
    scenario.balance = SimulatedBalance;
    m_simulator.setScenario(scenario);
    QString error;
    QVERIFY2(m_simulator.start(0, 0, &error), qPrintable(error));
}

void tst_SettingsDialog::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    // A bus address where nothing listens: no keychain, as on a machine without one.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_directory->filePath(QStringLiteral("no-bus"))));
    m_settings =
        std::make_unique<AppSettings>(m_directory->filePath(QStringLiteral("app.ini")), nullptr);
    m_credentials = std::make_unique<Credentials>();
}

void tst_SettingsDialog::cleanup()
{
    qunsetenv(Credentials::EnvironmentVariable);
    if (m_eraseAtEnd) {
        QSignalSpy erased(m_credentials.get(), &Credentials::eraseFinished);
        m_credentials->erase();
        QTRY_COMPARE_WITH_TIMEOUT(erased.count(), 1, KeychainAnswerMs);
        QVERIFY(erased.at(0).at(0).toBool());
        m_eraseAtEnd = false;
    }
    m_dialog.reset();
    m_credentials.reset();
    m_settings.reset();
    m_directory.reset();
}

std::unique_ptr<SettingsDialog> tst_SettingsDialog::makeDialog()
{
    return std::make_unique<SettingsDialog>(m_settings.get(), m_credentials.get(), &m_network,
                                            m_simulator.apiBase());
}

template<typename T>
T *tst_SettingsDialog::child(const QString &accessibleName) const
{
    const auto widgets = m_dialog->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

QRadioButton *tst_SettingsDialog::choice(const QString &containing) const
{
    const auto buttons = m_dialog->findChildren<QRadioButton *>();
    for (QRadioButton *button : buttons) {
        if (button->text().remove(QLatin1Char('&')).contains(containing))
            return button;
    }
    return nullptr;
}

QPushButton *tst_SettingsDialog::okButton() const
{
    return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QByteArray tst_SettingsDialog::iniBytes()
{
    m_settings->sync();
    QFile file(m_directory->filePath(QStringLiteral("app.ini")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::optional<QString> tst_SettingsDialog::storedKey(Credentials &credentials)
{
    QSignalSpy read(&credentials, &Credentials::readFinished);
    credentials.readStored();
    if (!QTest::qWaitFor([&read] { return !read.isEmpty(); }, KeychainAnswerMs))
        return std::nullopt;
    if (!read.at(0).at(1).toString().isEmpty())
        return std::nullopt;
    return read.at(0).at(0).toString();
}

bool tst_SettingsDialog::storeKey(Credentials &credentials, const QString &key)
{
    QSignalSpy stored(&credentials, &Credentials::storeFinished);
    credentials.store(key);
    if (!QTest::qWaitFor([&stored] { return !stored.isEmpty(); }, KeychainAnswerMs))
        return false;
    return stored.at(0).at(0).toBool();
}

// Every file where the app or its settings could write something of its own.
QStringList tst_SettingsDialog::filesHolding(const QByteArray &needle) const
{
    const QStringList roots{
        m_directory->path(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QFileInfo(QSettings().fileName()).absolutePath(),
    };
    QStringList holding;
    for (const QString &root : roots) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                holding.append(file.fileName());
        }
    }
    return holding;
}

void tst_SettingsDialog::checkKey_data()
{
    QTest::addColumn<bool>("simulatorKey");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("the simulator's key") << true << true;
    QTest::newRow("a wrong key") << false << false;
}

void tst_SettingsDialog::checkKey()
{
    QFETCH(bool, simulatorKey);
    QFETCH(bool, accepted);

    m_dialog = makeDialog();
    m_dialog->open();
    auto *keyEdit = child<QLineEdit>(QStringLiteral("API key"));
    auto *check = child<QPushButton>(QStringLiteral("Check the API key"));
    auto *result = child<QLabel>(QStringLiteral("Key check result"));
    QVERIFY(keyEdit && check && result);
    const QString key = simulatorKey ? m_simulator.apiKey() : QStringLiteral("ws-wrong-key-12345");
    QTest::keyClicks(keyEdit, key);
    m_simulator.clearRequests();

    check->click();

    QVERIFY(!check->isEnabled()); // no second check while one runs
    const QString expected = accepted ? QStringLiteral("Key accepted · balance $") +
                                            m_dialog->locale().toString(SimulatedBalance, 'f', 2)
                                      : QStringLiteral("The API rejected this key");
    QTRY_COMPARE(result->text(), expected);
    QVERIFY(check->isEnabled());
    QVERIFY(!result->accessibleDescription().isEmpty());

    const auto requests = m_simulator.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/v3/balance"));
    QCOMPARE(requests.at(0).authorization, "Bearer " + key.toUtf8());
}

void tst_SettingsDialog::checkKeyWithoutKey()
{
    m_dialog = makeDialog();
    auto *check = child<QPushButton>(QStringLiteral("Check the API key"));
    auto *result = child<QLabel>(QStringLiteral("Key check result"));
    QVERIFY(check && result);
    m_simulator.clearRequests();

    check->click();

    QCOMPARE(result->text(), QStringLiteral("Enter a key to check."));
    QCOMPARE(m_simulator.requestCount(QStringLiteral("/api/v3/balance")), 0);
}

void tst_SettingsDialog::environmentOverridesTheField()
{
    const QString environmentKey = m_simulator.apiKey();
    qputenv(Credentials::EnvironmentVariable, environmentKey.toUtf8());
    m_dialog = makeDialog();
    QSignalSpy keyChanged(m_dialog.get(), &SettingsDialog::apiKeyChanged);
    m_dialog->open();

    auto *keyEdit = child<QLineEdit>(QStringLiteral("API key"));
    QVERIFY(keyEdit);
    QVERIFY(keyEdit->isReadOnly());
    QCOMPARE(keyEdit->text(), environmentKey);
    QCOMPARE(m_dialog->apiKey(), environmentKey);
    bool noted = false;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        noted = noted ||
                label->text() == QStringLiteral("The key from the WAVESPEED_API_KEY environment "
                                                "variable is in use; unset it to use a saved key.");
    QVERIFY(noted);

    // The check uses the key in effect.
    child<QPushButton>(QStringLiteral("Check the API key"))->click();
    QTRY_VERIFY(child<QLabel>(QStringLiteral("Key check result"))
                    ->text()
                    .startsWith(QStringLiteral("Key accepted")));

    okButton()->click();
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->apiKey(), environmentKey);
    QCOMPARE(keyChanged.count(), 0);
    QVERIFY(!iniBytes().contains(environmentKey.toUtf8()));
}

void tst_SettingsDialog::fieldsAreSaved()
{
    m_dialog = makeDialog();
    m_dialog->open();
    const QString folder = m_directory->filePath(QStringLiteral("downloads"));
    child<QLineEdit>(QStringLiteral("Download folder"))->setText(folder);
    child<QSpinBox>(QStringLiteral("Per-task timeout in minutes"))->setValue(90);
    child<QSpinBox>(QStringLiteral("Requests per second"))->setValue(3);
    child<QCheckBox>(QStringLiteral("Notifications"))->setChecked(false);
    child<QCheckBox>(QStringLiteral("Blur NSFW previews"))->setChecked(false);
    auto *autoSave = child<QCheckBox>(QStringLiteral("Auto-save"));
    QVERIFY(!autoSave->isChecked()); // off unless chosen
    autoSave->setChecked(true);
    auto *layout = child<QComboBox>(QStringLiteral("How saved outputs are organised"));
    QCOMPARE(layout->currentData().toInt(), int(OutputSaver::Layout::Flat));
    layout->setCurrentIndex(layout->findData(int(OutputSaver::Layout::ByDate)));
    auto *language = child<QComboBox>(QStringLiteral("Language"));
    QCOMPARE(language->currentData().toString(), QString());
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QCOMPARE(language->currentText(), QStringLiteral("简体中文"));

    okButton()->click();

    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->downloadFolder(), folder);
    QCOMPARE(m_settings->timeout(), std::chrono::seconds(90min));
    QCOMPARE(m_settings->requestsPerSecond(), 3);
    QCOMPARE(m_settings->notificationsEnabled(), false);
    QCOMPARE(m_settings->blurNsfw(), false);
    QCOMPARE(m_settings->autoSave(), true);
    QCOMPARE(m_settings->saveLayout(), OutputSaver::Layout::ByDate);
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));

    // A new dialog shows what was saved.
    m_dialog = makeDialog();
    QCOMPARE(child<QSpinBox>(QStringLiteral("Per-task timeout in minutes"))->value(), 90);
    QCOMPARE(child<QComboBox>(QStringLiteral("Language"))->currentData().toString(),
             QStringLiteral("zh_CN"));
    QVERIFY(child<QCheckBox>(QStringLiteral("Auto-save"))->isChecked());
    QCOMPARE(
        child<QComboBox>(QStringLiteral("How saved outputs are organised"))->currentData().toInt(),
        int(OutputSaver::Layout::ByDate));
}

void tst_SettingsDialog::cancelSavesNothing()
{
    m_dialog = makeDialog();
    m_dialog->open();
    QSignalSpy changed(m_settings.get(), &AppSettings::changed);
    child<QSpinBox>(QStringLiteral("Requests per second"))->setValue(1);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("API key")), NewKey);

    m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();

    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_dialog->apiKey(), QString());
}

void tst_SettingsDialog::implausibleKeyKeepsTheDialogOpen()
{
    m_dialog = makeDialog();
    m_dialog->open();
    QSignalSpy keyChanged(m_dialog.get(), &SettingsDialog::apiKeyChanged);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("API key")), QStringLiteral("short"));

    okButton()->click();

    QVERIFY(m_dialog->isVisible());
    QCOMPARE(keyChanged.count(), 0);
    QVERIFY(!choice(QStringLiteral("session only"))->isVisible());
}

void tst_SettingsDialog::noKeychainOffersAChoice()
{
    m_dialog = makeDialog();
    m_dialog->open();
    QSignalSpy keyChanged(m_dialog.get(), &SettingsDialog::apiKeyChanged);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("API key")), NewKey);
    auto *sessionOnly = choice(QStringLiteral("session only"));
    auto *plainText = choice(QStringLiteral("unencrypted"));
    QVERIFY(sessionOnly && plainText);
    QVERIFY(!sessionOnly->isVisible());

    okButton()->click();

    QVERIFY(!okButton()->isEnabled()); // waiting for the keychain
    QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), KeychainAnswerMs);
    QVERIFY(plainText->isVisible());
    QVERIFY(plainText->text().contains(
        QStringLiteral("anyone who can read your files can use your key")));
    QVERIFY(!sessionOnly->isChecked() && !plainText->isChecked());
    QVERIFY(
        child<QLabel>(QStringLiteral("Keychain warning"))->text().startsWith(NoKeychainWarning));
    QVERIFY(okButton()->isEnabled());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // not closed, not accepted
    QCOMPARE(keyChanged.count(), 0);
}

void tst_SettingsDialog::choiceIsNeededBeforeSaving()
{
    m_dialog = makeDialog();
    m_dialog->open();
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("API key")), NewKey);
    okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(choice(QStringLiteral("session only"))->isVisible(), KeychainAnswerMs);

    okButton()->click(); // nothing picked yet

    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("Keychain warning"))
                ->text()
                .contains(QStringLiteral("Choose where to keep the key")));
    QCOMPARE(m_settings->keyStorage(), AppSettings::KeyStorage::Keychain);
}

void tst_SettingsDialog::sessionOnlyKeepsTheKeyOutOfFiles()
{
    m_dialog = makeDialog();
    m_dialog->open();
    QSignalSpy keyChanged(m_dialog.get(), &SettingsDialog::apiKeyChanged);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("API key")), NewKey);
    okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(choice(QStringLiteral("session only"))->isVisible(), KeychainAnswerMs);

    choice(QStringLiteral("session only"))->click();
    okButton()->click();

    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->apiKey(), NewKey);
    QCOMPARE(keyChanged.count(), 1);
    QCOMPARE(keyChanged.at(0).at(0).toString(), NewKey);
    QCOMPARE(m_settings->keyStorage(), AppSettings::KeyStorage::SessionOnly);
    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains("SessionOnly"));
    QVERIFY(!ini.contains(NewKey.toUtf8()));
}

void tst_SettingsDialog::plainTextWritesTheKeyToTheSettingsFile()
{
    m_dialog = makeDialog();
    m_dialog->open();
    QSignalSpy keyChanged(m_dialog.get(), &SettingsDialog::apiKeyChanged);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("API key")), NewKey);
    okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(choice(QStringLiteral("unencrypted"))->isVisible(), KeychainAnswerMs);

    choice(QStringLiteral("unencrypted"))->click();
    okButton()->click();

    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->apiKey(), NewKey);
    QCOMPARE(keyChanged.count(), 1);
    QCOMPARE(m_settings->keyStorage(), AppSettings::KeyStorage::PlainText);
    QVERIFY(iniBytes().contains(NewKey.toUtf8()));

    // The next dialog starts from the saved key and the key in effect is that one.
    m_dialog = makeDialog();
    QCOMPARE(child<QLineEdit>(QStringLiteral("API key"))->text(), NewKey);
    QCOMPARE(m_dialog->apiKey(), NewKey);
}

void tst_SettingsDialog::emptyKeyClearsIt()
{
    m_settings->setKeyStorage(AppSettings::KeyStorage::PlainText);
    m_settings->setPlainTextKey(NewKey);
    m_dialog = makeDialog();
    m_dialog->open();
    QSignalSpy keyChanged(m_dialog.get(), &SettingsDialog::apiKeyChanged);
    auto *keyEdit = child<QLineEdit>(QStringLiteral("API key"));
    QCOMPARE(keyEdit->text(), NewKey);

    keyEdit->selectAll();
    QTest::keyClick(keyEdit, Qt::Key_Delete);
    okButton()->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), KeychainAnswerMs);
    QCOMPARE(m_dialog->apiKey(), QString());
    QCOMPARE(keyChanged.count(), 1);
    QCOMPARE(keyChanged.at(0).at(0).toString(), QString());
    QCOMPARE(m_settings->plainTextKey(), QString());
    QVERIFY(!iniBytes().contains(NewKey.toUtf8()));
}

void tst_SettingsDialog::everyControlIsNamed()
{
    m_dialog = makeDialog();
    const auto widgets = m_dialog->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        const bool control = qobject_cast<const QAbstractButton *>(widget) ||
                             qobject_cast<const QLineEdit *>(widget) ||
                             qobject_cast<const QAbstractSpinBox *>(widget) ||
                             qobject_cast<const QComboBox *>(widget);
        // The spin boxes' and combo box's inner editors belong to their owners.
        if (!control || qobject_cast<const QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<const QComboBox *>(widget->parentWidget()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->accessibleName()));
    }
    // Labels lead to their fields with their mnemonic.
    int buddies = 0;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        buddies += label->buddy() ? 1 : 0;
    QVERIFY(buddies >= 5);
}

void tst_SettingsDialog::keychainKeepsTheKeyOutOfEveryFile()
{
    if (m_sessionBus.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_sessionBus);

    const std::optional<QString> existing = storedKey(*m_credentials);
    if (!existing)
        QSKIP("no Secret Service on the session bus (run the tests through packaging/dev test)");
    if (!existing->isEmpty())
        QSKIP("this keychain already holds a WaveSpeed key; it is not overwritten by a test");
    const QString probe =
        QStringLiteral("ws-probe-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    if (!storeKey(*m_credentials, probe))
        QSKIP("no Secret Service on the session bus (run the tests through packaging/dev test)");
    m_eraseAtEnd = true;
    QCOMPARE(storedKey(*m_credentials), std::optional<QString>(probe));

    m_dialog = makeDialog();
    m_dialog->open();
    QSignalSpy keyChanged(m_dialog.get(), &SettingsDialog::apiKeyChanged);
    auto *keyEdit = child<QLineEdit>(QStringLiteral("API key"));
    QTRY_COMPARE_WITH_TIMEOUT(keyEdit->text(), probe, KeychainAnswerMs); // prefilled from it
    keyEdit->selectAll();
    QTest::keyClicks(keyEdit, NewKey);
    child<QSpinBox>(QStringLiteral("Requests per second"))->setValue(2);
    okButton()->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), KeychainAnswerMs);
    QVERIFY(!choice(QStringLiteral("session only"))->isVisible());
    QCOMPARE(m_dialog->apiKey(), NewKey);
    QCOMPARE(keyChanged.count(), 1);
    QCOMPARE(m_settings->keyStorage(), AppSettings::KeyStorage::Keychain);

    Credentials reader;
    QCOMPARE(storedKey(reader), std::optional<QString>(NewKey));
    QVERIFY(iniBytes().contains("requestsPerSecond=2")); // the fields were written, the key not
    QCOMPARE(filesHolding(NewKey.toUtf8()), QStringList());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
