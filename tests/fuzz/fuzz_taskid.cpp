// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// Any text pasted or dropped: the IDs found are acceptable, unique, and become exactly one URL
// path segment each.
#include "tasks/taskid.h"

#include <QSet>
#include <QString>
#include <QUrl>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList ids = TaskId::extract(text);

    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!TaskId::isAcceptable(id) || seen.contains(id))
            std::abort();
        seen.insert(id);

        const QString segment = TaskId::pathSegment(id);
        if (segment.contains(QLatin1Char('/')) || segment.contains(QLatin1Char('?')) ||
            segment.contains(QLatin1Char('#')))
            std::abort();
        QUrl url(QStringLiteral("https://api.example.com/api/v3/predictions/"));
        url.setPath(url.path() + segment, QUrl::StrictMode);
        if (!url.path().startsWith(QLatin1String("/api/v3/predictions/")))
            std::abort(); // the ID climbed out of its segment
    }
    return 0;
}
