// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "apikeyeditor.h"
#include "logging.h"
#include "settings/appsettings.h"
#include "settingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <chrono>

using SettingsForm::formLayout;
using SettingsForm::noteLabel;
using SettingsForm::rowLayout;

namespace {

constexpr int MinimumWidth = 560;

// The per-task timeout in whole minutes: a minute at least, a week (WaveSpeed's retention) at most.
constexpr int MinimumTimeoutMinutes = 1;
constexpr int MaximumTimeoutMinutes = 7 * 24 * 60;

} // namespace

struct SettingsDialog::Private
{
    SettingsDialog *q;
    AppSettings *settings;

    ApiKeyEditor *keyEditor = nullptr;
    QLineEdit *folderEdit = nullptr;
    QComboBox *layout = nullptr;
    QCheckBox *autoSave = nullptr;
    QSpinBox *timeoutMinutes = nullptr;
    QSpinBox *requestsPerSecond = nullptr;
    QCheckBox *notifications = nullptr;
    QCheckBox *blurNsfw = nullptr;
    QComboBox *language = nullptr;
    QDialogButtonBox *buttons = nullptr;

    Private(SettingsDialog *dialog, AppSettings *appSettings)
        : q(dialog)
        , settings(appSettings)
    {}

    QGroupBox *buildGeneralSection();
    void addFolderRow(QFormLayout *form, QWidget *group);
    void addLanguageRow(QFormLayout *form, QWidget *group);
    void loadFields();
    void applyFields();
    void finish(const QString &key, bool changed);
};

QGroupBox *SettingsDialog::Private::buildGeneralSection()
{
    auto *group = new QGroupBox(tr("Monitoring"), q);
    auto *form = formLayout(group);

    addFolderRow(form, group);

    layout = new QComboBox(group);
    layout->addItem(tr("All in the download folder", "save layout"),
                    int(OutputSaver::Layout::Flat));
    layout->addItem(tr("In a folder per day", "save layout"), int(OutputSaver::Layout::ByDate));
    layout->addItem(tr("In a folder per model", "save layout"), int(OutputSaver::Layout::ByModel));
    layout->setAccessibleName(tr("How saved outputs are organised"));
    layout->setToolTip(tr("A folder per day is named after the day each task was created; a "
                          "folder per model after the model's name"));
    form->addRow(tr("&Organise saved files:"), layout);

    autoSave = new QCheckBox(tr("&Save the outputs of every task as it completes"), group);
    autoSave->setAccessibleName(tr("Auto-save"));
    autoSave->setToolTip(tr("Outputs already saved are never saved again, even after a restart"));
    form->addRow(autoSave);

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
    languageNote->setWordWrap(false);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(language);
    languageRow->addWidget(languageNote, 1);
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
    layout->setCurrentIndex(std::max(0, layout->findData(int(settings->saveLayout()))));
    autoSave->setChecked(settings->autoSave());

    const QString code = settings->language();
    int index = language->findData(code);
    if (index < 0) {
        // A language set by hand in the settings file is kept, not silently replaced.
        language->addItem(QLocale(code).nativeLanguageName(), code);
        index = language->count() - 1;
    }
    language->setCurrentIndex(index);
}

void SettingsDialog::Private::applyFields()
{
    settings->setDownloadFolder(QDir::fromNativeSeparators(folderEdit->text()));
    settings->setTimeout(std::chrono::minutes(timeoutMinutes->value()));
    settings->setRequestsPerSecond(requestsPerSecond->value());
    settings->setNotificationsEnabled(notifications->isChecked());
    settings->setBlurNsfw(blurNsfw->isChecked());
    settings->setSaveLayout(OutputSaver::Layout(layout->currentData().toInt()));
    settings->setAutoSave(autoSave->isChecked());
    settings->setLanguage(language->currentData().toString());
}

// The key is settled: the fields are saved with it, so that Cancel after a keychain warning
// still leaves the settings as they were.
void SettingsDialog::Private::finish(const QString &key, bool changed)
{
    applyFields();
    settings->sync();
    if (changed) {
        qCInfo(lcUi) << "API key changed in the settings";
        emit q->apiKeyChanged(key);
    }
    q->QDialog::accept();
}

SettingsDialog::SettingsDialog(AppSettings *settings, Credentials *credentials,
                               QNetworkAccessManager *network, const QUrl &apiBase, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, settings))
{
    setWindowTitle(tr("Settings"));

    d->keyEditor = new ApiKeyEditor(settings, credentials, network, apiBase, this);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    d->buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the settings and close"));
    d->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Discard the changes"));
    d->buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving"));
    connect(d->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->keyEditor);
    layout->addWidget(d->buildGeneralSection());
    layout->addStretch();
    layout->addWidget(d->buttons);
    // Wrapped notes ask for height by width: give them a width that keeps every row readable.
    setMinimumWidth(MinimumWidth);

    connect(d->keyEditor, &ApiKeyEditor::busyChanged, this,
            [this](bool busy) { d->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy); });
    connect(d->keyEditor, &ApiKeyEditor::settled, this,
            [this](const QString &key, bool changed) { d->finish(key, changed); });
    // A keychain answer that arrives after Cancel must not close or save anything.
    connect(this, &QDialog::rejected, d->keyEditor, &ApiKeyEditor::cancel);

    d->loadFields();
    d->keyEditor->load();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::apiKey() const
{
    return d->keyEditor->key();
}

void SettingsDialog::accept()
{
    if (d->keyEditor->isBusy())
        return; // the keychain's answer closes the dialog
    d->keyEditor->save();
}
