// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The table the benchmark prints: each measure with ours, the target or the baseline measured
// beside it in the same run, and whether ours meets it.
class ScaleReport final
{
public:
    void addRow(const QString &measure, const QString &ours, const QString &target,
                std::optional<bool> met); // nothing for a row that only informs
    void addNote(const QString &note);

    QString text() const;
    int missed() const;

private:
    struct Row
    {
        QString measure;
        QString ours;
        QString target;
        QString verdict;
    };
    QList<Row> m_rows;
    QStringList m_notes;
};
