// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// A text box to paste task IDs, URLs or API responses into; says how many IDs it sees.
class AddTasksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTasksDialog)

public:
    explicit AddTasksDialog(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);

signals:
    void textAccepted(const QString &text);

private:
    void updateCount();

    QPlainTextEdit *m_edit;
    QLabel *m_count;
    QPushButton *m_add;
};
