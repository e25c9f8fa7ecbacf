// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "apikeyeditor.h"

#include "api/apiclient.h"
#include "api/apienvelope.h"
#include "logging.h"
#include "settings/appsettings.h"
#include "settings/credentials.h"
#include "settingsform.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

using SettingsForm::formLayout;
using SettingsForm::noteLabel;
using SettingsForm::rowLayout;

namespace {

const QString BalancePath = QStringLiteral("/api/v3/balance");

} // namespace

struct ApiKeyEditor::Private
{
    ApiKeyEditor *q;
    AppSettings *settings;
    Credentials *credentials;
    ApiClient api;
    QString baseProblem; // why the API base cannot be used for the check, empty when it can
    QString environmentKey;
    QString initialKey; // what the field held when the dialog opened
    QString keyInEffect;
    QString pendingKey;   // being stored in the keychain
    bool reading = false; // each flag: a Credentials answer this editor is waiting for
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

    Private(ApiKeyEditor *editor, AppSettings *appSettings, Credentials *keychain,
            QNetworkAccessManager *network, const QUrl &apiBase)
        : q(editor)
        , settings(appSettings)
        , credentials(keychain)
        , api(network)
        , environmentKey(Credentials::fromEnvironment())
    {
        api.setBaseUrl(apiBase, &baseProblem);
    }

    void buildKeySection();
    void connectKeySection();
    QWidget *buildKeychainChoice();
    void connectKeychain();
    void loadKey();
    void checkKey();
    QString checkResultText(const ApiReply &reply) const;
    void saveKey();
    void storeInKeychain(const QString &key);
    void showKeychainChoice();
    void applyChoice(const QString &key);
    void clearKey();
    void finish(const QString &key);
};

void ApiKeyEditor::Private::buildKeySection()
{
    ApiKeyEditor *group = q;
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
    connectKeychain();
}

void ApiKeyEditor::Private::connectKeySection()
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

QWidget *ApiKeyEditor::Private::buildKeychainChoice()
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

void ApiKeyEditor::Private::loadKey()
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

void ApiKeyEditor::Private::checkKey()
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

QString ApiKeyEditor::Private::checkResultText(const ApiReply &reply) const
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

void ApiKeyEditor::Private::saveKey()
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

void ApiKeyEditor::Private::storeInKeychain(const QString &key)
{
    pendingKey = key;
    storing = true;
    emit q->busyChanged(true);
    keyNote->setText(tr("Saving the key in the system keychain…"));
    credentials->store(key);
}

void ApiKeyEditor::Private::showKeychainChoice()
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

void ApiKeyEditor::Private::applyChoice(const QString &key)
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

void ApiKeyEditor::Private::clearKey()
{
    settings->setPlainTextKey(QString());
    erasing = true;
    emit q->busyChanged(true);
    credentials->erase();
}

void ApiKeyEditor::Private::connectKeychain()
{
    connect(credentials, &Credentials::storeFinished, q, [this](bool ok, const QString &error) {
        if (!storing)
            return;
        storing = false;
        emit q->busyChanged(false);
        if (!ok) {
            qCInfo(lcUi) << "keychain unavailable for the key:" << error;
            showKeychainChoice();
            return;
        }
        settings->setKeyStorage(AppSettings::KeyStorage::Keychain);
        finish(pendingKey);
    });
    connect(credentials, &Credentials::eraseFinished, q, [this](bool ok, const QString &error) {
        if (!erasing)
            return;
        erasing = false;
        emit q->busyChanged(false);
        if (!ok) // nothing was there to erase, as when no keychain exists at all
            qCInfo(lcUi) << "keychain erase:" << error;
        finish(QString());
    });
}

void ApiKeyEditor::Private::finish(const QString &key)
{
    choosing = false;
    keychainChoice->hide();
    const bool changed = key != keyInEffect;
    initialKey = keyInEffect = key;
    emit q->settled(key, changed);
}

ApiKeyEditor::ApiKeyEditor(AppSettings *settings, Credentials *credentials,
                           QNetworkAccessManager *network, const QUrl &apiBase, QWidget *parent)
    : QGroupBox(tr("API key"), parent)
    , d(std::make_unique<Private>(this, settings, credentials, network, apiBase))
{
    d->buildKeySection();
}

ApiKeyEditor::~ApiKeyEditor() = default;

void ApiKeyEditor::load()
{
    d->loadKey();
}

QString ApiKeyEditor::key() const
{
    return d->environmentKey.isEmpty() ? d->keyInEffect : d->environmentKey;
}

bool ApiKeyEditor::isBusy() const
{
    return d->storing || d->erasing;
}

void ApiKeyEditor::save()
{
    d->saveKey();
}

void ApiKeyEditor::cancel()
{
    d->storing = d->erasing = false;
    emit busyChanged(false);
}
