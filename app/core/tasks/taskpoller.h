// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/prediction.h"
#include "pollpolicy.h"
#include "task.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

struct ApiReply;
class ModelCatalog;
class RequestGate;

// Watches one task: checks it through the gate, waits as the policy says, and stops at a
// terminal state, at the monitor's timeout, or while paused.
class TaskPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskPoller)

public:
    static constexpr std::chrono::seconds DefaultTimeout{1800};
    static constexpr int NotFoundConfirmations = 2; // 404s in a row before giving the task up

    TaskPoller(const Task &task, RequestGate *gate, const PollPolicy *policy,
               const ModelCatalog *catalog, QObject *parent = nullptr);
    ~TaskPoller() override;

    const Task &task() const { return m_task; }

    // Starts watching; a finished task is never checked again.
    void start();
    void pause(PauseReason reason);
    void resume();
    // A waiting task is checked as soon as its floor allows.
    void checkNow();

    void setTimeout(std::chrono::seconds timeout);
    void setKind(TaskKind kind, bool setByUser);
    void setSavedPath(int output, const QString &path);
    // The catalogue learned something: adopt its kind unless the user chose one.
    void refreshKind();

    // What a prediction says about a task, written into it: status, model, creation, outputs,
    // inference time, error, and the kind of the model unless the user chose one. Returns the
    // fields that changed. Shared with tasks imported from the account's history.
    static Task::Fields update(Task &task, const Prediction &prediction,
                               const ModelCatalog *catalog);
    // The monitor's end for a terminal status of the API; nothing while the task runs.
    static std::optional<TaskState> endFor(Prediction::Status status);

signals:
    void changed(Task::Fields fields);
    // A check failed and the same ID will be checked again after `delay`.
    void retrying(const ApiError &error, std::chrono::milliseconds delay);
    // The task completed, about `duration` after it was created: what the policy learns from.
    void durationObserved(const QString &model, std::chrono::milliseconds duration);

private:
    void check();
    void onReply(quint64 serial, const ApiReply &reply);
    void onError(const ApiError &error);
    Task::Fields apply(const Prediction &prediction);
    void scheduleNext(ApiError::Kind lastError, Task::Fields fields);
    void scheduleIn(const PollPolicy::Decision &decision, Task::Fields fields);
    void finish(TaskState state, Task::Fields fields);
    void giveUp();
    void armDeadline();
    void setState(TaskState state, Task::Fields &fields);
    QUrl checkUrl() const;

    Task m_task;
    RequestGate *m_gate;
    const PollPolicy *m_policy;
    const ModelCatalog *m_catalog;
    QTimer m_next;
    QElapsedTimer m_sinceCheck; // since the reply to the last check
    QTimer m_deadline;
    std::chrono::seconds m_timeout = DefaultTimeout;
    QUrl m_resultUrl;
    QDateTime m_lastRunningAt; // when the last answer still had the task running
    quint64 m_serial = 0;      // tells the answer to the current check from a stale one
    int m_errorsInRow = 0;
    int m_notFoundInRow = 0;
    bool m_started = false;
};
