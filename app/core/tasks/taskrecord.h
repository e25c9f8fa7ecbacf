// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "task.h"

#include <QString>
#include <QStringList>

class QSqlQuery;

// How a Task is kept as a row of the "tasks" table: the statements and the column conversions.
// States, pause reasons and kinds are stored by their stable names, times as ISO 8601 UTC.
namespace TaskRecord {

// Creates the table and its index; every statement may run again on an existing table.
QStringList schema();
// Upgrades a table of schema 1 or 2, which has no saved_paths column.
QString addSavedPaths();
// Inserts the task bound with bind(), or updates its row in place, keeping the row's position:
// the order of the table is the order of first add.
QString upsert();
// Every row, in position order, with the columns read() expects.
QString selectAll();

void bind(QSqlQuery &query, const Task &task);
Task read(const QSqlQuery &query);

} // namespace TaskRecord
