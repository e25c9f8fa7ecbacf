// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "simulatorcommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wavespeed-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSM_VERSION));
    return SimulatorCommand::run(QCoreApplication::arguments());
}
