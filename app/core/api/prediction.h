// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One prediction as the API reports it, from GET /api/v3/predictions/{id}[/result].
struct Prediction
{
    Q_DECLARE_TR_FUNCTIONS(Prediction)

public:
    enum class Status {
        Unknown, // a status string the API did not document: shown as it is, polling goes on
        Created,
        Processing,
        Completed,
        Failed,
        Cancelled,
        Timeout,
    };

    QString id;
    QString model;
    QString statusText; // as the API wrote it, e.g. "processing"
    Status status = Status::Unknown;
    QList<QUrl> outputs;
    QDateTime createdAt; // UTC; invalid when absent or unreadable
    std::optional<qint64> inferenceMs;
    QString error;
    int errorCode = 0; // data.code, e.g. 1200 content moderation; 0 when absent
    QUrl resultUrl;    // data.urls.get
    QList<bool> nsfw;  // has_nsfw_contents, one per output

    bool isTerminal() const { return isTerminal(status); }
    static bool isTerminal(Status status);
    static Status statusFromText(QStringView text);

    // "content moderation", "missing parameter", ...; empty for an unknown number.
    static QString errorCodeMeaning(int code);

    // Pure: bytes of a reply body to a prediction or a typed error. Never throws or crashes.
    struct Result;
    static Result parse(const QByteArray &body);
    // The same, from the "data" object once the envelope is opened.
    static Result fromJson(const class QJsonObject &data);
};

struct Prediction::Result
{
    std::optional<Prediction> prediction;
    ApiError error;
};
