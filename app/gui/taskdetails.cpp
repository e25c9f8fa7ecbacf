// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskdetails.h"

#include "api/prediction.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace {

constexpr double MillisecondsPerSecond = 1000.0;
constexpr int InferenceDecimals = 1;
const char *const FullTextProperty = "fullText"; // what an elided label stands for

QString runningStatusText(const Task &task)
{
    if (task.status == QLatin1String("processing"))
        return TaskDetails::tr("Processing", "task state");
    if (task.status == QLatin1String("created"))
        return TaskDetails::tr("Created, waiting to start", "task state");
    if (task.status.isEmpty())
        return TaskDetails::tr("Checking", "task state");
    return task.status; // a status the API did not document: shown as it is
}

QString pausedText(PauseReason reason)
{
    switch (reason) {
    case PauseReason::KeyRejected:
        return TaskDetails::tr("Paused: the API key was rejected", "task state");
    case PauseReason::Offline:
        return TaskDetails::tr("Paused: the network is down", "task state");
    case PauseReason::User:
    case PauseReason::None:
        break;
    }
    return TaskDetails::tr("Paused", "task state");
}

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void elide(QLabel *label)
{
    const QString full = label->property(FullTextProperty).toString();
    label->setText(label->fontMetrics().elidedText(full, Qt::ElideMiddle, label->width()));
}

} // namespace

TaskDetails::TaskDetails(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_id(addLineRow(tr("ID", "task detail"), QStringLiteral("idValue")))
    , m_model(addLineRow(tr("Model", "task detail"), QStringLiteral("modelValue")))
    , m_status(addRow(tr("Status", "task detail"), QStringLiteral("statusValue")))
    , m_created(addRow(tr("Created", "task detail"), QStringLiteral("createdValue")))
    //: when the API deletes the task and its outputs
    , m_expires(addRow(tr("Expires", "task detail"), QStringLiteral("expiresValue")))
    , m_inference(addRow(tr("Inference", "task detail"), QStringLiteral("inferenceValue")))
    , m_error(addRow(tr("Error", "task detail"), QStringLiteral("errorValue")))
    , m_saved(addRow(tr("Saved", "task detail"), QStringLiteral("savedValue")))
    , m_outputs(new QWidget(this))
    , m_outputsLayout(new QVBoxLayout(m_outputs))
{
    // Long values go under their names rather than squeezing a narrow pane.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_outputsLayout->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Outputs", "task detail"), m_outputs);

    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);

    showTask(nullptr);
}

TaskDetails::~TaskDetails() = default;

void TaskDetails::showTask(const Task *task)
{
    if (!task) {
        for (QLineEdit *line : {m_id, m_model})
            setRowText(line, {});
        for (QLabel *label : {m_status, m_created, m_expires, m_inference, m_error, m_saved})
            setRowText(label, {});
        setOutputs({});
        return;
    }

    const QLocale locale;
    setRowText(m_id, task->id);
    setRowText(m_model, task->model);
    setRowText(m_status, statusText(*task));
    setRowText(m_created, task->createdAt.isValid()
                              ? locale.toString(task->createdAt.toLocalTime(), QLocale::LongFormat)
                              : QString());
    setRowText(m_inference,
               task->inferenceMs
                   ? tr("%1 s", "seconds")
                         .arg(locale.toString(*task->inferenceMs / MillisecondsPerSecond, 'f',
                                              InferenceDecimals))
                   : QString());
    setRowText(m_error, errorText(*task));
    setRowText(m_expires, expiresText(*task, QDateTime::currentDateTimeUtc()));
    setRowText(m_saved, savedText(*task));
    QStringList paths;
    for (const QString &path : task->savedPaths) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            paths.append(QDir::toNativeSeparators(path));
    }
    m_saved->setToolTip(paths.join(QLatin1Char('\n')));
    if (task->outputs != m_shownOutputs)
        setOutputs(task->outputs);
}

QString TaskDetails::statusText(const Task &task)
{
    switch (task.state) {
    case TaskState::Queued:
        return tr("Queued", "task state");
    case TaskState::Checking:
    case TaskState::Waiting:
        return runningStatusText(task);
    case TaskState::Paused:
        return pausedText(task.pauseReason);
    case TaskState::Completed:
        return tr("Completed", "task state");
    case TaskState::Failed:
        return tr("Failed", "task state");
    case TaskState::Cancelled:
        return tr("Cancelled", "task state");
    case TaskState::ServerTimeout:
        return tr("Timed out on the server", "task state");
    case TaskState::NotFound:
        return tr("Not found", "task state");
    case TaskState::GaveUp:
        return tr("Gave up waiting", "task state");
    }
    return task.status;
}

QString TaskDetails::expiresText(const Task &task, const QDateTime &now)
{
    const QDateTime expires = task.expiresAt();
    if (!expires.isValid())
        return {};
    const QString when = QLocale().toString(expires.toLocalTime(), QLocale::LongFormat);
    if (expires <= now)
        //: the date the API deleted the task's outputs
        return tr("%1 (expired)").arg(when);
    return when;
}

QString TaskDetails::savedText(const Task &task)
{
    int saved = 0;
    QString folder;
    for (int i = 0; i < task.outputs.size(); ++i) {
        const QString path = task.savedPath(i);
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        ++saved;
        if (folder.isEmpty())
            folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    }
    if (saved == 0)
        return {};
    //: e.g. "1 of 2 outputs, in /home/me/Pictures/WaveSpeed"
    return tr("%1 of %n output(s), in %2", "", int(task.outputs.size())).arg(saved).arg(folder);
}

QString TaskDetails::errorText(const Task &task)
{
    if (task.errorCode == 0)
        return task.error;
    const QString meaning = Prediction::errorCodeMeaning(task.errorCode);
    //: %1 is the API's error number, %2 what it means, e.g. "content moderation"
    const QString code = meaning.isEmpty() ? tr("code %1").arg(task.errorCode)
                                           : tr("code %1: %2").arg(task.errorCode).arg(meaning);
    if (task.error.isEmpty())
        return code;
    //: %1 is the error as the API wrote it, %2 its code and meaning
    return tr("%1 (%2)").arg(task.error, code);
}

bool TaskDetails::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (auto *label = qobject_cast<QLabel *>(watched))
            elide(label);
    }
    return QWidget::eventFilter(watched, event);
}

QLabel *TaskDetails::addRow(const QString &name, const QString &objectName)
{
    QLabel *value = valueLabel(this, objectName);
    value->setAccessibleName(name);
    m_form->addRow(name, value);
    return value;
}

QLineEdit *TaskDetails::addLineRow(const QString &name, const QString &objectName)
{
    auto *value = new QLineEdit(this);
    value->setObjectName(objectName);
    value->setReadOnly(true);
    value->setFrame(false);
    value->setAccessibleName(name);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Read like the labels around it: the window's colours, not an input field's.
    QPalette palette = value->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    value->setPalette(palette);
    m_form->addRow(name, value);
    return value;
}

void TaskDetails::setRowText(QLineEdit *value, const QString &text)
{
    value->setText(text);
    value->setCursorPosition(0); // the start of a long ID, not its end
    m_form->setRowVisible(value, !text.isEmpty());
}

void TaskDetails::setRowText(QLabel *value, const QString &text)
{
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

void TaskDetails::setOutputs(const QList<QUrl> &outputs)
{
    m_shownOutputs = outputs;
    while (QLayoutItem *item = m_outputsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < outputs.size(); ++i)
        m_outputsLayout->addWidget(outputRow(outputs.at(i), i + 1, int(outputs.size())));
    m_form->setRowVisible(m_outputs, !outputs.isEmpty());
}

// The address elided to the pane's width (whole in its tooltip), and its two buttons below it,
// so that a narrow pane or a long translation never hides a button.
QWidget *TaskDetails::outputRow(const QUrl &url, int number, int count)
{
    auto *row = new QWidget(m_outputs);
    const QString address = url.toString();
    //: %1 is the output's number, %2 how many the task has
    const QString which = count > 1 ? tr("output %1 of %2").arg(number).arg(count) : tr("output");

    auto *label = new QLabel(row);
    label->setObjectName(QStringLiteral("outputUrl"));
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setProperty(FullTextProperty, address);
    label->setToolTip(address);
    label->setAccessibleName(tr("Address of the %1").arg(which));
    label->setText(address);
    label->installEventFilter(this);

    auto *copy = new QToolButton(row);
    copy->setObjectName(QStringLiteral("copyUrlButton"));
    copy->setText(tr("Copy URL"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setToolTip(tr("Copy the address of the %1 to the clipboard").arg(which));
    copy->setAccessibleName(tr("Copy URL of the %1").arg(which));
    connect(copy, &QToolButton::clicked, this,
            [url] { QGuiApplication::clipboard()->setText(url.toString()); });

    auto *open = new QToolButton(row);
    open->setObjectName(QStringLiteral("openUrlButton"));
    open->setText(tr("Open in browser"));
    open->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    open->setToolTip(tr("Open the %1 in the web browser").arg(which));
    open->setAccessibleName(tr("Open the %1 in the browser").arg(which));
    // An address of another kind (file:, a custom scheme) is not handed to the desktop.
    const QString scheme = url.scheme().toLower();
    open->setEnabled(scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    connect(open, &QToolButton::clicked, this, [url] { QDesktopServices::openUrl(url); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(copy);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addLayout(buttons);
    return row;
}
