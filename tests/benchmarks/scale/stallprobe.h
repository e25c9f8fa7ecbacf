// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

// Measures how long the GUI thread goes without returning to its event loop: a 1 ms timer notes
// the gaps between its firings. A gap is the longest the window could not answer the user.
// Gaps are kept per named section, e.g. one per user action.
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    static constexpr int IntervalMs = 1;
    static constexpr double FrameMs = 16.7; // a gap longer than this drops a frame at 60 Hz

    struct Section
    {
        QString name;
        qint64 longestNs = 0;
        int droppedFrames = 0; // gaps longer than FrameMs
    };

    explicit StallProbe(QObject *parent = nullptr);

    void start(const QString &section); // starts the timer and a first section
    void begin(const QString &section); // the gaps from now on count for this section
    void stop();

    QList<Section> sections() const { return m_sections; }
    Section longest() const; // the section with the longest gap

private:
    void fire();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<Section> m_sections;
};
