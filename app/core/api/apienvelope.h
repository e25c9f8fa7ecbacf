// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonValue>

// WaveSpeed wraps every answer as {"code": 200, "message": "success", "data": ...}.
struct ApiEnvelope
{
    ApiError error;  // MalformedBody, or the classified envelope code when it is not 200
    QJsonValue data; // undefined on error
    QString message;

    // Pure: never throws, never crashes, on any bytes. A body without an envelope but holding an
    // object with "id" or "status" is taken as bare data, which some endpoint forms return.
    static ApiEnvelope parse(const QByteArray &body);
};
