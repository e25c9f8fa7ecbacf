// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

class QIODevice;
struct Task;

// Writes what happens to the watched tasks: a line of text each, or one JSON object per line
// (the events of ARCHITECTURE.md, "Command line"). JSON goes to standard output only; in JSON
// mode, notes for people go to standard error so that scripts read clean lines.
class EventWriter
{
    Q_DECLARE_TR_FUNCTIONS(EventWriter)

public:
    enum class Format {
        Text,
        Json,
    };
    using Clock = std::function<QDateTime()>;

    EventWriter(QIODevice *out, QIODevice *err, Format format, Clock clock = {});

    void status(const Task &task);
    void completed(const Task &task);
    void failed(const Task &task);
    void downloaded(const QString &id, const QUrl &url, const QString &path, qint64 bytes);
    void downloadFailed(const QString &id, const QUrl &url, const QString &error);
    void warning(const QString &message, const QString &id = {});
    // A line for people, never an event.
    void note(const QString &text);

    // The error of a finished task as one line: its message, the meaning of its code, or why
    // the monitor stopped.
    static QString errorText(const Task &task);

private:
    void emitEvent(const QString &event, const QString &id, QJsonObject fields);
    void writeLine(QIODevice *device, const QString &line);

    QIODevice *m_out;
    QIODevice *m_err;
    Format m_format;
    Clock m_clock;
};
