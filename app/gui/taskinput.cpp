// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskinput.h"

#include <QDir>
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

// The text of a .txt, .json or .csv file; nothing, with the reason in `problems`, otherwise.
std::optional<QString> TaskInput::readFile(const QString &path, QStringList *problems)
{
    const QFileInfo info(path);
    if (!isReadableSuffix(info.suffix().toLower())) {
        problems->append(tr("%1 is not a .txt, .json or .csv file.").arg(info.fileName()));
        return std::nullopt;
    }
    if (info.size() > MaxFileBytes) {
        problems->append(
            tr("%1 is larger than %2 MB.").arg(info.fileName()).arg(MaxFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
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
        if (const std::optional<QString> text = readFile(url.toLocalFile(), &input.problems))
            parts.append(*text);
    }
    // A file manager's drop carries the paths as text too; the files were read instead.
    if (urls.isEmpty() && mime->hasText())
        parts.append(mime->text());
    input.text = parts.join(QLatin1Char('\n'));
    return input;
}

QStringList TaskInput::resolveFiles(const QStringList &arguments, const QString &directory)
{
    QStringList resolved;
    resolved.reserve(arguments.size());
    for (const QString &argument : arguments) {
        const QFileInfo info(QDir(directory), argument);
        const bool isFile = !argument.contains(QLatin1String("://")) && info.isFile();
        resolved.append(isFile ? QUrl::fromLocalFile(info.absoluteFilePath()).toString()
                               : argument);
    }
    return resolved;
}

TaskInput TaskInput::fromArguments(const QStringList &arguments)
{
    TaskInput input;
    QStringList parts;
    for (const QString &argument : arguments) {
        const QUrl url(argument, QUrl::StrictMode);
        if (url.isValid() && url.isLocalFile()) {
            if (const std::optional<QString> text = readFile(url.toLocalFile(), &input.problems))
                parts.append(*text);
        } else {
            parts.append(argument);
        }
    }
    input.text = parts.join(QLatin1Char('\n'));
    return input;
}
