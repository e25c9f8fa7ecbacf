// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskinput.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace {

bool isReadableSuffix(const QString &suffix)
{
    return suffix == QLatin1String("txt") || suffix == QLatin1String("json") ||
           suffix == QLatin1String("csv");
}

} // namespace

bool TaskInput::canRead(const QMimeData *mime)
{
    return mime && (mime->hasText() || mime->hasUrls());
}

TaskInput TaskInput::fromMimeData(const QMimeData *mime)
{
    TaskInput input;
    if (!mime)
        return input;

    QStringList parts;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            parts.append(url.toString());
            continue;
        }
        const QFileInfo info(url.toLocalFile());
        if (!isReadableSuffix(info.suffix().toLower())) {
            input.problems.append(tr("%1 is not a .txt, .json or .csv file.").arg(info.fileName()));
            continue;
        }
        if (info.size() > MaxFileBytes) {
            input.problems.append(tr("%1 is larger than %2 MB.")
                                      .arg(info.fileName())
                                      .arg(MaxFileBytes / (1024 * 1024)));
            continue;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            input.problems.append(
                tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
            continue;
        }
        parts.append(QString::fromUtf8(file.readAll()));
    }
    // A file manager's drop carries the paths as text too; the files were read instead.
    if (urls.isEmpty() && mime->hasText())
        parts.append(mime->text());
    input.text = parts.join(QLatin1Char('\n'));
    return input;
}
