// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "api/apiclient.h"
#include "api/historyquery.h"
#include "tasks/historyimport.h"
#include "tasks/task.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int DefaultRangeHours = 24;
constexpr int IdRole = Qt::UserRole;
constexpr int ResultsWidthChars = 90;
constexpr int ResultsHeightLines = 14;

} // namespace

ImportDialog::ImportDialog(Monitor *monitor, QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_search(new HistoryImport(monitor->gate(), this))
{
    setWindowTitle(tr("Import Recent Tasks"));
    createForm();
    createResults();

    connect(m_search, &HistoryImport::progress, this, &ImportDialog::onProgress);
    connect(m_search, &HistoryImport::pageReceived, this, &ImportDialog::onPage);
    connect(m_search, &HistoryImport::finished, this, &ImportDialog::onFinished);
    connect(m_search, &HistoryImport::failed, this, &ImportDialog::onFailed);
    connect(m_search, &HistoryImport::cancelled, this, [this] {
        setSearching(false);
        showMessage(
            tr("Search stopped; %n task(s) found so far.", "", m_results->topLevelItemCount()));
    });

    setSearching(false);
    updateAddButton();
    if (!m_monitor->client()->hasApiKey()) {
        m_find->setEnabled(false);
        showMessage(tr("There is no API key yet. Enter one in Settings to find your tasks."));
    }
}

void ImportDialog::createForm()
{
    const QDateTime now = QDateTime::currentDateTime();
    auto dateTimeEdit = [this, &now](const QDateTime &value, const QString &name) {
        auto *edit = new QDateTimeEdit(value, this);
        edit->setCalendarPopup(true);
        edit->setDateTimeRange(now.addDays(-Task::RetentionDays), now);
        edit->setAccessibleName(name);
        return edit;
    };
    m_from = dateTimeEdit(now.addSecs(-3600 * DefaultRangeHours), tr("Created from"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to = dateTimeEdit(now, tr("Created until"));
    m_to->setObjectName(QStringLiteral("to"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Any", "task status"), QString());
    m_status->addItem(tr("Completed", "task status"), QStringLiteral("completed"));
    m_status->addItem(tr("Failed", "task status"), QStringLiteral("failed"));
    m_status->addItem(tr("Processing", "task status"), QStringLiteral("processing"));
    m_status->addItem(tr("Created", "task status"), QStringLiteral("created"));

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    QSet<QString> models;
    for (const QString &id : m_monitor->ids()) {
        if (const Task *task = m_monitor->task(id); task && !task->model.isEmpty())
            models.insert(task->model);
    }
    QStringList sorted(models.cbegin(), models.cend());
    sorted.sort(Qt::CaseInsensitive);
    m_model->addItems(sorted);
    m_model->setCurrentIndex(-1);
    m_model->lineEdit()->setPlaceholderText(tr("Any model"));
    m_model->setToolTip(tr("A model ID such as wavespeed-ai/flux-dev; empty for any"));

    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setToolTip(tr("List the account's tasks in this range"));
    m_find->setDefault(true);
    connect(m_find, &QPushButton::clicked, this, &ImportDialog::find);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Search progress"));
    m_cancelSearch = new QPushButton(tr("Cancel", "search"), this);
    m_cancelSearch->setObjectName(QStringLiteral("cancelSearch"));
    m_cancelSearch->setToolTip(tr("Stop searching; the tasks found so far stay listed"));
    connect(m_cancelSearch, &QPushButton::clicked, m_search, &HistoryImport::cancel);
}

void ImportDialog::createResults()
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("Tasks found"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setHeaderLabels({tr("ID"), tr("Model"), tr("Status"), tr("Created")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    // Room for WaveSpeed's 32-character IDs, a model and a date, in the font of the day.
    const QFontMetrics metrics = m_results->fontMetrics();
    m_results->setMinimumWidth(
        metrics.horizontalAdvance(QString(ResultsWidthChars, QLatin1Char('0'))));
    m_results->setMinimumHeight(metrics.height() * ResultsHeightLines);
    connect(m_results, &QTreeWidget::itemChanged, this, &ImportDialog::updateAddButton);

    m_selectAll = new QPushButton(tr("Select &All"), this);
    m_selectAll->setObjectName(QStringLiteral("selectAll"));
    m_selectNone = new QPushButton(tr("Select &None"), this);
    m_selectNone->setObjectName(QStringLiteral("selectNone"));
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setToolTip(tr("Watch the checked tasks"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::addChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Model:"), m_model);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_find);
    searchRow->addWidget(m_progress, 1);
    searchRow->addWidget(m_cancelSearch);
    searchRow->addStretch(); // keeps Find its own size while the progress bar is hidden
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_selectAll);
    selectRow->addWidget(m_selectNone);
    selectRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(searchRow);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    layout->addLayout(selectRow);
    layout->addWidget(m_buttons);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_status);
    setTabOrder(m_status, m_model);
    setTabOrder(m_model, m_find);
    setTabOrder(m_find, m_cancelSearch);
    setTabOrder(m_cancelSearch, m_results);
    setTabOrder(m_results, m_selectAll);
    setTabOrder(m_selectAll, m_selectNone);
    setTabOrder(m_selectNone, m_buttons);
}

void ImportDialog::find()
{
    // The range may have aged while the dialog was open: keep it inside the 7 days.
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to})
        edit->setDateTimeRange(now.addDays(-Task::RetentionDays), now);

    HistoryQuery query;
    query.from = m_from->dateTime().toUTC();
    query.to = m_to->dateTime().toUTC();
    query.status = m_status->currentData().toString();
    query.model = m_model->currentText().trimmed();

    m_results->clear();
    m_found.clear();
    updateAddButton();
    QString whyNot;
    if (!m_search->start(query, &whyNot)) {
        showMessage(whyNot);
        return;
    }
    showMessage(QString());
    setSearching(true);
    onProgress(0, -1);
}

void ImportDialog::onProgress(int fetched, int total)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Found %n task(s)", "", fetched));
        return;
    }
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::min(fetched, std::max(total, 1)));
    //: %1 tasks found so far of %2 in all
    m_progress->setFormat(tr("Found %1 of %2").arg(fetched).arg(total));
}

void ImportDialog::onPage(const QList<Prediction> &items)
{
    const QLocale locale;
    QSignalBlocker blocker(m_results);
    for (const Prediction &prediction : items) {
        m_found.insert(prediction.id, prediction);
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(IdColumn, prediction.id);
        item->setData(IdColumn, IdRole, prediction.id);
        item->setText(ModelColumn, prediction.model);
        item->setText(StatusColumn, prediction.statusText);
        item->setText(CreatedColumn, prediction.createdAt.isValid()
                                         ? locale.toString(prediction.createdAt.toLocalTime(),
                                                           QLocale::ShortFormat)
                                         : QString());
        if (m_monitor->contains(prediction.id)) {
            // Shown, so that the list matches the account, but not offered again.
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
            item->setCheckState(IdColumn, Qt::Checked);
            for (int column = 0; column < ColumnCount; ++column)
                item->setToolTip(column, tr("Already watched"));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(IdColumn, Qt::Checked);
        }
    }
    blocker.unblock();
    updateAddButton();
}

void ImportDialog::onFinished()
{
    setSearching(false);
    const int found = m_results->topLevelItemCount();
    if (found == 0) {
        showMessage(tr("No tasks found in this range."));
        return;
    }
    int alreadyWatched = 0;
    for (auto it = m_found.cbegin(); it != m_found.cend(); ++it) {
        if (m_monitor->contains(it.key()))
            ++alreadyWatched;
    }
    showMessage(
        alreadyWatched > 0
            //: %1 is how many of the tasks found are in the table already
            ? tr("%n task(s) found, %1 of them already watched.", "", found).arg(alreadyWatched)
            : tr("%n task(s) found.", "", found));
    m_add->setFocus();
}

void ImportDialog::onFailed(const ApiError &error)
{
    setSearching(false);
    if (error.kind == ApiError::Kind::KeyRejected) {
        showMessage(tr("The API rejected the key. Open Settings to enter another one."));
        return;
    }
    showMessage(tr("The account's tasks could not be listed: %1").arg(error.text()));
}

void ImportDialog::setSearching(bool searching)
{
    m_find->setEnabled(!searching && m_monitor->client()->hasApiKey());
    m_progress->setVisible(searching);
    m_cancelSearch->setVisible(searching);
    if (searching)
        m_cancelSearch->setFocus();
}

void ImportDialog::setAllChecked(bool checked)
{
    QSignalBlocker blocker(m_results);
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_results->topLevelItem(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(IdColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
    blocker.unblock();
    updateAddButton();
}

QList<Prediction> ImportDialog::chosen() const
{
    QList<Prediction> predictions;
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_results->topLevelItem(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(IdColumn) == Qt::Checked)
            predictions.append(m_found.value(item->data(IdColumn, IdRole).toString()));
    }
    return predictions;
}

void ImportDialog::updateAddButton()
{
    const int count = int(chosen().size());
    m_add->setText(count > 0 ? tr("&Add %n Task(s)", "", count) : tr("&Add Tasks"));
    m_add->setEnabled(count > 0);
    const bool anyCheckable = m_results->topLevelItemCount() > 0;
    m_selectAll->setEnabled(anyCheckable);
    m_selectNone->setEnabled(anyCheckable);
}

void ImportDialog::addChosen()
{
    const QList<Prediction> predictions = chosen();
    if (predictions.isEmpty())
        return;
    m_search->cancel();
    const Monitor::AddResult result = m_monitor->import(predictions);
    emit imported(result);
    accept();
}

void ImportDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
