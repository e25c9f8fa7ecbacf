// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;

// The text that dropped or pasted data, or command-line arguments, stand for: plain text, URLs as
// they are, and the contents of .txt, .json and .csv files. Task IDs are then found in it by
// TaskId::extract.
struct TaskInput
{
    Q_DECLARE_TR_FUNCTIONS(TaskInput)

public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    QString text;
    QStringList problems; // files that could not be read, and why

    static TaskInput fromMimeData(const QMimeData *mime);
    static bool canRead(const QMimeData *mime);

    // Command-line arguments: file: URLs are read as files are, anything else is text.
    static TaskInput fromArguments(const QStringList &arguments);
    // Arguments naming a file relative to `directory` become file: URLs, so that another
    // process (the running window) can read them.
    static QStringList resolveFiles(const QStringList &arguments, const QString &directory);

private:
    static std::optional<QString> readFile(const QString &path, QStringList *problems);
};
