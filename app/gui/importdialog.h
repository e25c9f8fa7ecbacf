// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/prediction.h"
#include "tasks/monitor.h"

#include <QDialog>
#include <QHash>
#include <QList>

class HistoryImport;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Finds the tasks of the account within a range of the last 7 days, with a status and a model
// filter, and hands the ones the user checks to the monitor.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(Monitor *monitor, QWidget *parent = nullptr);

    HistoryImport *search() const { return m_search; }

signals:
    void imported(const Monitor::AddResult &result);

private:
    enum Column {
        IdColumn,
        ModelColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount,
    };

    void createForm();
    void createResults();
    void find();
    void onProgress(int fetched, int total);
    void onPage(const QList<Prediction> &items);
    void onFinished();
    void onFailed(const ApiError &error);
    void setSearching(bool searching);
    void setAllChecked(bool checked);
    QList<Prediction> chosen() const;
    void updateAddButton();
    void addChosen();
    void showMessage(const QString &text);

    Monitor *m_monitor;
    HistoryImport *m_search;
    QHash<QString, Prediction> m_found;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_find = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelSearch = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
};
