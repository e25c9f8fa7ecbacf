// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "simulator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <chrono>
#include <deque>

class QNetworkAccessManager;
class QNetworkReply;

// Watches the engine from outside: every request as it reaches the simulator, and what came
// back for it as the network manager hands the reply over. The simulator's side says when and
// how often; the reply says whether that request was a check of the task (an answer the poller
// acts on) or not (a 429 the gate holds and sends again, a cut connection the network layer
// sends again), which is what the floor between checks is measured against.
class RequestMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestMeter)

public:
    struct Figures
    {
        qint64 apiRequests = 0;    // everything that reached the API listener
        qint64 polls = 0;          // of them, checks of a task
        qint64 resends = 0;        // sent again by the network layer after a cut connection
        int peakPerSecond = 0;     // most API requests in any one-second window
        int peakSentPerSecond = 0; // the same without the network layer's resends
        int peakSentPerMinute = 0; // most API requests in any minute, without the resends
        qint64 floorViolations = 0;
        qint64 retryAfterViolations = 0; // a task checked again before its 429's Retry-After
        qint64 pollsAfterEnd = 0;        // a task checked after the monitor saw it end
        std::chrono::milliseconds shortestImageGap{-1}; // between checks; -1 when never seen
        std::chrono::milliseconds shortestVideoGap{-1};

        // Replies as the client received them.
        qint64 replies = 0;
        qint64 readable = 0;         // HTTP 200 with a body that parses
        qint64 unreadable = 0;       // HTTP 200 with a body that does not
        qint64 rateLimited = 0;      // 429
        qint64 serverErrors = 0;     // 5xx
        qint64 connectionErrors = 0; // no HTTP status at all
        qint64 otherStatuses = 0;
    };

    RequestMeter(Simulator *simulator, QNetworkAccessManager *network, QObject *parent = nullptr);

    // A task whose checks are to be at least `floor` apart.
    void watch(const QString &id, std::chrono::milliseconds floor, bool video);
    // The monitor saw the task end: any later check is one too many.
    void ended(const QString &id);
    // The task left the monitor; its bookkeeping goes too, so that it does not pile up.
    void forget(const QString &id);

    const Figures &figures() const { return m_figures; }

private:
    struct Track
    {
        std::chrono::milliseconds floor{0};
        bool video = false;
        bool ended = false;
        bool awaitingReply = false;
        qint64 lastArrivalMs = -1;
        qint64 lastCheckMs = -1; // arrival of the last request that the poller got an answer to
        qint64 notBeforeMs = -1; // after a 429: its arrival plus Retry-After
    };

    void onRequest(const Simulator::Request &request);
    void onReply(QNetworkReply *reply);
    void countReply(QNetworkReply *reply, int status);
    void checkGap(Track &track, qint64 nowMs);
    static int countInWindow(std::deque<qint64> &window, qint64 spanMs, qint64 nowMs);
    static QString taskIdOf(const QString &path);

    QElapsedTimer m_clock;
    QHash<QString, Track> m_tracks;
    std::deque<qint64> m_arrivals; // ms, within the last second
    std::deque<qint64> m_sent;
    std::deque<qint64> m_sentMinute; // ms, within the last minute
    Figures m_figures;
};
