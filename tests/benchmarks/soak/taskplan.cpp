// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskplan.h"

#include "tasks/pollpolicy.h"
#include "tasks/taskkind.h"

#include <QDateTime>

#include <cmath>

namespace {

// Log-uniform durations need a positive lower bound.
constexpr double ShortestSeconds = 0.05;

struct Failure
{
    int code;
    const char *message;
};

constexpr Failure Failures[] = {
    {1200, "Content moderation: the prompt was flagged"},
    {1402, "The input image could not be fetched"},
    {1403, "Task failed: the model returned no output"},
};

} // namespace

TaskPlan::TaskPlan(const Scenario &scenario, quint32 seed)
    : m_scenario(scenario)
    , m_models(scenario.models.keys())
    , m_random(seed)
{
    m_models.sort();
}

Simulator::TaskSpec TaskPlan::draw(std::chrono::milliseconds age)
{
    Simulator::TaskSpec spec;
    spec.model = m_models.at(m_random.bounded(int(m_models.size())));
    const Scenario::Model model = m_scenario.models.value(spec.model);

    const double low = std::max(model.minDurationSeconds, ShortestSeconds);
    const double high = std::max(model.maxDurationSeconds, low);
    const double seconds =
        std::exp(std::log(low) + m_random.generateDouble() * std::log(high / low));
    spec.duration = std::chrono::milliseconds(std::llround(seconds * 1000));
    spec.createdAt = QDateTime::currentDateTimeUtc().addMSecs(-age.count());
    spec.outputCount = model.outputs;

    const double outcome = m_random.generateDouble();
    if (outcome < model.failRate) {
        const Failure &failure = Failures[m_random.bounded(int(std::size(Failures)))];
        spec.outcome = Simulator::Outcome::Failed;
        spec.errorCode = failure.code;
        spec.error = QLatin1String(failure.message);
    } else if (outcome < model.failRate + model.cancelRate) {
        spec.outcome = Simulator::Outcome::Cancelled;
    } else if (outcome < model.failRate + model.cancelRate + model.timeoutRate) {
        spec.outcome = Simulator::Outcome::Timeout;
    }
    return spec;
}

std::chrono::milliseconds TaskPlan::uniform(std::chrono::milliseconds limit)
{
    return std::chrono::milliseconds(
        std::llround(m_random.generateDouble() * double(limit.count())));
}

bool TaskPlan::isVideo(const QString &model) const
{
    return TaskKinds::fromModelType(m_scenario.models.value(model).type) == TaskKind::Video;
}

std::chrono::milliseconds TaskPlan::floorFor(const QString &model) const
{
    return PollPolicy::floor(TaskKinds::fromModelType(m_scenario.models.value(model).type));
}

TaskState TaskPlan::expectedState(Simulator::Outcome outcome)
{
    switch (outcome) {
    case Simulator::Outcome::Completed:
        return TaskState::Completed;
    case Simulator::Outcome::Failed:
        return TaskState::Failed;
    case Simulator::Outcome::Cancelled:
        return TaskState::Cancelled;
    case Simulator::Outcome::Timeout:
        return TaskState::ServerTimeout;
    }
    return TaskState::Completed;
}
