// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "processstats.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <ctime>
#include <unistd.h>

namespace {

constexpr qint64 NanosecondsPerSecond = 1000000000;

std::optional<qint64> statusKilobytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Read whole: files in /proc report a size of 0.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        // "VmRSS:\t   31240 kB"
        if (!line.startsWith(field + ':'))
            continue;
        bool ok = false;
        const qint64 kilobytes =
            line.mid(field.size() + 1).simplified().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kilobytes) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> ProcessStats::residentKilobytes()
{
    return statusKilobytes("VmRSS");
}

std::optional<qint64> ProcessStats::peakResidentKilobytes()
{
    return statusKilobytes("VmHWM");
}

qint64 ProcessStats::cpuNanoseconds()
{
    timespec now{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) != 0)
        return 0;
    return qint64(now.tv_sec) * NanosecondsPerSecond + now.tv_nsec;
}

std::optional<qint64> ProcessStats::cpuNanosecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "pid (name) state ppid ...": the name may hold spaces, the fields after it do not.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int UserTimeField = 11; // utime, the 14th field, counted from the state
    constexpr int SystemTimeField = 12;
    if (fields.size() <= SystemTimeField)
        return std::nullopt;
    const qint64 ticks =
        fields.at(UserTimeField).toLongLong() + fields.at(SystemTimeField).toLongLong();
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    return ticksPerSecond > 0 ? std::optional<qint64>(ticks * NanosecondsPerSecond / ticksPerSecond)
                              : std::nullopt;
}
