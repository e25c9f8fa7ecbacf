// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "task.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Tasks written out for people and other programs: JSON (read back by fromJson), CSV for
// spreadsheets and a Markdown table to paste. The window's export and the command line's
// --export write the same JSON.
namespace TaskExport {

enum class Format {
    Csv,
    Json,
};

// The JSON document's "format" and "version"; a reader refuses other formats.
inline constexpr char FormatName[] = "wavespeed-task-monitor/tasks";
inline constexpr int Version = 1;

// Indented UTF-8: {"format", "version", "exported_at", "tasks": [...]}, one object per task
// with id, model, status, api_status, created_at, inference_ms, outputs, error, error_code and
// saved_paths (one entry per output, null where it was not saved).
QByteArray toJson(const QList<Task> &tasks,
                  const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());
// The tasks of a document written by toJson. Keys it does not know are ignored, missing ones
// take their defaults. On a document it cannot read, returns nothing and says why in `error`.
QList<Task> fromJson(const QByteArray &json, QString *error = nullptr);

// RFC 4180 with a header row, CRLF line ends and a UTF-8 byte order mark.
QByteArray toCsv(const QList<Task> &tasks);
// A table for people, with headers in the user's language.
QString toMarkdown(const QList<Task> &tasks);

QByteArray encode(const QList<Task> &tasks, Format format);
// By the file name's extension: .csv or .json (any case); nothing for another one.
std::optional<Format> formatOf(const QString &path);

// Writes the whole file or, on failure, leaves whatever was there and says why in `error`.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace TaskExport
