// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr double MillisecondsPerSecond = 1000.0;
// Spreadsheets (Excel above all) read a CSV file without a byte order mark in the system's
// legacy code page, which garbles every model name or error that is not plain ASCII.
constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
constexpr char CsvHeader[] = "id,model,status,created_at,inference_ms,outputs,error,saved_paths";
constexpr auto CsvLineEnd = QLatin1String("\r\n");
// What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
constexpr auto FormulaStarts = QLatin1String("=+-@\t\r");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A state written by a later version that this one does not know reads as queued, as in the
// task store.
TaskState stateFromName(const QString &name)
{
    for (int state = int(TaskState::Queued); state <= int(TaskState::GaveUp); ++state) {
        if (name == Task::stateName(TaskState(state)))
            return TaskState(state);
    }
    return TaskState::Queued;
}

QJsonObject taskObject(const Task &task)
{
    QJsonArray outputs;
    QJsonArray savedPaths;
    for (int i = 0; i < task.outputs.size(); ++i) {
        outputs.append(task.outputs.at(i).toString(QUrl::FullyEncoded));
        const QString path = task.savedPath(i);
        savedPaths.append(path.isEmpty() ? QJsonValue() : QDir::toNativeSeparators(path));
    }
    return {
        {QStringLiteral("id"), task.id},
        {QStringLiteral("model"), task.model},
        {QStringLiteral("status"), Task::stateName(task.state)},
        {QStringLiteral("api_status"), task.status},
        {QStringLiteral("created_at"),
         task.createdAt.isValid() ? QJsonValue(isoTime(task.createdAt)) : QJsonValue()},
        {QStringLiteral("inference_ms"),
         task.inferenceMs ? QJsonValue(*task.inferenceMs) : QJsonValue()},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("error"), task.error},
        {QStringLiteral("error_code"), task.errorCode},
        {QStringLiteral("saved_paths"), savedPaths},
    };
}

Task taskFrom(const QJsonObject &object)
{
    Task task;
    task.id = object.value(QLatin1String("id")).toString();
    task.model = object.value(QLatin1String("model")).toString();
    task.state = stateFromName(object.value(QLatin1String("status")).toString());
    task.status = object.value(QLatin1String("api_status")).toString();
    const QString created = object.value(QLatin1String("created_at")).toString();
    if (!created.isEmpty())
        task.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
    const QJsonValue inference = object.value(QLatin1String("inference_ms"));
    if (inference.isDouble())
        task.inferenceMs = inference.toInteger(qint64(inference.toDouble()));
    for (const QJsonValue &url : object.value(QLatin1String("outputs")).toArray())
        task.outputs.append(QUrl::fromEncoded(url.toString().toUtf8()));
    task.error = object.value(QLatin1String("error")).toString();
    task.errorCode = object.value(QLatin1String("error_code")).toInt();
    for (const QJsonValue &path : object.value(QLatin1String("saved_paths")).toArray())
        task.savedPaths.append(QDir::fromNativeSeparators(path.toString()));
    // As the monitor keeps them: no entries after the last saved output.
    while (!task.savedPaths.isEmpty() && task.savedPaths.constLast().isEmpty())
        task.savedPaths.removeLast();
    return task;
}

QString csvField(const QString &text)
{
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) ||
                        text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quoted)
        return text;
    QString field = text;
    field.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

// Free text only: IDs, URLs and paths are kept exactly as they are.
QString withoutFormula(const QString &text)
{
    if (!text.isEmpty() && FormulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString csvRow(const Task &task)
{
    QStringList outputs;
    QStringList savedPaths;
    bool anySaved = false;
    for (int i = 0; i < task.outputs.size(); ++i) {
        outputs.append(task.outputs.at(i).toString(QUrl::FullyEncoded));
        const QString path = task.savedPath(i);
        savedPaths.append(QDir::toNativeSeparators(path));
        anySaved |= !path.isEmpty();
    }
    // One line per output, an empty one where it was not saved; nothing when none was.
    const QStringList fields = {
        task.id,
        withoutFormula(task.model),
        Task::stateName(task.state),
        task.createdAt.isValid() ? isoTime(task.createdAt) : QString(),
        task.inferenceMs ? QString::number(*task.inferenceMs) : QString(),
        outputs.join(QLatin1Char('\n')),
        withoutFormula(task.error),
        anySaved ? savedPaths.join(QLatin1Char('\n')) : QString(),
    };
    QStringList cells;
    for (const QString &field : fields)
        cells.append(csvField(field));
    return cells.join(QLatin1Char(','));
}

QString markdownText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return text;
}

QString markdownRow(const Task &task)
{
    QString inference;
    if (task.inferenceMs) {
        //: inference time in seconds, e.g. "2.4 s"
        inference =
            QCoreApplication::translate("TaskExport", "%1 s")
                .arg(QString::number(double(*task.inferenceMs) / MillisecondsPerSecond, 'f', 1));
    }
    QStringList links;
    for (int i = 0; i < task.outputs.size(); ++i) {
        links.append(QStringLiteral("[%1](<%2>)")
                         .arg(i + 1)
                         .arg(task.outputs.at(i).toString(QUrl::FullyEncoded)));
    }
    QString saved;
    if (!task.outputs.isEmpty()) {
        //: outputs of a task whose files exist, e.g. "1/2 saved"
        saved = QCoreApplication::translate("TaskExport", "%1/%2 saved")
                    .arg(task.savedCount())
                    .arg(task.outputs.size());
    }

    const QStringList cells = {
        QLatin1Char('`') + task.id + QLatin1Char('`'),
        task.model,
        Task::stateName(task.state),
        task.createdAt.isValid()
            ? task.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
            : QString(),
        inference,
        links.join(QLatin1Char(' ')),
        task.error,
        saved,
    };
    QStringList escaped;
    for (const QString &cell : cells)
        escaped.append(markdownText(cell));
    return QLatin1String("| ") + escaped.join(QLatin1String(" | ")) + QLatin1String(" |\n");
}

QString markdownHeader()
{
    const QStringList headers = {
        QCoreApplication::translate("TaskExport", "ID", "column"),
        QCoreApplication::translate("TaskExport", "Model", "column"),
        QCoreApplication::translate("TaskExport", "Status", "column"),
        QCoreApplication::translate("TaskExport", "Created", "column"),
        QCoreApplication::translate("TaskExport", "Inference", "column"),
        QCoreApplication::translate("TaskExport", "Outputs", "column"),
        QCoreApplication::translate("TaskExport", "Error", "column"),
        QCoreApplication::translate("TaskExport", "Saved", "column"),
    };
    QStringList rule;
    for (qsizetype i = 0; i < headers.size(); ++i)
        rule.append(QStringLiteral("---"));
    return QLatin1String("| ") + headers.join(QLatin1String(" | ")) + QLatin1String(" |\n| ") +
           rule.join(QLatin1String(" | ")) + QLatin1String(" |\n");
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

namespace TaskExport {

QByteArray toJson(const QList<Task> &tasks, const QDateTime &exportedAt)
{
    QJsonArray array;
    for (const Task &task : tasks)
        array.append(taskObject(task));
    const QJsonObject root = {
        {QStringLiteral("format"), QLatin1String(FormatName)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("exported_at"), isoTime(exportedAt)},
        {QStringLiteral("tasks"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Task> fromJson(const QByteArray &json, QString *error)
{
    setError(error, QString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        setError(error, QCoreApplication::translate("TaskExport",
                                                    "The file is not a task list: it does not "
                                                    "hold a JSON object (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return {};
    }

    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format != QLatin1String(FormatName)) {
        setError(error, QCoreApplication::translate("TaskExport",
                                                    "The file is not a task list exported by "
                                                    "WaveSpeed Task Monitor (its format is “%1”).")
                            .arg(format));
        return {};
    }
    const int version = root.value(QLatin1String("version")).toInt(Version);
    if (version > Version) {
        setError(error,
                 QCoreApplication::translate("TaskExport", "The task list was written by a newer "
                                                           "version (format version %1).")
                     .arg(version));
        return {};
    }

    QList<Task> tasks;
    const QJsonArray array = root.value(QLatin1String("tasks")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Task task = taskFrom(array.at(i).toObject());
        if (task.id.isEmpty()) {
            setError(error,
                     QCoreApplication::translate("TaskExport", "Task %1 of the list has no ID.")
                         .arg(i + 1));
            return {};
        }
        tasks.append(task);
    }
    return tasks;
}

QByteArray toCsv(const QList<Task> &tasks)
{
    QString text = QLatin1String(CsvHeader) + CsvLineEnd;
    for (const Task &task : tasks)
        text += csvRow(task) + CsvLineEnd;
    return QByteArray(Utf8Bom) + text.toUtf8();
}

QString toMarkdown(const QList<Task> &tasks)
{
    QString text = markdownHeader();
    for (const Task &task : tasks)
        text += markdownRow(task);
    return text;
}

QByteArray encode(const QList<Task> &tasks, Format format)
{
    switch (format) {
    case Format::Csv:
        return toCsv(tasks);
    case Format::Json:
        break;
    }
    return toJson(tasks);
}

std::optional<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // Written beside the target and renamed over it when complete: never half a file under the
    // final name.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        setError(error, QString());
        return true;
    }
    setError(error, QCoreApplication::translate("TaskExport", "Could not write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

} // namespace TaskExport
