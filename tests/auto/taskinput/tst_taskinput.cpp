// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskinput.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class tst_TaskInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dropReadsFiles();
    void argumentsReadFileUrls();
    void resolveFilesMakesPathsAbsolute();

private:
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_TaskInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_TaskInput::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

void tst_TaskInput::dropReadsFiles()
{
    const QString json = write(QStringLiteral("tasks.json"), R"({"data":{"id":"pred-json-01"}})");
    const QString image = write(QStringLiteral("photo.png"), "not read");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(json), QUrl::fromLocalFile(image),
                  QUrl(QStringLiteral("https://example.com/p/pred-url-02"))});
    const TaskInput input = TaskInput::fromMimeData(&mime);
    QVERIFY(input.text.contains(QLatin1String("pred-json-01")));
    QVERIFY(input.text.contains(QLatin1String("https://example.com/p/pred-url-02")));
    QVERIFY(!input.text.contains(QLatin1String("not read")));
    QCOMPARE(input.problems,
             QStringList{QStringLiteral("photo.png is not a .txt, .json or .csv file.")});
}

// "Open with" in a file manager passes file: URLs; a terminal passes IDs and text.
void tst_TaskInput::argumentsReadFileUrls()
{
    const QString csv = write(QStringLiteral("batch.csv"), "id,model\npred-csv-03,flux\n");
    const TaskInput input = TaskInput::fromArguments(
        {QUrl::fromLocalFile(csv).toString(), QStringLiteral("pred-plain-04"),
         QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("gone.txt"))).toString()});
    QVERIFY(input.text.contains(QLatin1String("pred-csv-03")));
    QVERIFY(input.text.contains(QLatin1String("pred-plain-04")));
    QVERIFY(!input.text.contains(QLatin1String("file:")));
    QCOMPARE(input.problems.size(), 1);
    QVERIFY2(input.problems.first().startsWith(QLatin1String("gone.txt could not be read")),
             qPrintable(input.problems.first()));
}

void tst_TaskInput::resolveFilesMakesPathsAbsolute()
{
    const QString list = write(QStringLiteral("ids.txt"), "pred-file-05\n");
    const QStringList resolved =
        TaskInput::resolveFiles({QStringLiteral("ids.txt"), QStringLiteral("pred-plain-06"),
                                 QStringLiteral("https://example.com/ids.txt")},
                                m_dir->path());
    QCOMPARE(resolved,
             (QStringList{QUrl::fromLocalFile(list).toString(), QStringLiteral("pred-plain-06"),
                          QStringLiteral("https://example.com/ids.txt")}));
    QVERIFY(TaskInput::fromArguments(resolved).text.contains(QLatin1String("pred-file-05")));
}

QTEST_MAIN(tst_TaskInput)
#include "tst_taskinput.moc"
