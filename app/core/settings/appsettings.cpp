// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QDir>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

// The dialog offers the same range in minutes: shorter than a minute gives nothing time to
// finish, and WaveSpeed deletes predictions after 7 days anyway.
constexpr std::chrono::seconds MinimumTimeout = 1min;
constexpr std::chrono::seconds MaximumTimeout = 7 * 24h;
constexpr int MinimumRequestsPerSecond = 1;

const QString DownloadFolderKey = QStringLiteral("downloads/folder");
const QString TimeoutKey = QStringLiteral("polling/timeoutSeconds");
const QString RequestsPerSecondKey = QStringLiteral("polling/requestsPerSecond");
const QString NotificationsKey = QStringLiteral("ui/notifications");
const QString BlurNsfwKey = QStringLiteral("ui/blurNsfw");
const QString AutoSaveKey = QStringLiteral("downloads/autoSave");
const QString SaveLayoutKey = QStringLiteral("downloads/layout");
const QString LanguageKey = QStringLiteral("ui/language");
const QString KeyStorageKey = QStringLiteral("credentials/storage");
const QString PlainTextKeyKey = QStringLiteral("credentials/plainTextKey");
const QString WindowGroup = QStringLiteral("window/");

QMetaEnum keyStorageEnum()
{
    return QMetaEnum::fromType<AppSettings::KeyStorage>();
}

// "de", "pt_BR", "zh-Hans": anything else (a path, a typo with spaces) follows the system.
bool isLanguageName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::downloadFolder() const
{
    const QString folder = m_settings->value(DownloadFolderKey).toString();
    return folder.isEmpty() ? defaultDownloadFolder() : folder;
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    const QString cleaned = trimmed.isEmpty() ? QString() : QDir::cleanPath(trimmed);

    // The default is not written down, so that it follows the Pictures folder if that moves.
    if (cleaned.isEmpty() || cleaned == defaultDownloadFolder())
        write(DownloadFolderKey, QVariant());
    else if (cleaned != downloadFolder())
        write(DownloadFolderKey, cleaned);
}

QString AppSettings::defaultDownloadFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QDir(base).filePath(QStringLiteral("WaveSpeed"));
}

std::chrono::seconds AppSettings::timeout() const
{
    bool ok = false;
    const qint64 seconds = m_settings->value(TimeoutKey).toLongLong(&ok);
    if (!ok)
        return DefaultTimeout;
    return std::clamp(std::chrono::seconds(seconds), MinimumTimeout, MaximumTimeout);
}

void AppSettings::setTimeout(std::chrono::seconds timeout)
{
    const auto clamped = std::clamp(timeout, MinimumTimeout, MaximumTimeout);
    if (clamped != this->timeout())
        write(TimeoutKey, static_cast<qlonglong>(clamped.count()));
}

int AppSettings::requestsPerSecond() const
{
    bool ok = false;
    const int count = m_settings->value(RequestsPerSecondKey).toInt(&ok);
    if (!ok)
        return DefaultRequestsPerSecond;
    return std::clamp(count, MinimumRequestsPerSecond, MaxRequestsPerSecond);
}

void AppSettings::setRequestsPerSecond(int count)
{
    const int clamped = std::clamp(count, MinimumRequestsPerSecond, MaxRequestsPerSecond);
    if (clamped != requestsPerSecond())
        write(RequestsPerSecondKey, clamped);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(NotificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    if (enabled != notificationsEnabled())
        write(NotificationsKey, enabled);
}

bool AppSettings::autoSave() const
{
    return m_settings->value(AutoSaveKey, false).toBool();
}

void AppSettings::setAutoSave(bool enabled)
{
    if (enabled != autoSave())
        write(AutoSaveKey, enabled);
}

OutputSaver::Layout AppSettings::saveLayout() const
{
    const QByteArray name = m_settings->value(SaveLayoutKey).toString().toLatin1();
    bool ok = false;
    const int value = QMetaEnum::fromType<OutputSaver::Layout>().keyToValue(name.constData(), &ok);
    return ok ? static_cast<OutputSaver::Layout>(value) : OutputSaver::Layout::Flat;
}

void AppSettings::setSaveLayout(OutputSaver::Layout layout)
{
    if (layout == saveLayout())
        return;
    const char *name = QMetaEnum::fromType<OutputSaver::Layout>().valueToKey(int(layout));
    write(SaveLayoutKey, QString::fromLatin1(name));
}

bool AppSettings::blurNsfw() const
{
    return m_settings->value(BlurNsfwKey, true).toBool();
}

void AppSettings::setBlurNsfw(bool blur)
{
    if (blur != blurNsfw())
        write(BlurNsfwKey, blur);
}

QString AppSettings::language() const
{
    const QString language = m_settings->value(LanguageKey).toString();
    return isLanguageName(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString trimmed = language.trimmed();
    const QString accepted = isLanguageName(trimmed) ? trimmed : QString();
    if (accepted == this->language())
        return;
    write(LanguageKey, accepted.isEmpty() ? QVariant() : QVariant(accepted));
}

AppSettings::KeyStorage AppSettings::keyStorage() const
{
    const QByteArray name = m_settings->value(KeyStorageKey).toString().toLatin1();
    bool ok = false;
    const int value = keyStorageEnum().keyToValue(name.constData(), &ok);
    return ok ? static_cast<KeyStorage>(value) : KeyStorage::Keychain;
}

void AppSettings::setKeyStorage(KeyStorage storage)
{
    // Leaving plain text must not leave the key behind in the file.
    if (storage != KeyStorage::PlainText)
        write(PlainTextKeyKey, QVariant());

    if (storage == keyStorage())
        return;
    const char *name = keyStorageEnum().valueToKey(static_cast<int>(storage));
    write(KeyStorageKey, QString::fromLatin1(name));
}

QString AppSettings::plainTextKey() const
{
    if (keyStorage() != KeyStorage::PlainText)
        return QString();
    return m_settings->value(PlainTextKeyKey).toString().trimmed();
}

void AppSettings::setPlainTextKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (keyStorage() != KeyStorage::PlainText || trimmed.isEmpty()) {
        write(PlainTextKeyKey, QVariant());
        return;
    }
    if (trimmed != plainTextKey())
        write(PlainTextKeyKey, trimmed);
}

QByteArray AppSettings::value(const QString &key) const
{
    return m_settings->value(WindowGroup + key).toByteArray();
}

void AppSettings::setValue(const QString &key, const QByteArray &value)
{
    if (value.isEmpty())
        write(WindowGroup + key, QVariant());
    else if (value != this->value(key))
        write(WindowGroup + key, value);
}

void AppSettings::sync()
{
    m_settings->sync();
}

// An invalid value removes the entry. Callers compare before calling, so every call that gets
// here is a real change, except a removal of what is not there, which is caught here.
void AppSettings::write(const QString &key, const QVariant &value)
{
    if (!value.isValid()) {
        if (!m_settings->contains(key))
            return;
        m_settings->remove(key);
    } else {
        m_settings->setValue(key, value);
    }
    emit changed();
}
