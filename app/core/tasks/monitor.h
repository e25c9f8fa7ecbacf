// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "durationstats.h"
#include "pollpolicy.h"
#include "task.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>

class ApiClient;
class ModelCatalog;
class QNetworkAccessManager;
class RequestGate;
class TaskPoller;
struct Prediction;

// The engine: owns the watched tasks, their pollers, the request gate and the model catalogue,
// and reports every change. The command line and the window both sit on top of it.
class Monitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Monitor)

public:
    struct AddResult
    {
        QStringList added;
        QStringList alreadyWatched;
        QStringList refused; // not acceptable as IDs
    };

    explicit Monitor(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Monitor() override;

    ApiClient *client() const { return m_client; }
    RequestGate *gate() const { return m_gate; }
    ModelCatalog *catalog() const { return m_catalog; }

    // Sets the key and lets every task that stopped for a rejected key go on.
    void setApiKey(const QString &key);
    void setTimeout(std::chrono::seconds timeout);
    std::chrono::seconds timeout() const { return m_timeout; }
    // For tests and benchmarks: replaces the policy of every task. What was learned stays.
    void setPolicy(const PollPolicy &policy);
    // How long each model's tasks take, learned from the completions seen; the store keeps it.
    const DurationStats &durations() const { return m_durations; }
    void restoreDurations(const DurationStats &durations);

    // Starts watching each ID once; IDs already watched are reported, not added again.
    AddResult add(const QStringList &ids);
    // Takes back tasks kept from an earlier run: finished ones are never checked again,
    // unfinished ones resume. IDs already watched are skipped.
    void restore(const QList<Task> &tasks);
    // Takes in tasks found in the account's history, as the API described them there: finished
    // ones join in their final state without a request of their own (and without taskFinished,
    // as nothing finishes now), unfinished ones are watched as usual. IDs already watched are
    // left alone and reported.
    AddResult import(const QList<Prediction> &predictions);
    // Stops watching and forgets the tasks.
    void remove(const QStringList &ids);

    bool contains(const QString &id) const { return m_pollers.contains(id); }
    const Task *task(const QString &id) const;
    QStringList ids() const { return m_order; } // in the order they were added
    int count() const { return int(m_order.size()); }
    int unfinishedCount() const { return m_unfinished; }

    void pause(const QString &id);
    void resume(const QString &id);
    // Checks a waiting task as soon as its floor allows, instead of at the scheduled time.
    void checkNow(const QString &id);
    void setKind(const QString &id, TaskKind kind);
    // Remembers where output `output` (from 0) of a task was saved; the store keeps it.
    void setSavedPath(const QString &id, int output, const QString &path);

signals:
    void tasksAdded(const QStringList &ids); // by add(), import() and restore()
    void tasksRemoved(const QStringList &ids);
    void taskChanged(const QString &id, Task::Fields fields);
    void taskFinished(const QString &id);
    void allFinished();
    // A completion taught the policy something new about this model's durations.
    void durationsLearned(const QString &model);
    // Something the user may want to know: a rate limit, a rejected key, a retried check.
    // `taskId` is empty when it concerns no single task.
    void warning(const QString &message, const QString &taskId);
    void keyRejected();

private:
    TaskPoller *createPoller(const Task &task);
    void onPollerChanged(TaskPoller *poller, Task::Fields fields);

    ApiClient *m_client;
    RequestGate *m_gate;
    ModelCatalog *m_catalog;
    DurationStats m_durations;
    PollPolicy m_policy;
    QHash<QString, TaskPoller *> m_pollers;
    QStringList m_order;
    std::chrono::seconds m_timeout;
    int m_unfinished = 0;
};
