// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "addtasksdialog.h"

#include "tasks/taskid.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddTasksDialog::AddTasksDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Add Tasks"));
    auto *hint = new QLabel(tr("Paste task IDs, prediction URLs or API responses. Every task ID "
                               "found in the text is added."),
                            this);
    hint->setWordWrap(true);
    m_edit->setAccessibleName(tr("Text holding task IDs"));
    m_edit->setPlaceholderText(tr("e.g. https://api.wavespeed.ai/api/v3/predictions/…/result"));
    m_edit->setTabChangesFocus(true);
    hint->setBuddy(m_edit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setToolTip(tr("Watch every task ID found in the text"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit textAccepted(text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &AddTasksDialog::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(520, 360);
    updateCount();
}

QString AddTasksDialog::text() const
{
    return m_edit->toPlainText();
}

void AddTasksDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void AddTasksDialog::updateCount()
{
    const int found = int(TaskId::extract(m_edit->toPlainText()).size());
    m_count->setText(found == 0 ? tr("No task IDs found yet.")
                                : tr("%n task ID(s) found.", "", found));
    m_add->setEnabled(found > 0);
}
