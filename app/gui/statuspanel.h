// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include <optional>

class Monitor;
class QLabel;

// The permanent part of the status bar: how many tasks stand where, what the request gate is
// doing ("Rate limited — resuming in 8 s"), and the account's balance.
class StatusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    explicit StatusPanel(Monitor *monitor, QWidget *parent = nullptr);

    void setHasKey(bool hasKey);
    void setBalance(std::optional<double> balance);
    // Completed tasks with unsaved outputs that expire within a day; hidden at zero.
    void setExpiring(int count);
    QString expiringText() const;

    QString countsText() const;
    QString gateText() const;

signals:
    void settingsRequested();
    void saveExpiringRequested();

private:
    void scheduleCounts();
    void updateCounts();
    void updateGate();

    Monitor *m_monitor;
    QLabel *m_counts;
    QLabel *m_gate;
    QLabel *m_balance;
    QLabel *m_expiring;
    QTimer m_countsLater;
    QTimer m_countdown;
    bool m_hasKey = true;
};
