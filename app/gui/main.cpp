// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    // Debian's GStreamer lacks the codecs of WaveSpeed's videos; FFmpeg has them.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WaveSpeed Task Monitor"));
    QApplication::setApplicationName(QStringLiteral("wavespeed-monitor"));
    QApplication::setApplicationDisplayName(QStringLiteral("WaveSpeed Task Monitor"));
    QApplication::setApplicationVersion(QStringLiteral(WSM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wavespeed-monitor.svg")));
    Translations::install(AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Watches WaveSpeedAI prediction tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Run against the built-in simulated API; no key needed."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("TEXT"),
        QApplication::translate("main", "Task IDs, or any text, URL or JSON holding them."),
        QStringLiteral("[TEXT ...]"));
    parser.process(app);

    MainWindow::Options options;
    options.demo = parser.isSet(demo);
    MainWindow window(options);
    if (!parser.positionalArguments().isEmpty())
        window.addFromText(parser.positionalArguments().join(QLatin1Char('\n')),
                           MainWindow::Source::CommandLine);
    window.show();
    return app.exec();
}
