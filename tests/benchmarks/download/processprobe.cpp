// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "processprobe.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

namespace {

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

QByteArray procFile(qint64 pid, const char *name)
{
    const QString path = pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(name))
                                  : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name));
    QFile file(path);
    // Read whole: files in /proc report a size of 0.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

std::optional<qint64> ProcessProbe::residentKilobytes(qint64 pid)
{
    const QList<QByteArray> lines = procFile(pid, "status").split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("VmRSS:")) // "VmRSS:\t   31240 kB"
            continue;
        bool ok = false;
        const qint64 kilobytes = line.mid(6).simplified().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kilobytes) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> ProcessProbe::cpuSeconds(qint64 pid)
{
    // "pid (name) state ppid ...": utime and stime are fields 14 and 15, counted after the name,
    // which may itself hold spaces and parentheses.
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    constexpr int UserField = 11; // field 14 counted from field 3, the first after the name
    if (fields.size() <= UserField + 1)
        return std::nullopt;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return double(fields.at(UserField).toLongLong() + fields.at(UserField + 1).toLongLong()) /
           ticks;
}

double ProcessProbe::ownCpuSeconds()
{
    rusage usage = {};
    ::getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double ProcessProbe::childrenCpuSeconds()
{
    rusage usage = {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

MemorySampler::~MemorySampler()
{
    if (m_thread.joinable())
        stop();
}

void MemorySampler::start()
{
    m_peaks = Peaks();
    m_peaks.ownStartKb = ProcessProbe::residentKilobytes().value_or(0);
    m_peaks.ownPeakKb = m_peaks.ownStartKb;
    m_other = 0;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void MemorySampler::watch(qint64 pid)
{
    m_other = pid;
}

MemorySampler::Peaks MemorySampler::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    sample(); // the end state counts too
    return m_peaks;
}

void MemorySampler::sample()
{
    ++m_peaks.samples;
    if (const auto own = ProcessProbe::residentKilobytes())
        m_peaks.ownPeakKb = std::max(m_peaks.ownPeakKb, *own);
    if (const qint64 other = m_other; other != 0) {
        if (const auto resident = ProcessProbe::residentKilobytes(other))
            m_peaks.otherPeakKb = std::max(m_peaks.otherPeakKb, *resident);
    }
}

void MemorySampler::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        sample();
        m_wake.wait_for(lock, Interval, [this] { return m_stopping; });
    }
}
