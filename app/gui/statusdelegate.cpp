// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "statusdelegate.h"

#include "taskmodel.h"
#include "tasks/task.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int HintThickness = 2;
constexpr qreal HintOpacity = 0.5;

} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != TaskModel::StatusColumn)
        return;
    // Every state icon at the same size, whatever the style's default, so the texts line up.
    option->decorationSize = QSize(IconEdge, IconEdge);
    option->textElideMode = Qt::ElideRight;
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != TaskModel::StatusColumn ||
        TaskState(index.data(TaskModel::StateRole).toInt()) != TaskState::Checking)
        return;

    // A thin line under the text in the highlight colour: a check is under way.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int width = std::min(opt.fontMetrics.horizontalAdvance(opt.text), text.width());
    const int baseline = std::min(text.center().y() + opt.fontMetrics.height() / 2 + HintThickness,
                                  option.rect.bottom() - HintThickness);

    painter->save();
    painter->setOpacity(HintOpacity);
    const QPalette::ColorRole role =
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Highlight;
    painter->fillRect(QRect(text.left(), baseline, width, HintThickness), opt.palette.color(role));
    painter->restore();
}
