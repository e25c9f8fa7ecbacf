// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// A 1 ms timer on the GUI thread: the gaps between its firings are how long the thread was
// kept from its event loop.
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();

    double longestMs() const;
    double longestAtMs() const { return m_longestAtMs; } // when the longest gap ended
    double percentileMs(double fraction) const;
    int countOver(double milliseconds) const;
    qsizetype firings() const { return qsizetype(m_gapsNs.size()); }

private:
    void fire();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    double m_longestAtMs = 0;
    std::vector<qint64> m_gapsNs;
};
