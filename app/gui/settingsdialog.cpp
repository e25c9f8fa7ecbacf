// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "api/apiclient.h"
#include "api/apienvelope.h"
#include "logging.h"
#include "settings/appsettings.h"
#include "settings/credentials.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>

namespace {

// The per-task timeout in whole minutes: a minute at least, a week (WaveSpeed's retention) at most.
constexpr int MinimumTimeoutMinutes = 1;
constexpr int MaximumTimeoutMinutes = 7 * 24 * 60;

const QString BalancePath = QStringLiteral("/api/v3/balance");

QHBoxLayout *rowLayout(QWidget *first, QWidget *second)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, 1);
    layout->addWidget(second);
    return layout;
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    // Translations run longer than English: labels move above their fields instead of clipping.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

struct SettingsDialog::Private
{
    SettingsDialog *q;
    AppSettings *settings;
    Credentials *credentials;
    ApiClient api;
    QString baseProblem; // why the API base cannot be used for the check, empty when it can
    QString environmentKey;
    QString initialKey; // what the field held when the dialog opened
    QString keyInEffect;
    QString pendingKey;   // being stored in the keychain
    bool reading = false; // each flag: a Credentials answer this dialog is waiting for
    bool storing = false;
    bool erasing = false;
    bool keyEdited = false;
    bool choosing = false; // the keychain failed; the user picks another place for the key
    int checkSerial = 0;

    QLineEdit *keyEdit = nullptr;
    QToolButton *showKey = nullptr;
    QLabel *keyNote = nullptr;
    QPushButton *checkButton = nullptr;
    QLabel *checkResult = nullptr;
    QWidget *keychainChoice = nullptr;
    QLabel *keychainWarning = nullptr;
    QButtonGroup *choiceGroup = nullptr;
    QRadioButton *sessionOnly = nullptr;
    QRadioButton *plainText = nullptr;
    QLineEdit *folderEdit = nullptr;
    QSpinBox *timeoutMinutes = nullptr;
    QSpinBox *requestsPerSecond = nullptr;
    QCheckBox *notifications = nullptr;
    QCheckBox *blurNsfw = nullptr;
    QComboBox *language = nullptr;
    QDialogButtonBox *buttons = nullptr;

    Private(SettingsDialog *dialog, AppSettings *appSettings, Credentials *keychain,
            QNetworkAccessManager *network, const QUrl &apiBase)
        : q(dialog)
        , settings(appSettings)
        , credentials(keychain)
        , api(network)
        , environmentKey(Credentials::fromEnvironment())
    {
        api.setBaseUrl(apiBase, &baseProblem);
    }

    QGroupBox *buildKeySection();
    void connectKeySection();
    QWidget *buildKeychainChoice();
    QGroupBox *buildGeneralSection();
    void addFolderRow(QFormLayout *form, QWidget *group);
    void addLanguageRow(QFormLayout *form, QWidget *group);
    void loadFields();
    void loadKey();
    void checkKey();
    QString checkResultText(const ApiReply &reply) const;
    void saveKey();
    void storeInKeychain(const QString &key);
    void showKeychainChoice();
    void applyChoice(const QString &key);
    void clearKey();
    void applyFields();
    void finish(const QString &key);
    void setBusy(bool busy);
};

QGroupBox *SettingsDialog::Private::buildKeySection()
{
    auto *group = new QGroupBox(tr("API key"), q);
    auto *form = formLayout(group);

    keyEdit = new QLineEdit(group);
    keyEdit->setEchoMode(QLineEdit::Password);
    keyEdit->setAccessibleName(tr("API key"));
    keyEdit->setToolTip(tr("Your WaveSpeed API key, from wavespeed.ai under Access Keys"));
    showKey = new QToolButton(group);
    showKey->setText(tr("Show", "reveal the API key"));
    showKey->setCheckable(true);
    showKey->setAccessibleName(tr("Show the API key"));
    showKey->setToolTip(tr("Show or hide the characters of the key"));
    auto *keyLabel = new QLabel(tr("&Key:"), group);
    keyLabel->setBuddy(keyEdit);
    form->addRow(keyLabel, rowLayout(keyEdit, showKey));

    keyNote = noteLabel(group);
    form->addRow(keyNote);

    checkButton = new QPushButton(tr("&Check key"), group);
    checkButton->setAccessibleName(tr("Check the API key"));
    checkButton->setToolTip(tr("Ask the WaveSpeed API whether it accepts this key"));
    checkResult = noteLabel(group);
    checkResult->setAccessibleName(tr("Key check result"));
    checkResult->setAccessibleDescription(tr("What the API answered to the last key check"));
    form->addRow(rowLayout(checkResult, checkButton));

    form->addRow(buildKeychainChoice());

    connectKeySection();
    return group;
}

void SettingsDialog::Private::connectKeySection()
{
    connect(showKey, &QToolButton::toggled, q, [this](bool shown) {
        keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showKey->setText(shown ? tr("Hide", "hide the API key") : tr("Show", "reveal the API key"));
    });
    connect(keyEdit, &QLineEdit::textEdited, q, [this] {
        keyEdited = true;
        ++checkSerial; // an answer about the previous text would mislead
        checkResult->clear();
        checkButton->setEnabled(true);
    });
    connect(checkButton, &QPushButton::clicked, q, [this] { checkKey(); });
}

QWidget *SettingsDialog::Private::buildKeychainChoice()
{
    keychainChoice = new QWidget(q);
    auto *layout = new QVBoxLayout(keychainChoice);
    layout->setContentsMargins(0, 0, 0, 0);

    keychainWarning = noteLabel(keychainChoice);
    keychainWarning->setAccessibleName(tr("Keychain warning"));
    sessionOnly = new QRadioButton(tr("Keep the key for this &session only"), keychainChoice);
    sessionOnly->setAccessibleName(sessionOnly->text().remove(QLatin1Char('&')));
    sessionOnly->setToolTip(tr("Forget the key when the application quits"));
    plainText = new QRadioButton(tr("Store it &unencrypted in the settings file (anyone who can "
                                    "read your files can use your key)"),
                                 keychainChoice);
    plainText->setAccessibleName(plainText->text().remove(QLatin1Char('&')));
    plainText->setToolTip(tr("Write the key into the settings file as plain text"));
    choiceGroup = new QButtonGroup(keychainChoice);
    choiceGroup->addButton(sessionOnly);
    choiceGroup->addButton(plainText);

    layout->addWidget(keychainWarning);
    layout->addWidget(sessionOnly);
    layout->addWidget(plainText);
    keychainChoice->hide();
    return keychainChoice;
}

QGroupBox *SettingsDialog::Private::buildGeneralSection()
{
    auto *group = new QGroupBox(tr("Monitoring"), q);
    auto *form = formLayout(group);

    addFolderRow(form, group);

    timeoutMinutes = new QSpinBox(group);
    timeoutMinutes->setRange(MinimumTimeoutMinutes, MaximumTimeoutMinutes);
    //: Suffix of a number of minutes, with its leading space
    timeoutMinutes->setSuffix(tr(" min", "minutes"));
    timeoutMinutes->setAccessibleName(tr("Per-task timeout in minutes"));
    timeoutMinutes->setToolTip(tr("Stop watching a task that has not ended after this long"));
    form->addRow(tr("Stop watching a task &after:"), timeoutMinutes);

    requestsPerSecond = new QSpinBox(group);
    requestsPerSecond->setRange(1, AppSettings::MaxRequestsPerSecond);
    requestsPerSecond->setAccessibleName(tr("Requests per second"));
    requestsPerSecond->setToolTip(
        tr("The most requests sent to the API in one second, for all tasks together"));
    form->addRow(tr("&Requests per second:"), requestsPerSecond);

    notifications = new QCheckBox(tr("Show a &notification when a task ends"), group);
    notifications->setAccessibleName(tr("Notifications"));
    notifications->setToolTip(tr("Tell when a task completes or fails while the window is in the "
                                 "background"));
    form->addRow(notifications);

    blurNsfw = new QCheckBox(tr("&Blur previews flagged as not safe for work"), group);
    blurNsfw->setAccessibleName(tr("Blur NSFW previews"));
    blurNsfw->setToolTip(tr("Blur outputs the API flags as NSFW until you click them"));
    form->addRow(blurNsfw);

    addLanguageRow(form, group);
    return group;
}

void SettingsDialog::Private::addFolderRow(QFormLayout *form, QWidget *group)
{
    folderEdit = new QLineEdit(group);
    folderEdit->setAccessibleName(tr("Download folder"));
    folderEdit->setToolTip(tr("Where outputs are saved; empty uses the default folder"));
    folderEdit->setPlaceholderText(AppSettings::defaultDownloadFolder());
    auto *browse = new QPushButton(tr("Br&owse…"), group);
    browse->setAccessibleName(tr("Choose the download folder"));
    browse->setToolTip(tr("Choose the download folder"));
    auto *folderLabel = new QLabel(tr("&Download folder:"), group);
    folderLabel->setBuddy(folderEdit);
    form->addRow(folderLabel, rowLayout(folderEdit, browse));
    connect(browse, &QPushButton::clicked, q, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            q, tr("Choose the Download Folder"), settings->downloadFolder());
        if (!folder.isEmpty())
            folderEdit->setText(QDir::toNativeSeparators(folder));
    });
}

void SettingsDialog::Private::addLanguageRow(QFormLayout *form, QWidget *group)
{
    language = new QComboBox(group);
    language->addItem(tr("System default", "language"), QString());
    // Each language by its own name, so that it can be found by those who read it.
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    language->setAccessibleName(tr("Language"));
    language->setToolTip(tr("The language of the application; takes effect after a restart"));
    auto *languageNote = noteLabel(group);
    languageNote->setText(tr("Takes effect after a restart"));
    auto *languageRow = new QVBoxLayout;
    languageRow->addWidget(language);
    languageRow->addWidget(languageNote);
    auto *languageLabel = new QLabel(tr("&Language:"), group);
    languageLabel->setBuddy(language);
    form->addRow(languageLabel, languageRow);
}

void SettingsDialog::Private::loadFields()
{
    const QString folder = settings->downloadFolder();
    folderEdit->setText(folder == AppSettings::defaultDownloadFolder()
                            ? QString()
                            : QDir::toNativeSeparators(folder));
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(settings->timeout());
    timeoutMinutes->setValue(static_cast<int>(minutes.count()));
    requestsPerSecond->setValue(settings->requestsPerSecond());
    notifications->setChecked(settings->notificationsEnabled());
    blurNsfw->setChecked(settings->blurNsfw());

    const QString code = settings->language();
    int index = language->findData(code);
    if (index < 0) {
        // A language set by hand in the settings file is kept, not silently replaced.
        language->addItem(QLocale(code).nativeLanguageName(), code);
        index = language->count() - 1;
    }
    language->setCurrentIndex(index);
}

void SettingsDialog::Private::loadKey()
{
    if (!environmentKey.isEmpty()) {
        keyEdit->setText(environmentKey);
        keyEdit->setReadOnly(true);
        keyNote->setText(tr("The key from the WAVESPEED_API_KEY environment variable is in use; "
                            "unset it to use a saved key."));
        initialKey = keyInEffect = environmentKey;
        return;
    }

    switch (settings->keyStorage()) {
    case AppSettings::KeyStorage::PlainText:
        initialKey = keyInEffect = settings->plainTextKey();
        keyEdit->setText(initialKey);
        keyNote->setText(tr("The key is stored unencrypted in the settings file."));
        return;
    case AppSettings::KeyStorage::SessionOnly:
        keyNote->setText(tr("The key is kept for this session only."));
        return;
    case AppSettings::KeyStorage::Keychain:
        keyNote->setText(tr("The key is kept in the system keychain."));
        break;
    }

    reading = true;
    connect(credentials, &Credentials::readFinished, q,
            [this](const QString &key, const QString &error) {
                if (!reading)
                    return;
                reading = false;
                if (!error.isEmpty())
                    keyNote->setText(error);
                initialKey = keyInEffect = key;
                if (!keyEdited) // what the user typed meanwhile wins
                    keyEdit->setText(key);
            });
    credentials->readStored();
}

void SettingsDialog::Private::checkKey()
{
    const QString key = environmentKey.isEmpty() ? keyEdit->text().trimmed() : environmentKey;
    if (key.isEmpty()) {
        checkResult->setText(tr("Enter a key to check."));
        return;
    }
    if (!baseProblem.isEmpty()) {
        checkResult->setText(baseProblem);
        return;
    }

    const int serial = ++checkSerial;
    checkButton->setEnabled(false);
    checkResult->setText(tr("Checking…"));
    api.setApiKey(key);
    api.get(api.endpoint(BalancePath), q, [this, serial](const ApiReply &reply) {
        if (serial != checkSerial)
            return;
        checkButton->setEnabled(true);
        checkResult->setText(checkResultText(reply));
    });
}

QString SettingsDialog::Private::checkResultText(const ApiReply &reply) const
{
    ApiError error = reply.error;
    QJsonValue data;
    if (!error) {
        const ApiEnvelope envelope = ApiEnvelope::parse(reply.body);
        error = envelope.error;
        data = envelope.data;
    }
    if (error.kind == ApiError::Kind::KeyRejected)
        return tr("The API rejected this key");
    if (error)
        return error.text();

    const QJsonValue balance = data.toObject().value(QLatin1String("balance"));
    bool ok = balance.isDouble();
    const double amount = ok ? balance.toDouble() : balance.toString().toDouble(&ok);
    if (!ok)
        return tr("Key accepted");
    //: %1 is the account balance in US dollars, e.g. 12.50
    return tr("Key accepted · balance $%1").arg(q->locale().toString(amount, 'f', 2));
}

void SettingsDialog::Private::saveKey()
{
    const QString typed = keyEdit->text().trimmed();
    if (!environmentKey.isEmpty() || typed == initialKey) {
        finish(keyInEffect);
        return;
    }
    if (typed.isEmpty()) {
        clearKey();
        return;
    }
    if (choosing) {
        applyChoice(typed);
        return;
    }
    if (!Credentials::isPlausibleKey(typed)) {
        keyNote->setText(tr("This does not look like a WaveSpeed API key."));
        keyEdit->setFocus();
        return;
    }
    storeInKeychain(typed);
}

void SettingsDialog::Private::storeInKeychain(const QString &key)
{
    pendingKey = key;
    storing = true;
    setBusy(true);
    keyNote->setText(tr("Saving the key in the system keychain…"));
    credentials->store(key);
}

void SettingsDialog::Private::showKeychainChoice()
{
    keyNote->clear();
    keychainWarning->setText(tr("No system keychain is available."));
    // What the user chose last time is offered again; a first choice is left to them.
    switch (settings->keyStorage()) {
    case AppSettings::KeyStorage::SessionOnly:
        sessionOnly->setChecked(true);
        break;
    case AppSettings::KeyStorage::PlainText:
        plainText->setChecked(true);
        break;
    case AppSettings::KeyStorage::Keychain:
        break;
    }
    choosing = true;
    keychainChoice->show();
    (choiceGroup->checkedButton() ? choiceGroup->checkedButton() : sessionOnly)->setFocus();
}

void SettingsDialog::Private::applyChoice(const QString &key)
{
    if (choiceGroup->checkedButton() == sessionOnly) {
        settings->setKeyStorage(AppSettings::KeyStorage::SessionOnly);
    } else if (choiceGroup->checkedButton() == plainText) {
        settings->setKeyStorage(AppSettings::KeyStorage::PlainText);
        settings->setPlainTextKey(key);
    } else {
        keychainWarning->setText(
            tr("No system keychain is available. Choose where to keep the key, then press OK."));
        sessionOnly->setFocus();
        return;
    }
    finish(key);
}

void SettingsDialog::Private::clearKey()
{
    settings->setPlainTextKey(QString());
    erasing = true;
    setBusy(true);
    credentials->erase();
}

void SettingsDialog::Private::applyFields()
{
    settings->setDownloadFolder(QDir::fromNativeSeparators(folderEdit->text()));
    settings->setTimeout(std::chrono::minutes(timeoutMinutes->value()));
    settings->setRequestsPerSecond(requestsPerSecond->value());
    settings->setNotificationsEnabled(notifications->isChecked());
    settings->setBlurNsfw(blurNsfw->isChecked());
    settings->setLanguage(language->currentData().toString());
}

// Everything is settled: the fields are saved with the key, so that Cancel after a keychain
// warning still leaves the settings as they were.
void SettingsDialog::Private::finish(const QString &key)
{
    applyFields();
    settings->sync();
    choosing = false;
    keychainChoice->hide();

    const bool changed = key != keyInEffect;
    initialKey = keyInEffect = key;
    if (changed) {
        qCInfo(lcUi) << "API key changed in the settings";
        emit q->apiKeyChanged(key);
    }
    q->QDialog::accept();
}

void SettingsDialog::Private::setBusy(bool busy)
{
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

SettingsDialog::SettingsDialog(AppSettings *settings, Credentials *credentials,
                               QNetworkAccessManager *network, const QUrl &apiBase, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, settings, credentials, network, apiBase))
{
    setWindowTitle(tr("Settings"));

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    d->buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the settings and close"));
    d->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Discard the changes"));
    d->buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving"));
    connect(d->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->buildKeySection());
    layout->addWidget(d->buildGeneralSection());
    layout->addStretch();
    layout->addWidget(d->buttons);

    connect(credentials, &Credentials::storeFinished, this, [this](bool ok, const QString &error) {
        if (!d->storing)
            return;
        d->storing = false;
        d->setBusy(false);
        if (!ok) {
            qCInfo(lcUi) << "keychain unavailable for the key:" << error;
            d->showKeychainChoice();
            return;
        }
        d->settings->setKeyStorage(AppSettings::KeyStorage::Keychain);
        d->finish(d->pendingKey);
    });
    connect(credentials, &Credentials::eraseFinished, this, [this](bool ok, const QString &error) {
        if (!d->erasing)
            return;
        d->erasing = false;
        d->setBusy(false);
        if (!ok) // nothing was there to erase, as when no keychain exists at all
            qCInfo(lcUi) << "keychain erase:" << error;
        d->finish(QString());
    });
    // A keychain answer that arrives after Cancel must not close or save anything.
    connect(this, &QDialog::rejected, this, [this] {
        d->storing = d->erasing = false;
        d->setBusy(false);
    });

    d->loadFields();
    d->loadKey();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::apiKey() const
{
    return d->environmentKey.isEmpty() ? d->keyInEffect : d->environmentKey;
}

void SettingsDialog::accept()
{
    if (d->storing || d->erasing)
        return; // the keychain's answer closes the dialog
    d->saveKey();
}
