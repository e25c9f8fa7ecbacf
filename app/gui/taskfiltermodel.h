// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

// Sorts the task table by raw values, not by their text, and filters it by a search text and
// by a group of states.
class TaskFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterModel)

public:
    enum class StateFilter {
        All,
        Active, // queued, checking, waiting
        Paused,
        Completed,
        Unsuccessful, // failed, cancelled, timeout, not found, gave up
    };
    Q_ENUM(StateFilter)

    explicit TaskFilterModel(QObject *parent = nullptr);

    // Matches the ID, the model and the error, ignoring case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_stateFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    StateFilter m_stateFilter = StateFilter::All;
};
