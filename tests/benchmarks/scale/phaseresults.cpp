// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "phaseresults.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

namespace {
const QByteArray ResultPrefix = QByteArrayLiteral("result ");
const QByteArray SayPrefix = QByteArrayLiteral("scale: ");
constexpr double NanosecondsPerMs = 1e6;
} // namespace

void PhaseResults::report(const QString &key, const QString &value)
{
    const QByteArray line = ResultPrefix + key.toUtf8() + ' ' + value.toUtf8() + '\n';
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
}

void PhaseResults::report(const QString &key, double value)
{
    report(key, QString::number(value, 'g', 10));
}

void PhaseResults::reportStall(const QString &key, const StallProbe::Section &section)
{
    report(key + QStringLiteral("_ms"), section.longestNs / NanosecondsPerMs);
    report(key + QStringLiteral("_where"), section.name);
    report(key + QStringLiteral("_dropped_frames"), section.droppedFrames);
}

std::optional<QHash<QString, QString>>
PhaseResults::run(const QStringList &arguments, std::chrono::milliseconds timeout, QString *error)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted()) {
        *error = child.errorString();
        return std::nullopt;
    }
    if (!child.waitForFinished(int(timeout.count()))) {
        child.kill();
        child.waitForFinished();
        *error = QStringLiteral("the %1 phase did not end within %2 s")
                     .arg(arguments.value(1))
                     .arg(timeout.count() / 1000);
        return std::nullopt;
    }
    // Our own lines go on; the media libraries' chatter about decoders only when it went wrong
    // or when logging was asked for.
    const bool ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    const bool verbose = !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES");
    const QList<QByteArray> said = child.readAllStandardError().split('\n');
    for (const QByteArray &line : said) {
        if (!line.isEmpty() && (!ok || verbose || line.startsWith(SayPrefix)))
            std::fputs((line + '\n').constData(), stderr);
    }
    if (!ok) {
        *error = QStringLiteral("the %1 phase failed (exit code %2)")
                     .arg(arguments.value(1))
                     .arg(child.exitCode());
        return std::nullopt;
    }

    QHash<QString, QString> results;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(ResultPrefix))
            continue;
        const QByteArray rest = line.mid(ResultPrefix.size());
        const qsizetype space = rest.indexOf(' ');
        if (space > 0)
            results.insert(QString::fromUtf8(rest.left(space)),
                           QString::fromUtf8(rest.mid(space + 1)));
    }
    return results;
}
