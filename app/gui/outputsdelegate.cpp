// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "outputsdelegate.h"

#include "taskmodel.h"
#include "tasks/task.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>
#include <QStyleOptionProgressBar>
#include <QToolTip>

#include <algorithm>

namespace {

using Download = TaskModel::Download;

constexpr int ProgressMaximum = 1000; // per mille: smooth enough at any cell width

Download downloadOf(const QModelIndex &index)
{
    return qvariant_cast<Download>(index.data(TaskModel::DownloadRole));
}

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

int progressOf(const Download &download)
{
    if (download.expected > 0)
        return int(std::clamp<qint64>(download.received * ProgressMaximum / download.expected, 0,
                                      ProgressMaximum));
    if (download.total > 0)
        return download.saved * ProgressMaximum / download.total;
    return 0;
}

} // namespace

OutputsDelegate::OutputsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_download(QStringLiteral(":/icons/download.svg"))
    , m_folder(QStringLiteral(":/icons/folder.svg"))
    , m_retry(QStringLiteral(":/icons/retry.svg"))
{}

bool OutputsDelegate::hasButton(const QModelIndex &index) const
{
    return index.column() == TaskModel::OutputsColumn &&
           TaskState(index.data(TaskModel::StateRole).toInt()) == TaskState::Completed &&
           index.data(TaskModel::RawValueRole).toInt() > 0;
}

QStyleOptionButton OutputsDelegate::buttonOption(const QStyleOptionViewItem &option,
                                                 const QModelIndex &index) const
{
    QStyleOptionButton button;
    button.direction = option.direction;
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    button.state = (option.state & QStyle::State_Enabled) | QStyle::State_Raised;
    button.iconSize = QSize(IconEdge, IconEdge);

    switch (downloadOf(index).state) {
    case Download::State::None:
    case Download::State::Running: // a bar is drawn instead; its size follows "Save"
        button.icon = m_download;
        //: a button in a task's row: saves its outputs into the download folder
        button.text = tr("Save", "download outputs");
        break;
    case Download::State::Saved:
        button.icon = m_folder;
        //: a button in a task's row: shows the saved outputs in the file manager
        button.text = tr("Show", "show in folder");
        break;
    case Download::State::Failed:
        button.icon = m_retry;
        //: a button in a task's row: tries the failed download again
        button.text = tr("Retry", "download");
        break;
    }
    button.rect = buttonRect(option, index);
    return button;
}

QRect OutputsDelegate::buttonRect(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (!hasButton(index))
        return {};

    const QSize wanted = buttonSize(option);
    const QRect cell =
        option.rect.adjusted(ButtonMargin, ButtonMargin, -ButtonMargin, -ButtonMargin);
    // The count beside the button needs a few digits' room, the button the rest.
    const int countRoom = option.fontMetrics.horizontalAdvance(QStringLiteral("99")) + ButtonMargin;
    const int width = std::min(wanted.width(), std::max(cell.width() - countRoom, MinButtonWidth));
    const int height = std::min(wanted.height(), cell.height());
    QRect rect(0, 0, width, height);
    rect.moveCenter(cell.center());
    if (option.direction == Qt::RightToLeft)
        rect.moveLeft(cell.left());
    else
        rect.moveRight(cell.right());
    return rect;
}

void OutputsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() != TaskModel::OutputsColumn || !hasButton(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The count, in what the button leaves of the cell.
    const QRect button = buttonRect(option, index);
    QStyleOptionViewItem text = option;
    initStyleOption(&text, index);
    const QWidget *widget = option.widget;
    const QStyle *style = styleOf(option);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &text, painter, widget);
    QStyleOptionViewItem label = text;
    label.backgroundBrush = Qt::NoBrush;
    label.state &= ~(QStyle::State_HasFocus);
    if (option.direction == Qt::RightToLeft)
        label.rect.setLeft(button.right() + ButtonMargin);
    else
        label.rect.setRight(button.left() - ButtonMargin);
    style->drawControl(QStyle::CE_ItemViewItem, &label, painter, widget);

    const Download download = downloadOf(index);
    if (download.state == Download::State::Running) {
        QStyleOptionProgressBar bar;
        bar.rect = button;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        bar.state = option.state & QStyle::State_Enabled;
        bar.state |= QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = ProgressMaximum;
        bar.progress = progressOf(download);
        bar.textVisible = false;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        return;
    }
    const QStyleOptionButton pushButton = buttonOption(option, index);
    style->drawControl(QStyle::CE_PushButton, &pushButton, painter, widget);
}

QSize OutputsDelegate::buttonSize(const QStyleOptionViewItem &option) const
{
    // The widest of the button's texts, so the button does not jump as the state changes.
    int textWidth = 0;
    for (const QString &text :
         {tr("Save", "download outputs"), tr("Show", "show in folder"), tr("Retry", "download")})
        textWidth = std::max(textWidth, option.fontMetrics.horizontalAdvance(text));
    QStyleOptionButton probe;
    probe.fontMetrics = option.fontMetrics;
    probe.iconSize = QSize(IconEdge, IconEdge);
    const QSize content(IconEdge + option.fontMetrics.horizontalAdvance(QLatin1Char(' ')) +
                            textWidth,
                        std::max(IconEdge, option.fontMetrics.height()));
    const QSize wanted =
        styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &probe, content, option.widget);
    return {std::max(wanted.width(), MinButtonWidth), wanted.height()};
}

int OutputsDelegate::preferredWidth(const QStyleOptionViewItem &option) const
{
    int text = 0;
    for (const QString &sample : TaskModel::outputsTextSamples())
        text = std::max(text, option.fontMetrics.horizontalAdvance(sample));
    return text + buttonSize(option).width() + ButtonMargin * 4;
}

QSize OutputsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != TaskModel::OutputsColumn)
        return size;
    // Room for the button beside the count.
    return {std::max(size.width() + buttonSize(option).width() + ButtonMargin * 2,
                     preferredWidth(option)),
            std::max(size.height(), option.fontMetrics.height() + ButtonMargin * 4)};
}

QString OutputsDelegate::buttonToolTip(const QModelIndex &index) const
{
    const Download download = downloadOf(index);
    switch (download.state) {
    case Download::State::None:
        return tr("Save every output of this task into the download folder");
    case Download::State::Running:
        return tr("Saving output %1 of %2…").arg(download.saved + 1).arg(download.total);
    case Download::State::Saved:
        return tr("Show the saved files in their folder");
    case Download::State::Failed:
        if (download.error.isEmpty())
            return tr("Saving failed. Click to try again.");
        //: %1 is why saving the outputs failed
        return tr("Saving failed: %1\nClick to try again.").arg(download.error);
    }
    return {};
}

bool OutputsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && hasButton(index) &&
        buttonRect(option, index).contains(event->pos())) {
        QToolTip::showText(event->globalPos(), buttonToolTip(index), view->viewport(),
                           buttonRect(option, index));
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool OutputsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool mouse = event->type() == QEvent::MouseButtonPress ||
                       event->type() == QEvent::MouseButtonRelease ||
                       event->type() == QEvent::MouseButtonDblClick;
    if (!mouse || !hasButton(index))
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    const auto *click = static_cast<QMouseEvent *>(event);
    if (click->button() != Qt::LeftButton ||
        !buttonRect(option, index).contains(click->position().toPoint()))
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    // The button takes the whole click, so pressing it does not also start a drag or a rename.
    if (event->type() == QEvent::MouseButtonRelease &&
        downloadOf(index).state != Download::State::Running)
        emit activated(index);
    return true;
}
