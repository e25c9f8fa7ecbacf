// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "residentmemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

std::optional<qint64> residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Read whole: files in /proc report a size of 0, so atEnd() cannot be trusted.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        // "VmRSS:\t   31240 kB"
        if (!line.startsWith("VmRSS:"))
            continue;
        bool ok = false;
        const qint64 kilobytes = line.mid(6).simplified().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kilobytes) : std::nullopt;
    }
    return std::nullopt;
}
