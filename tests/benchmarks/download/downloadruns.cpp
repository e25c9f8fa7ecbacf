// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "downloadruns.h"

#include "media/downloader.h"
#include "processprobe.h"
#include "testfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>

namespace {

constexpr double BytesPerMib = 1024.0 * 1024.0;
constexpr int CurlStartTimeoutMs = 10000;

QString curlProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("curl"));
    return found.isEmpty() ? QStringLiteral("/usr/bin/curl") : found;
}

} // namespace

double DownloadRun::mibPerSecond() const
{
    return seconds > 0 ? double(bytes) / BytesPerMib / seconds : 0.0;
}

double DownloadRun::serverBusy() const
{
    return seconds > 0 ? serverCpuSeconds / seconds : 0.0;
}

DownloadRuns::DownloadRuns(const QUrl &url, const QString &servedFile, const QString &workDirectory,
                           qint64 serverPid)
    : m_url(url)
    , m_servedFile(servedFile)
    , m_workDirectory(workDirectory)
    , m_serverPid(serverPid)
{}

// As the app does it: one network manager, already there, and a Downloader saving the output.
DownloadRun DownloadRuns::ours(int run)
{
    const QString folder = QDir(m_workDirectory).filePath(QStringLiteral("ours-%1").arg(run));
    QNetworkAccessManager network;
    Downloader downloader(&network);
    DownloadRun result;
    QString path;
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(&downloader, &Downloader::saved, &loop,
                     [&](const QString &, const QUrl &, const QString &savedAs, qint64 bytes) {
                         result.seconds = double(clock.nsecsElapsed()) / 1e9;
                         result.bytes = bytes;
                         path = savedAs;
                     });
    QObject::connect(
        &downloader, &Downloader::failed, &loop,
        [&](const QString &, const QUrl &, const QString &error) { result.error = error; });
    QObject::connect(&downloader, &Downloader::taskFinished, &loop, &QEventLoop::quit);

    MemorySampler sampler;
    const double serverBefore = ProcessProbe::cpuSeconds(m_serverPid).value_or(0);
    const double cpuBefore = ProcessProbe::ownCpuSeconds();
    sampler.start();
    clock.start();
    downloader.download(QStringLiteral("bench-%1").arg(run), {m_url}, folder);
    loop.exec();
    const MemorySampler::Peaks peaks = sampler.stop();
    result.clientCpuSeconds = ProcessProbe::ownCpuSeconds() - cpuBefore;
    result.serverCpuSeconds = ProcessProbe::cpuSeconds(m_serverPid).value_or(0) - serverBefore;
    result.growthKb = peaks.ownPeakKb - peaks.ownStartKb;
    result.peakKb = peaks.ownPeakKb;

    finish(result, path, folder);
    return result;
}

// curl times itself (-w time_total): its process start-up does not count against it.
DownloadRun DownloadRuns::curl(int run)
{
    const QString folder = QDir(m_workDirectory).filePath(QStringLiteral("curl-%1").arg(run));
    const QString path = QDir(folder).filePath(QStringLiteral("output.bin"));
    DownloadRun result;
    if (!QDir().mkpath(folder)) {
        result.error = QStringLiteral("cannot create %1").arg(folder);
        return result;
    }

    QProcess curl;
    curl.setProgram(curlProgram());
    curl.setArguments({QStringLiteral("-sS"), QStringLiteral("-o"), path, QStringLiteral("-w"),
                       QStringLiteral("%{time_total} %{size_download}"),
                       m_url.toString(QUrl::FullyEncoded)});
    MemorySampler sampler;
    const double serverBefore = ProcessProbe::cpuSeconds(m_serverPid).value_or(0);
    const double cpuBefore = ProcessProbe::childrenCpuSeconds();
    sampler.start();
    curl.start();
    if (curl.waitForStarted(CurlStartTimeoutMs))
        sampler.watch(curl.processId());
    curl.waitForFinished(-1);
    const MemorySampler::Peaks peaks = sampler.stop();
    result.clientCpuSeconds = ProcessProbe::childrenCpuSeconds() - cpuBefore;
    result.serverCpuSeconds = ProcessProbe::cpuSeconds(m_serverPid).value_or(0) - serverBefore;
    result.peakKb = peaks.otherPeakKb;

    const QList<QByteArray> figures = curl.readAllStandardOutput().trimmed().split(' ');
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0 || figures.size() != 2) {
        result.error = QStringLiteral("curl failed (exit %1): %2")
                           .arg(curl.exitCode())
                           .arg(QString::fromLocal8Bit(curl.readAllStandardError().trimmed()));
    } else {
        result.seconds = figures.at(0).toDouble();
        result.bytes = figures.at(1).toLongLong();
    }
    finish(result, path, folder);
    return result;
}

void DownloadRuns::finish(DownloadRun &result, const QString &path, const QString &folder) const
{
    result.identical = result.error.isEmpty() && !path.isEmpty() &&
                       QFileInfo(path).size() == QFileInfo(m_servedFile).size() &&
                       TestFile::sameContents(path, m_servedFile);
    QDir(folder).removeRecursively();
}
