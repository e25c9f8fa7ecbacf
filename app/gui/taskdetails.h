// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/task.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

// The facts of the previewed task: ID, model, status, times, the error and what its number
// means, and each output's address with buttons to copy it or open it in the browser.
class TaskDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetails)

public:
    explicit TaskDetails(QWidget *parent = nullptr);
    ~TaskDetails() override;

    void showTask(const Task *task); // nullptr: empty

    static QString statusText(const Task &task);
    static QString errorText(const Task &task); // the error and its meaning; empty when none
    static QString expiresText(const Task &task, const QDateTime &now);
    static QString savedText(const Task &task); // how many outputs are saved, and where

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addRow(const QString &name, const QString &objectName);
    QLineEdit *addLineRow(const QString &name, const QString &objectName);
    void setRowText(QLabel *value, const QString &text);
    void setRowText(QLineEdit *value, const QString &text);
    void setOutputs(const QList<QUrl> &outputs);
    QWidget *outputRow(const QUrl &url, int number, int count);

    QFormLayout *m_form;
    QLineEdit *m_id; // one unbreakable word: scrolls rather than widening the pane
    QLineEdit *m_model;
    QLabel *m_status;
    QLabel *m_created;
    QLabel *m_expires;
    QLabel *m_inference;
    QLabel *m_error;
    QLabel *m_saved;
    QWidget *m_outputs;
    QVBoxLayout *m_outputsLayout;
    QList<QUrl> m_shownOutputs;
};
