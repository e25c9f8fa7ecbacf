// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "imagefetch.h"

#include "logging.h"
#include "media/outputfetch.h"
#include "media/thumbnailimage.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent>

namespace {

constexpr qint64 BytesPerPixel = 4; // what a decoded pixel costs, at least
constexpr qint64 BytesPerMegabyte = 1024 * 1024;

struct Decoded
{
    QImage image;
    QString error;
};

// Runs in the thread pool: the header is read first, so that a small file announcing a huge
// picture is refused before any pixel memory is taken.
Decoded decodeImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);

    if (!reader.canRead())
        return {{}, ImageFetch::tr("the output is not an image this app can show")};
    const QSize size = reader.size();
    const qint64 allocation = qint64(size.width()) * size.height() * BytesPerPixel;
    if (size.width() > ImageFetch::MaxEdge || size.height() > ImageFetch::MaxEdge ||
        allocation > ImageFetch::MaxAllocationMb * BytesPerMegabyte) {
        //: %1 × %2 is the image's width and height in pixels
        return {{},
                ImageFetch::tr("the image is too large to preview (%1 × %2 pixels)")
                    .arg(size.width())
                    .arg(size.height())};
    }

    QImage image = reader.read();
    if (image.isNull())
        return {{},
                ImageFetch::tr("the image could not be decoded (%1)").arg(reader.errorString())};
    // The formats the painter draws fastest, converted here rather than on the GUI thread.
    image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                            : QImage::Format_RGB32);
    return {image, {}};
}

} // namespace

ImageFetch::ImageFetch(QNetworkAccessManager *network, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_fetch(new OutputFetch(network, url, MaxBytes, this))
{
    connect(m_fetch, &OutputFetch::fetched, this,
            [this](const QUrl &, const QByteArray &bytes) { decode(bytes); });
    m_fetch->setLogging(lcUi, QStringLiteral("preview"));
    connect(m_fetch, &OutputFetch::failed, this,
            [this](const QUrl &from, const OutputFetch::Failure &failure) {
                emit failed(from, OutputFetch::describe(failure));
            });
}

ImageFetch::~ImageFetch() = default;

void ImageFetch::start()
{
    m_fetch->start();
}

void ImageFetch::decode(const QByteArray &bytes)
{
    // The limit is process-wide in Qt 6.4: set it here, on the GUI thread, before decoding.
    QImageReader::setAllocationLimit(MaxAllocationMb);

    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Decoded result = watcher->result();
        if (result.image.isNull()) {
            qCInfo(lcUi).noquote()
                << "preview: cannot show" << redactedUrl(m_url) << "-" << result.error;
            emit failed(m_url, result.error);
            return;
        }
        emit decoded(m_url, result.image);
    });
    watcher->setFuture(QtConcurrent::run(ThumbnailImage::decodePool(), decodeImage, bytes));
}
