// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// The simulated API as its own process (wavespeed-sim), so that serving ten thousand tasks costs
// the measured process nothing: not its CPU time, memory or event loop.
class SimProcess final
{
    Q_DISABLE_COPY_MOVE(SimProcess)

public:
    SimProcess() = default;
    ~SimProcess();

    // Starts it on free loopback ports with this key; false, with `error` set, when it did not.
    bool start(const QString &program, const QString &key, QString *error);
    void stop();

    QUrl apiBase() const { return m_apiBase; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QUrl m_apiBase;
};
