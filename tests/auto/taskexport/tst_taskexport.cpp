// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/taskexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// TaskExport: the JSON read back as it was written, CSV that spreadsheets and RFC 4180 readers
// take cell by cell, and a Markdown table that stays a table.
class TestTaskExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void jsonDocument();
    void jsonTolerant();
    void jsonRefused_data();
    void jsonRefused();
    void csvCells();
    void csvQuotesExactly();
    void csvFormulaGuard_data();
    void csvFormulaGuard();
    void markdown();
    void formatOf();
    void writeFile();
    void writeFileFails();
};

namespace {

const QDateTime ExportedAt(QDate(2026, 12, 4), QTime(18, 30, 5, 250), Qt::UTC);
const QString Tricky = QStringLiteral("He said \"no, thanks\",\r\nthen | left\nfor good");

// A strict RFC 4180 reader: records end with CRLF; a field with a quote, comma or line break
// must be quoted. Anything else is refused (an empty list), so that sloppy quoting fails.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool closed = false; // a quoted field just ended: only a comma or a line end may follow
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                inQuotes = false;
                closed = true;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            closed = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            closed = false;
            ++i;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !closed) {
            inQuotes = true;
        } else if (closed || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
                   c == QLatin1Char('\n')) {
            return {};
        } else {
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !record.isEmpty())
        return {}; // the last record must end with CRLF too
    return records;
}

QList<QStringList> csvOf(const QList<Task> &tasks)
{
    const QByteArray bytes = TaskExport::toCsv(tasks);
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    return readCsv(QString::fromUtf8(bytes.mid(3)));
}

QList<Task> sampleTasks(const QString &savedFile)
{
    Task done;
    done.id = QStringLiteral("pred_0001-ünï");
    done.model = QStringLiteral("wavespeed-ai/flux-dev 日本語 ✓");
    done.state = TaskState::Completed;
    done.status = QStringLiteral("completed");
    done.createdAt = QDateTime(QDate(2026, 12, 4), QTime(9, 15, 30, 123), Qt::UTC);
    done.inferenceMs = 2345;
    done.outputs = {
        QUrl::fromEncoded("https://cdn.example.com/out/a%20b.png?X-Sig=ab%2Fcd%3D%3D&e=1"),
        QUrl::fromEncoded("https://cdn.example.com/out/b.png?q=%E2%9C%93"),
        QUrl::fromEncoded("https://cdn.example.com/out/c.mp4"),
    };
    done.savedPaths = {savedFile, QString(), QStringLiteral("/gone/pred_0001_3.mp4")};

    Task failed;
    failed.id = QStringLiteral("pred_0002");
    failed.model = QStringLiteral("kling/v2 \"pro\"");
    failed.state = TaskState::Failed;
    failed.status = QStringLiteral("failed");
    failed.inferenceMs = 0; // created_at stays null
    failed.error = Tricky;
    failed.errorCode = 1401;

    Task gaveUp;
    gaveUp.id = QStringLiteral("pred_0003");
    gaveUp.state = TaskState::GaveUp;
    gaveUp.status = QStringLiteral("processing");
    gaveUp.createdAt = QDateTime(QDate(2026, 12, 3), QTime(23, 59, 59), Qt::UTC);
    gaveUp.error = QStringLiteral("Stopped watching after 30 minutes without an end.");

    Task notFound;
    notFound.id = QStringLiteral("pred_0004");
    notFound.state = TaskState::NotFound;
    return {done, failed, gaveUp, notFound};
}

} // namespace

void TestTaskExport::jsonRoundTrip()
{
    const QList<Task> tasks = sampleTasks(QStringLiteral("/tmp/pred_0001_1.png"));

    QString error;
    const QList<Task> read = TaskExport::fromJson(TaskExport::toJson(tasks, ExportedAt), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), tasks.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &want = tasks.at(i);
        const Task &got = read.at(i);
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.model, want.model);
        QCOMPARE(got.state, want.state);
        QCOMPARE(got.status, want.status);
        QCOMPARE(got.createdAt, want.createdAt);
        QCOMPARE(got.createdAt.isValid(), want.createdAt.isValid());
        QCOMPARE(got.inferenceMs, want.inferenceMs);
        QCOMPARE(got.outputs, want.outputs);
        for (qsizetype j = 0; j < want.outputs.size(); ++j)
            QCOMPARE(got.outputs.at(j).toEncoded(), want.outputs.at(j).toEncoded());
        QCOMPARE(got.error, want.error);
        QCOMPARE(got.errorCode, want.errorCode);
        QCOMPARE(got.savedPaths, want.savedPaths);
    }
}

// What other programs read: the keys, nulls where a value is missing, encoded URLs.
void TestTaskExport::jsonDocument()
{
    const QList<Task> tasks = sampleTasks(QStringLiteral("/tmp/pred_0001_1.png"));
    const QByteArray json = TaskExport::toJson(tasks, ExportedAt);
    QVERIFY(json.contains("\n    ")); // indented
    QVERIFY(json.contains("日本語")); // UTF-8, not escaped

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(),
             QStringLiteral("wavespeed-task-monitor/tasks"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("exported_at")).toString(),
             QStringLiteral("2026-12-04T18:30:05.250Z"));
    const QJsonArray array = root.value(QLatin1String("tasks")).toArray();
    QCOMPARE(array.size(), 4);

    const QJsonObject done = array.at(0).toObject();
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("created_at")).toString(),
             QStringLiteral("2026-12-04T09:15:30.123Z"));
    QCOMPARE(done.value(QLatin1String("inference_ms")).toInteger(), 2345);
    QCOMPARE(done.value(QLatin1String("outputs")).toArray().at(0).toString(),
             QStringLiteral("https://cdn.example.com/out/a%20b.png?X-Sig=ab%2Fcd%3D%3D&e=1"));
    QCOMPARE(done.value(QLatin1String("outputs")).toArray().at(1).toString(),
             QStringLiteral("https://cdn.example.com/out/b.png?q=%E2%9C%93"));
    const QJsonArray saved = done.value(QLatin1String("saved_paths")).toArray();
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved.at(0).toString(),
             QDir::toNativeSeparators(QStringLiteral("/tmp/pred_0001_1.png")));
    QVERIFY(saved.at(1).isNull());
    QCOMPARE(done.value(QLatin1String("error")).toString(), QString());

    const QJsonObject failed = array.at(1).toObject();
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QLatin1String("api_status")).toString(), QStringLiteral("failed"));
    QVERIFY(failed.value(QLatin1String("created_at")).isNull());
    QVERIFY(failed.value(QLatin1String("inference_ms")).isDouble());
    QCOMPARE(failed.value(QLatin1String("inference_ms")).toInteger(), 0);
    QCOMPARE(failed.value(QLatin1String("error")).toString(), Tricky);
    QCOMPARE(failed.value(QLatin1String("error_code")).toInt(), 1401);

    const QJsonObject gaveUp = array.at(2).toObject();
    QCOMPARE(gaveUp.value(QLatin1String("status")).toString(), QStringLiteral("gave_up"));
    QCOMPARE(gaveUp.value(QLatin1String("api_status")).toString(), QStringLiteral("processing"));
    QVERIFY(gaveUp.value(QLatin1String("inference_ms")).isNull());
    QCOMPARE(gaveUp.value(QLatin1String("outputs")).toArray().size(), 0);
    QCOMPARE(array.at(3).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("not_found"));
}

// A later version may add keys, and a hand-written list may leave some out.
void TestTaskExport::jsonTolerant()
{
    const QByteArray json = R"({"format": "wavespeed-task-monitor/tasks", "version": 1,
        "producer": "someone else",
        "tasks": [{"id": "abc123", "colour": "blue"},
                  {"id": "def456", "status": "completed", "outputs": ["https://x.test/a.png"],
                   "inference_ms": 1500, "saved_paths": [null]}]})";
    QString error;
    const QList<Task> tasks = TaskExport::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).id, QStringLiteral("abc123"));
    QCOMPARE(tasks.at(0).state, TaskState::Queued);
    QVERIFY(!tasks.at(0).createdAt.isValid());
    QVERIFY(!tasks.at(0).inferenceMs);
    QVERIFY(tasks.at(0).outputs.isEmpty());
    QVERIFY(tasks.at(0).error.isEmpty());
    QCOMPARE(tasks.at(1).state, TaskState::Completed);
    QCOMPARE(tasks.at(1).inferenceMs, std::optional<qint64>(1500));
    QCOMPARE(tasks.at(1).outputs, QList<QUrl>{QUrl(QStringLiteral("https://x.test/a.png"))});
    QVERIFY(tasks.at(1).savedPath(0).isEmpty());
}

void TestTaskExport::jsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("garbage") << QByteArray("id,model\r\nabc,x\r\n")
                             << QStringLiteral("not a task list");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a task list");
    QTest::newRow("array") << QByteArray(R"([{"id": "abc123"}])")
                           << QStringLiteral("not a task list");
    QTest::newRow("other format")
        << QByteArray(R"({"format": "someone/else", "version": 1, "tasks": [{"id": "abc123"}]})")
        << QStringLiteral("someone/else");
    QTest::newRow("no format") << QByteArray(R"({"tasks": [{"id": "abc123"}]})")
                               << QStringLiteral("not a task list exported by");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "wavespeed-task-monitor/tasks", "version": 2, "tasks": []})")
        << QStringLiteral("newer version");
    QTest::newRow("task without id")
        << QByteArray(R"({"format": "wavespeed-task-monitor/tasks", "version": 1,
                          "tasks": [{"id": "abc123"}, {"model": "x"}]})")
        << QStringLiteral("Task 2");
}

void TestTaskExport::jsonRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);

    QString error;
    QVERIFY(TaskExport::fromJson(json, &error).isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

// Every cell comes back from an RFC 4180 reader exactly as it went in.
void TestTaskExport::csvCells()
{
    QTemporaryDir folder;
    const QList<Task> tasks = sampleTasks(folder.filePath(QStringLiteral("pred_0001_1.png")));
    const QByteArray bytes = TaskExport::toCsv(tasks);
    QVERIFY(
        bytes.startsWith("\xEF\xBB\xBF"
                         "id,model,status,created_at,inference_ms,outputs,error,saved_paths\r\n"));

    const QList<QStringList> records = csvOf(tasks);
    QCOMPARE(records.size(), 1 + tasks.size());
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 8);
    QCOMPARE(records.at(0),
             QStringLiteral("id,model,status,created_at,inference_ms,outputs,error,saved_paths")
                 .split(QLatin1Char(',')));

    const QStringList done = records.at(1);
    QCOMPARE(done.at(0), tasks.at(0).id);
    QCOMPARE(done.at(1), tasks.at(0).model);
    QCOMPARE(done.at(2), QStringLiteral("completed"));
    QCOMPARE(done.at(3), QStringLiteral("2026-12-04T09:15:30.123Z"));
    QCOMPARE(done.at(4), QStringLiteral("2345"));
    QCOMPARE(done.at(5),
             QStringLiteral("https://cdn.example.com/out/a%20b.png?X-Sig=ab%2Fcd%3D%3D&e=1\n"
                            "https://cdn.example.com/out/b.png?q=%E2%9C%93\n"
                            "https://cdn.example.com/out/c.mp4"));
    QCOMPARE(done.at(6), QString());
    QCOMPARE(done.at(7), QDir::toNativeSeparators(tasks.at(0).savedPaths.at(0)) +
                             QStringLiteral("\n\n") +
                             QDir::toNativeSeparators(QStringLiteral("/gone/pred_0001_3.mp4")));

    const QStringList failed = records.at(2);
    QCOMPARE(failed.at(1), tasks.at(1).model);
    QCOMPARE(failed.at(3), QString()); // no creation time
    QCOMPARE(failed.at(4), QStringLiteral("0"));
    QCOMPARE(failed.at(6), Tricky);
    QCOMPARE(failed.at(7), QString());
    QCOMPARE(records.at(3).at(4), QString()); // no inference time
    QCOMPARE(records.at(3).at(2), QStringLiteral("gave_up"));
}

// The bytes themselves: quoted, inner quotes doubled, line breaks kept inside the quotes.
void TestTaskExport::csvQuotesExactly()
{
    Task task;
    task.id = QStringLiteral("abc123");
    task.model = QStringLiteral(" padded");
    task.state = TaskState::Failed;
    task.error = QStringLiteral("a,\"b\"\r\nc\nd");
    const QByteArray bytes = TaskExport::toCsv({task});
    QCOMPARE(bytes.mid(bytes.indexOf("\r\n") + 2),
             QByteArray("abc123,\" padded\",failed,,,,\"a,\"\"b\"\"\r\nc\nd\",\r\n"));

    task.error = QStringLiteral("plain words");
    task.model = QStringLiteral("x/y");
    const QByteArray plain = TaskExport::toCsv({task});
    QCOMPARE(plain.mid(plain.indexOf("\r\n") + 2),
             QByteArray("abc123,x/y,failed,,,,plain words,\r\n"));
}

void TestTaskExport::csvFormulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guarded");

    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")") << true;
    QTest::newRow("plus") << QStringLiteral("+1+1") << true;
    QTest::newRow("minus") << QStringLiteral("-2+3") << true;
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)") << true;
    QTest::newRow("tab") << QStringLiteral("\t=1") << true;
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << true;
    QTest::newRow("plain") << QStringLiteral("invalid size = 2048") << false;
}

// A model or error that a spreadsheet would run as a formula is written as text.
void TestTaskExport::csvFormulaGuard()
{
    QFETCH(QString, text);
    QFETCH(bool, guarded);

    Task task;
    task.id = QStringLiteral("-abc123"); // IDs, URLs and paths stay exact
    task.model = text;
    task.error = text;
    task.outputs = {QUrl(QStringLiteral("https://x.test/=a.png"))};
    task.savedPaths = {QStringLiteral("-/=out.png")};
    const QList<QStringList> records = csvOf({task});
    QCOMPARE(records.size(), 2);
    const QString expected = guarded ? QLatin1Char('\'') + text : text;
    QCOMPARE(records.at(1).at(0), task.id);
    QCOMPARE(records.at(1).at(1), expected);
    QCOMPARE(records.at(1).at(5), QStringLiteral("https://x.test/=a.png"));
    QCOMPARE(records.at(1).at(6), expected);
    QCOMPARE(records.at(1).at(7), QDir::toNativeSeparators(task.savedPaths.first()));
}

void TestTaskExport::markdown()
{
    QTemporaryDir folder;
    const QString savedFile = folder.filePath(QStringLiteral("pred_0001_1.png"));
    QFile file(savedFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QList<Task> tasks = sampleTasks(savedFile);

    const QString table = TaskExport::toMarkdown(tasks);
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + tasks.size()); // header, rule, one line per task
    QCOMPARE(
        lines.at(0),
        QStringLiteral("| ID | Model | Status | Created | Inference | Outputs | Error | Saved |"));
    QCOMPARE(lines.at(1), QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- |"));
    QVERIFY(!table.contains(QLatin1Char('\r')));

    // Eight cells on every line: only the borders' pipes are not escaped.
    for (const QString &line : lines) {
        QString unescaped = line;
        unescaped.remove(QLatin1String("\\|"));
        QCOMPARE(unescaped.count(QLatin1Char('|')), 9);
    }
    QVERIFY2(
        lines.at(2).startsWith(QStringLiteral("| `pred_0001-ünï` | wavespeed-ai/flux-dev 日本語 ✓ "
                                              "| completed | 2026-12-04 09:15:30 UTC | 2.3 s | ")),
        qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(
        QLatin1String("[1](<https://cdn.example.com/out/a%20b.png?X-Sig=ab%2Fcd%3D%3D&e=1>)")));
    QVERIFY2(lines.at(2).endsWith(QLatin1String("| 1/3 saved |")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(
                 QLatin1String("| He said \"no, thanks\",<br>then \\| left<br>for good |")),
             qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).contains(QLatin1String("| 0.0 s |")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(QLatin1String("| gave_up | 2026-12-03 23:59:59 UTC |  |")),
             qPrintable(lines.at(4)));
}

void TestTaskExport::formatOf()
{
    QCOMPARE(TaskExport::formatOf(QStringLiteral("/a/tasks.csv")),
             std::optional(TaskExport::Format::Csv));
    QCOMPARE(TaskExport::formatOf(QStringLiteral("tasks.JSON")),
             std::optional(TaskExport::Format::Json));
    QVERIFY(!TaskExport::formatOf(QStringLiteral("tasks.txt")));
    QVERIFY(!TaskExport::formatOf(QStringLiteral("csv")));
}

void TestTaskExport::writeFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("tasks.json"));
    const QByteArray bytes = TaskExport::toJson(sampleTasks({}), ExportedAt);
    QString error = QStringLiteral("stale");
    QVERIFY(TaskExport::writeFile(path, bytes, &error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("tasks.json")});
}

void TestTaskExport::writeFileFails()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/tasks.csv"));
    QString error;
    QVERIFY(!TaskExport::writeFile(path, "id\r\n", &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // A folder in the way: the folder stays as it was.
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("taken.json")));
    const QString taken = folder.filePath(QStringLiteral("taken.json"));
    QVERIFY(!TaskExport::writeFile(taken, "{}", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(taken).isDir());
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("taken.json")});
}

QTEST_GUILESS_MAIN(TestTaskExport)
#include "tst_taskexport.moc"
