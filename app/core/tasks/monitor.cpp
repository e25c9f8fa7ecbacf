// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "monitor.h"

#include "api/apiclient.h"
#include "api/modelcatalog.h"
#include "api/prediction.h"
#include "logging.h"
#include "requestgate.h"
#include "taskid.h"
#include "taskpoller.h"

#include <QSet>

using namespace std::chrono;

Monitor::Monitor(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(network, this))
    , m_gate(new RequestGate(m_client, this))
    , m_catalog(new ModelCatalog(m_gate, this))
    , m_timeout(TaskPoller::DefaultTimeout)
{
    m_policy.setDurations(&m_durations);
    connect(m_gate, &RequestGate::keyRejected, this, [this] {
        emit warning(tr("The API rejected the key; every task is paused."), QString());
        emit keyRejected();
    });
    connect(m_gate, &RequestGate::rateLimited, this, [this](seconds pause) {
        emit warning(
            tr("Rate limited by the API; every check waits %n second(s).", "", int(pause.count())),
            QString());
    });
    connect(m_gate, &RequestGate::stateChanged, this,
            [this, previous = m_gate->state()](RequestGate::State state) mutable {
                if (previous == RequestGate::State::RateLimited &&
                    state == RequestGate::State::Open)
                    emit warning(tr("The rate limit is over; checks resume."), QString());
                previous = state;
            });
    connect(m_catalog, &ModelCatalog::updated, this, [this] {
        for (TaskPoller *poller : std::as_const(m_pollers))
            poller->refreshKind();
    });
}

Monitor::~Monitor()
{
    // Pollers talk to the gate until they go: they go first.
    qDeleteAll(m_pollers);
    m_pollers.clear();
}

void Monitor::setApiKey(const QString &key)
{
    m_client->setApiKey(key);
    m_gate->reopen();
    for (TaskPoller *poller : std::as_const(m_pollers)) {
        if (poller->task().state == TaskState::Paused &&
            poller->task().pauseReason == PauseReason::KeyRejected)
            poller->resume();
    }
}

void Monitor::setTimeout(seconds timeout)
{
    m_timeout = timeout;
    for (TaskPoller *poller : std::as_const(m_pollers))
        poller->setTimeout(timeout);
}

void Monitor::setPolicy(const PollPolicy &policy)
{
    m_policy = policy;
    m_policy.setDurations(&m_durations);
}

void Monitor::restoreDurations(const DurationStats &durations)
{
    m_durations = durations;
}

Monitor::AddResult Monitor::add(const QStringList &ids)
{
    AddResult result;
    for (const QString &id : ids) {
        if (!TaskId::isAcceptable(id))
            result.refused.append(id);
        else if (m_pollers.contains(id) || result.added.contains(id))
            result.alreadyWatched.append(id);
        else
            result.added.append(id);
    }
    if (result.added.isEmpty())
        return result;

    m_catalog->refresh();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TaskPoller *> started;
    for (const QString &id : std::as_const(result.added)) {
        Task task;
        task.id = id;
        task.addedAt = now;
        started.append(createPoller(task));
    }
    qCInfo(lcPoll) << "watching" << result.added.size() << "new tasks," << m_order.size()
                   << "in all";
    emit tasksAdded(result.added);
    for (TaskPoller *poller : std::as_const(started))
        poller->start();
    return result;
}

void Monitor::restore(const QList<Task> &tasks)
{
    QStringList restored;
    QList<TaskPoller *> started;
    for (Task task : tasks) {
        if (!TaskId::isAcceptable(task.id) || m_pollers.contains(task.id))
            continue;
        // A check that was under way when the app stopped starts over.
        if (task.state == TaskState::Checking || task.state == TaskState::Waiting)
            task.state = TaskState::Queued;
        // The timeout counts from now: time spent closed is not time spent watching.
        if (!task.isFinished())
            task.addedAt = QDateTime::currentDateTimeUtc();
        started.append(createPoller(task));
        restored.append(task.id);
    }
    if (restored.isEmpty())
        return;
    qCInfo(lcPoll) << "restored" << restored.size() << "tasks";
    if (m_unfinished > 0)
        m_catalog->refresh();
    emit tasksAdded(restored);
    for (TaskPoller *poller : std::as_const(started))
        poller->start();
}

Monitor::AddResult Monitor::import(const QList<Prediction> &predictions)
{
    AddResult result;
    QList<Task> tasks;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Prediction &prediction : predictions) {
        const QString &id = prediction.id;
        if (!TaskId::isAcceptable(id)) {
            result.refused.append(id);
            continue;
        }
        if (m_pollers.contains(id) || result.added.contains(id)) {
            result.alreadyWatched.append(id);
            continue;
        }
        Task task;
        task.id = id;
        task.addedAt = now;
        TaskPoller::update(task, prediction, m_catalog);
        if (const std::optional<TaskState> end = TaskPoller::endFor(prediction.status)) {
            task.state = *end;
            task.finishedAt = now;
        }
        tasks.append(task);
        result.added.append(id);
    }
    if (result.added.isEmpty())
        return result;

    m_catalog->refresh();
    QList<TaskPoller *> started;
    for (const Task &task : std::as_const(tasks))
        started.append(createPoller(task));
    qCInfo(lcPoll) << "imported" << result.added.size() << "tasks," << m_order.size() << "in all";
    emit tasksAdded(result.added);
    for (TaskPoller *poller : std::as_const(started))
        poller->start();
    return result;
}

void Monitor::remove(const QStringList &ids)
{
    QStringList removed;
    for (const QString &id : ids) {
        TaskPoller *poller = m_pollers.take(id);
        if (!poller)
            continue;
        if (!poller->task().isFinished())
            --m_unfinished;
        delete poller;
        removed.append(id);
    }
    if (removed.isEmpty())
        return;
    const QSet<QString> gone(removed.cbegin(), removed.cend());
    m_order.removeIf([&gone](const QString &id) { return gone.contains(id); });
    emit tasksRemoved(removed);
}

TaskPoller *Monitor::createPoller(const Task &task)
{
    auto *poller = new TaskPoller(task, m_gate, &m_policy, m_catalog, this);
    poller->setTimeout(m_timeout);
    connect(poller, &TaskPoller::changed, this,
            [this, poller](Task::Fields fields) { onPollerChanged(poller, fields); });
    connect(poller, &TaskPoller::retrying, this,
            [this, poller](const ApiError &error, milliseconds delay) {
                emit warning(
                    tr("%1 Checking again in %2 s.")
                        .arg(error.text(), QString::number(delay.count() / 1000.0, 'f', 1)),
                    poller->task().id);
            });
    connect(poller, &TaskPoller::durationObserved, this,
            [this](const QString &model, milliseconds duration) {
                m_durations.add(model, duration);
                emit durationsLearned(model);
            });
    m_pollers.insert(task.id, poller);
    m_order.append(task.id);
    if (!task.isFinished())
        ++m_unfinished;
    return poller;
}

const Task *Monitor::task(const QString &id) const
{
    const TaskPoller *poller = m_pollers.value(id);
    return poller ? &poller->task() : nullptr;
}

void Monitor::pause(const QString &id)
{
    if (TaskPoller *poller = m_pollers.value(id))
        poller->pause(PauseReason::User);
}

void Monitor::resume(const QString &id)
{
    if (TaskPoller *poller = m_pollers.value(id))
        poller->resume();
}

void Monitor::checkNow(const QString &id)
{
    if (TaskPoller *poller = m_pollers.value(id))
        poller->checkNow();
}

void Monitor::setKind(const QString &id, TaskKind kind)
{
    if (TaskPoller *poller = m_pollers.value(id))
        poller->setKind(kind, true);
}

void Monitor::setSavedPath(const QString &id, int output, const QString &path)
{
    if (TaskPoller *poller = m_pollers.value(id))
        poller->setSavedPath(output, path);
}

void Monitor::onPollerChanged(TaskPoller *poller, Task::Fields fields)
{
    const Task &task = poller->task();
    emit taskChanged(task.id, fields);

    if (!(fields & Task::Field::State) || !task.isFinished())
        return;
    --m_unfinished;
    emit taskFinished(task.id);
    if (m_unfinished == 0)
        emit allFinished();
}
