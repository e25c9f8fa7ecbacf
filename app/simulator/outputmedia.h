// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The bytes the simulated output host serves: a PNG drawn from the task ID and output number
// (the same bytes every time for the same pair), and the bundled sample MP4.
class OutputMedia final
{
public:
    static QByteArray png(const QString &taskId, int number);
    static QByteArray sampleVideo(); // empty when the resource is missing
};
