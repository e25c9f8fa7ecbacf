// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

// What /proc and getrusage() tell about this process, its children and the server (Linux).
namespace ProcessProbe {

// Resident memory (VmRSS) in KiB of a process; 0 is this one.
std::optional<qint64> residentKilobytes(qint64 pid = 0);
// CPU time (user + system) a running process has used so far.
std::optional<double> cpuSeconds(qint64 pid);
double ownCpuSeconds();
double childrenCpuSeconds(); // children that ended and were waited for

} // namespace ProcessProbe

// Samples resident memory at a fixed interval in a thread of its own, so that a busy event loop
// cannot hide a peak: this process from start() on, and another one once it is watched.
class MemorySampler final
{
    Q_DISABLE_COPY_MOVE(MemorySampler)

public:
    static constexpr std::chrono::milliseconds Interval{50};

    struct Peaks
    {
        qint64 ownStartKb = 0; // this process when sampling started
        qint64 ownPeakKb = 0;
        qint64 otherPeakKb = 0;
        int samples = 0;
    };

    MemorySampler() = default;
    ~MemorySampler();

    void start();
    void watch(qint64 pid);
    Peaks stop();

private:
    void sample();
    void loop();

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<qint64> m_other{0};
    Peaks m_peaks;
};
