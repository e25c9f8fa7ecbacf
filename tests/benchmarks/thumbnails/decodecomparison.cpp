// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "decodecomparison.h"

#include "media/thumbnailimage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>

#include <cstdlib>

namespace {

// The plain way: the whole picture, then a smooth scale to the same size ours makes.
QImage decodeFullAndScale(const QByteArray &bytes, int edge)
{
    const QImage full = QImage::fromData(bytes);
    if (full.isNull())
        return {};
    return full.scaled(ThumbnailImage::fittedSize(full.size(), edge), Qt::KeepAspectRatio,
                       Qt::SmoothTransformation);
}

// Mean absolute difference per channel; -1 when the sizes differ.
double differenceBetween(const QImage &first, const QImage &second)
{
    if (first.size() != second.size() || first.isNull())
        return -1;
    const QImage a = first.convertToFormat(QImage::Format_RGB32);
    const QImage b = second.convertToFormat(QImage::Format_RGB32);
    qint64 total = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *left = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *right = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            total += std::abs(qRed(left[x]) - qRed(right[x])) +
                     std::abs(qGreen(left[x]) - qGreen(right[x])) +
                     std::abs(qBlue(left[x]) - qBlue(right[x]));
        }
    }
    return double(total) / (3.0 * a.width() * a.height());
}

double milliseconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

DecodeComparison DecodeComparison::run(const QStringList &paths, int edge)
{
    DecodeComparison result;
    double differences = 0;
    int compared = 0;
    for (int i = 0; i < paths.size(); ++i) {
        QFile file(paths.at(i));
        if (!file.open(QIODevice::ReadOnly)) {
            ++result.failures;
            continue;
        }
        const QByteArray bytes = file.readAll(); // read before the clocks start
        result.bytes += bytes.size();

        // Which goes first alternates, so that neither always finds the caches warm.
        QImage ours;
        QImage full;
        QElapsedTimer clock;
        for (int turn = 0; turn < 2; ++turn) {
            clock.start();
            if ((turn + i) % 2 == 0) {
                ours = ThumbnailImage::fromBytes(bytes, edge, QString()).image;
                result.oursMs.push_back(milliseconds(clock));
            } else {
                full = decodeFullAndScale(bytes, edge);
                result.fullMs.push_back(milliseconds(clock));
            }
        }

        const double difference = differenceBetween(ours, full);
        if (ours.isNull() || full.isNull() || difference < 0) {
            ++result.failures;
            continue;
        }
        differences += difference;
        ++compared;
    }
    result.meanDifference = compared > 0 ? differences / compared : 0;
    return result;
}
