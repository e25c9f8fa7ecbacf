// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>

// The task table as the window builds it (Monitor, TaskModel, TaskFilterModel, QTableView with
// the ThumbnailDelegate, one Thumbnailer with a disk cache), shown offscreen with one completed
// task per output and scrolled a page at a time to the bottom, as a user would, while a 1 ms
// timer on the GUI thread measures the longest time it was kept from its event loop.
struct WindowLoad
{
    static constexpr std::chrono::milliseconds ScrollEvery{250};
    static constexpr std::chrono::seconds Deadline{300};

    double longestStallMs = 0;
    double longestAtMs = 0; // since the window was shown
    double p99Ms = 0;
    int over16 = 0;
    qsizetype firings = 0;
    double seconds = 0; // from show() until every thumbnail was ready or unavailable
    int ready = 0;
    int unavailable = 0;
    QString firstError;
    bool timedOut = false;
    int neverAsked = 0; // at the end, tasks whose thumbnail the window never asked for
    int stillLoading = 0;

    // Thumbnails of every output, each the first output of its own task.
    static WindowLoad run(const QList<QUrl> &outputs, const QUrl &apiBase,
                          const QString &cacheDirectory);
    // The same window and scrolling with no thumbnails to make, for as long: the probe's floor.
    static WindowLoad idle(int taskCount, const QUrl &apiBase, std::chrono::milliseconds length);
};
