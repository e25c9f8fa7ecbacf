// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class AppSettings;
class Credentials;
class QNetworkAccessManager;
class QUrl;

// The settings: the API key (kept in the system keychain, checked against the balance
// endpoint), the download folder, the per-task timeout, requests per second, notifications,
// NSFW blur and language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings *settings, Credentials *credentials, QNetworkAccessManager *network,
                   const QUrl &apiBase, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The key in effect once the dialog is accepted (empty when none); the window passes it
    // to the monitor. With WAVESPEED_API_KEY set, that one, and the field says so.
    QString apiKey() const;

    void accept() override; // saves, then closes

signals:
    void apiKeyChanged(const QString &key);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
