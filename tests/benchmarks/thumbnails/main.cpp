// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
//
// thumbbench: thumbnails of large photos, the app's scaled decoding against decoding in full and
// scaling, and the longest GUI-thread stall while the window loads them from a local server.
#include "decodecomparison.h"
#include "media/thumbnailer.h"
#include "photoserver.h"
#include "photoset.h"
#include "windowload.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

constexpr int DefaultPhotos = 100;
constexpr double DecodeTarget = 4.0; // times faster than decoding in full, for JPEG
constexpr double StallTargetMs = 16.0;
constexpr std::chrono::milliseconds IdleLength{3000};
constexpr std::chrono::milliseconds WarmUpLength{500};
constexpr double BytesPerMb = 1000.0 * 1000.0;

struct Options
{
    int photos = DefaultPhotos;
    QString photoFolder; // kept and reused when given
};

std::optional<Options> parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times thumbnails of 4000x3000 JPEG and PNG photos: the app's scaled decoding against a "
        "full decode plus QImage::scaled, and the longest GUI-thread stall while the task "
        "table loads them from a loopback server."));
    parser.addHelpOption();
    const QCommandLineOption photos(QStringLiteral("photos"),
                                    QStringLiteral("Photos per format (default 100)."),
                                    QStringLiteral("N"), QString::number(DefaultPhotos));
    const QCommandLineOption folder(
        QStringLiteral("photo-dir"),
        QStringLiteral("Keep the generated photos in DIR and reuse those already there."),
        QStringLiteral("DIR"));
    parser.addOptions({photos, folder});
    parser.process(app);

    Options options;
    bool ok = false;
    options.photos = parser.value(photos).toInt(&ok);
    options.photoFolder = parser.value(folder);
    if (!ok || options.photos < 1)
        return std::nullopt;
    return options;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

double sum(const std::vector<double> &values)
{
    double total = 0;
    for (double value : values)
        total += value;
    return total;
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString row(const QString &measure, const QString &ours, const QString &baseline,
            const QString &ratio = {}, const QString &target = {}, const QString &result = {})
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(measure, -40)
        .arg(ours, 9)
        .arg(baseline, 10)
        .arg(ratio, 8)
        .arg(target, 10)
        .arg(result, 6)
        .trimmed();
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("pass") : QStringLiteral("MISS");
}

struct FormatFigures
{
    QString name;
    QStringList paths;
    DecodeComparison decoding;
    WindowLoad window;
};

void printDecodeRows(QTextStream &out, const FormatFigures &format, bool hasTarget)
{
    const DecodeComparison &d = format.decoding;
    const double oursMedian = median(d.oursMs);
    const double fullMedian = median(d.fullMs);
    const double ratio = oursMedian > 0 ? fullMedian / oursMedian : 0;
    out << row(format.name + QStringLiteral(" thumbnail, median per photo (ms)"),
               number(oursMedian), number(fullMedian), number(ratio, 1) + QStringLiteral("x"),
               hasTarget ? QStringLiteral(">= 4x") : QStringLiteral("none"),
               hasTarget ? verdict(ratio >= DecodeTarget) : QStringLiteral("info"))
        << Qt::endl;
    const double oursTotal = sum(d.oursMs) / 1000.0;
    const double fullTotal = sum(d.fullMs) / 1000.0;
    out << row(format.name + QStringLiteral(" thumbnails, all %1 (s)").arg(format.paths.size()),
               number(oursTotal, 2), number(fullTotal, 2),
               oursTotal > 0 ? number(fullTotal / oursTotal, 1) + QStringLiteral("x") : QString())
        << Qt::endl;
}

void printStallRow(QTextStream &out, const FormatFigures &format, const WindowLoad &idle)
{
    const WindowLoad &w = format.window;
    const bool complete = !w.timedOut && w.ready + w.unavailable == format.paths.size();
    out << row(QStringLiteral("GUI stall loading %1 %2 in window (ms)")
                   .arg(format.paths.size())
                   .arg(format.name),
               number(w.longestStallMs), number(idle.longestStallMs), {},
               QStringLiteral("<= 16 ms"), verdict(complete && w.longestStallMs <= StallTargetMs))
        << Qt::endl;
}

void printStallDetails(QTextStream &out, const QString &name, const WindowLoad &w)
{
    out << "  " << name << ": longest gap " << number(w.longestStallMs) << " ms at "
        << number(w.longestAtMs / 1000.0, 2) << " s, p99 " << number(w.p99Ms, 2) << " ms, "
        << w.over16 << " gaps over 16 ms in " << w.firings << " firings";
    if (w.ready + w.unavailable > 0) {
        out << "; " << w.ready << " ready, " << w.unavailable << " unavailable in "
            << number(w.seconds, 2) << " s";
    }
    if (w.timedOut) {
        out << "; TIMED OUT with " << w.stillLoading << " loading and " << w.neverAsked
            << " never asked for";
    }
    if (!w.firstError.isEmpty())
        out << "; first error: " << w.firstError;
    out << Qt::endl;
}

qint64 totalBytes(const QStringList &paths)
{
    qint64 total = 0;
    for (const QString &path : paths)
        total += QFileInfo(path).size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wsm.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::optional<Options> options = parseOptions(app);
    if (!options) {
        err << "thumbbench: --photos takes a positive whole number" << Qt::endl;
        return 2;
    }
    QTemporaryDir work(QDir(QDir::tempPath()).filePath(QStringLiteral("thumbbench-XXXXXX")));
    const QString photoFolder = options->photoFolder.isEmpty()
                                    ? QDir(work.path()).filePath(QStringLiteral("photos"))
                                    : options->photoFolder;
    if (!work.isValid() || !QDir().mkpath(photoFolder)) {
        err << "thumbbench: cannot make a folder for the photos" << Qt::endl;
        return 1;
    }

    std::vector<FormatFigures> formats{{QStringLiteral("JPEG"), {}, {}, {}},
                                       {QStringLiteral("PNG"), {}, {}, {}}};
    QElapsedTimer clock;
    clock.start();
    for (FormatFigures &format : formats) {
        const QString suffix =
            format.name == QLatin1String("JPEG") ? QStringLiteral("jpg") : QStringLiteral("png");
        format.paths = PhotoSet::write(photoFolder, suffix, options->photos, PhotoSet::PhotoSize);
        if (format.paths.isEmpty()) {
            err << "thumbbench: cannot write the " << format.name << " photos" << Qt::endl;
            return 1;
        }
        out << format.paths.size() << " " << format.name << " photos of 4000x3000, "
            << number(double(totalBytes(format.paths)) / format.paths.size() / BytesPerMb, 1)
            << " MB each on average" << Qt::endl;
    }
    out << "photos ready in " << photoFolder << " after " << number(clock.elapsed() / 1000.0, 1)
        << " s" << Qt::endl;

    for (FormatFigures &format : formats) {
        out << "decoding " << format.name << " thumbnails both ways..." << Qt::endl;
        // In a pool thread, as Thumbnailer decodes: Qt then scales on that one thread too.
        const QStringList paths = format.paths;
        format.decoding = QtConcurrent::run([paths] {
                              return DecodeComparison::run(paths, Thumbnailer::Edge);
                          }).result();
    }

    PhotoServer server(photoFolder);
    if (!server.start()) {
        err << "thumbbench: the photo server cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    const QUrl apiBase = server.urlOf(QString());
    out << "loading them in the window from " << apiBase.toString() << "..." << Qt::endl;
    // The first window of a process loads fonts and the style: not what is measured here.
    WindowLoad::idle(options->photos, apiBase, WarmUpLength);
    const WindowLoad idle = WindowLoad::idle(options->photos, apiBase, IdleLength);
    for (FormatFigures &format : formats) {
        QList<QUrl> outputs;
        for (const QString &path : std::as_const(format.paths))
            outputs.append(server.urlOf(QFileInfo(path).fileName()));
        const QString cache =
            QDir(work.path()).filePath(QStringLiteral("cache-") + format.name.toLower());
        format.window = WindowLoad::run(outputs, apiBase, cache);
    }

    out << Qt::endl
        << "thumbbench: " << options->photos << " photos of 4000x3000 per format, thumbnails "
        << "fit " << Thumbnailer::Edge << "x" << Thumbnailer::Edge << Qt::endl
        << row(QStringLiteral("measure"), QStringLiteral("ours"), QStringLiteral("baseline"),
               QStringLiteral("ratio"), QStringLiteral("target"), QStringLiteral("result"))
        << Qt::endl;
    for (const FormatFigures &format : formats)
        printDecodeRows(out, format, format.name == QLatin1String("JPEG"));
    for (const FormatFigures &format : formats)
        printStallRow(out, format, idle);
    out << "Decoding: ours is ThumbnailImage::fromBytes() (QImageReader::setScaledSize), the "
           "baseline QImage::fromData() then QImage::scaled(Qt::SmoothTransformation), the same "
           "bytes from memory, one pool thread; ratio = baseline / ours."
        << Qt::endl;
    for (const FormatFigures &format : formats) {
        out << "  " << format.name << ": ours differs from the baseline by "
            << number(format.decoding.meanDifference, 2) << " levels of 255 on average, "
            << format.decoding.failures << " failures" << Qt::endl;
    }
    out << "Stalls: the longest gap between firings of a 1 ms timer on the GUI thread while the "
           "table (offscreen, "
        << "scrolled a page every " << WindowLoad::ScrollEvery.count()
        << " ms) loads every thumbnail through Thumbnailer; the baseline is the same window "
           "scrolled with no thumbnails to load."
        << Qt::endl;
    printStallDetails(out, QStringLiteral("idle"), idle);
    for (const FormatFigures &format : formats)
        printStallDetails(out, format.name, format.window);
    out << "  photo server answered " << server.requests() << " requests" << Qt::endl;

    bool complete = true;
    for (const FormatFigures &format : formats) {
        complete = complete && format.decoding.failures == 0 && !format.window.timedOut &&
                   format.window.ready == format.paths.size();
    }
    return complete ? 0 : 1;
}
