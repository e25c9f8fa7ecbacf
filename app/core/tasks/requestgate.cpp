// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "requestgate.h"

#include "logging.h"

#include <algorithm>
#include <vector>

using namespace std::chrono;

namespace {
// The span the per-second budget counts over: a second and a margin, so that a server counting
// on its own clock, which sees requests a little early or late, never finds more than the
// budget within one second.
constexpr qint64 WindowMs = 1050;
} // namespace

RequestGate::RequestGate(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
    m_clock.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        if (m_state == State::RateLimited) {
            if (m_clock.elapsed() < m_pausedUntil) {
                wakeIn(pauseRemaining());
                return;
            }
            qCInfo(lcGate) << "rate limit pause over, resuming";
            setState(State::Open);
        }
        pump();
    });
}

void RequestGate::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    pump();
}

void RequestGate::setMaxPerSecond(int count)
{
    m_maxPerSecond = std::max(1, count);
    pump();
}

void RequestGate::get(const QUrl &url, QObject *context, ApiClient::Callback done)
{
    enqueue({QByteArrayLiteral("GET"), url, {}, context, context, std::move(done)});
}

void RequestGate::post(const QUrl &url, const QJsonObject &body, QObject *context,
                       ApiClient::Callback done)
{
    enqueue({QByteArrayLiteral("POST"), url, body, context, context, std::move(done)});
}

void RequestGate::cancel(QObject *context)
{
    // Waiting requests are not searched for (thousands of tasks paused at once would each scan
    // a queue of thousands): everything the context queued so far is skipped when its turn
    // comes.
    if (const int queued = m_queuedFor.take(context); queued > 0) {
        m_queuedCount -= queued;
        m_cancelledBefore.insert(context, m_nextSerial);
    }
    // Replies already on their way are dropped when they arrive.
    if (m_inFlightFor.contains(context))
        m_cancelled.insert(context);
}

milliseconds RequestGate::pauseRemaining() const
{
    if (m_state != State::RateLimited)
        return milliseconds(0);
    return milliseconds(std::max<qint64>(0, m_pausedUntil - m_clock.elapsed()));
}

void RequestGate::reopen()
{
    if (m_state == State::KeyRejected) {
        qCInfo(lcGate) << "reopened after the key changed";
        setState(State::Open);
    }
    pump();
}

bool RequestGate::isCancelled(const Pending &pending) const
{
    const auto mark = m_cancelledBefore.constFind(pending.owner);
    return mark != m_cancelledBefore.cend() && pending.serial < *mark;
}

void RequestGate::queue(Pending pending, bool first)
{
    ++m_queuedFor[pending.owner];
    ++m_queuedCount;
    if (first)
        m_queue.push_front(std::move(pending));
    else
        m_queue.push_back(std::move(pending));
}

std::optional<RequestGate::Pending> RequestGate::takeNext()
{
    while (!m_queue.empty()) {
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        if (m_queue.empty())
            m_cancelledBefore.clear(); // no request is left that a mark could cover
        if (isCancelled(pending))
            continue; // counted off when it was cancelled
        if (--m_queuedFor[pending.owner] <= 0)
            m_queuedFor.remove(pending.owner);
        --m_queuedCount;
        if (!pending.context)
            continue;
        return pending;
    }
    return std::nullopt;
}

void RequestGate::enqueue(Pending pending)
{
    m_cancelled.remove(pending.context.data());
    pending.serial = m_nextSerial++;
    queue(std::move(pending), false);
    // Deferred, so that a caller is never called back from inside its own request.
    QMetaObject::invokeMethod(this, &RequestGate::pump, Qt::QueuedConnection);
}

void RequestGate::pump()
{
    if (m_state == State::KeyRejected) {
        // Nothing may be sent with a key the API refused: answer every waiting request now.
        ApiReply rejected;
        rejected.error.kind = ApiError::Kind::KeyRejected;
        std::vector<Pending> waiting;
        while (std::optional<Pending> pending = takeNext())
            waiting.push_back(std::move(*pending));
        for (Pending &pending : waiting)
            deliver(pending, rejected);
        return;
    }
    if (m_state == State::RateLimited)
        return;

    while (m_queuedCount > 0 && m_inFlight < m_maxInFlight) {
        if (!perSecondBudgetLeft())
            return;
        std::optional<Pending> pending = takeNext();
        if (!pending)
            return;
        start(std::move(*pending));
    }
}

bool RequestGate::perSecondBudgetLeft()
{
    const qint64 now = m_clock.elapsed();
    while (!m_recentStarts.empty() && now - m_recentStarts.front() >= WindowMs)
        m_recentStarts.pop_front();
    if (int(m_recentStarts.size()) < m_maxPerSecond)
        return true;
    wakeIn(milliseconds(m_recentStarts.front() + WindowMs - now));
    return false;
}

void RequestGate::start(Pending pending)
{
    ++m_inFlight;
    ++m_inFlightFor[pending.owner];
    m_recentStarts.push_back(m_clock.elapsed());

    auto shared = std::make_shared<Pending>(std::move(pending));
    auto done = [this, shared](const ApiReply &reply) {
        finish(std::move(*shared), reply);
    };
    if (shared->verb == "POST")
        m_client->post(shared->url, shared->body, this, std::move(done));
    else
        m_client->get(shared->url, this, std::move(done));
}

void RequestGate::finish(Pending pending, const ApiReply &reply)
{
    --m_inFlight;
    if (--m_inFlightFor[pending.owner] <= 0)
        m_inFlightFor.remove(pending.owner);

    switch (reply.error.kind) {
    case ApiError::Kind::RateLimited: {
        // The same request goes again, first in line, once the pause is over.
        const seconds hint = reply.error.retryAfter.value_or(DefaultRateLimitPause);
        const seconds pause = std::clamp(hint, MinRateLimitPause, MaxRateLimitPause);
        if (pending.context && !m_cancelled.contains(pending.owner) && !isCancelled(pending))
            queue(std::move(pending), true);
        else if (!m_inFlightFor.contains(pending.owner))
            m_cancelled.remove(pending.owner);
        pauseForRateLimit(pause);
        return;
    }
    case ApiError::Kind::KeyRejected:
        qCWarning(lcGate) << "the API rejected the key; every request stops";
        deliver(pending, reply);
        if (m_state != State::KeyRejected) {
            setState(State::KeyRejected);
            emit keyRejected();
        }
        pump();
        return;
    default:
        deliver(pending, reply);
        pump();
        return;
    }
}

void RequestGate::deliver(Pending &pending, const ApiReply &reply)
{
    QObject *context = pending.context.data();
    if (!context)
        return;
    if (m_cancelled.contains(context)) {
        if (!m_inFlightFor.contains(context))
            m_cancelled.remove(context);
        return;
    }
    pending.done(reply);
}

void RequestGate::pauseForRateLimit(seconds pause)
{
    const qint64 until = m_clock.elapsed() + duration_cast<milliseconds>(pause).count();
    if (m_state == State::RateLimited && until <= m_pausedUntil)
        return;
    m_pausedUntil = until;
    qCWarning(lcGate) << "rate limited: every poll waits" << pause.count() << "s";
    if (m_state != State::KeyRejected)
        setState(State::RateLimited);
    wakeIn(pause);
    emit rateLimited(pause);
}

void RequestGate::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RequestGate::wakeIn(milliseconds delay)
{
    delay = std::max(delay, milliseconds(1));
    if (m_wake.isActive() && m_wake.remainingTimeAsDuration() <= delay &&
        m_state != State::RateLimited)
        return;
    m_wake.start(delay);
}
