// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// Any task ID, URL and Content-Type: the saved file's name stays a plain, short name inside the
// chosen folder.
#include "media/outputnames.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstdlib>

namespace {

bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('.')) ||
        name.endsWith(QLatin1Char(' ')))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c.unicode() < 0x20 || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Three fields, split at the first two NUL bytes: task ID, URL, Content-Type.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\0');
    const QString taskId = QString::fromUtf8(parts.value(0));
    const QUrl url(QString::fromUtf8(parts.value(1)));
    const QByteArray contentType = parts.value(2);

    const QString stem = OutputNames::safeStem(taskId);
    if (!isPlainName(stem) || stem.size() > 100)
        std::abort();

    const QString extension = OutputNames::extension(url, contentType);
    if (extension.isEmpty() || extension.size() > 8)
        std::abort();
    for (const QChar c : extension) {
        if (!c.isLetterOrNumber() || c.unicode() > 0x7f)
            std::abort();
    }

    const QString name =
        OutputNames::fileName(taskId, 1 + int(size % 50), extension, 1 + int(size % 3));
    if (!isPlainName(name))
        std::abort();
    return 0;
}
