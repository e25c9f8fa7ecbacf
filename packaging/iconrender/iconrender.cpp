// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT

// Renders the application's SVG icon into the bitmap icons that platforms still ask for, at
// build time, so that no generated binary is committed:
//   wsm-iconrender ICON.svg OUT.png SIZE        one square PNG (Linux hicolor theme)
//   wsm-iconrender ICON.svg OUT.ico             a Windows icon holding PNGs of 16 to 256 pixels
//   wsm-iconrender ICON.svg OUT.icns            a macOS icon holding PNGs of 16 to 1024 pixels
// Every image holds PNG data, which Windows (since Vista) and macOS (since 10.7) read in icons.

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

constexpr int UsageError = 2;
constexpr int RenderError = 1;

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

void appendLittleEndian16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR, one ICONDIRENTRY per image, then the images; 256 is written as 0.
QByteArray icoFile(QSvgRenderer &renderer)
{
    const std::vector<int> sizes = {16, 20, 24, 32, 40, 48, 64, 128, 256};
    constexpr int HeaderBytes = 6;
    constexpr int EntryBytes = 16;

    QByteArray header;
    appendLittleEndian16(header, 0); // reserved
    appendLittleEndian16(header, 1); // type: icon
    appendLittleEndian16(header, quint16(sizes.size()));

    QByteArray images;
    quint32 offset = HeaderBytes + EntryBytes * quint32(sizes.size());
    for (const int size : sizes) {
        const QByteArray png = renderPng(renderer, size);
        if (png.isEmpty())
            return {};
        header.append(char(size >= 256 ? 0 : size)); // width
        header.append(char(size >= 256 ? 0 : size)); // height
        header.append(char(0));                      // colours in the palette: none
        header.append(char(0));                      // reserved
        appendLittleEndian16(header, 1);             // colour planes
        appendLittleEndian16(header, 32);            // bits per pixel
        appendLittleEndian32(header, quint32(png.size()));
        appendLittleEndian32(header, offset);
        offset += quint32(png.size());
        images.append(png);
    }
    return header + images;
}

// "icns", the file's length, then one (type, length, PNG) element per image, big-endian.
QByteArray icnsFile(QSvgRenderer &renderer)
{
    const std::vector<std::pair<const char *, int>> types = {
        {"icp4", 16},  {"icp5", 32},  {"ic11", 32},  {"icp6", 64},  {"ic12", 64},   {"ic07", 128},
        {"ic08", 256}, {"ic13", 256}, {"ic09", 512}, {"ic14", 512}, {"ic10", 1024},
    };
    constexpr int ElementHeaderBytes = 8;

    QByteArray elements;
    for (const auto &[type, size] : types) {
        const QByteArray png = renderPng(renderer, size);
        if (png.isEmpty())
            return {};
        elements.append(type, 4);
        appendBigEndian32(elements, quint32(ElementHeaderBytes + png.size()));
        elements.append(png);
    }
    QByteArray file("icns");
    appendBigEndian32(file, quint32(ElementHeaderBytes + elements.size()));
    return file + elements;
}

bool write(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    return !data.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(data) == data.size() &&
           file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fputs("usage: wsm-iconrender ICON.svg OUT.png SIZE | OUT.ico | OUT.icns\n", stderr);
        return UsageError;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outPath = QString::fromLocal8Bit(argv[2]);

    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "wsm-iconrender: cannot read %s\n", argv[1]);
        return RenderError;
    }

    QByteArray data;
    if (outPath.endsWith(QLatin1String(".ico"))) {
        data = icoFile(renderer);
    } else if (outPath.endsWith(QLatin1String(".icns"))) {
        data = icnsFile(renderer);
    } else if (outPath.endsWith(QLatin1String(".png")) && argc == 4) {
        bool isNumber = false;
        const int size = QString::fromLocal8Bit(argv[3]).toInt(&isNumber);
        if (!isNumber || size < 1 || size > 4096) {
            std::fprintf(stderr, "wsm-iconrender: %s is not a size in pixels\n", argv[3]);
            return UsageError;
        }
        data = renderPng(renderer, size);
    } else {
        std::fputs("usage: wsm-iconrender ICON.svg OUT.png SIZE | OUT.ico | OUT.icns\n", stderr);
        return UsageError;
    }

    if (!write(outPath, data)) {
        std::fprintf(stderr, "wsm-iconrender: cannot write %s\n", argv[2]);
        return RenderError;
    }
    return 0;
}
