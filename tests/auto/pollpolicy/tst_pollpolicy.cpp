// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/durationstats.h"
#include "tasks/pollpolicy.h"

#include <QTest>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(TaskKind)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

constexpr int Iterations = 10000;
constexpr std::mt19937::result_type Seed = 20260101;

// Marks an input without a creation time in the tables.
constexpr qint64 NoCreationTime = std::numeric_limits<qint64>::min();

const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

constexpr milliseconds JitteredCap = PollPolicy::Cap + PollPolicy::Cap / 10;
constexpr milliseconds LargestDelay = std::max(JitteredCap, PollPolicy::BackoffCap);

// The largest double below one: the top of the random source's range.
const double AlmostOne = std::nextafter(1.0, 0.0);

constexpr TaskKind AllKinds[] = {TaskKind::Unknown, TaskKind::Image, TaskKind::Video,
                                 TaskKind::Other};

constexpr Kind AllErrors[] = {Kind::None,        Kind::KeyRejected,   Kind::NotFound,
                              Kind::RateLimited, Kind::ServerError,   Kind::NetworkError,
                              Kind::Timeout,     Kind::MalformedBody, Kind::Redirected,
                              Kind::Rejected,    Kind::InsecureUrl};

constexpr Kind TransientErrors[] = {Kind::ServerError,   Kind::NetworkError, Kind::Timeout,
                                    Kind::MalformedBody, Kind::Redirected,   Kind::Rejected};

bool isTransient(Kind kind)
{
    return std::find(std::begin(TransientErrors), std::end(TransientErrors), kind) !=
           std::end(TransientErrors);
}

PollPolicy fixedPolicy(double random)
{
    return PollPolicy([] { return Now; }, [random] { return random; });
}

PollPolicy::Input makeInput(TaskKind kind, qint64 ageMs, int checks = 0, Kind error = Kind::None,
                            int errorsInRow = 0)
{
    PollPolicy::Input input;
    input.kind = kind;
    input.checks = checks;
    if (ageMs != NoCreationTime)
        input.createdAt = Now.addMSecs(-ageMs);
    input.lastError = error;
    input.errorsInRow = errorsInRow;
    return input;
}

// The backoff ceiling worked out step by step, independent of the policy's formula.
milliseconds expectedCeiling(TaskKind kind, int errorsInRow)
{
    milliseconds ceiling = PollPolicy::floor(kind);
    for (int error = 0; error < errorsInRow && ceiling < PollPolicy::BackoffCap; ++error)
        ceiling = std::min(ceiling * 2, PollPolicy::BackoffCap);
    return ceiling;
}

// Random inputs for the property tests: every kind and error, young and old tasks, creation
// times in the future or missing, and counters far outside their usual range.
class InputGenerator
{
public:
    explicit InputGenerator(std::mt19937 &engine)
        : m_engine(engine)
    {}

    template<typename T, std::size_t Size>
    T pick(const T (&values)[Size])
    {
        return values[std::uniform_int_distribution<std::size_t>(0, Size - 1)(m_engine)];
    }

    int between(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_engine);
    }

    qint64 ageMs()
    {
        constexpr qint64 Scales[] = {30'000, 120'000, 900'000, 7'200'000, 30LL * 86'400'000};
        const qint64 scale = pick(Scales);
        // Up to a tenth of the scale in the future: clocks of client and server disagree.
        return std::uniform_int_distribution<qint64>(-scale / 10, scale)(m_engine);
    }

    int counter()
    {
        constexpr int Extremes[] = {INT_MIN, -1, 0, 1000, INT_MAX};
        return between(0, 9) == 0 ? pick(Extremes) : between(-3, 40);
    }

    PollPolicy::Input input(Kind error)
    {
        const qint64 age = between(0, 4) == 0 ? NoCreationTime : ageMs();
        return makeInput(pick(AllKinds), age, counter(), error, counter());
    }

    PollPolicy::Input input() { return input(pick(AllErrors)); }

private:
    std::mt19937 &m_engine;
};

} // namespace

namespace QTest {
template<>
char *toString(const milliseconds &value)
{
    return QTest::toString(QString::number(value.count()) + QStringLiteral(" ms"));
}
} // namespace QTest

class TestPollPolicy : public QObject
{
    Q_OBJECT

private slots:
    void floors_data();
    void floors();
    void fixedPoints_data();
    void fixedPoints();
    void backoffCeilings_data();
    void backoffCeilings();
    void oddInputsStayInBounds_data();
    void oddInputsStayInBounds();
    void defaultSourcesStayInBounds();

    void learnedScheduleGathersAroundTheFinish();
    void fewSamplesKeepTheFixedSchedule();
    void learnedScheduleUsesTheAgeOfALateTask();
    void propertyLearnedScheduleKeepsItsBounds();
    void propertyFloorNeverBroken();
    void propertyMonotoneInAge();
    void propertyCapNeverExceeded();
    void propertyJitterBounds();
    void propertyBackoffCeilingDoubles();
    void propertyBackoffWithinCeiling();
    void propertyBehaviourPerErrorClass();

private:
    std::mt19937 m_engine{Seed};
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
    // The policy's random source draws from the same seeded engine as the inputs.
    PollPolicy m_seeded{[] { return Now; },
                        [this] {
                            return m_lastRandom = m_unit(m_engine);
                        }};
    double m_lastRandom = 0.0;
};

namespace {

constexpr auto VideoModel = "acme/video";

// Twenty video tasks of about two minutes, spread as log-normal durations are.
DurationStats learnedVideos(int samples = 20)
{
    constexpr double Spreads[] = {-1.6, -1.0, -0.6, -0.3, 0.0, 0.2, 0.5, 0.8, 1.1, 1.7};
    DurationStats stats;
    for (int i = 0; i < samples; ++i) {
        const double seconds = 120.0 * std::exp(0.2 * Spreads[i % std::size(Spreads)]);
        stats.add(QLatin1String(VideoModel), milliseconds(std::llround(seconds * 1000)));
    }
    return stats;
}

PollPolicy::Input videoAt(double ageSeconds)
{
    PollPolicy::Input input = makeInput(TaskKind::Video, qint64(ageSeconds * 1000), 1);
    input.model = QLatin1String(VideoModel);
    return input;
}

} // namespace

void TestPollPolicy::floors_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<qint64>("floorMs");

    QTest::newRow("image") << TaskKind::Image << qint64(2000);
    QTest::newRow("video") << TaskKind::Video << qint64(5000);
    QTest::newRow("other") << TaskKind::Other << qint64(5000);
    QTest::newRow("unknown") << TaskKind::Unknown << qint64(5000);
}

void TestPollPolicy::floors()
{
    QFETCH(TaskKind, kind);
    QFETCH(qint64, floorMs);

    QCOMPARE(PollPolicy::floor(kind), milliseconds(floorMs));
}

void TestPollPolicy::fixedPoints_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<int>("checks");
    QTest::addColumn<Kind>("error");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<QByteArray>("reason");

    const auto image = TaskKind::Image;
    const auto video = TaskKind::Video;
    const auto none = Kind::None;
    constexpr qint64 Minute = 60'000;

    QTest::newRow("young image") << image << qint64(5000) << 2 << none << 0.0 << qint64(2000)
                                 << QByteArray("image floor");
    QTest::newRow("young video") << video << qint64(30'000) << 5 << none << 0.0 << qint64(5000)
                                 << QByteArray("video floor");
    QTest::newRow("young unknown") << TaskKind::Unknown << qint64(1000) << 0 << none << 0.0
                                   << qint64(5000) << QByteArray("video floor");
    QTest::newRow("young other") << TaskKind::Other << qint64(59'000) << 0 << none << 0.0
                                 << qint64(5000) << QByteArray("video floor");
    QTest::newRow("new image, jitter")
        << image << qint64(0) << 0 << none << 0.5 << qint64(2100) << QByteArray("image floor");
    QTest::newRow("image at young age")
        << image << qint64(20'000) << 0 << none << 0.0 << qint64(2000) << QByteArray("image floor");
    QTest::newRow("image, 1 min") << image << Minute << 0 << none << 0.0 << qint64(6000)
                                  << QByteArray("growing");
    QTest::newRow("video, 70 s") << video << qint64(70'000) << 0 << none << 0.0 << qint64(6000)
                                 << QByteArray("growing");
    QTest::newRow("video, 5 min") << video << 5 * Minute << 0 << none << 0.0 << qint64(29'000)
                                  << QByteArray("growing");
    QTest::newRow("video, 10 min")
        << video << 10 * Minute << 0 << none << 0.0 << qint64(30'000) << QByteArray("cap");
    QTest::newRow("video, 10 min, jitter")
        << video << 10 * Minute << 0 << none << 0.999 << qint64(32'997) << QByteArray("cap");
    QTest::newRow("image, 1 h") << image << 60 * Minute << 0 << none << 0.0 << qint64(30'000)
                                << QByteArray("cap");
    QTest::newRow("created in the future")
        << video << -10 * Minute << 50 << none << 0.0 << qint64(5000) << QByteArray("video floor");
    QTest::newRow("no creation time, first check")
        << image << NoCreationTime << 0 << none << 0.0 << qint64(2000) << QByteArray("image floor");
    QTest::newRow("no creation time, 20 checks") // about 100 s
        << video << NoCreationTime << 20 << none << 0.0 << qint64(9000) << QByteArray("growing");
    QTest::newRow("no creation time, 200 checks")
        << video << NoCreationTime << 200 << none << 0.0 << qint64(30'000) << QByteArray("cap");

    QTest::newRow("first not found, image") << image << 60 * Minute << 40 << Kind::NotFound << 0.999
                                            << qint64(2000) << QByteArray("confirming not found");
    QTest::newRow("first not found, video") << video << qint64(1000) << 0 << Kind::NotFound << 0.5
                                            << qint64(5000) << QByteArray("confirming not found");
    QTest::newRow("rate limited") << video << 30 * Minute << 9 << Kind::RateLimited << 0.999
                                  << qint64(5000) << QByteArray("floor");
    QTest::newRow("key rejected") << image << 30 * Minute << 9 << Kind::KeyRejected << 0.999
                                  << qint64(2000) << QByteArray("floor");
    QTest::newRow("insecure url") << image << 30 * Minute << 9 << Kind::InsecureUrl << 0.999
                                  << qint64(2000) << QByteArray("floor");
}

void TestPollPolicy::fixedPoints()
{
    QFETCH(TaskKind, kind);
    QFETCH(qint64, ageMs);
    QFETCH(int, checks);
    QFETCH(Kind, error);
    QFETCH(double, random);
    QFETCH(qint64, delayMs);
    QFETCH(QByteArray, reason);

    const auto decision = fixedPolicy(random).next(makeInput(kind, ageMs, checks, error, 1));

    QCOMPARE(decision.delay, milliseconds(delayMs));
    QCOMPARE(QByteArray(decision.reason), reason);
}

void TestPollPolicy::backoffCeilings_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<int>("errorsInRow");
    QTest::addColumn<qint64>("ceilingMs");

    // Written out, not computed: floor * 2^n, capped at one minute.
    const qint64 image[] = {4000,   8000,   16'000, 32'000, 60'000,
                            60'000, 60'000, 60'000, 60'000, 60'000};
    const qint64 video[] = {10'000, 20'000, 40'000, 60'000, 60'000,
                            60'000, 60'000, 60'000, 60'000, 60'000};
    for (int errors = 1; errors <= 10; ++errors) {
        QTest::addRow("image, %d errors", errors) << TaskKind::Image << errors << image[errors - 1];
        QTest::addRow("video, %d errors", errors) << TaskKind::Video << errors << video[errors - 1];
        QTest::addRow("unknown, %d errors", errors)
            << TaskKind::Unknown << errors << video[errors - 1];
    }
}

void TestPollPolicy::backoffCeilings()
{
    QFETCH(TaskKind, kind);
    QFETCH(int, errorsInRow);
    QFETCH(qint64, ceilingMs);

    for (Kind error : TransientErrors) {
        const auto input = makeInput(kind, 1000, 3, error, errorsInRow);

        const auto high = fixedPolicy(0.999).next(input);
        QCOMPARE(high.delay, milliseconds(std::llround(ceilingMs * 0.999)));
        QCOMPARE(QByteArray(high.reason), QByteArray("backoff"));

        const auto top = fixedPolicy(AlmostOne).next(input);
        QCOMPARE(top.delay, milliseconds(ceilingMs));

        const auto low = fixedPolicy(0.0).next(input);
        QCOMPARE(low.delay, PollPolicy::floor(kind));
        QCOMPARE(QByteArray(low.reason), QByteArray("backoff"));
    }
}

void TestPollPolicy::oddInputsStayInBounds_data()
{
    QTest::addColumn<double>("random");

    QTest::newRow("zero") << 0.0;
    QTest::newRow("one") << 1.0;
    QTest::newRow("above one") << 7.5;
    QTest::newRow("negative") << -3.0;
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
}

void TestPollPolicy::oddInputsStayInBounds()
{
    QFETCH(double, random);

    const PollPolicy::Clock clocks[] = {[] { return Now; }, [] { return QDateTime(); }, nullptr};
    const PollPolicy::Random sources[] = {[random] { return random; }, nullptr};
    const TaskKind kinds[] = {TaskKind::Image, TaskKind::Video, static_cast<TaskKind>(99)};
    const qint64 ages[] = {NoCreationTime, -1'000'000'000'000, 0, 1'000'000'000'000};
    const int counters[] = {INT_MIN, -1, 0, 31, 32, 63, 64, INT_MAX};

    for (const auto &clock : clocks) {
        for (const auto &source : sources) {
            const PollPolicy policy(clock, source);
            for (TaskKind kind : kinds) {
                for (Kind error : AllErrors) {
                    for (qint64 age : ages) {
                        for (int counter : counters) {
                            const auto delay =
                                policy.next(makeInput(kind, age, counter, error, counter)).delay;
                            QVERIFY(delay >= PollPolicy::floor(kind));
                            QVERIFY(delay <= LargestDelay);
                        }
                    }
                }
            }
        }
    }
    // An unknown kind value is treated as a video task, the safer floor.
    QCOMPARE(PollPolicy::floor(static_cast<TaskKind>(99)), PollPolicy::VideoFloor);
}

void TestPollPolicy::defaultSourcesStayInBounds()
{
    const PollPolicy policy;
    PollPolicy::Input input = makeInput(TaskKind::Image, 0);
    input.createdAt = QDateTime::currentDateTimeUtc();

    for (int round = 0; round < 100; ++round) {
        const auto decision = policy.next(input);
        QVERIFY(decision.delay >= PollPolicy::ImageFloor);
        QVERIFY(decision.delay <= PollPolicy::ImageFloor + PollPolicy::ImageFloor / 10);
        QCOMPARE(QByteArray(decision.reason), QByteArray("image floor"));
    }

    input.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCOMPARE(QByteArray(policy.next(input).reason), QByteArray("cap"));
}

void TestPollPolicy::learnedScheduleGathersAroundTheFinish()
{
    const DurationStats stats = learnedVideos();
    PollPolicy policy = fixedPolicy(0.0);
    policy.setDurations(&stats);

    // Just created: one wait to the early edge, where a fixed schedule would check at the floor.
    const PollPolicy::Decision first = policy.next(videoAt(1));
    QCOMPARE(first.reason, "before the likely finish");
    QVERIFY2(first.delay >= 60s && first.delay <= 100s,
             QByteArray::number(qint64(first.delay.count())).constData());
    QCOMPARE(fixedPolicy(0.0).next(videoAt(1)).delay, PollPolicy::VideoFloor);

    // Closest around the median, wider before it and after it.
    const PollPolicy::Decision early = policy.next(videoAt(90));
    const PollPolicy::Decision median = policy.next(videoAt(120));
    const PollPolicy::Decision late = policy.next(videoAt(400));
    QCOMPARE(median.reason, "around the likely finish");
    QVERIFY2(median.delay >= PollPolicy::VideoFloor && median.delay <= 12s,
             QByteArray::number(qint64(median.delay.count())).constData());
    QVERIFY(early.delay > median.delay);
    QCOMPARE(late.reason, "past the likely finish");
    QVERIFY(late.delay > median.delay);
    QVERIFY(late.delay <= PollPolicy::Cap);
}

void TestPollPolicy::fewSamplesKeepTheFixedSchedule()
{
    const DurationStats stats = learnedVideos(DurationStats::MinSamples - 1);
    PollPolicy policy = fixedPolicy(0.5);
    policy.setDurations(&stats);
    for (const double age : {1.0, 60.0, 120.0, 400.0}) {
        QCOMPARE(policy.next(videoAt(age)).delay, fixedPolicy(0.5).next(videoAt(age)).delay);
        QVERIFY(std::strcmp(policy.next(videoAt(age)).reason, "around the likely finish") != 0);
    }
}

// A task whose ID was pasted long after it was created is scheduled by its age, not as new.
void TestPollPolicy::learnedScheduleUsesTheAgeOfALateTask()
{
    const DurationStats stats = learnedVideos();
    PollPolicy policy = fixedPolicy(0.0);
    policy.setDurations(&stats);
    PollPolicy::Input late = videoAt(115);
    late.checks = 0;
    const PollPolicy::Decision decision = policy.next(late);
    QCOMPARE(decision.reason, "around the likely finish");
    QVERIFY2(decision.delay <= 15s, QByteArray::number(qint64(decision.delay.count())).constData());

    // Without a creation time nothing is known of its age: the fixed schedule.
    late.createdAt = {};
    QCOMPARE(policy.next(late).delay, fixedPolicy(0.0).next(late).delay);
}

void TestPollPolicy::propertyLearnedScheduleKeepsItsBounds()
{
    // Models from far below the floor to hours, narrow and very wide.
    struct Learned
    {
        const char *model;
        double medianSeconds;
        double spread;
    };
    constexpr Learned Models[] = {{"tiny", 0.3, 0.05}, {"fast", 3, 0.3},    {"wide", 10, 2.5},
                                  {"video", 120, 0.2}, {"long", 3600, 0.4}, {"odd", 86000, 0.01}};
    DurationStats stats;
    for (const Learned &learned : Models) {
        for (const double z : {-1.0, 0.0, 1.0})
            stats.add(QLatin1String(learned.model),
                      milliseconds(std::llround(learned.medianSeconds *
                                                std::exp(learned.spread * z) * 1000)));
    }
    PollPolicy policy([] { return Now; }, [this] { return m_lastRandom = m_unit(m_engine); });
    policy.setDurations(&stats);

    InputGenerator generate(m_engine);
    int learnedDecisions = 0;
    for (int round = 0; round < Iterations; ++round) {
        PollPolicy::Input input = generate.input(Kind::None);
        input.model = QLatin1String(generate.pick(Models).model);
        const PollPolicy::Decision decision = policy.next(input);
        const QByteArray context = QByteArray("round ") + QByteArray::number(round) + " model " +
                                   input.model.toUtf8() + " delay " +
                                   QByteArray::number(qint64(decision.delay.count()));
        QVERIFY2(decision.delay >= PollPolicy::floor(input.kind), context.constData());
        QVERIFY2(decision.delay <= PollPolicy::MaxWait + JitteredCap, context.constData());
        if (std::strstr(decision.reason, "likely finish"))
            ++learnedDecisions;
    }
    // Most inputs must take the learned path, or this test checks only the fixed one.
    QVERIFY2(learnedDecisions > Iterations / 2, qPrintable(QString::number(learnedDecisions)));
}

void TestPollPolicy::propertyFloorNeverBroken()
{
    InputGenerator generate(m_engine);
    int belowFloorDraws = 0;

    for (int round = 0; round < Iterations; ++round) {
        const auto input = generate.input();
        const milliseconds floor = PollPolicy::floor(input.kind);

        const auto delay = m_seeded.next(input).delay;

        const QByteArray context = QByteArray("round ") + QByteArray::number(round) + " kind " +
                                   QByteArray::number(int(input.kind)) + " error " +
                                   QByteArray::number(int(input.lastError)) + " errors " +
                                   QByteArray::number(input.errorsInRow) + " delay " +
                                   QByteArray::number(qint64(delay.count()));
        QVERIFY2(delay >= floor, context.constData());
        QVERIFY2(delay <= LargestDelay, context.constData());
        if (isTransient(input.lastError) &&
            m_lastRandom * expectedCeiling(input.kind, input.errorsInRow).count() < floor.count()) {
            ++belowFloorDraws;
        }
    }
    // The inputs must reach the clamp, or this test could not catch its removal.
    QVERIFY2(belowFloorDraws > 100, qPrintable(QString::number(belowFloorDraws)));
}

void TestPollPolicy::propertyMonotoneInAge()
{
    InputGenerator generate(m_engine);
    const PollPolicy policy = fixedPolicy(0.0);
    int grew = 0;

    for (int round = 0; round < Iterations; ++round) {
        const TaskKind kind = generate.pick(AllKinds);
        qint64 younger = generate.ageMs();
        qint64 older = generate.ageMs();
        if (younger == older)
            continue;
        if (younger > older)
            std::swap(younger, older);
        int fewer = generate.between(-3, 500);
        int more = generate.between(-3, 500);
        if (fewer > more)
            std::swap(fewer, more);

        // By creation time, and by the number of checks when the creation time is unknown.
        const auto first = policy.next(makeInput(kind, younger)).delay;
        const auto second = policy.next(makeInput(kind, older)).delay;
        QVERIFY(second >= first);
        QVERIFY(policy.next(makeInput(kind, NoCreationTime, more)).delay >=
                policy.next(makeInput(kind, NoCreationTime, fewer)).delay);
        if (second > first)
            ++grew;
    }
    // Growth must really happen: a policy stuck at the floor is monotone too.
    QVERIFY2(grew > Iterations / 4, qPrintable(QString::number(grew)));
}

void TestPollPolicy::propertyCapNeverExceeded()
{
    InputGenerator generate(m_engine);
    int nearCap = 0;

    for (int round = 0; round < Iterations; ++round) {
        const auto input = generate.input();

        const auto delay = m_seeded.next(input).delay;

        if (input.lastError == Kind::None) {
            QVERIFY(delay <= JitteredCap);
            if (delay > PollPolicy::Cap)
                ++nearCap;
        } else {
            QVERIFY(delay <= PollPolicy::BackoffCap);
        }
    }
    QVERIFY(nearCap > 0);
}

void TestPollPolicy::propertyJitterBounds()
{
    InputGenerator generate(m_engine);
    const PollPolicy jitterFree = fixedPolicy(0.0);
    double largestShare = 0.0;
    int jittered = 0;

    for (int round = 0; round < Iterations; ++round) {
        const auto input = generate.input(Kind::None);

        const auto base = jitterFree.next(input);
        const auto delay = m_seeded.next(input);

        QVERIFY(delay.delay >= base.delay);
        QVERIFY(delay.delay * 10 <= base.delay * 11);
        QCOMPARE(QByteArray(delay.reason), QByteArray(base.reason));
        if (delay.delay > base.delay)
            ++jittered;
        largestShare = std::max(largestShare, double((delay.delay - base.delay).count()) /
                                                  double(base.delay.count()));
    }
    // The jitter must be there and use its whole range, or tasks would still poll in lock-step.
    QVERIFY2(jittered > Iterations * 8 / 10, qPrintable(QString::number(jittered)));
    QVERIFY2(largestShare > 0.095, qPrintable(QString::number(largestShare)));
}

void TestPollPolicy::propertyBackoffCeilingDoubles()
{
    const PollPolicy top = fixedPolicy(AlmostOne);

    for (TaskKind kind : AllKinds) {
        for (Kind error : TransientErrors) {
            milliseconds previous = top.next(makeInput(kind, 0, 0, error, 0)).delay;
            QCOMPARE(previous, PollPolicy::floor(kind));
            for (int errors = 1; errors <= 70; ++errors) {
                const auto ceiling = top.next(makeInput(kind, 0, 0, error, errors)).delay;
                QCOMPARE(ceiling, std::min(previous * 2, PollPolicy::BackoffCap));
                previous = ceiling;
            }
            QCOMPARE(previous, PollPolicy::BackoffCap);
        }
    }
}

void TestPollPolicy::propertyBackoffWithinCeiling()
{
    InputGenerator generate(m_engine);
    int lowerHalf = 0;
    int upperTenth = 0;

    for (int round = 0; round < Iterations; ++round) {
        const auto input = generate.input(generate.pick(TransientErrors));
        const milliseconds floor = PollPolicy::floor(input.kind);
        const milliseconds ceiling = expectedCeiling(input.kind, input.errorsInRow);

        const auto delay = m_seeded.next(input).delay;

        QVERIFY(delay >= floor);
        QVERIFY(delay <= ceiling);
        if (ceiling == PollPolicy::BackoffCap) {
            lowerHalf += delay < ceiling / 2 ? 1 : 0;
            upperTenth += delay > ceiling * 9 / 10 ? 1 : 0;
        }
    }
    // Full jitter: the delays spread over the whole range instead of sitting at the ceiling.
    QVERIFY2(lowerHalf > 200, qPrintable(QString::number(lowerHalf)));
    QVERIFY2(upperTenth > 50, qPrintable(QString::number(upperTenth)));
}

void TestPollPolicy::propertyBehaviourPerErrorClass()
{
    InputGenerator generate(m_engine);
    const PollPolicy jitterFree = fixedPolicy(0.0);

    for (int round = 0; round < Iterations; ++round) {
        const auto input = generate.input();
        const milliseconds floor = PollPolicy::floor(input.kind);

        const auto decision = m_seeded.next(input);
        const QByteArray reason(decision.reason);

        switch (input.lastError) {
        case Kind::None: {
            const auto base = jitterFree.next(input).delay;
            const QByteArray floorReason =
                input.kind == TaskKind::Image ? "image floor" : "video floor";
            const QByteArray expected = base == PollPolicy::Cap ? "cap"
                                        : base > floor          ? "growing"
                                                                : floorReason;
            QCOMPARE(reason, expected);
            break;
        }
        case Kind::NotFound:
            QCOMPARE(decision.delay, floor);
            QCOMPARE(reason, QByteArray("confirming not found"));
            break;
        case Kind::RateLimited:
        case Kind::KeyRejected:
        case Kind::InsecureUrl:
            QCOMPARE(decision.delay, floor);
            QCOMPARE(reason, QByteArray("floor"));
            break;
        default:
            QVERIFY(isTransient(input.lastError));
            QCOMPARE(reason, QByteArray("backoff"));
            QVERIFY(decision.delay <= expectedCeiling(input.kind, input.errorsInRow));
            break;
        }
    }
}

QTEST_GUILESS_MAIN(TestPollPolicy)
#include "tst_pollpolicy.moc"
