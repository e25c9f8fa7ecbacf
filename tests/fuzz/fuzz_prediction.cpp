// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
// Any bytes as a reply body: the parser answers with a prediction or a typed error, never both,
// never neither, and never crashes.
#include "api/apienvelope.h"
#include "api/prediction.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const Prediction::Result result = Prediction::parse(body);
    if (result.prediction.has_value() == result.error.isError())
        std::abort();
    if (result.prediction) {
        const Prediction &prediction = *result.prediction;
        if (prediction.id.isEmpty() && prediction.statusText.isEmpty())
            std::abort(); // nothing usable must be an error
        for (const QUrl &url : prediction.outputs) {
            const QString scheme = url.scheme();
            if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
                std::abort();
        }
        if (prediction.inferenceMs && *prediction.inferenceMs < 0)
            std::abort();
        (void)Prediction::errorCodeMeaning(prediction.errorCode);
    } else {
        (void)result.error.text();
    }

    const ApiEnvelope envelope = ApiEnvelope::parse(body);
    // An error carries no data to act on.
    if (envelope.error.isError() && !envelope.data.isUndefined() && !envelope.data.isNull())
        std::abort();
    return 0;
}
