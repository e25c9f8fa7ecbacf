// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "enginephase.h"

#include "api/apiclient.h"
#include "eventwait.h"
#include "phaseresults.h"
#include "processstats.h"
#include "scaleoptions.h"
#include "tasks/requestgate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int InFlight = RequestGate::DefaultMaxInFlight;
constexpr int Unlimited = 1000000; // per second: the gate measures cost here, not politeness
constexpr int WarmUpRequests = 300;
constexpr auto RunTimeout = 300s;
constexpr double NanosecondsPerMicrosecond = 1e3;

struct Cost
{
    double cpuUs = 0;  // per request
    double wallUs = 0; // per request
    int failed = 0;
};

QList<QUrl> pollUrls(const ApiClient &client, const QString &taskFile)
{
    QList<QUrl> urls;
    QFile file(taskFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return urls;
    while (!file.atEnd()) {
        const QString id = QString::fromLatin1(file.readLine().trimmed().split(' ').value(0));
        QUrl url = client.predictionUrl(id);
        if (!url.isValid())
            continue;
        // What a poller asks for from its second check on: urls.get.
        url.setPath(url.path(QUrl::FullyEncoded) + QLatin1String("/result"), QUrl::StrictMode);
        urls.append(url);
    }
    return urls;
}

// Keeps `InFlight` requests going until `count` are answered; `send(url, done)` sends one.
Cost measure(const QList<QUrl> &urls, int count,
             const std::function<void(const QUrl &, std::function<void(bool)>)> &send)
{
    // Shared with the callbacks, so that an answer after a timeout finds it and does nothing.
    struct Progress
    {
        int sent = 0;
        int answered = 0;
        int failed = 0;
        bool over = false;
        std::function<void()> refill;
    };
    auto progress = std::make_shared<Progress>();
    Progress *state = progress.get();
    state->refill = [state, &urls, count, &send, weak = std::weak_ptr<Progress>(progress)] {
        while (state->sent < count && state->sent - state->answered < InFlight) {
            const QUrl &url = urls.at(state->sent % urls.size());
            ++state->sent;
            send(url, [shared = weak.lock()](bool ok) {
                if (!shared || shared->over)
                    return;
                ++shared->answered;
                shared->failed += ok ? 0 : 1;
                shared->refill();
            });
        }
    };

    QElapsedTimer wall;
    wall.start();
    const qint64 cpuBefore = ProcessStats::cpuNanoseconds();
    state->refill();
    waitUntil([state, count] { return state->answered == count; }, RunTimeout);
    const qint64 cpu = ProcessStats::cpuNanoseconds() - cpuBefore;
    const qint64 elapsed = wall.nsecsElapsed();
    state->over = true;
    state->refill = nullptr; // it holds references to this frame
    return Cost{cpu / NanosecondsPerMicrosecond / count,
                elapsed / NanosecondsPerMicrosecond / count,
                state->failed + (count - state->answered)};
}

// The request ApiClient::send() builds, header for header.
QNetworkRequest bareRequest(const QUrl &url, const QString &key, const ApiClient &client)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("WaveSpeedTaskMonitor/" WSM_VERSION));
    request.setRawHeader("X-Client-Name", QByteArrayLiteral("wavespeed-task-monitor"));
    request.setRawHeader("X-Client-Version", QByteArrayLiteral(WSM_VERSION));
    request.setRawHeader("Accept", QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(client.transferTimeout().count()));
    return request;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace

int runEnginePhase(const ScaleOptions &options)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(options.apiBase);
    client.setApiKey(options.apiKey);
    RequestGate gate(&client);
    gate.setMaxPerSecond(Unlimited);
    gate.setMaxInFlight(InFlight);
    QObject context;

    const QList<QUrl> urls = pollUrls(client, options.taskFile);
    if (urls.isEmpty()) {
        std::fputs("scale: no task IDs for the engine phase\n", stderr);
        return 1;
    }

    const auto throughGate = [&](const QUrl &url, std::function<void(bool)> done) {
        gate.get(url, &context, [done](const ApiReply &reply) { done(!reply.error); });
    };
    const auto bare = [&](const QUrl &url, std::function<void(bool)> done) {
        QNetworkReply *reply = network.get(bareRequest(url, options.apiKey, client));
        QObject::connect(reply, &QNetworkReply::finished, &context, [reply, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            done(reply->error() == QNetworkReply::NoError && status == 200 && !body.isEmpty());
        });
    };

    // Connections open and code paths warm on both sides before anything counts.
    measure(urls, WarmUpRequests, bare);
    measure(urls, WarmUpRequests, throughGate);

    QList<double> gateCpu, bareCpu, gateWall, bareWall;
    int failed = 0;
    for (int run = 0; run < options.runs; ++run) {
        // Alternating which goes first, so that drift over the run favours neither.
        for (int side = 0; side < 2; ++side) {
            const bool gateSide = (run + side) % 2 == 0;
            const Cost cost = gateSide ? measure(urls, options.engineRequests, throughGate)
                                       : measure(urls, options.engineRequests, bare);
            (gateSide ? gateCpu : bareCpu).append(cost.cpuUs);
            (gateSide ? gateWall : bareWall).append(cost.wallUs);
            failed += cost.failed;
        }
    }

    const auto each = [](const QList<double> &values) {
        QStringList texts;
        for (double value : values)
            texts.append(QString::number(value, 'f', 0));
        return texts.join(QLatin1Char('/'));
    };
    PhaseResults::report(QStringLiteral("engine_gate_cpu_each"), each(gateCpu));
    PhaseResults::report(QStringLiteral("engine_bare_cpu_each"), each(bareCpu));
    PhaseResults::report(QStringLiteral("engine_gate_cpu_us"), median(gateCpu));
    PhaseResults::report(QStringLiteral("engine_bare_cpu_us"), median(bareCpu));
    PhaseResults::report(QStringLiteral("engine_gate_wall_us"), median(gateWall));
    PhaseResults::report(QStringLiteral("engine_bare_wall_us"), median(bareWall));
    PhaseResults::report(QStringLiteral("engine_failed"), failed);
    PhaseResults::report(QStringLiteral("engine_in_flight"), InFlight);
    return 0;
}
