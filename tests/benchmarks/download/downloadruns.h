// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// One download of the served file, by the app's Downloader or by curl.
struct DownloadRun
{
    qint64 bytes = 0;
    double seconds = 0;
    double clientCpuSeconds = 0;
    double serverCpuSeconds = 0; // what the server process spent meanwhile
    qint64 growthKb = 0;         // ours: this process's resident memory above where it started
    qint64 peakKb = 0;           // the client's resident memory at its highest
    bool identical = false;      // the saved file holds the served bytes
    QString error;

    double mibPerSecond() const;
    double serverBusy() const; // share of one core
};

// Downloads the same URL into a folder of its own each time, checks the result against the
// served file, and removes it.
class DownloadRuns final
{
    Q_DISABLE_COPY_MOVE(DownloadRuns)

public:
    DownloadRuns(const QUrl &url, const QString &servedFile, const QString &workDirectory,
                 qint64 serverPid);

    DownloadRun ours(int run);
    DownloadRun curl(int run);

private:
    void finish(DownloadRun &result, const QString &path, const QString &folder) const;

    QUrl m_url;
    QString m_servedFile;
    QString m_workDirectory;
    qint64 m_serverPid;
};
