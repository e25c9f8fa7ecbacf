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
#include <QThread>
#include <QThreadPool>

namespace ThumbnailImage {

QThreadPool *decodePool()
{
    // Waits for its last decodes when the process ends, as Qt's global pool does.
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setObjectName(QStringLiteral("wsm-decoders"));
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(configured)
    return &pool;
}

namespace {

// A JPEG decodes natively at 1/2, 1/4 or 1/8 of its size. Asked for exactly that size, Qt's
// reader scales nothing itself; below its quality threshold of 50 it also skips libjpeg's finer
// chroma upsampling, which a thumbnail never shows. Our own smooth scale then makes the
// thumbnail: together about a quarter faster than asking the reader for the thumbnail size.
constexpr int JpegScales[] = {8, 4, 2};
constexpr int FastJpegQuality = 0;

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

// What the reader is asked for: the smallest native JPEG scale that still covers the
// thumbnail, else the thumbnail itself.
QSize decodeSize(QImageReader &reader, const QSize &size, const QSize &thumbnail)
{
    if (reader.format() != "jpeg")
        return thumbnail;
    for (const int scale : JpegScales) {
        const QSize scaled = size / scale;
        const bool exact = size.width() % scale == 0 && size.height() % scale == 0;
        if (exact && scaled.width() >= thumbnail.width() && scaled.height() >= thumbnail.height()) {
            reader.setQuality(FastJpegQuality);
            return scaled;
        }
    }
    return thumbnail;
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

    const QSize thumbnail = fittedSize(size, edge);
    reader.setScaledSize(decodeSize(reader, size, thumbnail));
    QImage image;
    if (!reader.read(&image))
        return failed(Failure::Undecodable);
    if (image.size() != thumbnail)
        image = image.scaled(thumbnail, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
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
