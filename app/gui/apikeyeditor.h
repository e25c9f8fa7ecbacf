// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>

#include <memory>

class AppSettings;
class Credentials;
class QNetworkAccessManager;
class QUrl;

// The API key section of the settings: the field and its show toggle, a check against the
// balance endpoint, and the key's storage in the keychain or, without one, where the user says.
class ApiKeyEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyEditor)

public:
    ApiKeyEditor(AppSettings *settings, Credentials *credentials, QNetworkAccessManager *network,
                 const QUrl &apiBase, QWidget *parent = nullptr);
    ~ApiKeyEditor() override;

    void load();         // shows the key in effect; one from the keychain arrives later
    QString key() const; // in effect: WAVESPEED_API_KEY when set, else the saved one
    bool isBusy() const; // the keychain has not answered a store or erase yet

    // Saves the typed key. settled() follows, at once or when the keychain answers, unless the
    // user must act first (a key that does not look right, or the place to keep it).
    void save();
    void cancel(); // a keychain answer still to come changes nothing

signals:
    void busyChanged(bool busy);
    void settled(const QString &key, bool changed);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
