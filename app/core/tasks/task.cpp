// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "task.h"

#include <QFileInfo>

bool Task::isTerminal(TaskState state)
{
    switch (state) {
    case TaskState::Completed:
    case TaskState::Failed:
    case TaskState::Cancelled:
    case TaskState::ServerTimeout:
    case TaskState::NotFound:
    case TaskState::GaveUp:
        return true;
    case TaskState::Queued:
    case TaskState::Checking:
    case TaskState::Waiting:
    case TaskState::Paused:
        break;
    }
    return false;
}

QString Task::stateName(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return QStringLiteral("queued");
    case TaskState::Checking:
        return QStringLiteral("checking");
    case TaskState::Waiting:
        return QStringLiteral("waiting");
    case TaskState::Paused:
        return QStringLiteral("paused");
    case TaskState::Completed:
        return QStringLiteral("completed");
    case TaskState::Failed:
        return QStringLiteral("failed");
    case TaskState::Cancelled:
        return QStringLiteral("cancelled");
    case TaskState::ServerTimeout:
        return QStringLiteral("timeout");
    case TaskState::NotFound:
        return QStringLiteral("not_found");
    case TaskState::GaveUp:
        return QStringLiteral("gave_up");
    }
    return {};
}

int Task::savedCount() const
{
    int count = 0;
    for (int i = 0; i < outputs.size(); ++i) {
        const QString path = savedPath(i);
        count += !path.isEmpty() && QFileInfo::exists(path);
    }
    return count;
}

QDateTime Task::expiresAt() const
{
    return createdAt.isValid() ? createdAt.addDays(RetentionDays) : QDateTime();
}
