// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "photoset.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace {

constexpr int JpegQuality = 90;
constexpr int BlobCount = 6;
constexpr int NoiseLevels = 12; // noise spans ±NoiseLevels/2 per channel

class Noise
{
public:
    explicit Noise(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 1)
    {}

    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 m_state;
};

struct Colour
{
    double r = 0;
    double g = 0;
    double b = 0;
};

struct Blob
{
    double x = 0;
    double y = 0;
    double radius = 0;
    Colour colour;
};

Colour randomColour(Noise &noise)
{
    return {noise.unit() * 255.0, noise.unit() * 255.0, noise.unit() * 255.0};
}

int clamp(double value)
{
    return std::clamp(int(value), 0, 255);
}

} // namespace

QImage PhotoSet::paint(int index, const QSize &size)
{
    Noise noise(quint64(index) + 1);
    const Colour top = randomColour(noise);
    const Colour bottom = randomColour(noise);
    std::array<Blob, BlobCount> blobs;
    for (Blob &blob : blobs) {
        blob.x = noise.unit() * size.width();
        blob.y = noise.unit() * size.height();
        blob.radius = (0.1 + 0.3 * noise.unit()) * size.width();
        blob.colour = randomColour(noise);
    }
    const double waves = 2.0 + 6.0 * noise.unit(); // a soft texture, like foliage or fabric

    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        const double t = double(y) / size.height();
        const double phase = 3.0 * std::sin(y * waves * 0.007);
        const Colour sky{top.r + (bottom.r - top.r) * t, top.g + (bottom.g - top.g) * t,
                         top.b + (bottom.b - top.b) * t};
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            Colour pixel = sky;
            for (const Blob &blob : blobs) {
                const double dx = x - blob.x;
                const double dy = y - blob.y;
                const double d = 1.0 - (dx * dx + dy * dy) / (blob.radius * blob.radius);
                if (d > 0) {
                    const double w = d * d;
                    pixel.r += (blob.colour.r - pixel.r) * w;
                    pixel.g += (blob.colour.g - pixel.g) * w;
                    pixel.b += (blob.colour.b - pixel.b) * w;
                }
            }
            const double texture = 8.0 * std::sin(x * waves * 0.01 + phase);
            const quint64 grain = noise.next();
            line[x] = qRgb(clamp(pixel.r + texture + int(grain & 0xF) % NoiseLevels - 6),
                           clamp(pixel.g + texture + int((grain >> 8) & 0xF) % NoiseLevels - 6),
                           clamp(pixel.b + texture + int((grain >> 16) & 0xF) % NoiseLevels - 6));
        }
    }
    return image;
}

QStringList PhotoSet::write(const QString &folder, const QString &format, int count,
                            const QSize &size)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        paths.append(QDir(folder).filePath(
            QStringLiteral("photo-%1.%2").arg(i, 3, 10, QLatin1Char('0')).arg(format)));
    }
    std::vector<int> missing;
    for (int i = 0; i < count; ++i) {
        if (!QFileInfo::exists(paths.at(i)))
            missing.push_back(i);
    }

    const auto writeOne = [&paths, &format, &size](int index) {
        QSaveFile file(paths.at(index));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QImageWriter writer(&file, format.toLatin1());
        if (format == QLatin1String("jpg"))
            writer.setQuality(JpegQuality);
        return writer.write(paint(index, size)) && file.commit();
    };
    const QList<bool> written = QtConcurrent::blockingMapped<QList<bool>>(missing, writeOne);
    return written.contains(false) ? QStringList() : paths;
}
