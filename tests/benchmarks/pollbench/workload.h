// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/taskkind.h"

#include <QList>
#include <QString>

#include <optional>

// The tasks a replay watches, in virtual seconds: when each is created, how long it runs and
// how long after its creation the monitor is given its ID.
struct WorkloadTask
{
    QString model;
    TaskKind kind = TaskKind::Image;
    double createdAt = 0.0;
    double duration = 0.0;
    double addedAfter = 0.0;

    double completesAt() const { return createdAt + duration; }
    double addedAt() const { return createdAt + addedAfter; }
};

struct Workload
{
    QString name;
    QList<WorkloadTask> tasks;
    int modelCount = 0;

    // Ten thousand tasks of seven models, arriving over four hours: image durations around
    // 2–12 s and video ones around 60–300 s, each model log-normal; most IDs added at once,
    // some after minutes.
    static Workload builtIn(quint64 seed, int taskCount);

    // A CSV trace with the header `model,kind,duration_s,added_after_s`, one task per line,
    // created one `spacing` apart in file order. Nothing, with a reason, when it is not one.
    static std::optional<Workload> fromCsv(const QString &path, double spacing, QString *error);
};
