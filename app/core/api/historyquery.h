// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "prediction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// One search of the account's recent tasks (POST /api/v3/predictions): the range, the filters,
// the body of each page, and the reading of each page's reply.
struct HistoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(HistoryQuery)

public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 100;
    // Clocks differ a little between here and the server: a range that starts up to this much
    // before the retention window, or ends this much in the future, is still fine.
    static constexpr std::chrono::seconds ClockSlack{60};

    QDateTime from; // UTC
    QDateTime to;   // UTC
    QString status; // the API's status string, e.g. "completed"; empty for any
    QString model;  // e.g. "wavespeed-ai/flux-dev"; empty for any
    int pageSize = DefaultPageSize;

    // Refuses a range the API cannot answer (reversed, or reaching back beyond the 7 days the
    // API keeps predictions), with a message for the user in `whyNot`. An end in the future is
    // moved to `now`.
    bool validate(const QDateTime &now, QString *whyNot = nullptr);

    // The request body for page `page`, counted from 1.
    QJsonObject body(int page) const;

    struct Page
    {
        ApiError error;
        QList<Prediction> items; // in the order of the reply
        int page = 0;            // as the server numbered it; 0 when absent
        std::optional<qint64> total;
        int unreadable = 0; // items that were not predictions, skipped
    };
    // Pure: never throws or crashes. A missing "items" reads as an empty page, a missing
    // "total" as unknown.
    static Page parsePage(const QByteArray &body);
};
