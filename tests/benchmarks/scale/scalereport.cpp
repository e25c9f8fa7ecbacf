// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "scalereport.h"

#include <algorithm>

void ScaleReport::addRow(const QString &measure, const QString &ours, const QString &target,
                         std::optional<bool> met)
{
    const QString verdict = !met   ? QStringLiteral("info")
                            : *met ? QStringLiteral("pass")
                                   : QStringLiteral("MISS");
    m_rows.append(Row{measure, ours, target, verdict});
}

void ScaleReport::addNote(const QString &note)
{
    m_notes.append(note);
}

int ScaleReport::missed() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return row.verdict == QLatin1String("MISS"); }));
}

QString ScaleReport::text() const
{
    // In the order of the measures' numbers, whatever order they ran in; a row without a number
    // stays with the one above it.
    QList<std::pair<QChar, Row>> ordered;
    QChar number;
    for (const Row &row : m_rows) {
        if (!row.measure.isEmpty() && row.measure.at(0).isDigit())
            number = row.measure.at(0);
        ordered.append({number, row});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    const Row header{QStringLiteral("measure"), QStringLiteral("ours"),
                     QStringLiteral("target / baseline"), QStringLiteral("result")};
    qsizetype widths[3] = {header.measure.size(), header.ours.size(), header.target.size()};
    for (const Row &row : m_rows) {
        widths[0] = std::max(widths[0], row.measure.size());
        widths[1] = std::max(widths[1], row.ours.size());
        widths[2] = std::max(widths[2], row.target.size());
    }

    const auto line = [&](const Row &row) {
        return row.measure.leftJustified(widths[0]) + QStringLiteral(" | ") +
               row.ours.leftJustified(widths[1]) + QStringLiteral(" | ") +
               row.target.leftJustified(widths[2]) + QStringLiteral(" | ") + row.verdict +
               QLatin1Char('\n');
    };
    QString text = line(header);
    text += QString(widths[0], QLatin1Char('-')) + QStringLiteral("-|-") +
            QString(widths[1], QLatin1Char('-')) + QStringLiteral("-|-") +
            QString(widths[2], QLatin1Char('-')) + QStringLiteral("-|-------\n");
    for (const auto &[key, row] : ordered)
        text += line(row);
    if (!m_notes.isEmpty())
        text += QLatin1Char('\n');
    for (const QString &note : m_notes)
        text += QStringLiteral("- ") + note + QLatin1Char('\n');
    return text;
}
