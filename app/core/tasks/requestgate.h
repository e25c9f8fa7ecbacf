// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <optional>

// The one door to the API for the whole application: bounds requests in flight and per second,
// holds every request while the API asks us to slow down, and stops all of them when the key
// is rejected.
class RequestGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGate)

public:
    enum class State {
        Open,
        RateLimited, // every request waits until the pause ends
        KeyRejected, // nothing is sent until reopen()
    };
    Q_ENUM(State)

    static constexpr int DefaultMaxInFlight = 4;
    static constexpr int DefaultMaxPerSecond = 5;
    static constexpr std::chrono::seconds DefaultRateLimitPause{10};
    static constexpr std::chrono::seconds MaxRateLimitPause{120};
    static constexpr std::chrono::seconds MinRateLimitPause{1};

    explicit RequestGate(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxPerSecond(int count);
    int maxPerSecond() const { return m_maxPerSecond; }

    // Queues a request. `done` runs once, later, unless `context` is destroyed or cancelled
    // first. A 429 never reaches `done`: the request waits out the pause and is sent again.
    void get(const QUrl &url, QObject *context, ApiClient::Callback done);
    void post(const QUrl &url, const QJsonObject &body, QObject *context, ApiClient::Callback done);
    void cancel(QObject *context);

    State state() const { return m_state; }
    std::chrono::milliseconds pauseRemaining() const;
    int inFlight() const { return m_inFlight; }
    int queued() const { return m_queuedCount; }

    // Lets requests through again after the key was changed.
    void reopen();

signals:
    void stateChanged(RequestGate::State state);
    void rateLimited(std::chrono::seconds pause);
    void keyRejected();

private:
    struct Pending
    {
        QByteArray verb;
        QUrl url;
        QJsonObject body;
        QPointer<QObject> context;
        QObject *owner; // the context as it was, a key for bookkeeping only, never dereferenced
        ApiClient::Callback done;
        quint64 serial = 0; // in the order requests were made
    };

    void enqueue(Pending pending);
    void queue(Pending pending, bool first);
    std::optional<Pending> takeNext(); // the next request not cancelled, if any
    bool isCancelled(const Pending &pending) const;
    void pump();
    bool perSecondBudgetLeft();
    void start(Pending pending);
    void finish(Pending pending, const ApiReply &reply);
    void deliver(Pending &pending, const ApiReply &reply);
    void pauseForRateLimit(std::chrono::seconds pause);
    void setState(State state);
    void wakeIn(std::chrono::milliseconds delay);

    ApiClient *m_client;
    std::deque<Pending> m_queue;                 // cancelled requests included, until their turn
    QHash<QObject *, int> m_queuedFor;           // requests waiting, not cancelled, per owner
    QHash<QObject *, quint64> m_cancelledBefore; // owner: its requests below this serial
    int m_queuedCount = 0;
    quint64 m_nextSerial = 0;
    QSet<QObject *> m_cancelled; // contexts whose replies in flight are to be dropped
    QHash<QObject *, int> m_inFlightFor;
    std::deque<qint64> m_recentStarts; // ms on m_clock, within the last second
    QElapsedTimer m_clock;
    QTimer m_wake;
    qint64 m_pausedUntil = 0; // ms on m_clock
    State m_state = State::Open;
    int m_inFlight = 0;
    int m_maxInFlight = DefaultMaxInFlight;
    int m_maxPerSecond = DefaultMaxPerSecond;
};
