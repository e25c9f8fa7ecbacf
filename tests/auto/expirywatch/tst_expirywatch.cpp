// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/expirywatch.h"
#include "tasks/monitor.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QDateTime Start(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);

Task completedTask(const QString &id, const QDateTime &createdAt, int outputs = 1)
{
    Task task;
    task.id = id;
    task.state = TaskState::Completed;
    task.status = QStringLiteral("completed");
    task.createdAt = createdAt;
    task.finishedAt = createdAt.addSecs(20);
    for (int i = 0; i < outputs; ++i)
        task.outputs.append(QUrl(QStringLiteral("https://cdn.example/%1/%2.png").arg(id).arg(i)));
    return task;
}

} // namespace

class tst_ExpiryWatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void expiresSevenDaysAfterCreation();
    void followsTheClockAcrossTheLine();
    void savingAllOutputsEndsTheRisk();
    void movedAwayFileIsAtRiskAgain();

private:
    QString writeFile(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<ExpiryWatch> m_watch;
    QDateTime m_now;
};

void tst_ExpiryWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_monitor = std::make_unique<Monitor>(m_network.get());
    m_watch = std::make_unique<ExpiryWatch>(m_monitor.get());
    m_now = Start;
    m_watch->setClock([this] { return m_now; });
}

void tst_ExpiryWatch::cleanup()
{
    m_watch.reset();
    m_monitor.reset();
    m_network.reset();
    m_dir.reset();
}

QString tst_ExpiryWatch::writeFile(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("png") != 3)
        return {};
    return path;
}

void tst_ExpiryWatch::expiresSevenDaysAfterCreation()
{
    const Task task = completedTask(QStringLiteral("exp-0001"), Start);
    QCOMPARE(task.expiresAt(), Start.addDays(7));
    QVERIFY(!Task().expiresAt().isValid()); // unknown creation, unknown expiry

    // At risk from 24 hours before the expiry, up to the expiry itself.
    QVERIFY(!ExpiryWatch::isAtRisk(task, Start.addDays(6).addSecs(-1)));
    QVERIFY(ExpiryWatch::isAtRisk(task, Start.addDays(6)));
    QVERIFY(ExpiryWatch::isAtRisk(task, Start.addDays(7).addSecs(-1)));
    QVERIFY(!ExpiryWatch::isAtRisk(task, Start.addDays(7))); // gone: nothing left to save

    // Only completed tasks with outputs have something to lose.
    Task failed = task;
    failed.state = TaskState::Failed;
    QVERIFY(!ExpiryWatch::isAtRisk(failed, Start.addDays(6).addSecs(3600)));
    Task empty = task;
    empty.outputs.clear();
    QVERIFY(!ExpiryWatch::isAtRisk(empty, Start.addDays(6).addSecs(3600)));
}

void tst_ExpiryWatch::followsTheClockAcrossTheLine()
{
    const QString soon = QStringLiteral("exp-soon-0001");   // expires in 12 hours
    const QString later = QStringLiteral("exp-later-0002"); // expires in 2 days
    const QString gone = QStringLiteral("exp-gone-0003");   // expired a day ago
    const QString failed = QStringLiteral("exp-failed-0004");
    Task failedTask = completedTask(failed, Start.addDays(-6).addSecs(-43200));
    failedTask.state = TaskState::Failed;
    m_monitor->restore({completedTask(soon, Start.addDays(-6).addSecs(-43200)),
                        completedTask(later, Start.addDays(-5)),
                        completedTask(gone, Start.addDays(-8)), failedTask});

    QSignalSpy changed(m_watch.get(), &ExpiryWatch::changed);
    QSignalSpy announced(m_watch.get(), &ExpiryWatch::announce);
    m_watch->evaluate();
    QCOMPARE(m_watch->atRisk(), QStringList{soon});
    QCOMPARE(m_watch->count(), 1);
    QVERIFY(m_watch->isAtRisk(soon));
    QVERIFY(!m_watch->isAtRisk(later));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toInt(), 1);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.at(0).at(0).toStringList(), QStringList{soon});

    // Looking again at the same time changes and announces nothing.
    m_watch->evaluate();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(announced.size(), 1);

    // A day and an hour later the first has expired and the second crossed the line.
    m_now = Start.addSecs(25 * 3600);
    m_watch->evaluate();
    QCOMPARE(m_watch->atRisk(), QStringList{later});
    QCOMPARE(changed.size(), 2);
    QStringList flipped = changed.at(1).at(0).toStringList();
    flipped.sort();
    QStringList expected{soon, later};
    expected.sort();
    QCOMPARE(flipped, expected);
    QCOMPARE(announced.size(), 2);
    QCOMPARE(announced.at(1).at(0).toStringList(), QStringList{later}); // only the new one

    // Leaving and crossing again (the clock moved back) is not announced a second time.
    m_now = Start;
    m_watch->evaluate();
    QCOMPARE(m_watch->atRisk(), QStringList{soon});
    m_now = Start.addSecs(25 * 3600);
    m_watch->evaluate();
    QCOMPARE(m_watch->atRisk(), QStringList{later});
    QCOMPARE(announced.size(), 2);
}

void tst_ExpiryWatch::savingAllOutputsEndsTheRisk()
{
    const QString id = QStringLiteral("exp-two-0001");
    m_monitor->restore({completedTask(id, Start.addDays(-6).addSecs(-3600), 2)});
    m_watch->evaluate();
    QCOMPARE(m_watch->count(), 1);

    QSignalSpy changed(m_watch.get(), &ExpiryWatch::changed);
    // One of two outputs saved: still at risk.
    m_monitor->setSavedPath(id, 0, writeFile(QStringLiteral("exp-two-0001_1.png")));
    QVERIFY(!m_monitor->task(id)->savedPath(0).isEmpty());
    m_watch->evaluate();
    QCOMPARE(m_watch->count(), 1);
    QVERIFY(changed.isEmpty());

    // The second one saved: the watch notices by itself, soon after the change.
    m_monitor->setSavedPath(id, 1, writeFile(QStringLiteral("exp-two-0001_2.png")));
    QVERIFY(changed.wait(5000));
    QCOMPARE(m_watch->count(), 0);
    QCOMPARE(changed.last().at(0).toStringList(), QStringList{id});
}

void tst_ExpiryWatch::movedAwayFileIsAtRiskAgain()
{
    const QString id = QStringLiteral("exp-moved-0001");
    Task task = completedTask(id, Start.addDays(-6).addSecs(-3600));
    const QString path = writeFile(QStringLiteral("exp-moved-0001_1.png"));
    QVERIFY(!path.isEmpty());
    task.savedPaths = {path};
    m_monitor->restore({task});
    m_watch->evaluate();
    QCOMPARE(m_watch->count(), 0);

    const QString away = m_dir->filePath(QStringLiteral("elsewhere.png"));
    QVERIFY(QFile::rename(path, away));
    m_watch->evaluate();
    QCOMPARE(m_watch->atRisk(), QStringList{id});

    QVERIFY(QFile::rename(away, path)); // moved back: found again
    m_watch->evaluate();
    QCOMPARE(m_watch->count(), 0);
}

QTEST_GUILESS_MAIN(tst_ExpiryWatch)
#include "tst_expirywatch.moc"
