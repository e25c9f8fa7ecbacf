// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// What the simulator does, read from JSON:
// {
//   "models": {
//     "wavespeed-ai/flux-dev": {"type": "text-to-image", "duration_s": [2, 8],
//                               "fail_rate": 0.05, "cancel_rate": 0.0, "timeout_rate": 0.0,
//                               "outputs": 1},
//     ...
//   },
//   "faults": {"latency_ms": [20, 150], "server_error_rate": 0.02,
//              "rate_limit_rate": 0.05, "reset_rate": 0.02, "malformed_rate": 0.01,
//              "rate_limit": {"every": 40, "burst": 3, "retry_after_s": 2}},
//   "balance": 12.5
// }
// Durations are drawn log-uniformly between the two bounds.
// Faults touch API requests only (/api/...), never the output host. Each API request draws once
// for the random faults, so each happens at its own rate and at most one happens at a time (the
// rates together may not pass 1):
//   server_error_rate  a 500/502/503/504 HTML page, as a proxy sends when the service is down
//   rate_limit_rate    429 with "Retry-After: <rate_limit.retry_after_s>"
//   reset_rate         the connection is cut without a single byte of reply
//   malformed_rate     HTTP 200 whose body is the true answer cut in half: not valid JSON
// rate_limit.every starts a burst of `burst` 429s on every n-th API request, on top of these.
struct Scenario
{
    struct Model
    {
        QString type = QStringLiteral("text-to-image"); // as /api/v3/models reports it
        double minDurationSeconds = 2;
        double maxDurationSeconds = 8;
        double failRate = 0;
        double cancelRate = 0;
        double timeoutRate = 0;
        int outputs = 1;
    };

    QHash<QString, Model> models; // by model path, e.g. "wavespeed-ai/flux-dev"
    int minLatencyMs = 0;
    int maxLatencyMs = 0;
    double serverErrorRate = 0;
    double rateLimitRate = 0;
    double resetRate = 0;
    double malformedRate = 0;
    int rateLimitEvery = 0; // every n-th API request starts a burst of 429s; 0 for never
    int rateLimitBurst = 0;
    int rateLimitRetryAfterSeconds = 2; // for the bursts and rate_limit_rate alike
    double balance = 10;

    // The built-in scenario: a few image and video models, no faults.
    static Scenario standard();
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error = nullptr);
};
