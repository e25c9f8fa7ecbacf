// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "driver.h"
#include "enginephase.h"
#include "scaleoptions.h"
#include "startupphase.h"
#include "windowphase.h"

#include <QApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Offscreen unless told otherwise, and FFmpeg for the video thumbnails, as the app has it.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wavespeed-scale-benchmark"));
    // The engine's warnings would drown the figures; QT_LOGGING_RULES brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wsm.*.warning=false\nwsm.*.info=false"));

    QString error;
    bool helpAsked = false;
    const std::optional<ScaleOptions> options =
        ScaleOptions::parse(QApplication::arguments(), &error, &helpAsked);
    if (!options) {
        std::fputs(qPrintable(error + QLatin1Char('\n')), helpAsked ? stdout : stderr);
        return helpAsked ? 0 : 2;
    }

    switch (options->phase) {
    case ScaleOptions::Phase::Startup:
        return runStartupPhase(*options);
    case ScaleOptions::Phase::Window:
        return runWindowPhase(*options);
    case ScaleOptions::Phase::Engine:
        return runEnginePhase(*options);
    case ScaleOptions::Phase::Driver:
        break;
    }
    ScaleDriver driver(*options);
    return driver.run();
}
