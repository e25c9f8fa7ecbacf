// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskfiltermodel.h"

#include "../shared/simulatedmonitor.h"
#include "api/apiclient.h"
#include "media/thumbnailer.h"
#include "simulator.h"
#include "taskmodel.h"
#include "tasks/monitor.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTest>

using namespace std::chrono_literals;

namespace {

constexpr int EndTimeoutMs = 15000;

Task finished(const QString &id, TaskState state, const QString &model, const QDateTime &created,
              std::optional<qint64> inferenceMs = std::nullopt)
{
    Task task;
    task.id = id;
    task.state = state;
    task.status = Task::stateName(state);
    task.model = model;
    task.createdAt = created;
    task.addedAt = created;
    task.inferenceMs = inferenceMs;
    if (state == TaskState::Completed)
        task.outputs = {QUrl(QStringLiteral("https://cdn.example/%1.png").arg(id))};
    return task;
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

const QString Flux = QStringLiteral("wavespeed-ai/flux-dev");
const QString Kling = QStringLiteral("kwaivgi/kling-v2.1-i2v-standard");

} // namespace

class tst_TaskFilterModel : public QObject, protected SimulatedMonitor
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sortsByRawValues_data();
    void sortsByRawValues();
    void sortAgreesWithResorting_data();
    void sortAgreesWithResorting();
    void filters_data();
    void filters();
    void followsChangesWhileFiltered();

private:
    QStringList proxyIds() const;

    Thumbnailer *m_thumbnailer = nullptr;
    TaskModel *m_model = nullptr;
    TaskFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QString m_running;
};

void tst_TaskFilterModel::initTestCase()
{
    // US dates read "1/10/26", which sorts before "1/2/26" as text.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TaskFilterModel::init()
{
    QVERIFY(startSimulation());
    m_thumbnailer = new Thumbnailer(m_network);
    m_model = new TaskModel(m_monitor, m_thumbnailer);
    m_proxy = new TaskFilterModel;
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);

    Task failed =
        finished(QStringLiteral("task-b-10000"), TaskState::Failed, Kling, utc(2026, 1, 2), 10000);
    failed.error = QStringLiteral("Blocked");
    failed.errorCode = 1200;
    Task paused = finished(QStringLiteral("task-f-00006"), TaskState::Paused, Flux, {});
    paused.pauseReason = PauseReason::User;
    m_monitor->restore({
        finished(QStringLiteral("task-a-00900"), TaskState::Completed, Flux, utc(2026, 1, 10), 900),
        failed,
        finished(QStringLiteral("task-c-02400"), TaskState::Completed, Kling, utc(2025, 12, 31),
                 2400),
        finished(QStringLiteral("task-d-00004"), TaskState::Cancelled, Flux, utc(2026, 1, 3)),
        finished(QStringLiteral("task-e-00005"), TaskState::GaveUp, Kling, utc(2026, 1, 4)),
        paused,
    });

    // One task that stays under way for the whole test.
    Simulator::TaskSpec spec;
    spec.id = QStringLiteral("task-g-00007");
    spec.duration = 120s;
    m_running = m_simulator->addTask(spec);
    m_monitor->add({m_running});
    QCOMPARE(m_model->rowCount(), 7);
}

void tst_TaskFilterModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
    delete m_thumbnailer;
    stopSimulation();
}

QStringList tst_TaskFilterModel::proxyIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(TaskModel::TaskIdRole).toString());
    return ids;
}

void tst_TaskFilterModel::sortsByRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ranked");

    // Text would sort "10.0 s" before "2.4 s", and "1/10/26" before "12/31/25".
    QTest::newRow("inference as numbers")
        << int(TaskModel::InferenceColumn)
        << QStringList{QStringLiteral("task-a-00900"), QStringLiteral("task-c-02400"),
                       QStringLiteral("task-b-10000")};
    QTest::newRow("created as dates")
        << int(TaskModel::CreatedColumn)
        << QStringList{QStringLiteral("task-c-02400"), QStringLiteral("task-b-10000"),
                       QStringLiteral("task-d-00004"), QStringLiteral("task-e-00005"),
                       QStringLiteral("task-a-00900")};
    QTest::newRow("status grouped by state")
        << int(TaskModel::StatusColumn)
        << QStringList{QStringLiteral("task-f-00006"), QStringLiteral("task-a-00900"),
                       QStringLiteral("task-c-02400"), QStringLiteral("task-b-10000"),
                       QStringLiteral("task-d-00004"), QStringLiteral("task-e-00005")};
}

void tst_TaskFilterModel::sortsByRawValues()
{
    QFETCH(int, column);
    QFETCH(QStringList, ranked);

    const auto rankedOrder = [this, &ranked] {
        QStringList ids = proxyIds();
        ids.removeIf([&ranked](const QString &id) { return !ranked.contains(id); });
        return ids;
    };

    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(rankedOrder(), ranked);
    // Tasks without a value (no date, no inference time, still running) come first.
    const QVariant first = m_proxy->index(0, column).data(TaskModel::RawValueRole);
    if (column == TaskModel::StatusColumn)
        QCOMPARE(proxyIds().constFirst(), m_running);
    else if (column == TaskModel::InferenceColumn)
        QCOMPARE(first.toLongLong(), -1);
    else
        QVERIFY(!first.toDateTime().isValid());

    m_proxy->sort(column, Qt::DescendingOrder);
    if (column == TaskModel::StatusColumn) {
        // Ties keep their order, so only the ends are certain.
        QCOMPARE(proxyIds().constFirst(), QStringLiteral("task-e-00005"));
        QCOMPARE(proxyIds().constLast(), m_running);
    } else {
        std::reverse(ranked.begin(), ranked.end());
        QCOMPARE(rankedOrder(), ranked);
    }
}

void tst_TaskFilterModel::sortAgreesWithResorting_data()
{
    QTest::addColumn<int>("column");
    const QMetaEnum columns = QMetaEnum::fromType<TaskModel::Column>();
    for (int column = 0; column < TaskModel::ColumnCount; ++column)
        QTest::addRow("%s", columns.valueToKey(column)) << column;
}

void tst_TaskFilterModel::sortAgreesWithResorting()
{
    QFETCH(int, column);

    // sort() and a change of the filters compare values read once beforehand; invalidate()
    // sorts again reading them as it compares, as a changed row does when it moves. All must
    // give the same order of values; rows that tie may swap places.
    const auto values = [this, column] {
        QStringList shown;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            shown.append(m_proxy->index(row, column).data(TaskModel::RawValueRole).toString());
        return shown;
    };
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(column, order);
        const QStringList sortedValues = values();
        m_proxy->invalidate();
        QCOMPARE(values(), sortedValues);
        m_proxy->setStateFilter(TaskFilterModel::StateFilter::Completed);
        m_proxy->setSearchText(QStringLiteral("task"));
        m_proxy->setStateFilter(TaskFilterModel::StateFilter::All);
        QCOMPARE(values(), sortedValues);
    }
}

void tst_TaskFilterModel::filters_data()
{
    using Filter = TaskFilterModel::StateFilter;
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");

    const QStringList all = {
        QStringLiteral("task-a-00900"), QStringLiteral("task-b-10000"),
        QStringLiteral("task-c-02400"), QStringLiteral("task-d-00004"),
        QStringLiteral("task-e-00005"), QStringLiteral("task-f-00006"),
        QStringLiteral("task-g-00007"),
    };
    QTest::newRow("everything") << int(Filter::All) << QString() << all;
    QTest::newRow("active") << int(Filter::Active) << QString() << QStringList{all.at(6)};
    QTest::newRow("paused") << int(Filter::Paused) << QString() << QStringList{all.at(5)};
    QTest::newRow("completed") << int(Filter::Completed) << QString()
                               << QStringList{all.at(0), all.at(2)};
    QTest::newRow("unsuccessful") << int(Filter::Unsuccessful) << QString()
                                  << QStringList{all.at(1), all.at(3), all.at(4)};
    QTest::newRow("id, any case") << int(Filter::All) << QStringLiteral("TASK-C")
                                  << QStringList{all.at(2)};
    QTest::newRow("model") << int(Filter::All) << QStringLiteral("kling")
                           << QStringList{all.at(1), all.at(2), all.at(4)};
    QTest::newRow("error meaning")
        << int(Filter::All) << QStringLiteral("moderation") << QStringList{all.at(1)};
    QTest::newRow("model and group")
        << int(Filter::Completed) << QStringLiteral("flux") << QStringList{all.at(0)};
    QTest::newRow("no match") << int(Filter::All) << QStringLiteral("zebra") << QStringList();
    QTest::newRow("status text is not searched")
        << int(Filter::All) << QStringLiteral("cancelled") << QStringList();
}

void tst_TaskFilterModel::filters()
{
    QFETCH(int, filter);
    QFETCH(QString, search);
    QFETCH(QStringList, ids);

    m_proxy->setStateFilter(TaskFilterModel::StateFilter(filter));
    m_proxy->setSearchText(search);
    QCOMPARE(m_proxy->stateFilter(), TaskFilterModel::StateFilter(filter));
    QCOMPARE(proxyIds(), ids);

    m_proxy->setStateFilter(TaskFilterModel::StateFilter::All);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void tst_TaskFilterModel::followsChangesWhileFiltered()
{
    m_proxy->setStateFilter(TaskFilterModel::StateFilter::Completed);
    m_proxy->sort(TaskModel::InferenceColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->rowCount(), 2);

    Simulator::TaskSpec spec;
    spec.id = QStringLiteral("task-h-00008");
    spec.duration = 300ms;
    const QString id = m_simulator->addTask(spec);
    m_monitor->add({id});
    QCOMPARE(m_proxy->rowCount(), 2); // under way: not completed yet

    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->rowCount(), 3, EndTimeoutMs);
    QVERIFY(proxyIds().contains(id));
    m_monitor->remove({id});
    QCOMPARE(m_proxy->rowCount(), 2);
}

QTEST_MAIN(tst_TaskFilterModel)
#include "tst_taskfiltermodel.moc"
