// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
//
// downloadbench: saves one large output over loopback with the app's Downloader and with curl,
// alternating, from the same server in the same run, and prints throughput, CPU and memory.
#include "downloadruns.h"
#include "processprobe.h"
#include "testfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace {

constexpr int DefaultRuns = 3;
constexpr qint64 DefaultMib = 1024;
constexpr qint64 BytesPerMib = 1024 * 1024;
constexpr double KbPerMb = 1000.0 * 1000.0 / 1024.0; // KiB in a decimal megabyte
constexpr double ThroughputTarget = 0.8;             // of curl's
constexpr double GrowthTargetMb = 32.0;
constexpr int ServerStartTimeoutMs = 10000;

struct Options
{
    int runs = DefaultRuns;
    qint64 mib = DefaultMib;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Downloads one file over loopback with the app's Downloader and with curl, alternating, "
        "and prints throughput (medians), CPU and resident memory growth."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Downloads by each side (default 3)."),
                                  QStringLiteral("N"), QString::number(DefaultRuns));
    const QCommandLineOption size(QStringLiteral("size-mib"),
                                  QStringLiteral("Size of the file in MiB (default 1024)."),
                                  QStringLiteral("MIB"), QString::number(DefaultMib));
    parser.addOptions({runs, size});
    parser.process(app);

    Options options;
    bool runsOk = false;
    bool sizeOk = false;
    options.runs = parser.value(runs).toInt(&runsOk);
    options.mib = parser.value(size).toLongLong(&sizeOk);
    if (!runsOk || !sizeOk || options.runs < 1 || options.mib < 1)
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

std::vector<double> figures(const std::vector<DownloadRun> &runs,
                            const std::function<double(const DownloadRun &)> &figure)
{
    std::vector<double> values;
    for (const DownloadRun &run : runs) {
        if (run.error.isEmpty())
            values.push_back(figure(run));
    }
    return values;
}

int identicalCount(const std::vector<DownloadRun> &runs)
{
    return int(std::count_if(runs.cbegin(), runs.cend(),
                             [](const DownloadRun &run) { return run.identical; }));
}

QString row(const QString &measure, const QString &ours, const QString &curl,
            const QString &ratio = {}, const QString &target = {}, const QString &result = {})
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(measure, -34)
        .arg(ours, 10)
        .arg(curl, 10)
        .arg(ratio, 8)
        .arg(target, 10)
        .arg(result, 6)
        .trimmed();
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

void printRun(QTextStream &out, const char *side, int run, const DownloadRun &result)
{
    out << QStringLiteral("  %1 run %2: ").arg(QLatin1String(side)).arg(run);
    if (!result.error.isEmpty()) {
        out << "FAILED: " << result.error << Qt::endl;
        return;
    }
    out << number(result.mibPerSecond()) << " MiB/s, " << number(result.seconds, 2) << " s, "
        << "client CPU " << number(result.clientCpuSeconds, 2) << " s, server busy "
        << number(result.serverBusy() * 100, 0) << "%, peak RSS "
        << number(double(result.peakKb) / KbPerMb) << " MB";
    if (QLatin1String(side) == QLatin1String("ours"))
        out << ", growth " << number(double(result.growthKb) / KbPerMb) << " MB";
    out << (result.identical ? ", bytes identical" : ", CONTENT DIFFERS") << Qt::endl;
}

void printTable(QTextStream &out, const std::vector<DownloadRun> &ours,
                const std::vector<DownloadRun> &curl, qint64 bytes)
{
    const auto throughput = [](const DownloadRun &run) {
        return run.mibPerSecond();
    };
    const auto cpuPerGib = [](const DownloadRun &run) {
        return run.bytes > 0 ? run.clientCpuSeconds * double(1024 * BytesPerMib) / run.bytes : 0;
    };
    const auto busy = [](const DownloadRun &run) {
        return run.serverBusy() * 100.0;
    };
    const auto peak = [](const DownloadRun &run) {
        return double(run.peakKb) / KbPerMb;
    };
    const auto growth = [](const DownloadRun &run) {
        return double(run.growthKb) / KbPerMb;
    };

    const double oursSpeed = median(figures(ours, throughput));
    const double curlSpeed = median(figures(curl, throughput));
    const double ratio = curlSpeed > 0 ? oursSpeed / curlSpeed : 0.0;
    const std::vector<double> growths = figures(ours, growth);
    const double worstGrowth =
        growths.empty() ? 0.0 : *std::max_element(growths.cbegin(), growths.cend());
    const double oursCpu = median(figures(ours, cpuPerGib));
    const double curlCpu = median(figures(curl, cpuPerGib));

    out << Qt::endl
        << "downloadbench: " << bytes / BytesPerMib << " MiB over loopback, " << ours.size()
        << " runs each (alternating), medians unless said" << Qt::endl
        << row(QStringLiteral("measure"), QStringLiteral("ours"), QStringLiteral("curl"),
               QStringLiteral("ratio"), QStringLiteral("target"), QStringLiteral("result"))
        << Qt::endl;
    out << row(QStringLiteral("throughput (MiB/s)"), number(oursSpeed), number(curlSpeed),
               number(ratio, 2) + QStringLiteral("x"), QStringLiteral(">= 0.80x"),
               ratio >= ThroughputTarget ? QStringLiteral("pass") : QStringLiteral("MISS"))
        << Qt::endl;
    out << row(QStringLiteral("RSS growth, worst run (MB)"), number(worstGrowth),
               QStringLiteral("-"), {}, QStringLiteral("<= 32 MB"),
               worstGrowth <= GrowthTargetMb ? QStringLiteral("pass") : QStringLiteral("MISS"))
        << Qt::endl;
    out << row(QStringLiteral("client peak RSS (MB)"), number(median(figures(ours, peak))),
               number(median(figures(curl, peak))))
        << Qt::endl;
    out << row(QStringLiteral("client CPU (s per GiB)"), number(oursCpu, 2), number(curlCpu, 2),
               curlCpu > 0 ? number(oursCpu / curlCpu, 2) + QStringLiteral("x") : QString())
        << Qt::endl;
    out << row(QStringLiteral("server busy (% of one core)"),
               number(median(figures(ours, busy)), 0), number(median(figures(curl, busy)), 0))
        << Qt::endl;
    out << row(QStringLiteral("saved file identical (runs)"),
               QStringLiteral("%1/%2").arg(identicalCount(ours)).arg(ours.size()),
               QStringLiteral("%1/%2").arg(identicalCount(curl)).arg(curl.size()))
        << Qt::endl;
    out << "MB = 10^6 bytes. Ours is timed from Downloader::download() to saved(); curl by its "
           "own time_total. RSS is sampled every 50 ms from /proc; growth counts from just before "
           "the download, with the network manager already made."
        << Qt::endl;
}

QString serverProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("downloadbench-server"));
    return QFile::exists(beside) ? beside : QStringLiteral(WSM_DOWNLOADBENCH_SERVER);
}

// Starts the file server and returns its port; 0 when it did not come up.
quint16 startServer(QProcess &server, const QString &file)
{
    server.setProgram(serverProgram());
    server.setArguments({file});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    if (!server.waitForStarted(ServerStartTimeoutMs))
        return 0;
    while (!server.canReadLine() && server.waitForReadyRead(ServerStartTimeoutMs)) {
    }
    const QByteArray line = server.readLine().trimmed(); // "port N"
    return line.startsWith("port ") ? quint16(line.mid(5).toUInt()) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Each saved output is an info line; QT_LOGGING_RULES brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wsm.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::optional<Options> options = parseOptions(app);
    if (!options) {
        err << "downloadbench: --runs and --size-mib take positive whole numbers" << Qt::endl;
        return 2;
    }
    const qint64 bytes = options->mib * BytesPerMib;

    QTemporaryDir work(QDir(QDir::tempPath()).filePath(QStringLiteral("downloadbench-XXXXXX")));
    const qint64 needed = bytes * 2 + 64 * BytesPerMib; // the file and one copy at a time
    if (!work.isValid() || QStorageInfo(work.path()).bytesAvailable() < needed) {
        err << "downloadbench: need a temporary folder with " << needed / BytesPerMib << " MiB free"
            << Qt::endl;
        return 1;
    }
    const QString served = QDir(work.path()).filePath(QStringLiteral("output.bin"));
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!TestFile::write(served, bytes, &error)) {
        err << "downloadbench: cannot write " << served << ": " << error << Qt::endl;
        return 1;
    }
    out << "made " << options->mib << " MiB of random bytes in " << work.path() << " ("
        << number(double(clock.elapsed()) / 1000.0, 1) << " s)" << Qt::endl;

    QProcess server;
    const quint16 port = startServer(server, served);
    if (port == 0) {
        err << "downloadbench: the file server did not start: " << server.errorString() << Qt::endl;
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/output.bin").arg(port));
    out << "serving it from " << url.toString() << " (downloadbench-server, pid "
        << server.processId() << ")" << Qt::endl;

    DownloadRuns runs(url, served, work.path(), server.processId());
    std::vector<DownloadRun> ours;
    std::vector<DownloadRun> curl;
    for (int run = 1; run <= options->runs; ++run) {
        ours.push_back(runs.ours(run));
        printRun(out, "ours", run, ours.back());
        curl.push_back(runs.curl(run));
        printRun(out, "curl", run, curl.back());
    }
    printTable(out, ours, curl, bytes);

    server.closeWriteChannel(); // the server ends when its standard input does
    if (!server.waitForFinished(ServerStartTimeoutMs))
        server.kill();
    const bool allGood =
        identicalCount(ours) == options->runs && identicalCount(curl) == options->runs;
    return allGood ? 0 : 1;
}
