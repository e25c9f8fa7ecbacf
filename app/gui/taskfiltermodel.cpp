// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskfiltermodel.h"

#include "taskmodel.h"
#include "tasks/task.h"

#include <QDateTime>
#include <QPartialOrdering>

namespace {

// Values that say "nothing here" sort before every real one.
bool isEmptyValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isEmpty();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    default:
        return false;
    }
}

bool inGroup(TaskState state, TaskFilterModel::StateFilter filter)
{
    using Filter = TaskFilterModel::StateFilter;
    switch (state) {
    case TaskState::Queued:
    case TaskState::Checking:
    case TaskState::Waiting:
        return filter == Filter::Active;
    case TaskState::Paused:
        return filter == Filter::Paused;
    case TaskState::Completed:
        return filter == Filter::Completed;
    case TaskState::Failed:
    case TaskState::Cancelled:
    case TaskState::ServerTimeout:
    case TaskState::NotFound:
    case TaskState::GaveUp:
        return filter == Filter::Unsuccessful;
    }
    return false;
}

} // namespace

TaskFilterModel::TaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(TaskModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TaskFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void TaskFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateFilter();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return true;

    if (m_stateFilter != StateFilter::All) {
        const QModelIndex any = source->index(sourceRow, TaskModel::StatusColumn, sourceParent);
        const auto state = TaskState(source->data(any, TaskModel::StateRole).toInt());
        if (!inGroup(state, m_stateFilter))
            return false;
    }

    if (m_search.isEmpty())
        return true;
    for (int column : {TaskModel::IdColumn, TaskModel::ModelColumn, TaskModel::ErrorColumn}) {
        const QModelIndex cell = source->index(sourceRow, column, sourceParent);
        if (source->data(cell, Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TaskFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(TaskModel::RawValueRole);
    const QVariant b = right.data(TaskModel::RawValueRole);

    const bool aEmpty = isEmptyValue(a);
    const bool bEmpty = isEmptyValue(b);
    if (aEmpty || bEmpty)
        return aEmpty && !bEmpty;

    if (a.metaType().id() == QMetaType::QString && b.metaType().id() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), sortCaseSensitivity()) < 0;

    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Unordered)
        return a.toString() < b.toString(); // different types: at least a stable order
    return order == QPartialOrdering::Less;
}
