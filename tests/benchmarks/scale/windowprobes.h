// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "mainwindow.h"
#include "tasks/task.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QTableView;
struct ScaleOptions;

// What the children need to look at the real window from outside, as a user would see it.
namespace WindowProbes {

constexpr int WindowWidth = 1480; // a desktop-sized window, as the app opens on a large screen
constexpr int WindowHeight = 900;

MainWindow::Options options(const ScaleOptions &scale);

QLineEdit *searchBox(const MainWindow &window);
QComboBox *stateFilterBox(const MainWindow &window);

// Proxy rows whose cells the viewport shows now, top to bottom.
QList<int> visibleRows(const QTableView *view);

struct ThumbnailCounts
{
    int asked = 0;       // rows whose thumbnail was asked for
    int loading = 0;     // asked, not there yet
    int ready = 0;       // made; in memory or in the disk cache
    int unavailable = 0; // no preview possible
};
ThumbnailCounts thumbnailCounts(const MainWindow &window);

// Every row as the view shows it: the task's ID, state and status text. Rows for which `ok`
// says no are counted wrong, and the first few are printed.
struct RowCheck
{
    int right = 0;
    int wrong = 0;
};
RowCheck
checkRows(const MainWindow &window,
          const std::function<bool(const QString &id, TaskState state, const QString &text)> &ok);

// The status text of every row, by task ID.
QHash<QString, QString> statusTexts(const MainWindow &window);

// True when every visible completed row's thumbnail is ready or known to be unavailable.
bool visibleThumbnailsSettled(const MainWindow &window);

} // namespace WindowProbes

// Notes when the table's viewport has finished painting rows with real tasks in them, on the
// clock it is given.
class PaintWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintWatcher)

public:
    PaintWatcher(QTableView *view, const QElapsedTimer &clock);

    std::optional<qint64> firstPaintNs() const { return m_firstPaintNs; } // with real rows
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    QElapsedTimer m_clock;
    std::optional<qint64> m_firstPaintNs;
    int m_paints = 0;
    bool m_waitingForEnd = false;
};
