// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "mainwindow.h"
#include "simulator.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QVariantHash>

#include <functional>
#include <memory>

// A window for a test, shown at a fixed size. Its task list, settings and thumbnails live in
// the test's folder, it talks to the simulator with the simulator's key, and it saves outputs
// into "out" in that folder, never into the user's Pictures. The settings given are written
// before the window reads them; the clock, when given, replaces the system's.
inline std::unique_ptr<MainWindow> makeTestWindow(const QTemporaryDir &folder,
                                                  const Simulator &simulator,
                                                  const QVariantHash &settings = {},
                                                  std::function<QDateTime()> clock = {})
{
    MainWindow::Options options;
    options.clock = std::move(clock);
    options.storePath = folder.filePath(QStringLiteral("tasks.sqlite"));
    options.settingsFile = folder.filePath(QStringLiteral("settings.ini"));
    options.thumbnailCache = folder.filePath(QStringLiteral("thumbnails"));
    options.apiBase = simulator.apiBase();
    options.apiKey = simulator.apiKey();
    {
        QSettings ini(options.settingsFile, QSettings::IniFormat);
        ini.setValue(QStringLiteral("downloads/folder"), folder.filePath(QStringLiteral("out")));
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            ini.setValue(it.key(), it.value());
    }
    auto window = std::make_unique<MainWindow>(options);
    window->resize(1200, 700);
    window->show();
    return window;
}
