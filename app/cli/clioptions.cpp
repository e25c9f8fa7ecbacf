// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "api/apiclient.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
constexpr qint64 MaxTimeoutSeconds = 7 * 24 * 3600; // predictions are deleted after 7 days
constexpr qint64 MaxImportSeconds = 7 * 24 * 3600;  // the history reaches back this far
} // namespace

std::optional<std::chrono::seconds> CliOptions::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,9})([smhd])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 number = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 unitSeconds = unit == QLatin1Char('d')   ? 24 * 3600
                               : unit == QLatin1Char('h') ? 3600
                               : unit == QLatin1Char('m') ? 60
                                                          : 1;
    if (number <= 0)
        return std::nullopt;
    return std::chrono::seconds(number * unitSeconds);
}

CliOptions CliOptions::parse(const QStringList &arguments, const QString &environmentBase)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Watches WaveSpeedAI prediction tasks until they end, and saves their outputs."));
    parser.addPositionalArgument(
        tr("TEXT"),
        tr("Task IDs, or any text, URL or JSON holding them; \"-\" reads standard input."),
        tr("[TEXT ...]"));
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"),
        tr("API root (default https://api.wavespeed.ai, or WAVESPEED_API_BASE); plain http only "
           "for loopback hosts."),
        tr("URL"));
    const QCommandLineOption download(QStringLiteral("download"),
                                      tr("Save every output of each completed task into DIR."),
                                      tr("DIR"));
    const QCommandLineOption exportFile(
        QStringLiteral("export"),
        tr("When the run ends, write every watched task to FILE as JSON (status, outputs, "
           "error, saved paths)."),
        tr("FILE"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Stop watching a task after this long (default %1).").arg(DefaultTimeout.count()),
        tr("SECS"));
    const QCommandLineOption importSince(
        QStringLiteral("import-since"),
        tr("Also watch every task of the account created within DURATION (e.g. 90m, 24h, 3d; "
           "units s, m, h, d; at most 7d)."),
        tr("DURATION"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("One JSON object per line on standard output."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Run against the built-in simulated API; no key needed."));
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions(
        {apiBase, download, exportFile, timeout, importSince, json, demo, help, version});

    CliOptions options;
    auto usageError = [&options](const QString &message) {
        options.action = Action::UsageError;
        options.error = message;
        return options;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.helpText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        return options;
    }

    options.texts = parser.positionalArguments();
    options.json = parser.isSet(json);
    options.demo = parser.isSet(demo);

    const QString base = parser.isSet(apiBase) ? parser.value(apiBase) : environmentBase;
    options.apiBase = base.isEmpty() ? ApiClient::DefaultBase : QUrl(base, QUrl::StrictMode);
    QString whyNot;
    if (!options.demo && !ApiClient::isAcceptableBase(options.apiBase, &whyNot))
        return usageError(tr("Invalid API base %1: %2").arg(base, whyNot));

    if (parser.isSet(timeout)) {
        bool ok = false;
        const qint64 seconds = parser.value(timeout).toLongLong(&ok);
        if (!ok || seconds <= 0 || seconds > MaxTimeoutSeconds)
            return usageError(tr("--timeout takes a number of seconds from 1 to %1, not “%2”.")
                                  .arg(MaxTimeoutSeconds)
                                  .arg(parser.value(timeout)));
        options.timeout = std::chrono::seconds(seconds);
    }

    if (parser.isSet(importSince)) {
        const std::optional<std::chrono::seconds> since =
            parseDuration(parser.value(importSince).trimmed());
        if (!since || since->count() > MaxImportSeconds)
            return usageError(tr("--import-since takes a whole positive number with a unit s, m, "
                                 "h or d, of at most 7 days (e.g. 90m, 24h, 3d), not “%1”.")
                                  .arg(parser.value(importSince)));
        options.importSince = since;
    }

    if (parser.isSet(download)) {
        options.downloadDirectory = parser.value(download);
        if (options.downloadDirectory.isEmpty())
            return usageError(tr("--download needs a folder."));
    }
    if (parser.isSet(exportFile)) {
        if (parser.value(exportFile).isEmpty())
            return usageError(tr("--export needs a file name."));
        options.exportFile = QFileInfo(parser.value(exportFile)).absoluteFilePath();
    }
    return options;
}
