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
    refilter();
}

void TaskFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    refilter();
}

void TaskFilterModel::refilter()
{
    // One layout change rather than invalidateFilter()'s removal or insertion for every run of
    // rows: a typed letter can hide thousands of rows scattered over the table, and views pay
    // for each run. The rows are sorted again as the mapping is made, here, while each value is
    // at hand, read once.
    readSortKeys(sortColumn());
    invalidate();
    rowCount();
    m_sortKeys.clear();
}

void TaskFilterModel::readSortKeys(int column)
{
    m_sortKeys.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source || column < 0)
        return;
    const int rows = source->rowCount();
    m_sortKeys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_sortKeys.append(keyOf(source->index(row, column).data(TaskModel::RawValueRole)));
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return true;

    if (m_stateFilter == StateFilter::AtRisk) {
        const QModelIndex any = source->index(sourceRow, TaskModel::IdColumn, sourceParent);
        if (!source->data(any, TaskModel::AtRiskRole).toBool())
            return false;
    } else if (m_stateFilter != StateFilter::All) {
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

void TaskFilterModel::sort(int column, Qt::SortOrder order)
{
    // A sort compares every row with a dozen others: each value read once saves most of the time
    // a click on a column header takes with thousands of rows.
    readSortKeys(column);
    QSortFilterProxyModel::sort(column, order);
    m_sortKeys.clear();
}

TaskFilterModel::SortKey TaskFilterModel::keyOf(const QVariant &value)
{
    SortKey key;
    key.value = value;
    key.empty = isEmptyValue(value);
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        key.number = value.toLongLong();
        key.kind = SortKey::Kind::Number;
        break;
    case QMetaType::QDateTime:
        key.number = value.toDateTime().toMSecsSinceEpoch();
        key.kind = SortKey::Kind::Time;
        break;
    default:
        break;
    }
    return key;
}

bool TaskFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Outside sort(), e.g. when a changed row moves to its place, the values are read here.
    if (m_sortKeys.isEmpty())
        return isLess(keyOf(left.data(TaskModel::RawValueRole)),
                      keyOf(right.data(TaskModel::RawValueRole)));
    return isLess(m_sortKeys.at(left.row()), m_sortKeys.at(right.row()));
}

bool TaskFilterModel::isLess(const SortKey &left, const SortKey &right) const
{
    if (left.empty || right.empty)
        return left.empty && !right.empty;
    if (left.kind != SortKey::Kind::Other && left.kind == right.kind)
        return left.number < right.number;

    const QVariant &a = left.value;
    const QVariant &b = right.value;
    if (a.metaType().id() == QMetaType::QString && b.metaType().id() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), sortCaseSensitivity()) < 0;

    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Unordered)
        return a.toString() < b.toString(); // different types: at least a stable order
    return order == QPartialOrdering::Less;
}
