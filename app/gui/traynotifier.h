// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QSystemTrayIcon;
class QWidget;
struct Task;

// Tells the user, from the system tray, that tasks ended while the window was not in front;
// tasks ending close together share one message.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    static constexpr std::chrono::milliseconds GroupingDelay{1500};

    explicit TrayNotifier(QWidget *window, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // A task reached a terminal state.
    void taskEnded(const Task &task);
    // Completed tasks whose unsaved outputs the API deletes within a day; shown at once.
    void outputsExpiring(int count);

signals:
    // What was shown (also when no tray exists, for tests and logs).
    void notified(const QString &title, const QString &message);
    void activated(); // the user clicked the message or the icon

private:
    void flush();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_group;
    QStringList m_completed;
    QStringList m_failed;
    bool m_enabled = true;
};
