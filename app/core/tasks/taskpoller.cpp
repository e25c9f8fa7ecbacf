// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskpoller.h"

#include "api/apiclient.h"
#include "api/modelcatalog.h"
#include "api/prediction.h"
#include "durationstats.h"
#include "logging.h"
#include "pollpolicy.h"
#include "requestgate.h"

using namespace std::chrono;

TaskPoller::TaskPoller(const Task &task, RequestGate *gate, const PollPolicy *policy,
                       const ModelCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_task(task)
    , m_gate(gate)
    , m_policy(policy)
    , m_catalog(catalog)
{
    if (!m_task.addedAt.isValid())
        m_task.addedAt = QDateTime::currentDateTimeUtc();
    // Precise, because a coarse timer may fire early and break the floor between checks.
    m_next.setSingleShot(true);
    m_next.setTimerType(Qt::PreciseTimer);
    connect(&m_next, &QTimer::timeout, this, &TaskPoller::check);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &TaskPoller::giveUp);
}

TaskPoller::~TaskPoller()
{
    m_gate->cancel(this);
}

void TaskPoller::start()
{
    if (m_started || m_task.isFinished())
        return;
    m_started = true;
    if (m_task.state == TaskState::Paused)
        return;
    armDeadline();
    check();
}

void TaskPoller::pause(PauseReason reason)
{
    if (m_task.isFinished())
        return;
    m_next.stop();
    m_deadline.stop();
    m_gate->cancel(this);
    ++m_serial;
    m_task.pauseReason = reason;
    m_task.nextCheckAt = {};
    Task::Fields fields = Task::Field::Schedule;
    if (reason == PauseReason::KeyRejected)
        fields |= Task::Field::Error;
    setState(TaskState::Paused, fields);
    qCInfo(lcPoll).noquote() << "poll" << m_task.id << "paused";
    emit changed(fields);
}

void TaskPoller::resume()
{
    if (m_task.state != TaskState::Paused)
        return;
    if (m_task.pauseReason == PauseReason::KeyRejected)
        m_task.error.clear();
    m_task.pauseReason = PauseReason::None;
    m_started = true;
    // The timeout counts watched time: a pause gives the task a fresh allowance.
    m_task.addedAt = QDateTime::currentDateTimeUtc();
    armDeadline();
    check();
}

void TaskPoller::checkNow()
{
    if (m_task.state != TaskState::Waiting)
        return;
    const milliseconds floor = PollPolicy::floor(m_task.kind);
    const milliseconds since(m_sinceCheck.isValid() ? m_sinceCheck.elapsed() : floor.count());
    const milliseconds delay = std::max(milliseconds(0), floor - since);
    qCDebug(lcPoll).noquote() << "poll" << m_task.id << ": checking on request in"
                              << delay.count() / 1000.0 << "s";
    m_task.nextCheckAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_next.start(delay);
    emit changed(Task::Field::Schedule);
}

void TaskPoller::setTimeout(seconds timeout)
{
    m_timeout = timeout;
    if (m_deadline.isActive())
        armDeadline();
}

void TaskPoller::setKind(TaskKind kind, bool setByUser)
{
    if (m_task.kind == kind && m_task.kindSetByUser == setByUser)
        return;
    m_task.kind = kind;
    m_task.kindSetByUser = setByUser;
    emit changed(Task::Field::Kind);
}

void TaskPoller::setSavedPath(int output, const QString &path)
{
    if (output < 0 || output >= m_task.outputs.size() || m_task.savedPath(output) == path)
        return;
    while (m_task.savedPaths.size() <= output)
        m_task.savedPaths.append(QString());
    m_task.savedPaths[output] = path;
    emit changed(Task::Field::Saved);
}

void TaskPoller::refreshKind()
{
    if (m_task.kindSetByUser || m_task.model.isEmpty() || !m_catalog)
        return;
    setKind(m_catalog->kindOf(m_task.model), false);
}

void TaskPoller::check()
{
    Task::Fields fields = Task::Field::Schedule;
    m_task.nextCheckAt = {};
    setState(TaskState::Checking, fields);
    emit changed(fields);

    const quint64 serial = ++m_serial;
    m_gate->get(checkUrl(), this,
                [this, serial](const ApiReply &reply) { onReply(serial, reply); });
}

QUrl TaskPoller::checkUrl() const
{
    // urls.get is what the official SDKs poll; it is followed only on the API's own origin,
    // because the key goes with it.
    if (m_resultUrl.isValid() && m_gate->client()->isApiOrigin(m_resultUrl))
        return m_resultUrl;
    return m_gate->client()->predictionUrl(m_task.id);
}

void TaskPoller::onReply(quint64 serial, const ApiReply &reply)
{
    if (serial != m_serial || m_task.state != TaskState::Checking)
        return;
    ++m_task.checks;
    // From the reply, not from the request: the gate may have held the request back, and the
    // server saw it before this reply left, so the floor counted from here holds on its clock.
    m_sinceCheck.start();

    if (reply.error) {
        onError(reply.error);
        return;
    }
    const Prediction::Result parsed = Prediction::parse(reply.body);
    if (!parsed.prediction) {
        onError(parsed.error);
        return;
    }

    m_errorsInRow = 0;
    m_notFoundInRow = 0;
    const Prediction &prediction = *parsed.prediction;
    Task::Fields fields = apply(prediction) | Task::Field::Schedule;

    const QDateTime answeredAt = QDateTime::currentDateTimeUtc();
    const std::optional<TaskState> end = endFor(prediction.status);
    if (!end) {
        m_lastRunningAt = answeredAt;
        scheduleNext(ApiError::Kind::None, fields);
        return;
    }
    if (*end == TaskState::Completed) {
        if (const auto duration = DurationStats::estimate(m_task.createdAt, m_lastRunningAt,
                                                          answeredAt, m_task.inferenceMs)) {
            emit durationObserved(m_task.model, *duration);
        }
    }
    finish(*end, fields);
}

std::optional<TaskState> TaskPoller::endFor(Prediction::Status status)
{
    switch (status) {
    case Prediction::Status::Completed:
        return TaskState::Completed;
    case Prediction::Status::Failed:
        return TaskState::Failed;
    case Prediction::Status::Cancelled:
        return TaskState::Cancelled;
    case Prediction::Status::Timeout:
        return TaskState::ServerTimeout;
    case Prediction::Status::Created:
    case Prediction::Status::Processing:
    case Prediction::Status::Unknown:
        break;
    }
    return std::nullopt;
}

void TaskPoller::onError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::KeyRejected:
        m_task.error = error.text();
        pause(PauseReason::KeyRejected);
        return;
    case ApiError::Kind::NotFound:
        if (++m_notFoundInRow >= NotFoundConfirmations) {
            m_task.error = error.text();
            finish(TaskState::NotFound, Task::Field::Error | Task::Field::Schedule);
            return;
        }
        qCInfo(lcPoll).noquote() << "poll" << m_task.id << "404; checking once more";
        scheduleNext(error.kind, Task::Field::Schedule);
        return;
    case ApiError::Kind::InsecureUrl:
        // A urls.get that pointed elsewhere: fall back to the documented endpoint.
        m_resultUrl.clear();
        break;
    default:
        break;
    }

    ++m_errorsInRow;
    const PollPolicy::Decision decision = m_policy->next(
        {m_task.kind, m_task.checks, m_task.createdAt, error.kind, m_errorsInRow, m_task.model});
    qCInfo(lcPoll).noquote() << "poll" << m_task.id << ApiError::kindName(error.kind)
                             << "; retrying in" << decision.delay.count() / 1000.0 << "s";
    emit retrying(error, decision.delay);
    scheduleIn(decision, Task::Field::Schedule);
}

Task::Fields TaskPoller::apply(const Prediction &prediction)
{
    if (prediction.resultUrl.isValid())
        m_resultUrl = prediction.resultUrl;
    return update(m_task, prediction, m_catalog);
}

Task::Fields TaskPoller::update(Task &task, const Prediction &prediction,
                                const ModelCatalog *catalog)
{
    Task::Fields fields;
    auto change = [&fields](auto &member, const auto &value, Task::Field field) {
        if (member != value) {
            member = value;
            fields |= field;
        }
    };

    change(task.status, prediction.statusText, Task::Field::Status);
    if (!prediction.model.isEmpty())
        change(task.model, prediction.model, Task::Field::Model);
    if (prediction.createdAt.isValid())
        change(task.createdAt, prediction.createdAt, Task::Field::Created);
    change(task.outputs, prediction.outputs, Task::Field::Outputs);
    change(task.nsfw, prediction.nsfw, Task::Field::Outputs);
    if (prediction.inferenceMs)
        change(task.inferenceMs, prediction.inferenceMs, Task::Field::Inference);
    change(task.error, prediction.error, Task::Field::Error);
    change(task.errorCode, prediction.errorCode, Task::Field::Error);

    if ((fields & Task::Field::Model) && !task.kindSetByUser && catalog) {
        const TaskKind kind = catalog->kindOf(task.model);
        change(task.kind, kind, Task::Field::Kind);
    }
    return fields;
}

void TaskPoller::scheduleNext(ApiError::Kind lastError, Task::Fields fields)
{
    const PollPolicy::Decision decision = m_policy->next(
        {m_task.kind, m_task.checks, m_task.createdAt, lastError, m_errorsInRow, m_task.model});
    qCDebug(lcPoll).noquote() << "poll" << m_task.id << ": next check in"
                              << decision.delay.count() / 1000.0 << "s (" << decision.reason << ")";
    scheduleIn(decision, fields);
}

void TaskPoller::scheduleIn(const PollPolicy::Decision &decision, Task::Fields fields)
{
    m_task.nextCheckAt = QDateTime::currentDateTimeUtc().addMSecs(decision.delay.count());
    setState(TaskState::Waiting, fields);
    m_next.start(decision.delay);
    emit changed(fields | Task::Field::Schedule);
}

void TaskPoller::finish(TaskState state, Task::Fields fields)
{
    m_next.stop();
    m_deadline.stop();
    m_gate->cancel(this);
    m_task.nextCheckAt = {};
    m_task.finishedAt = QDateTime::currentDateTimeUtc();
    setState(state, fields);
    qCInfo(lcPoll).noquote() << "poll" << m_task.id << "ended:" << Task::stateName(state) << "after"
                             << m_task.checks << "checks";
    emit changed(fields);
}

void TaskPoller::giveUp()
{
    if (m_task.isFinished() || m_task.state == TaskState::Paused)
        return;
    ++m_serial;
    m_task.error = tr("Stopped watching after %n minute(s) without an end.", "",
                      int(duration_cast<minutes>(m_timeout).count()));
    finish(TaskState::GaveUp, Task::Field::Error | Task::Field::Schedule);
}

void TaskPoller::armDeadline()
{
    const qint64 watchedMs = m_task.addedAt.msecsTo(QDateTime::currentDateTimeUtc());
    const qint64 leftMs = duration_cast<milliseconds>(m_timeout).count() - watchedMs;
    m_deadline.start(milliseconds(std::max<qint64>(0, leftMs)));
}

void TaskPoller::setState(TaskState state, Task::Fields &fields)
{
    if (m_task.state == state)
        return;
    m_task.state = state;
    fields |= Task::Field::State;
}
