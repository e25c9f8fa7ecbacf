// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "soakrun.h"

#include "api/apiclient.h"
#include "requestmeter.h"
#include "residentmemory.h"
#include "simulator.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"

#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>

using namespace std::chrono;

namespace {

// A fifth of the tasks are a backlog pasted in at the start: created up to a quarter of an hour
// before, most of them over already. The rest arrive one by one while the run submits.
constexpr int BacklogPercent = 20;
constexpr milliseconds BacklogMaxAge = 15min;

constexpr milliseconds TickInterval = 1s;
constexpr int TicksPerSample = 60; // memory and progress once a minute
constexpr int MemoryRows = 8;      // samples printed at most, the first and the last among them
constexpr int MaxWrongExamples = 10;

} // namespace

SoakRun::SoakRun(const SoakOptions &options, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{
    m_arrivals.setSingleShot(true);
    connect(&m_arrivals, &QTimer::timeout, this, &SoakRun::addDueTasks);
    connect(&m_ticker, &QTimer::timeout, this, &SoakRun::tick);
}

SoakRun::~SoakRun()
{
    // The engine goes before the server it talks to.
    delete m_monitor;
    delete m_meter;
    delete m_network;
    delete m_simulator;
}

void SoakRun::start()
{
    QString error;
    if (!setUp(&error)) {
        m_err->write(tr("soak: %1\n").arg(error).toUtf8());
        QMetaObject::invokeMethod(
            this, [this] { emit finished(2); }, Qt::QueuedConnection);
        return;
    }
    note(tr("API at %1; %2 tasks over %3 min; seed %4")
             .arg(m_simulator->apiBase().toString())
             .arg(m_options.taskCount())
             .arg(m_options.submitting.count())
             .arg(m_options.seed));

    m_clock.start();
    sampleMemory();
    const int backlog = m_options.taskCount() * BacklogPercent / 100;
    addTasks(backlog, true);
    planArrivals();
    addDueTasks();
    m_ticker.start(TickInterval);
}

bool SoakRun::setUp(QString *error)
{
    QFile file(m_options.scenarioFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(m_options.scenarioFile, file.errorString());
        return false;
    }
    QString why;
    const std::optional<Scenario> scenario = Scenario::fromJson(file.readAll(), &why);
    if (!scenario || scenario->models.isEmpty()) {
        *error = tr("%1: %2").arg(m_options.scenarioFile,
                                  scenario ? tr("the scenario has no models") : why);
        return false;
    }
    m_scenario = *scenario;
    m_plan = std::make_unique<TaskPlan>(m_scenario, m_options.seed);

    m_simulator = new Simulator;
    m_simulator->setScenario(m_scenario);
    if (!m_simulator->start(0, 0, error))
        return false;

    // As the command line sets it up, minus the download folder and the catalogue's cache file.
    m_network = new QNetworkAccessManager;
    m_monitor = new Monitor(m_network);
    if (!m_monitor->client()->setBaseUrl(m_simulator->apiBase(), error))
        return false;
    m_monitor->setApiKey(m_simulator->apiKey());
    connect(m_monitor, &Monitor::taskFinished, this, &SoakRun::onTaskFinished);
    m_meter = new RequestMeter(m_simulator, m_network);

    m_report.submitting = m_options.submitting;
    m_report.grace = m_options.grace;
    m_report.seed = m_options.seed;
    m_report.scenarioFile = m_options.scenarioFile;
    m_report.serverErrorRate = m_scenario.serverErrorRate;
    m_report.rateLimitRate = m_scenario.rateLimitRate;
    m_report.resetRate = m_scenario.resetRate;
    m_report.malformedRate = m_scenario.malformedRate;
    m_report.gateMaxPerSecond = m_monitor->gate()->maxPerSecond();
    return true;
}

// The streamed tasks' arrival times: uniform over the submitting time, so they bunch and thin
// out as real arrivals do, and their number is exactly what was asked for.
void SoakRun::planArrivals()
{
    const int streamed = m_options.taskCount() - m_report.backlog;
    const milliseconds span = m_options.submitting;
    m_arrivalMs.reserve(std::size_t(std::max(streamed, 0)));
    for (int i = 0; i < streamed; ++i)
        m_arrivalMs.push_back(m_plan->uniform(span).count());
    std::sort(m_arrivalMs.begin(), m_arrivalMs.end());
}

void SoakRun::addDueTasks()
{
    const qint64 now = m_clock.elapsed();
    int due = 0;
    while (m_nextArrival < m_arrivalMs.size() && m_arrivalMs[m_nextArrival] <= now) {
        ++m_nextArrival;
        ++due;
    }
    addTasks(due, false);
    if (m_nextArrival < m_arrivalMs.size())
        m_arrivals.start(milliseconds(m_arrivalMs[m_nextArrival] - now));
}

void SoakRun::addTasks(int count, bool backlog)
{
    if (count <= 0)
        return;
    QStringList ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        const Simulator::TaskSpec spec =
            m_plan->draw(backlog ? m_plan->uniform(BacklogMaxAge) : 0ms);
        const QString id = m_simulator->addTask(spec);
        Expectation expected;
        expected.state = TaskPlan::expectedState(spec.outcome);
        const qint64 endsInMs = spec.duration.count() - spec.createdAt.msecsTo(now);
        expected.endMs = m_clock.elapsed() + std::max<qint64>(0, endsInMs);
        m_expected.insert(id, expected);
        ++m_report.expectedStates[expected.state];
        m_meter->watch(id, m_plan->floorFor(spec.model), m_plan->isVideo(spec.model));
        ids.append(id);
    }
    m_report.watched += count;
    if (backlog)
        m_report.backlog += count;
    m_monitor->add(ids);
}

void SoakRun::onTaskFinished(const QString &id)
{
    const Task *task = m_monitor->task(id);
    const auto expected = m_expected.constFind(id);
    if (!task || expected == m_expected.constEnd())
        return;

    if (task->state == expected->state) {
        ++m_report.right;
        m_report.noticeDelaysMs.push_back(std::max<qint64>(0, m_clock.elapsed() - expected->endMs));
    } else {
        ++m_report.wrong;
        if (m_report.wrongExamples.size() < MaxWrongExamples) {
            m_report.wrongExamples.append(tr("%1 (%2): expected %3, got %4 %5")
                                              .arg(id, task->model,
                                                   Task::stateName(expected->state),
                                                   Task::stateName(task->state), task->error));
        }
    }
    m_expected.erase(expected);
    m_meter->ended(id);
    // Not now: the task's poller is the one reporting.
    m_ended.append(id);
}

void SoakRun::tick()
{
    ++m_ticks;
    // Ended tasks leave the monitor, as a user clears finished rows, so that memory shows what
    // the engine keeps per request rather than the list of tasks growing.
    m_monitor->remove(m_ended);
    for (const QString &id : std::as_const(m_ended))
        m_meter->forget(id);
    m_ended.clear();
    // The simulator keeps every request for the tests; the meter has seen them already.
    m_simulator->clearRequests();

    if (m_ticks % TicksPerSample == 0) {
        sampleMemory();
        const RequestMeter::Figures &figures = m_meter->figures();
        note(tr("watched %1, ended %2, running %3, API requests %4, floor violations %5, "
                "resident %6 MiB")
                 .arg(m_report.watched)
                 .arg(m_report.right + m_report.wrong)
                 .arg(m_monitor->unfinishedCount())
                 .arg(figures.apiRequests)
                 .arg(figures.floorViolations)
                 .arg(double(m_report.memory.constLast().kilobytes) / 1024, 0, 'f', 1));
    }

    const qint64 now = m_clock.elapsed();
    if (m_phase == Phase::Submitting && now >= milliseconds(m_options.submitting).count()) {
        addDueTasks();
        m_phase = Phase::Grace;
        m_graceStartMs = now;
        note(tr("submitting over; %1 tasks still running").arg(m_monitor->unfinishedCount()));
    }
    if (m_phase == Phase::Grace &&
        (m_monitor->unfinishedCount() == 0 ||
         now - m_graceStartMs >= milliseconds(m_options.grace).count())) {
        end();
    }
}

void SoakRun::sampleMemory()
{
    SoakReport::MemorySample sample;
    sample.at = duration_cast<seconds>(milliseconds(m_clock.elapsed()));
    sample.kilobytes = residentKilobytes().value_or(0);
    sample.watching = m_monitor->count();
    m_report.memory.append(sample);
}

void SoakRun::note(const QString &message)
{
    const qint64 at = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    m_err->write(QStringLiteral("[%1:%2] %3\n")
                     .arg(at / 60)
                     .arg(at % 60, 2, 10, QLatin1Char('0'))
                     .arg(message)
                     .toUtf8());
}

void SoakRun::end()
{
    m_phase = Phase::Done;
    m_arrivals.stop();
    m_ticker.stop();
    m_report.graceUsed = duration_cast<seconds>(milliseconds(m_clock.elapsed() - m_graceStartMs));
    m_report.pending = int(m_expected.size());
    m_report.requests = m_meter->figures();

    // Thin the once-a-minute samples out to a few rows: the start, the first minute (after
    // which the heap has settled), every few minutes, and the end.
    sampleMemory();
    const QList<SoakReport::MemorySample> all = m_report.memory;
    const qsizetype step = std::max<qsizetype>(1, (all.size() + MemoryRows - 4) / (MemoryRows - 2));
    m_report.memory.clear();
    for (qsizetype i = 0; i < all.size() - 1; ++i) {
        if (i <= 1 || i % step == 0)
            m_report.memory.append(all.at(i));
    }
    m_report.memory.append(all.constLast());

    QTextStream out(m_out);
    m_report.print(out);
    out.flush();
    const int exitCode = m_report.passed() ? 0 : 1;
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}
