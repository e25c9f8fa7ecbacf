// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/durationstats.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QDateTime Created(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QDateTime after(qint64 ms)
{
    return Created.addMSecs(ms);
}

} // namespace

class tst_DurationStats : public QObject
{
    Q_OBJECT

private slots:
    void estimate_data();
    void estimate();
    void plainMeanAndVarianceWhileFew();
    void followsAModelThatSlowsDown();
    void unknownUntilEnoughSamples();
    void implausibleValuesAreIgnored();
};

void tst_DurationStats::estimate_data()
{
    QTest::addColumn<qint64>("lastRunningMs"); // -1: no check saw it running
    QTest::addColumn<qint64>("seenMs");
    QTest::addColumn<qint64>("inferenceMs"); // 0: not reported
    QTest::addColumn<qint64>("expectedMs");  // -1: no estimate

    QTest::newRow("midway between the checks") << 10'000LL << 14'000LL << 0LL << 12'000LL;
    QTest::newRow("inference longer than midway") << 10'000LL << 14'000LL << 13'000LL << 13'000LL;
    QTest::newRow("inference cannot pass the check")
        << 10'000LL << 14'000LL << 90'000LL << 14'000LL;
    QTest::newRow("inference shorter counts for nothing")
        << 10'000LL << 14'000LL << 2'000LL << 12'000LL;
    QTest::newRow("never seen running") << -1LL << 14'000LL << 0LL << -1LL;
    QTest::newRow("seen done before running") << 14'000LL << 10'000LL << 0LL << -1LL;
    QTest::newRow("running before it was created") << -5'000LL << 4'000LL << 0LL << -1LL;
    QTest::newRow("too short to be a task") << 0LL << 100LL << 0LL << -1LL;
}

void tst_DurationStats::estimate()
{
    QFETCH(qint64, lastRunningMs);
    QFETCH(qint64, seenMs);
    QFETCH(qint64, inferenceMs);
    QFETCH(qint64, expectedMs);

    const QDateTime lastRunning = lastRunningMs == -1 ? QDateTime() : after(lastRunningMs);
    const std::optional<qint64> inference =
        inferenceMs > 0 ? std::optional<qint64>(inferenceMs) : std::nullopt;
    const auto estimate = DurationStats::estimate(Created, lastRunning, after(seenMs), inference);
    if (expectedMs < 0) {
        QVERIFY(!estimate);
        return;
    }
    QVERIFY(estimate);
    QCOMPARE(estimate->count(), expectedMs);
}

void tst_DurationStats::plainMeanAndVarianceWhileFew()
{
    DurationStats stats;
    const QString model = QStringLiteral("acme/image");
    stats.add(model, 2s);
    stats.add(model, 8s);
    const DurationStats::Model &learned = stats.models().value(model);
    QCOMPARE(learned.samples, 2);
    // The geometric mean, and the population variance of the logarithms.
    QVERIFY(std::abs(learned.medianSeconds() - 4.0) < 1e-9);
    QVERIFY(std::abs(learned.spread() - std::log(2.0)) < 1e-9);
}

void tst_DurationStats::followsAModelThatSlowsDown()
{
    DurationStats stats;
    const QString model = QStringLiteral("acme/video");
    for (int i = 0; i < 500; ++i)
        stats.add(model, 60s);
    for (int i = 0; i < DurationStats::Window * 3; ++i)
        stats.add(model, 120s);
    // A plain mean of all samples would still say about 70 s.
    QVERIFY2(stats.find(model)->medianSeconds() > 110.0,
             QByteArray::number(stats.find(model)->medianSeconds()).constData());
}

void tst_DurationStats::unknownUntilEnoughSamples()
{
    DurationStats stats;
    const QString model = QStringLiteral("acme/image");
    for (int i = 1; i < DurationStats::MinSamples; ++i) {
        stats.add(model, 5s);
        QVERIFY(!stats.find(model));
    }
    stats.add(model, 5s);
    QVERIFY(stats.find(model));
    QVERIFY(!stats.find(QStringLiteral("acme/other")));
}

void tst_DurationStats::implausibleValuesAreIgnored()
{
    DurationStats stats;
    stats.add(QString(), 5s);
    stats.add(QStringLiteral("acme/zero"), 0ms);
    stats.add(QStringLiteral("acme/negative"), -5s);
    stats.add(QStringLiteral("acme/years"), std::chrono::hours(24 * 365));
    QVERIFY(stats.models().isEmpty());

    // What the store hands back may be damaged.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    stats.insert(QStringLiteral("acme/nan"), {5, nan, 0.1});
    stats.insert(QStringLiteral("acme/negative-variance"), {5, 1.0, -0.1});
    stats.insert(QStringLiteral("acme/no-samples"), {0, 1.0, 0.1});
    stats.insert(QString(), {5, 1.0, 0.1});
    QVERIFY(stats.models().isEmpty());
    stats.insert(QStringLiteral("acme/fine"), {5, 1.0, 0.1});
    QCOMPARE(stats.models().size(), 1);
}

QTEST_GUILESS_MAIN(tst_DurationStats)
#include "tst_durationstats.moc"
