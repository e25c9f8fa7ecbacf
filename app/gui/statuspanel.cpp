// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "statuspanel.h"

#include "tasks/monitor.h"
#include "tasks/requestgate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <chrono>
#include <cmath>

using namespace std::chrono;

namespace {
constexpr auto CountsDelay = 100ms;
} // namespace

StatusPanel::StatusPanel(Monitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_counts(new QLabel(this))
    , m_gate(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_expiring(new QLabel(this))
{
    m_counts->setAccessibleName(tr("Task counts"));
    m_gate->setAccessibleName(tr("Connection state"));
    m_gate->setTextFormat(Qt::RichText);
    m_gate->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_balance->setAccessibleName(tr("Account balance"));
    m_balance->setToolTip(tr("The balance of the WaveSpeed account the key belongs to"));
    connect(m_gate, &QLabel::linkActivated, this, &StatusPanel::settingsRequested);
    m_expiring->setAccessibleName(tr("Outputs about to expire"));
    m_expiring->setToolTip(tr("Completed tasks whose outputs the API deletes within a day, and "
                              "that are not saved yet"));
    m_expiring->setTextFormat(Qt::RichText);
    m_expiring->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_expiring->hide();
    connect(m_expiring, &QLabel::linkActivated, this, &StatusPanel::saveExpiringRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_gate);
    layout->addWidget(m_expiring);
    layout->addWidget(m_counts);
    layout->addWidget(m_balance);

    // Counting walks every task: at most ten times a second, however many tasks change. A burst
    // of thousands of answers would otherwise recount the whole list after each one.
    m_countsLater.setSingleShot(true);
    m_countsLater.setInterval(CountsDelay);
    connect(&m_countsLater, &QTimer::timeout, this, &StatusPanel::updateCounts);
    connect(m_monitor, &Monitor::tasksAdded, this, &StatusPanel::scheduleCounts);
    connect(m_monitor, &Monitor::tasksRemoved, this, &StatusPanel::scheduleCounts);
    connect(m_monitor, &Monitor::taskChanged, this, [this](const QString &, Task::Fields fields) {
        if (fields & Task::Field::State)
            scheduleCounts();
    });

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &StatusPanel::updateGate);
    connect(m_monitor->gate(), &RequestGate::stateChanged, this, &StatusPanel::updateGate);
    connect(m_monitor->gate(), &RequestGate::rateLimited, this, &StatusPanel::updateGate);

    updateCounts();
    updateGate();
}

void StatusPanel::setHasKey(bool hasKey)
{
    m_hasKey = hasKey;
    updateGate();
}

void StatusPanel::setBalance(std::optional<double> balance)
{
    m_balance->setVisible(balance.has_value());
    if (balance)
        m_balance->setText(
            tr("Balance: $%1", "US dollars").arg(QLocale().toString(*balance, 'f', 2)));
}

void StatusPanel::setExpiring(int count)
{
    m_expiring->setVisible(count > 0);
    if (count == 0) {
        m_expiring->clear();
        return;
    }
    const QString saveLink =
        QStringLiteral("<a href=\"save\">%1</a>").arg(tr("save them").toHtmlEscaped());
    //: completed tasks whose outputs the API deletes within a day; then a link that saves them
    m_expiring->setText(tr("%n expiring within a day — %1", "tasks", count).arg(saveLink));
}

QString StatusPanel::expiringText() const
{
    return m_expiring->isVisible() ? m_expiring->text() : QString();
}

QString StatusPanel::countsText() const
{
    return m_counts->text();
}

QString StatusPanel::gateText() const
{
    return m_gate->text();
}

void StatusPanel::scheduleCounts()
{
    if (!m_countsLater.isActive())
        m_countsLater.start();
}

void StatusPanel::updateCounts()
{
    int running = 0;
    int paused = 0;
    int completed = 0;
    int unsuccessful = 0;
    const QStringList ids = m_monitor->ids();
    for (const QString &id : ids) {
        switch (m_monitor->task(id)->state) {
        case TaskState::Queued:
        case TaskState::Checking:
        case TaskState::Waiting:
            ++running;
            break;
        case TaskState::Paused:
            ++paused;
            break;
        case TaskState::Completed:
            ++completed;
            break;
        case TaskState::Failed:
        case TaskState::Cancelled:
        case TaskState::ServerTimeout:
        case TaskState::NotFound:
        case TaskState::GaveUp:
            ++unsuccessful;
            break;
        }
    }

    QStringList parts;
    if (running)
        parts.append(tr("%n running", "tasks", running));
    if (paused)
        parts.append(tr("%n paused", "tasks", paused));
    if (completed)
        parts.append(tr("%n completed", "tasks", completed));
    if (unsuccessful)
        parts.append(tr("%n failed", "tasks", unsuccessful));
    m_counts->setText(parts.isEmpty() ? tr("No tasks") : parts.join(QStringLiteral(" · ")));
}

void StatusPanel::updateGate()
{
    const QString settingsLink =
        QStringLiteral("<a href=\"settings\">%1</a>").arg(tr("open Settings").toHtmlEscaped());
    const RequestGate *gate = m_monitor->gate();

    switch (gate->state()) {
    case RequestGate::State::RateLimited: {
        const auto left = duration_cast<seconds>(gate->pauseRemaining() + milliseconds(999));
        m_gate->setText(tr("Rate limited — resuming in %n s", "", int(left.count())));
        if (!m_countdown.isActive())
            m_countdown.start();
        return;
    }
    case RequestGate::State::KeyRejected:
        m_countdown.stop();
        m_gate->setText(tr("API key rejected — %1").arg(settingsLink));
        return;
    case RequestGate::State::Open:
        m_countdown.stop();
        m_gate->setText(m_hasKey ? QString() : tr("No API key — %1").arg(settingsLink));
        return;
    }
}
