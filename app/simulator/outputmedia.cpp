// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "outputmedia.h"

#include "logging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>

namespace {

constexpr int ImageSide = 512;
constexpr int TileSide = 64;

} // namespace

QByteArray OutputMedia::png(const QString &taskId, int number)
{
    // A digest, not qHash: the picture must not change between runs or Qt versions.
    const QByteArray seed = QCryptographicHash::hash(
        taskId.toUtf8() + '/' + QByteArray::number(number), QCryptographicHash::Sha256);
    const auto byte = [&seed](int index) {
        return static_cast<quint8>(seed.at(index));
    };
    const QColor from(byte(0), byte(1), byte(2));
    const QColor to(byte(3), byte(4), byte(5));
    const int tileShade = 24 + byte(6) % 48;

    QImage image(ImageSide, ImageSide, QImage::Format_RGB32);
    for (int y = 0; y < ImageSide; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < ImageSide; ++x) {
            const int t = (x + y) * 255 / (2 * (ImageSide - 1)); // a diagonal gradient
            const bool darkTile = ((x / TileSide) + (y / TileSide)) % 2 == 0;
            const int shade = darkTile ? tileShade : 0;
            const auto mix = [t, shade](int a, int b) {
                return std::max(0, (a * (255 - t) + b * t) / 255 - shade);
            };
            line[x] = qRgb(mix(from.red(), to.red()), mix(from.green(), to.green()),
                           mix(from.blue(), to.blue()));
        }
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray OutputMedia::sampleVideo()
{
    QFile file(QStringLiteral(":/simulator/sample.mp4"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "the sample video is missing from the resources";
        return {};
    }
    return file.readAll();
}
