// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "traynotifier.h"

#include "logging.h"
#include "tasks/task.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

TrayNotifier::TrayNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_group.setSingleShot(true);
    m_group.setInterval(GroupingDelay);
    connect(&m_group, &QTimer::timeout, this, &TrayNotifier::flush);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
        m_tray->show();
    }
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_group.stop();
        m_completed.clear();
        m_failed.clear();
    }
}

void TrayNotifier::taskEnded(const Task &task)
{
    if (!m_enabled || (m_window && m_window->isActiveWindow()))
        return;
    (task.state == TaskState::Completed ? m_completed : m_failed).append(task.id);
    if (!m_group.isActive())
        m_group.start();
}

void TrayNotifier::outputsExpiring(int count)
{
    // Rare and about losing work: said even while the window is in front.
    if (!m_enabled || count <= 0)
        return;
    const QString title = tr("Outputs about to expire");
    const QString message =
        tr("%n completed task(s) will be deleted by the API within a day, and their outputs are "
           "not saved yet.",
           "", count);
    qCDebug(lcUi) << "notify:" << title << message;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    emit notified(title, message);
}

void TrayNotifier::flush()
{
    const qsizetype completed = m_completed.size();
    const qsizetype failed = m_failed.size();
    if (completed + failed == 0)
        return;

    QString title;
    QString message;
    if (completed + failed == 1) {
        title = completed ? tr("Task completed") : tr("Task failed");
        message = completed ? m_completed.first() : m_failed.first();
    } else {
        title = tr("%n task(s) ended", "", int(completed + failed));
        QStringList parts;
        if (completed)
            parts.append(tr("%n completed", "tasks", int(completed)));
        if (failed)
            parts.append(tr("%n failed", "tasks", int(failed)));
        message = parts.join(QStringLiteral(", "));
    }
    m_completed.clear();
    m_failed.clear();

    qCDebug(lcUi) << "notify:" << title << message;
    if (m_tray)
        m_tray->showMessage(title, message,
                            failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    emit notified(title, message);
}
