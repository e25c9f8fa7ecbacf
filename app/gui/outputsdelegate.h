// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

class QStyleOptionButton;

// Paints the outputs column: the count, and at the right of the cell a small button that saves
// the outputs, shows the download's progress, shows the saved files or retries a failed download.
class OutputsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputsDelegate)

public:
    static constexpr int ButtonMargin = 2;    // around the button inside the cell
    static constexpr int MinButtonWidth = 56; // so the progress bar has room
    static constexpr int IconEdge = 16;

    explicit OutputsDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Wide enough for the count and the button in the current language and font.
    int preferredWidth(const QStyleOptionViewItem &option) const;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the button of this cell is; empty when the row has none (nothing to save yet).
    QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

signals:
    // The row's button was clicked: save, show in folder or retry, by the row's DownloadRole.
    void activated(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QSize buttonSize(const QStyleOptionViewItem &option) const;
    bool hasButton(const QModelIndex &index) const;
    QStyleOptionButton buttonOption(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const;
    QString buttonToolTip(const QModelIndex &index) const;

    QIcon m_download;
    QIcon m_folder;
    QIcon m_retry;
};
