// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "logging.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/translations.h"
#include "singleinstance.h"
#include "taskinput.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

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
    // The Wayland app ID: the desktop file's name (packaging/linux).
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.wavespeed_task_monitor.WaveSpeedTaskMonitor"));
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
    // Files named on the command line ("Open with" passes them as file: URLs) are read as a drop
    // reads them; relative paths are made absolute for the running window.
    const QStringList texts =
        TaskInput::resolveFiles(parser.positionalArguments(), QDir::currentPath());

    // One window per user: a second start, from a terminal, a file manager or the launcher,
    // hands its text to the first and ends. The demo runs on its own beside it.
    SingleInstance instance(QStringLiteral("wavespeed-monitor"));
    if (!options.demo) {
        if (instance.sendToRunning(texts))
            return 0;
        QString error;
        if (!instance.listen(&error))
            qCWarning(lcUi).noquote() << "single instance:" << error;
    }

    MainWindow window(options);
    if (!texts.isEmpty())
        window.addFromArguments(texts);
    QObject::connect(
        &instance, &SingleInstance::received, &window, [&window](const QStringList &received) {
            if (!received.isEmpty())
                window.addFromText(received.join(QLatin1Char('\n')),
                                   MainWindow::Source::CommandLine);
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    window.show();
    return app.exec();
}
