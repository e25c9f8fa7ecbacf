// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

class Thumbnailer;

// Paints the preview column: the task's thumbnail fitted into the cell, a placeholder while it
// loads, a clear icon when there is none, and a blur over flagged outputs. Asking for thumbnails
// from paint() means only the rows on screen get them.
class ThumbnailDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailDelegate)

public:
    static constexpr int Margin = 2;          // between the cell's edge and the picture
    static constexpr int BlurFactor = 8;      // how much a flagged picture is shrunk to blur it
    static constexpr int BadgeEdge = 16;      // the eye-slash icon over a blurred picture
    static constexpr int PreferredWidth = 80; // what sizeHint() asks for the column
    static constexpr int PreferredHeight = 56;

    ThumbnailDelegate(Thumbnailer *thumbnailer, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    // The user clicked a blurred preview: the window may reveal it (TaskModel::reveal).
    void revealRequested(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    void requestIfNeeded(const QModelIndex &index) const;
    void paintPlaceholder(QPainter *painter, const QStyleOptionViewItem &option,
                          const QRect &area) const;
    void paintImage(QPainter *painter, const QRect &area, const QImage &image, bool blurred) const;

    Thumbnailer *m_thumbnailer;
    QIcon m_noPreview;
    QIcon m_hidden;
};
