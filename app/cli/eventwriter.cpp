// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "eventwriter.h"

#include "api/prediction.h"
#include "tasks/task.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

EventWriter::EventWriter(QIODevice *out, QIODevice *err, Format format, Clock clock)
    : m_out(out)
    , m_err(err)
    , m_format(format)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{}

void EventWriter::status(const Task &task)
{
    if (m_format == Format::Json) {
        emitEvent(QStringLiteral("status"), task.id,
                  {{QStringLiteral("status"), task.status},
                   {QStringLiteral("model"), task.model.isEmpty() ? QJsonValue() : task.model},
                   {QStringLiteral("created_at"), isoOrNull(task.createdAt)}});
        return;
    }
    writeLine(m_out, QStringLiteral("%1  %2  %3").arg(task.id, task.status, task.model).trimmed());
}

void EventWriter::completed(const Task &task)
{
    if (m_format == Format::Json) {
        QJsonArray outputs;
        for (const QUrl &url : task.outputs)
            outputs.append(url.toString(QUrl::FullyEncoded));
        emitEvent(QStringLiteral("completed"), task.id,
                  {{QStringLiteral("model"), task.model},
                   {QStringLiteral("outputs"), outputs},
                   {QStringLiteral("inference_ms"),
                    task.inferenceMs ? QJsonValue(*task.inferenceMs) : QJsonValue()}});
        return;
    }
    QString line = tr("%1  completed  %n output(s)", "", int(task.outputs.size())).arg(task.id);
    if (task.inferenceMs)
        line += tr(", inference %1 s").arg(double(*task.inferenceMs) / 1000.0, 0, 'f', 1);
    writeLine(m_out, line);
    for (const QUrl &url : task.outputs)
        writeLine(m_out, QStringLiteral("    ") + url.toString(QUrl::FullyEncoded));
}

void EventWriter::failed(const Task &task)
{
    const QString state = Task::stateName(task.state);
    if (m_format == Format::Json) {
        emitEvent(QStringLiteral("failed"), task.id,
                  {{QStringLiteral("status"), state}, {QStringLiteral("error"), errorText(task)}});
        return;
    }
    writeLine(m_out, QStringLiteral("%1  %2  %3").arg(task.id, state, errorText(task)));
}

void EventWriter::downloaded(const QString &id, const QUrl &url, const QString &path, qint64 bytes)
{
    if (m_format == Format::Json) {
        emitEvent(QStringLiteral("downloaded"), id,
                  {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("bytes"), bytes}});
        return;
    }
    writeLine(m_out, tr("%1  saved %2 (%3 bytes)").arg(id, path).arg(bytes));
}

void EventWriter::downloadFailed(const QString &id, const QUrl &url, const QString &error)
{
    if (m_format == Format::Json) {
        emitEvent(QStringLiteral("download_failed"), id,
                  {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                   {QStringLiteral("error"), error}});
        return;
    }
    writeLine(m_out, tr("%1  download failed: %2").arg(id, error));
}

void EventWriter::warning(const QString &message, const QString &id)
{
    if (m_format == Format::Json) {
        emitEvent(QStringLiteral("warning"), id, {{QStringLiteral("message"), message}});
        return;
    }
    writeLine(m_err, tr("warning: %1").arg(message));
}

void EventWriter::note(const QString &text)
{
    writeLine(m_format == Format::Json ? m_err : m_out, text);
}

QString EventWriter::errorText(const Task &task)
{
    const QString meaning = Prediction::errorCodeMeaning(task.errorCode);
    if (!task.error.isEmpty() && !meaning.isEmpty() &&
        !task.error.contains(meaning, Qt::CaseInsensitive))
        return tr("%1 (%2)").arg(task.error, meaning);
    if (!task.error.isEmpty())
        return task.error;
    if (!meaning.isEmpty())
        return meaning;
    return task.status.isEmpty() ? Task::stateName(task.state) : task.status;
}

void EventWriter::emitEvent(const QString &event, const QString &id, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), event);
    if (!id.isEmpty())
        fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("time"), m_clock().toUTC().toString(Qt::ISODateWithMs));
    writeLine(m_out, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
}

void EventWriter::writeLine(QIODevice *device, const QString &line)
{
    if (!device)
        return;
    device->write(line.toUtf8() + '\n');
    // Scripts read line by line while the monitor runs.
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}
