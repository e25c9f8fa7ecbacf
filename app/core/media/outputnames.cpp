// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/outputnames.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace {

constexpr int MaxStemLength = 100;
// Past this many copies of one output something is wrong; give up rather than probe forever.
constexpr int MaxCopies = 10000;

const QStringList &allowedSuffixes()
{
    static const QStringList suffixes{
        QStringLiteral("png"),  QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("webp"), QStringLiteral("gif"), QStringLiteral("mp4"),
        QStringLiteral("webm"), QStringLiteral("mov"), QStringLiteral("mp3"),
        QStringLiteral("wav"),  QStringLiteral("m4a"), QStringLiteral("glb"),
        QStringLiteral("json"), QStringLiteral("txt"),
    };
    return suffixes;
}

QString extensionFromContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    struct Mapping
    {
        const char *type;
        const char *extension;
    };
    static constexpr Mapping mappings[] = {
        {"image/png", "png"},       {"image/jpeg", "jpg"},        {"image/webp", "webp"},
        {"image/gif", "gif"},       {"video/mp4", "mp4"},         {"video/webm", "webm"},
        {"video/quicktime", "mov"}, {"audio/mpeg", "mp3"},        {"audio/wav", "wav"},
        {"audio/x-wav", "wav"},     {"audio/wave", "wav"},        {"audio/mp4", "m4a"},
        {"audio/x-m4a", "m4a"},     {"model/gltf-binary", "glb"}, {"application/json", "json"},
        {"text/plain", "txt"},
    };
    for (const Mapping &mapping : mappings) {
        if (type == mapping.type)
            return QString::fromLatin1(mapping.extension);
    }
    return {};
}

bool isPortableNameChar(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') ||
           c == U'.' || c == U'_' || c == U'-';
}

bool isReservedWindowsName(const QString &stem)
{
    const QString base = stem.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList plain{QStringLiteral("CON"), QStringLiteral("PRN"),
                                   QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (plain.contains(base))
        return true;
    const bool numbered = base.size() == 4 && (base.startsWith(QLatin1String("COM")) ||
                                               base.startsWith(QLatin1String("LPT")));
    return numbered && base.at(3) >= QLatin1Char('1') && base.at(3) <= QLatin1Char('9');
}

bool isTaken(const QString &path)
{
    // A dangling symbolic link does not "exist", yet writing through it would land elsewhere.
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

namespace OutputNames {

QString extension(const QUrl &url, const QByteArray &contentType)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const QString lastSegment = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = lastSegment.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        const QString suffix = lastSegment.mid(dot + 1).toLower();
        if (allowedSuffixes().contains(suffix))
            return suffix;
    }

    const QString fromType = extensionFromContentType(contentType);
    return fromType.isEmpty() ? QStringLiteral("bin") : fromType;
}

QString safeStem(const QString &taskId)
{
    QString stem;
    for (const char32_t c : taskId.trimmed().toUcs4())
        stem += isPortableNameChar(c) ? QChar(c) : QLatin1Char('_');

    // Leading dots make hidden files and "." or ".." names.
    while (stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    if (isReservedWindowsName(stem))
        stem.prepend(QLatin1Char('_'));
    stem.truncate(MaxStemLength);
    // Windows drops trailing dots, which would make two IDs share one name.
    while (stem.endsWith(QLatin1Char('.')))
        stem.chop(1);

    return stem.isEmpty() ? QStringLiteral("task") : stem;
}

QString fileName(const QString &taskId, int n, const QString &extension, int copy)
{
    // The extension normally comes from extension(); anything else must not smuggle a separator.
    QString safeExtension;
    for (const QChar c : extension) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            safeExtension += c.toLower();
    }
    if (safeExtension.isEmpty())
        safeExtension = QStringLiteral("bin");

    const QString base = safeStem(taskId) + QLatin1Char('_') + QString::number(n);
    const QString copySuffix = copy > 1 ? QStringLiteral(" (%1)").arg(copy) : QString();
    return base + copySuffix + QLatin1Char('.') + safeExtension;
}

QString freePath(const QString &directory, const QString &taskId, int n, const QString &extension)
{
    const QDir dir(directory);
    for (int copy = 1; copy <= MaxCopies; ++copy) {
        const QString path = dir.filePath(fileName(taskId, n, extension, copy));
        if (!isTaken(path) && !isTaken(path + QStringLiteral(".part")))
            return path;
    }
    return {};
}

} // namespace OutputNames
