// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "stallprobe.h"

#include <algorithm>

namespace {
constexpr double NanosecondsPerMs = 1e6;
} // namespace

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::fire);
}

void StallProbe::start(const QString &section)
{
    m_sections.clear();
    m_clock.start();
    m_last = 0;
    begin(section);
    m_timer.start();
}

void StallProbe::begin(const QString &section)
{
    // The gap running now belongs to the section it started in.
    fire();
    m_sections.append(Section{section, 0, 0});
}

void StallProbe::stop()
{
    fire();
    m_timer.stop();
}

void StallProbe::fire()
{
    if (!m_clock.isValid() || m_sections.isEmpty())
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_last;
    m_last = now;
    Section &current = m_sections.last();
    current.longestNs = std::max(current.longestNs, gap);
    if (gap > FrameMs * NanosecondsPerMs)
        ++current.droppedFrames;
}

StallProbe::Section StallProbe::longest() const
{
    const auto it = std::max_element(
        m_sections.cbegin(), m_sections.cend(),
        [](const Section &a, const Section &b) { return a.longestNs < b.longestNs; });
    return it == m_sections.cend() ? Section{} : *it;
}
