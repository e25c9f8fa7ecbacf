// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "soakreport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int LabelWidth = 50;
constexpr int ValueWidth = 12;
constexpr double KilobytesPerMegabyte = 1024.0;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SoakReport", text, disambiguation, n);
}

QString percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1)
                     : QStringLiteral("-");
}

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100, 0, 'f', 1);
}

QString seconds(std::chrono::milliseconds gap)
{
    return gap.count() < 0 ? QStringLiteral("-")
                           : QStringLiteral("%1 s").arg(double(gap.count()) / 1000, 0, 'f', 3);
}

QString clock(std::chrono::seconds at)
{
    return QStringLiteral("%1:%2")
        .arg(at.count() / 60)
        .arg(at.count() % 60, 2, 10, QLatin1Char('0'));
}

QString megabytes(qint64 kilobytes)
{
    return QStringLiteral("%1 MiB").arg(double(kilobytes) / KilobytesPerMegabyte, 0, 'f', 1);
}

class Table
{
public:
    explicit Table(QTextStream &out)
        : m_out(out)
    {}

    void heading(const QString &title) { m_out << '\n' << title << '\n'; }

    void row(const QString &label, const QString &value, const QString &expected = {})
    {
        if (value.isEmpty() && expected.isEmpty()) {
            m_out << "  " << label << '\n';
            return;
        }
        m_out << "  " << label.leftJustified(LabelWidth) << value.rightJustified(ValueWidth);
        if (!expected.isEmpty())
            m_out << "   " << expected;
        m_out << '\n';
    }

    void row(const QString &label, qint64 value, const QString &expected = {})
    {
        row(label, QString::number(value), expected);
    }

private:
    QTextStream &m_out;
};

void printTasks(Table &table, const SoakReport &report)
{
    table.heading(tr("Tasks"));
    table.row(tr("watched"), report.watched);
    table.row(tr("  of them already running or ended when added"), report.backlog);
    table.row(tr("reached the expected terminal state"), report.right,
              tr("= watched - still running"));
    table.row(tr("reached another state"), report.wrong, QStringLiteral("0"));
    table.row(tr("still running at the end"), report.pending);
    QStringList ends;
    for (auto it = report.expectedStates.cbegin(); it != report.expectedStates.cend(); ++it)
        ends.append(QStringLiteral("%1 %2").arg(Task::stateName(it.key())).arg(it.value()));
    table.row(tr("expected ends: ") + ends.join(QStringLiteral(", ")), QString());
    for (const QString &example : report.wrongExamples)
        table.row(QStringLiteral("  ") + example, QString());
    if (!report.noticeDelaysMs.empty()) {
        std::vector<qint64> delays = report.noticeDelaysMs;
        std::sort(delays.begin(), delays.end());
        const auto at = [&delays](double share) {
            const std::size_t index =
                std::min(delays.size() - 1, std::size_t(share * double(delays.size())));
            return seconds(std::chrono::milliseconds(delays[index]));
        };
        table.row(tr("from the end to the monitor seeing it: median"), at(0.5));
        table.row(tr("  95th percentile"), at(0.95));
        table.row(tr("  longest"), seconds(std::chrono::milliseconds(delays.back())));
    }
}

void printRequests(Table &table, const SoakReport &report)
{
    table.heading(tr("Requests, as the simulator received them"));
    table.row(tr("API requests"), report.requests.apiRequests);
    table.row(tr("  checks of a task"), report.requests.polls);
    table.row(tr("  sent again by the network layer after a cut"), report.requests.resends);
    // Resends by the network layer are the same request again after a cut connection; the
    // gate counted it once.
    table.row(tr("highest count in any one-second window"), report.requests.peakPerSecond);
    table.row(tr("  without the network layer's resends"), report.requests.peakSentPerSecond,
              tr("<= %1").arg(report.gateMaxPerSecond));
    table.row(tr("highest mean rate over any minute, no resends"),
              tr("%1/s").arg(double(report.requests.peakSentPerMinute) / 60, 0, 'f', 2),
              tr("<= %1/s").arg(report.gateMaxPerSecond));
    table.row(tr("floor violations"), report.requests.floorViolations, QStringLiteral("0"));
    table.row(tr("shortest gap between checks, image tasks"),
              seconds(report.requests.shortestImageGap), tr(">= 2.000 s"));
    table.row(tr("shortest gap between checks, video tasks"),
              seconds(report.requests.shortestVideoGap), tr(">= 5.000 s"));
    table.row(tr("checks sooner than a 429's Retry-After"), report.requests.retryAfterViolations,
              QStringLiteral("0"));
    table.row(tr("checks after the task ended"), report.requests.pollsAfterEnd,
              QStringLiteral("0"));
}

void printFaults(Table &table, const SoakReport &report)
{
    table.heading(tr("Faults met, share of API requests"));
    const qint64 all = report.requests.apiRequests;
    const qint64 cuts = report.requests.resends + report.requests.connectionErrors;
    table.row(tr("server errors (5xx)"), percentOf(report.requests.serverErrors, all),
              percent(report.serverErrorRate));
    table.row(tr("rate limited (429)"), percentOf(report.requests.rateLimited, all),
              percent(report.rateLimitRate));
    table.row(tr("connections cut"), percentOf(cuts, all), percent(report.resetRate));
    table.row(tr("  of them seen by the engine (the rest re-sent)"),
              report.requests.connectionErrors);
    table.row(tr("HTTP 200 with a body that is not JSON"),
              percentOf(report.requests.unreadable, all), percent(report.malformedRate));
    table.row(tr("other HTTP statuses"), report.requests.otherStatuses, QStringLiteral("0"));
}

void printMemory(Table &table, const SoakReport &report)
{
    table.heading(tr("Resident memory (VmRSS)"));
    for (int i = 0; i < report.memory.size(); ++i) {
        const SoakReport::MemorySample &sample = report.memory.at(i);
        const QString when = i == 0                          ? tr("start, after the setup")
                             : i == report.memory.size() - 1 ? tr("end")
                                                             : QString();
        table.row(QStringLiteral("%1  %2").arg(clock(sample.at).rightJustified(6), when),
                  megabytes(sample.kilobytes), tr("%n task(s) watched", "", sample.watching));
    }
    if (report.memory.size() >= 2) {
        const qint64 change =
            report.memory.constLast().kilobytes - report.memory.constFirst().kilobytes;
        table.row(tr("change, start to end"),
                  (change >= 0 ? QStringLiteral("+") : QString()) + megabytes(change));
    }
    if (report.memory.size() >= 3) {
        // The first minute fills the heap, the connection pool and the hash tables once.
        const qint64 change = report.memory.constLast().kilobytes - report.memory.at(1).kilobytes;
        table.row(tr("change, %1 to end").arg(clock(report.memory.at(1).at)),
                  (change >= 0 ? QStringLiteral("+") : QString()) + megabytes(change));
    }
}

} // namespace

bool SoakReport::passed() const
{
    return wrong == 0 && requests.floorViolations == 0 && requests.retryAfterViolations == 0 &&
           requests.peakSentPerSecond <= gateMaxPerSecond;
}

void SoakReport::print(QTextStream &out) const
{
    Table table(out);
    out << tr("Soak run: tasks arrive for %1 min, then up to %2 s for the last to end (%3 s "
              "used); seed %4")
               .arg(submitting.count())
               .arg(grace.count())
               .arg(graceUsed.count())
               .arg(seed)
        << '\n'
        << tr("Scenario: %1").arg(scenarioFile) << '\n'
        << tr("Faults per API request: %1 server errors, %2 rate limited (429), %3 connections "
              "cut, %4 malformed bodies")
               .arg(percent(serverErrorRate), percent(rateLimitRate), percent(resetRate),
                    percent(malformedRate))
        << '\n';
    table.row(QString(), tr("measured"), tr("expected"));

    printTasks(table, *this);
    printRequests(table, *this);
    printFaults(table, *this);
    printMemory(table, *this);

    out << '\n'
        << (passed() ? tr("PASS: every task reached the expected end or is still running; no "
                          "check broke the floor, a Retry-After or the rate.")
                     : tr("FAIL: %1 task(s) reached another state, %2 floor violation(s), %3 "
                          "check(s) before a Retry-After, at most %4 requests in one second.")
                           .arg(wrong)
                           .arg(requests.floorViolations)
                           .arg(requests.retryAfterViolations)
                           .arg(requests.peakSentPerSecond))
        << '\n';
}
