// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "credentials.h"

#include "logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace {

// A keychain that has not answered by then (a locked or hung secret service) is treated as
// unavailable, so that the app can ask for the key instead of waiting forever.
constexpr auto KeychainTimeout = 5s;

constexpr qsizetype MinimumKeyLength = 8;
constexpr qsizetype MaximumKeyLength = 512;

// Printable ASCII without the space: what a bearer token may hold.
constexpr char16_t FirstKeyCharacter = u'!';
constexpr char16_t LastKeyCharacter = u'~';

} // namespace

QString Credentials::serviceName()
{
    return QStringLiteral("WaveSpeed Task Monitor");
}

QString Credentials::accountName()
{
    return QStringLiteral("api-key");
}

QString Credentials::fromEnvironment()
{
    return qEnvironmentVariable(EnvironmentVariable).trimmed();
}

Credentials::Credentials(QObject *parent)
    : QObject(parent)
{}

bool Credentials::isPlausibleKey(QStringView key)
{
    if (key.size() < MinimumKeyLength || key.size() > MaximumKeyLength)
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar character) {
        return character.unicode() >= FirstKeyCharacter && character.unicode() <= LastKeyCharacter;
    });
}

void Credentials::readStored()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(accountName());
    job->setInsecureFallback(false);

    run(
        job,
        [this](QKeychain::Job *finished) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            switch (read->error()) {
            case QKeychain::NoError:
                emit readFinished(read->textData().trimmed(), QString());
                return;
            case QKeychain::EntryNotFound:
                // Nothing saved yet is the usual first start, not a failure.
                emit readFinished(QString(), QString());
                return;
            default:
                qCInfo(lcApi) << "keychain read failed:" << read->errorString();
                emit readFinished(
                    QString(),
                    tr("The system keychain could not be read: %1").arg(read->errorString()));
                return;
            }
        },
        [this] {
            qCWarning(lcApi) << "keychain read did not finish in time";
            emit readFinished(QString(), tr("The system keychain did not answer"));
        });
}

void Credentials::store(const QString &key)
{
    if (!isPlausibleKey(key.trimmed())) {
        // Still answered from the event loop, as callers of an asynchronous call expect.
        QTimer::singleShot(0, this, [this] {
            emit storeFinished(false, tr("This does not look like a WaveSpeed API key."));
        });
        return;
    }

    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(accountName());
    job->setTextData(key.trimmed());
    job->setInsecureFallback(false); // never fall back to a plain-text file behind the user's back

    run(
        job,
        [this](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError) {
                emit storeFinished(true, QString());
                return;
            }
            qCWarning(lcApi) << "keychain write failed:" << finished->errorString();
            emit storeFinished(false, tr("The key could not be saved in the system keychain: %1")
                                          .arg(finished->errorString()));
        },
        [this] {
            qCWarning(lcApi) << "keychain write did not finish in time";
            emit storeFinished(false, tr("The system keychain did not answer"));
        });
}

void Credentials::erase()
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(accountName());
    job->setInsecureFallback(false);

    run(
        job,
        [this](QKeychain::Job *finished) {
            // Erasing what is not there leaves the wanted state: no key stored.
            const auto error = finished->error();
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
                emit eraseFinished(true, QString());
                return;
            }
            qCWarning(lcApi) << "keychain delete failed:" << finished->errorString();
            emit eraseFinished(false,
                               tr("The key could not be removed from the system keychain: %1")
                                   .arg(finished->errorString()));
        },
        [this] {
            qCWarning(lcApi) << "keychain delete did not finish in time";
            emit eraseFinished(false, tr("The system keychain did not answer"));
        });
}

void Credentials::run(QKeychain::Job *job, std::function<void(QKeychain::Job *)> onFinished,
                      std::function<void()> onTimeout)
{
    // Shared by both paths: whichever comes first answers, the other one finds it done.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(KeychainTimeout);

    connect(job, &QKeychain::Job::finished, this,
            [answered, timer, onFinished = std::move(onFinished)](QKeychain::Job *finished) {
                if (*answered)
                    return;
                *answered = true;
                timer->stop();
                timer->deleteLater();
                onFinished(finished);
            });
    connect(timer, &QTimer::timeout, this, [answered, timer, onTimeout = std::move(onTimeout)] {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        onTimeout();
    });

    timer->start();
    job->start();
}
