// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "requestmeter.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace std::chrono;

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr int TooManyRequests = 429;
constexpr int FirstServerError = 500;

void keepShortest(milliseconds *shortest, milliseconds gap)
{
    if (shortest->count() < 0 || gap < *shortest)
        *shortest = gap;
}

} // namespace

RequestMeter::RequestMeter(Simulator *simulator, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(simulator, &Simulator::requestReceived, this, &RequestMeter::onRequest);
    connect(network, &QNetworkAccessManager::finished, this, &RequestMeter::onReply);
}

void RequestMeter::watch(const QString &id, milliseconds floor, bool video)
{
    Track track;
    track.floor = floor;
    track.video = video;
    m_tracks.insert(id, track);
}

void RequestMeter::ended(const QString &id)
{
    const auto track = m_tracks.find(id);
    if (track != m_tracks.end())
        track->ended = true;
}

void RequestMeter::forget(const QString &id)
{
    m_tracks.remove(id);
}

// "/api/v3/predictions/<id>" and "/api/v3/predictions/<id>/result"; empty for anything else.
QString RequestMeter::taskIdOf(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool prediction = segments.size() >= 4 && segments.at(0) == QLatin1String("api") &&
                            segments.at(2) == QLatin1String("predictions");
    if (!prediction || segments.size() > 5 ||
        (segments.size() == 5 && segments.at(4) != QLatin1String("result")))
        return {};
    return segments.at(3);
}

int RequestMeter::countInWindow(std::deque<qint64> &window, qint64 spanMs, qint64 nowMs)
{
    while (!window.empty() && nowMs - window.front() >= spanMs)
        window.pop_front();
    window.push_back(nowMs);
    return int(window.size());
}

void RequestMeter::onRequest(const Simulator::Request &request)
{
    if (request.listener != Simulator::Request::Listener::Api ||
        !request.path.startsWith(QLatin1String("/api/")))
        return;
    const qint64 nowMs = m_clock.elapsed();
    ++m_figures.apiRequests;
    m_figures.peakPerSecond =
        std::max(m_figures.peakPerSecond, countInWindow(m_arrivals, SecondMs, nowMs));

    const QString id = taskIdOf(request.path);
    bool resend = false;
    if (!id.isEmpty()) {
        ++m_figures.polls;
        const auto track = m_tracks.find(id);
        if (track == m_tracks.end() || track->ended) {
            ++m_figures.pollsAfterEnd;
        } else if (track->awaitingReply) {
            // The request before got no reply: the network layer sends the same one again.
            resend = true;
            ++m_figures.resends;
            track->lastArrivalMs = nowMs;
        } else {
            checkGap(*track, nowMs);
            track->awaitingReply = true;
            track->lastArrivalMs = nowMs;
        }
    }
    if (!resend) {
        m_figures.peakSentPerSecond =
            std::max(m_figures.peakSentPerSecond, countInWindow(m_sent, SecondMs, nowMs));
        m_figures.peakSentPerMinute =
            std::max(m_figures.peakSentPerMinute, countInWindow(m_sentMinute, MinuteMs, nowMs));
    }
}

void RequestMeter::checkGap(Track &track, qint64 nowMs)
{
    if (track.notBeforeMs >= 0 && nowMs < track.notBeforeMs)
        ++m_figures.retryAfterViolations;
    if (track.lastCheckMs < 0)
        return;
    const milliseconds gap(nowMs - track.lastCheckMs);
    keepShortest(track.video ? &m_figures.shortestVideoGap : &m_figures.shortestImageGap, gap);
    if (gap < track.floor)
        ++m_figures.floorViolations;
}

void RequestMeter::onReply(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    countReply(reply, status);

    const auto track = m_tracks.find(taskIdOf(reply->url().path()));
    if (track == m_tracks.end() || !track->awaitingReply)
        return;
    track->awaitingReply = false;
    if (status == TooManyRequests) {
        // Not a check: the gate holds the request and sends it again once the pause is over.
        const qint64 retryAfterMs = reply->rawHeader("Retry-After").toLongLong() * 1000;
        track->notBeforeMs = track->lastArrivalMs + retryAfterMs;
        return;
    }
    track->notBeforeMs = -1;
    track->lastCheckMs = track->lastArrivalMs;
}

void RequestMeter::countReply(QNetworkReply *reply, int status)
{
    ++m_figures.replies;
    if (status == 0) {
        ++m_figures.connectionErrors;
    } else if (status == TooManyRequests) {
        ++m_figures.rateLimited;
    } else if (status >= FirstServerError) {
        ++m_figures.serverErrors;
    } else if (status == 200) {
        // peek() leaves the body for the engine, which reads it after this.
        QJsonParseError error;
        QJsonDocument::fromJson(reply->peek(reply->bytesAvailable()), &error);
        if (error.error == QJsonParseError::NoError)
            ++m_figures.readable;
        else
            ++m_figures.unreadable;
    } else {
        ++m_figures.otherStatuses;
    }
}
