// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "simprocess.h"

#include <QElapsedTimer>

namespace {
constexpr int StartTimeoutMs = 10000;
constexpr int StopTimeoutMs = 5000;
} // namespace

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QString &program, const QString &key, QString *error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_process.start(program,
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key"), key});
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        *error = QStringLiteral("%1: %2").arg(program, m_process.errorString());
        return false;
    }

    // "API:     http://127.0.0.1:<port>", then the output host and the key.
    QElapsedTimer clock;
    clock.start();
    while (!m_apiBase.isValid() && clock.elapsed() < StartTimeoutMs) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(StartTimeoutMs))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromLocal8Bit(m_process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("API:")))
                m_apiBase = QUrl(line.mid(4).trimmed());
        }
    }
    if (!m_apiBase.isValid()) {
        *error = QStringLiteral("%1 did not say where it listens: %2")
                     .arg(program, QString::fromLocal8Bit(m_process.readAllStandardError()));
        stop();
        return false;
    }
    return true;
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}
