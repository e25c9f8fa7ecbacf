// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringView>

#include <functional>

namespace QKeychain {
class Job;
}

// Where the API key comes from: the environment, or the system keychain entry that the desktop
// app saves. Keychain access is asynchronous and always ends with exactly one signal per call.
class Credentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Credentials)

public:
    static constexpr const char *EnvironmentVariable = "WAVESPEED_API_KEY";

    static QString serviceName(); // "WaveSpeed Task Monitor"
    static QString accountName(); // "api-key"

    // The trimmed value of WAVESPEED_API_KEY, or an empty string.
    static QString fromEnvironment();

    explicit Credentials(QObject *parent = nullptr);

    void readStored();              // emits readFinished exactly once per call
    void store(const QString &key); // emits storeFinished exactly once per call
    void erase();                   // emits eraseFinished exactly once per call

    // 8 to 512 printable ASCII characters without whitespace.
    static bool isPlausibleKey(QStringView key);

signals:
    void readFinished(const QString &key, const QString &error); // key empty when none stored
    void storeFinished(bool ok, const QString &error);
    void eraseFinished(bool ok, const QString &error);

private:
    // Starts the job and calls exactly one of the two handlers: onFinished with the job, or
    // onTimeout when the keychain does not answer in time (a late answer is then ignored).
    void run(QKeychain::Job *job, std::function<void(QKeychain::Job *)> onFinished,
             std::function<void()> onTimeout);
};
