// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "clirunner.h"
#include "settings/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The events already say what went wrong; the engine's own log is there on request.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wsm.*.warning=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("WaveSpeed Task Monitor"));
    QCoreApplication::setApplicationName(QStringLiteral("wavespeed-monitor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSM_VERSION));
    Translations::install();

    QFile out;
    QFile err;
    QFile in;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    in.open(stdin, QIODevice::ReadOnly);

    CliRunner runner(&out, &err, &in);
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit);
    runner.start(QCoreApplication::arguments(), qEnvironmentVariable("WAVESPEED_API_BASE"),
                 qEnvironmentVariable("WAVESPEED_API_KEY"));
    return app.exec();
}
