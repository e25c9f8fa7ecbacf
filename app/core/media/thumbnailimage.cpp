// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/thumbnailimage.h"

#include "logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

namespace ThumbnailImage {

namespace {

Result failed(Failure failure)
{
    return Result{QImage(), failure};
}

// Sixteen-bit and indexed sources become the 32-bit formats a delegate paints fastest.
QImage compact(const QImage &image)
{
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                         : QImage::Format_RGB32);
}

// A thumbnail that cannot be kept is still shown: a warning is enough.
void store(const QImage &image, const QString &path)
{
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const bool saved = QDir().mkpath(QFileInfo(path).absolutePath()) &&
                       file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
    if (!saved)
        qCWarning(lcThumb).noquote() << "cannot write the thumbnail" << path << file.errorString();
}

} // namespace

QSize fittedSize(const QSize &size, int edge)
{
    if (size.width() <= edge && size.height() <= edge)
        return size;
    return size.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

// The header is read first, so that a small file declaring a huge picture is refused before
// anything is allocated for it.
Result decode(QIODevice *device, int edge)
{
    QImageReader reader(device);
    reader.setAllocationLimit(AllocationLimitMb);
    if (!reader.canRead())
        return failed(Failure::NotAnImage);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return failed(Failure::Undecodable);
    if (qint64(size.width()) * size.height() > MaxPixels)
        return failed(Failure::TooManyPixels);

    reader.setScaledSize(fittedSize(size, edge));
    QImage image;
    if (!reader.read(&image))
        return failed(Failure::Undecodable);
    return Result{compact(image), std::nullopt};
}

Result fromBytes(QByteArray bytes, int edge, const QString &storeAs)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Result result = decode(&buffer, edge);
    if (!result.failure)
        store(result.image, storeAs);
    return result;
}

Result fromFrame(const QImage &frame, int edge, const QString &storeAs)
{
    if (frame.isNull())
        return failed(Failure::Undecodable);
    const QImage scaled = compact(frame.scaled(fittedSize(frame.size(), edge), Qt::KeepAspectRatio,
                                               Qt::SmoothTransformation));
    store(scaled, storeAs);
    return Result{scaled, std::nullopt};
}

Result fromFile(const QString &path, int edge)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Failure::Unreadable);
    return decode(&file, edge);
}

} // namespace ThumbnailImage
