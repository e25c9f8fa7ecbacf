// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "thumbnaildelegate.h"

#include "media/thumbnailer.h"
#include "taskmodel.h"
#include "tasks/task.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QUrl>

ThumbnailDelegate::ThumbnailDelegate(Thumbnailer *thumbnailer, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnailer(thumbnailer)
    , m_noPreview(QStringLiteral(":/icons/no-preview.svg"))
    , m_hidden(QStringLiteral(":/icons/nsfw-hidden.svg"))
{}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.column() != TaskModel::PreviewColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style draws the cell's background and selection; the picture is ours.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    background.icon = QIcon();
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto taskState = TaskState(index.data(TaskModel::StateRole).toInt());
    const QUrl output = index.data(TaskModel::FirstOutputRole).toUrl();
    if (taskState != TaskState::Completed || output.isEmpty())
        return; // nothing to preview, yet or ever

    requestIfNeeded(index);
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const auto thumbnailState =
        Thumbnailer::State(index.data(TaskModel::ThumbnailStateRole).toInt());
    const QImage image = qvariant_cast<QImage>(index.data(Qt::DecorationRole));

    painter->save();
    if (thumbnailState == Thumbnailer::State::Unavailable) {
        const QSize size = QSize(BadgeEdge, BadgeEdge) * 2;
        QRect icon(QPoint(), size.boundedTo(area.size()));
        icon.moveCenter(area.center());
        m_noPreview.paint(painter, icon);
    } else if (!image.isNull()) {
        paintImage(painter, area, image, index.data(TaskModel::NsfwRole).toBool());
    } else {
        paintPlaceholder(painter, option, area);
    }
    painter->restore();
}

void ThumbnailDelegate::requestIfNeeded(const QModelIndex &index) const
{
    if (!m_thumbnailer)
        return;
    const auto state = Thumbnailer::State(index.data(TaskModel::ThumbnailStateRole).toInt());
    if (state != Thumbnailer::State::None)
        return;
    m_thumbnailer->request(index.data(TaskModel::TaskIdRole).toString(),
                           index.data(TaskModel::FirstOutputRole).toUrl());
}

void ThumbnailDelegate::paintPlaceholder(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QRect &area) const
{
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QRect frame(QPoint(), area.size().boundedTo(QSize(Thumbnailer::Edge, Thumbnailer::Edge)));
    frame.moveCenter(area.center());

    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(option.palette.color(group, QPalette::Mid), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), Margin, Margin);
    painter->setPen(option.palette.color(group, QPalette::PlaceholderText));
    //: shown in a preview cell while its thumbnail loads
    painter->drawText(frame, Qt::AlignCenter, tr("…", "loading preview"));
}

void ThumbnailDelegate::paintImage(QPainter *painter, const QRect &area, const QImage &image,
                                   bool blurred) const
{
    const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
    QRect target(QPoint(), size);
    target.moveCenter(area.center());

    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (!blurred) {
        painter->drawImage(target, image);
        return;
    }

    // Shrinking hard and stretching back smoothly is blur enough to hide what the picture shows.
    const QSize tiny = (image.size() / BlurFactor).expandedTo(QSize(1, 1));
    const QImage coarse = image.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    painter->drawImage(target,
                       coarse.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    const QRect badge(target.right() - BadgeEdge - Margin, target.bottom() - BadgeEdge - Margin,
                      BadgeEdge, BadgeEdge);
    m_hidden.paint(painter, badge.intersected(area));
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (index.column() != TaskModel::PreviewColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    return {PreferredWidth, PreferredHeight};
}

bool ThumbnailDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.column() == TaskModel::PreviewColumn && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton &&
        option.rect.contains(static_cast<QMouseEvent *>(event)->position().toPoint()) &&
        index.data(TaskModel::NsfwRole).toBool()) {
        emit revealRequested(index);
        return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
