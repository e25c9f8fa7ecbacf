// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "media/outputsaver.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QSettings;

// The user's preferences, kept in QSettings. Never holds the API key, except in plain text when
// the user chose that after a warning because no system keychain is available.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // Where the key lives when the environment does not give one.
    enum class KeyStorage {
        Keychain,    // the system keychain (default)
        SessionOnly, // in memory until the app quits
        PlainText,   // in the settings file, unencrypted: only after the user's explicit choice
    };
    Q_ENUM(KeyStorage)

    static constexpr std::chrono::seconds DefaultTimeout{1800};
    static constexpr int DefaultRequestsPerSecond = 5;
    static constexpr int MaxRequestsPerSecond = 10;

    explicit AppSettings(QObject *parent = nullptr);      // the application's QSettings
    AppSettings(const QString &iniFile, QObject *parent); // for tests
    ~AppSettings() override;

    QString downloadFolder() const; // default: <Pictures>/WaveSpeed
    void setDownloadFolder(const QString &folder);
    static QString defaultDownloadFolder();

    // Each task's outputs saved as it completes (default off), organised by the layout.
    bool autoSave() const;
    void setAutoSave(bool enabled);
    OutputSaver::Layout saveLayout() const; // default flat
    void setSaveLayout(OutputSaver::Layout layout);

    std::chrono::seconds timeout() const;
    void setTimeout(std::chrono::seconds timeout);

    int requestsPerSecond() const; // 1..MaxRequestsPerSecond
    void setRequestsPerSecond(int count);

    bool notificationsEnabled() const; // default on
    void setNotificationsEnabled(bool enabled);

    bool blurNsfw() const; // default on
    void setBlurNsfw(bool blur);

    QString language() const; // "" follows the system; else a BCP 47 name like "de"
    void setLanguage(const QString &language);

    KeyStorage keyStorage() const;
    void setKeyStorage(KeyStorage storage);
    // Only with KeyStorage::PlainText; setting it with another storage clears it instead.
    QString plainTextKey() const;
    void setPlainTextKey(const QString &key);

    // Window state, as QWidget::saveGeometry()/QHeaderView::saveState() give it.
    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);

    void sync();

signals:
    void changed(); // after any setter changed something

private:
    void write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};
