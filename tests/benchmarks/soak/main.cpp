// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "soakoptions.h"
#include "soakrun.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Rate limits and retries are the point of the run: the engine's warnings would drown the
    // figures. QT_LOGGING_RULES brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wsm.*.warning=false"));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    QString error;
    bool helpAsked = false;
    const std::optional<SoakOptions> options =
        SoakOptions::parse(QCoreApplication::arguments(), &error, &helpAsked);
    if (!options) {
        (helpAsked ? out : err)
            .write(error.toUtf8() + (error.endsWith(QLatin1Char('\n')) ? "" : "\n"));
        return helpAsked ? 0 : 2;
    }

    SoakRun run(*options, &out, &err);
    QObject::connect(&run, &SoakRun::finished, &app, &QCoreApplication::exit);
    run.start();
    return app.exec();
}
