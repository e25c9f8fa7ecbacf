// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

constexpr double MaxDurationSeconds = 24 * 3600;
constexpr int MaxOutputs = 16;
constexpr int MaxLatencyMs = 60 * 1000;
constexpr int MaxRetryAfterSeconds = 3600;
// Rates written as decimals may add up to a hair over 1 in binary, e.g. 0.1 + 0.2 + 0.7.
constexpr double RateSumSlack = 1e-9;

// Reading stops at the first problem; `error` names the key so a scenario author can find it.
class ScenarioReader
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    QString error() const { return m_error; }

    bool readRate(const QJsonObject &object, QLatin1String key, const QString &where, double *rate)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
            return fail(tr("%1: \"%2\" must be a number from 0 to 1").arg(where, key));
        *rate = value.toDouble();
        return true;
    }

    bool readInt(const QJsonObject &object, QLatin1String key, const QString &where, int min,
                 int max, int *result)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<int>(number) || number < min ||
            number > max) {
            return fail(tr("%1: \"%2\" must be a whole number from %3 to %4")
                            .arg(where, key)
                            .arg(min)
                            .arg(max));
        }
        *result = static_cast<int>(number);
        return true;
    }

    // [min, max] with 0 <= min <= max <= limit.
    bool readRange(const QJsonObject &object, QLatin1String key, const QString &where, double limit,
                   double *min, double *max)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const QJsonArray pair = value.toArray();
        const bool valid = value.isArray() && pair.size() == 2 && pair.at(0).isDouble() &&
                           pair.at(1).isDouble() && pair.at(0).toDouble() >= 0 &&
                           pair.at(0).toDouble() <= pair.at(1).toDouble() &&
                           pair.at(1).toDouble() <= limit;
        if (!valid)
            return fail(tr("%1: \"%2\" must be [min, max] with 0 <= min <= max <= %3")
                            .arg(where, key)
                            .arg(limit));
        *min = pair.at(0).toDouble();
        *max = pair.at(1).toDouble();
        return true;
    }

    bool readModel(const QString &name, const QJsonValue &value, Scenario::Model *model)
    {
        const QString where = tr("model \"%1\"").arg(name);
        if (!value.isObject())
            return fail(tr("%1 must be an object").arg(where));
        const QJsonObject object = value.toObject();

        const QJsonValue type = object.value(QLatin1String("type"));
        if (!type.isUndefined()) {
            if (!type.isString() || !type.toString().contains(QLatin1String("-to-")))
                return fail(tr("%1: \"type\" must read like \"text-to-image\"").arg(where));
            model->type = type.toString();
        }

        if (!readRange(object, QLatin1String("duration_s"), where, MaxDurationSeconds,
                       &model->minDurationSeconds, &model->maxDurationSeconds) ||
            !readRate(object, QLatin1String("fail_rate"), where, &model->failRate) ||
            !readRate(object, QLatin1String("cancel_rate"), where, &model->cancelRate) ||
            !readRate(object, QLatin1String("timeout_rate"), where, &model->timeoutRate) ||
            !readInt(object, QLatin1String("outputs"), where, 1, MaxOutputs, &model->outputs)) {
            return false;
        }
        if (model->failRate + model->cancelRate + model->timeoutRate > 1)
            return fail(
                tr("%1: the fail, cancel and timeout rates add up to more than 1").arg(where));
        return true;
    }

    bool readFaults(const QJsonValue &value, Scenario *scenario)
    {
        const QString where = QStringLiteral("faults");
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return fail(tr("\"faults\" must be an object"));
        const QJsonObject faults = value.toObject();

        double minLatency = scenario->minLatencyMs;
        double maxLatency = scenario->maxLatencyMs;
        if (!readRange(faults, QLatin1String("latency_ms"), where, MaxLatencyMs, &minLatency,
                       &maxLatency) ||
            !readRate(faults, QLatin1String("server_error_rate"), where,
                      &scenario->serverErrorRate) ||
            !readRate(faults, QLatin1String("rate_limit_rate"), where, &scenario->rateLimitRate) ||
            !readRate(faults, QLatin1String("reset_rate"), where, &scenario->resetRate) ||
            !readRate(faults, QLatin1String("malformed_rate"), where, &scenario->malformedRate)) {
            return false;
        }
        // One draw per request decides the fault, so the shares must fit into it.
        if (scenario->serverErrorRate + scenario->rateLimitRate + scenario->resetRate +
                scenario->malformedRate >
            1 + RateSumSlack) {
            return fail(tr("faults: the server error, rate limit, reset and malformed rates add "
                           "up to more than 1"));
        }
        scenario->minLatencyMs = static_cast<int>(minLatency);
        scenario->maxLatencyMs = static_cast<int>(maxLatency);

        const QJsonValue rateLimit = faults.value(QLatin1String("rate_limit"));
        if (rateLimit.isUndefined())
            return true;
        if (!rateLimit.isObject())
            return fail(tr("\"faults.rate_limit\" must be an object"));
        const QString limitWhere = QStringLiteral("faults.rate_limit");
        const QJsonObject limit = rateLimit.toObject();
        return readInt(limit, QLatin1String("every"), limitWhere, 0, 1000000,
                       &scenario->rateLimitEvery) &&
               readInt(limit, QLatin1String("burst"), limitWhere, 0, 1000,
                       &scenario->rateLimitBurst) &&
               readInt(limit, QLatin1String("retry_after_s"), limitWhere, 0, MaxRetryAfterSeconds,
                       &scenario->rateLimitRetryAfterSeconds);
    }

    std::optional<Scenario> read(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString()));
            return std::nullopt;
        }
        if (!document.isObject()) {
            fail(tr("a scenario must be a JSON object"));
            return std::nullopt;
        }
        const QJsonObject root = document.object();

        Scenario scenario;
        const QJsonValue models = root.value(QLatin1String("models"));
        if (!models.isUndefined() && !models.isObject()) {
            fail(tr("\"models\" must be an object keyed by model path"));
            return std::nullopt;
        }
        const QJsonObject modelObject = models.toObject();
        for (auto it = modelObject.begin(); it != modelObject.end(); ++it) {
            Scenario::Model model;
            if (it.key().isEmpty()) {
                fail(tr("a model path must not be empty"));
                return std::nullopt;
            }
            if (!readModel(it.key(), it.value(), &model))
                return std::nullopt;
            scenario.models.insert(it.key(), model);
        }

        if (!readFaults(root.value(QLatin1String("faults")), &scenario))
            return std::nullopt;

        const QJsonValue balance = root.value(QLatin1String("balance"));
        if (!balance.isUndefined()) {
            if (!balance.isDouble() || balance.toDouble() < 0) {
                fail(tr("\"balance\" must be a number of at least 0"));
                return std::nullopt;
            }
            scenario.balance = balance.toDouble();
        }
        return scenario;
    }

private:
    QString m_error;
};

Scenario::Model makeModel(const char *type, double minSeconds, double maxSeconds, double failRate,
                          int outputs)
{
    Scenario::Model model;
    model.type = QLatin1String(type);
    model.minDurationSeconds = minSeconds;
    model.maxDurationSeconds = maxSeconds;
    model.failRate = failRate;
    model.outputs = outputs;
    return model;
}

} // namespace

// Keep in step with resources/scenarios/standard.json: a test compares the two.
Scenario Scenario::standard()
{
    Scenario scenario;
    scenario.models.insert(QStringLiteral("wavespeed-ai/flux-dev"),
                           makeModel("text-to-image", 2, 8, 0.05, 1));
    scenario.models.insert(QStringLiteral("wavespeed-ai/flux-schnell"),
                           makeModel("text-to-image", 1, 4, 0, 2));
    scenario.models.insert(QStringLiteral("bytedance/seedream-v3"),
                           makeModel("text-to-image", 3, 12, 0.05, 1));
    scenario.models.insert(QStringLiteral("wavespeed-ai/wan-2.1/t2v-480p"),
                           makeModel("text-to-video", 20, 90, 0.05, 1));

    Model kling = makeModel("image-to-video", 30, 120, 0.05, 1);
    kling.cancelRate = 0.02;
    kling.timeoutRate = 0.02;
    scenario.models.insert(QStringLiteral("kwaivgi/kling-v2.1-i2v-standard"), kling);
    scenario.balance = 12.5;
    return scenario;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    ScenarioReader reader;
    std::optional<Scenario> scenario = reader.read(json);
    if (!scenario && error)
        *error = reader.error();
    return scenario;
}
