// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QVariant>

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
        AtRisk,       // completed, not all saved, and expiring within a day
    };
    Q_ENUM(StateFilter)

    explicit TaskFilterModel(QObject *parent = nullptr);

    // Matches the ID, the model and the error, ignoring case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_stateFilter; }

    // Reads each row's value once, before sorting, instead of twice in every comparison; so does
    // a change of the filters, which sorts the rows it lets back in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // A raw value ready to compare: numbers, and times apart from them, as one integer.
    struct SortKey
    {
        enum class Kind {
            Other,
            Number,
            Time,
        };
        QVariant value;
        qint64 number = 0;
        Kind kind = Kind::Other;
        bool empty = false;
    };
    static SortKey keyOf(const QVariant &value);
    void readSortKeys(int column);
    void refilter();
    bool isLess(const SortKey &left, const SortKey &right) const;

    QString m_search;
    StateFilter m_stateFilter = StateFilter::All;
    QList<SortKey> m_sortKeys; // by source row, only while sorting or filtering
};
