// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "stallprobe.h"

#include <algorithm>
#include <chrono>

namespace {

constexpr std::chrono::milliseconds Interval{1};
constexpr double NsPerMs = 1e6;
constexpr size_t ReservedGaps = 200000; // minutes of firings without a reallocation

} // namespace

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(Interval);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::fire);
}

void StallProbe::start()
{
    m_gapsNs.clear();
    m_gapsNs.reserve(ReservedGaps);
    m_longestNs = 0;
    m_longestAtMs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
    fire(); // a stall running up to now counts too
}

void StallProbe::fire()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs;
    if (gap > m_longestNs) {
        m_longestNs = gap;
        m_longestAtMs = double(now) / NsPerMs;
    }
    m_gapsNs.push_back(gap);
    m_lastNs = now;
}

double StallProbe::longestMs() const
{
    return double(m_longestNs) / NsPerMs;
}

double StallProbe::percentileMs(double fraction) const
{
    if (m_gapsNs.empty())
        return 0;
    std::vector<qint64> sorted = m_gapsNs;
    const auto at =
        sorted.begin() + std::min<qsizetype>(qsizetype(fraction * double(sorted.size())),
                                             qsizetype(sorted.size()) - 1);
    std::nth_element(sorted.begin(), at, sorted.end());
    return double(*at) / NsPerMs;
}

int StallProbe::countOver(double milliseconds) const
{
    return int(std::count_if(m_gapsNs.cbegin(), m_gapsNs.cend(), [milliseconds](qint64 gap) {
        return double(gap) / NsPerMs > milliseconds;
    }));
}
