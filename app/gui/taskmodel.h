// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/task.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

class ExpiryWatch;
class Monitor;
class Thumbnailer;

// The monitor's tasks as table rows, in the order they were added. Changes arriving during one
// event-loop tick are gathered and announced as one dataChanged per run of adjacent rows.
class TaskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskModel)

public:
    enum Column {
        PreviewColumn,
        IdColumn,
        ModelColumn,
        StatusColumn, // icon and text; for a running task also the time since it was created
        CreatedColumn,
        ExpiresColumn, // when the API deletes the outputs; highlighted while they are at risk
        InferenceColumn,
        OutputsColumn, // the count, and the download state
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // what the proxy sorts by: numbers, dates, enums as int
        TaskIdRole,                      // QString
        StateRole,                       // int(TaskState)
        NsfwRole,                        // bool: any output flagged and not revealed
        DownloadRole,                    // QVariant::fromValue(TaskModel::Download)
        ThumbnailStateRole,              // int(Thumbnailer::State)
        FirstOutputRole,                 // QUrl: what the preview shows; empty when none
        AtRiskRole, // bool: completed, not all saved, and the outputs expire within a day
    };
    Q_ENUM(Role)

    // What the one-click download did for a task, shown in its row. A task not being saved
    // now, with saved files that exist, is Saved: saved and total count its outputs.
    struct Download
    {
        enum class State {
            None,
            Running,
            Saved,
            Failed,
        };
        State state = State::None;
        int saved = 0; // outputs saved so far
        int total = 0; // outputs to save
        qint64 received = 0;
        qint64 expected = 0; // 0 when unknown
        QStringList paths;   // saved files
        QString error;       // for Failed
    };

    using Clock = std::function<QDateTime()>;

    TaskModel(Monitor *monitor, Thumbnailer *thumbnailer, QObject *parent = nullptr);
    ~TaskModel() override;

    void setClock(Clock clock); // for the "running for" and "expires in" texts in tests
    // Rows whose outputs are at risk are highlighted.
    void setExpiryWatch(ExpiryWatch *watch);
    // The Status column's text for this task: its state, and while it runs, for how long.
    QString statusText(const Task &task) const;
    // Every text the Outputs column can show, with wide numbers: what sizes the column.
    static QStringList outputsTextSamples();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override; // the IDs as text

    QString taskId(int row) const;
    int row(const QString &taskId) const; // -1 when not in the model
    const Task *task(int row) const;

    void setDownload(const QString &taskId, const Download &download);
    // Back to what the saved files say, after a save ended.
    void clearDownload(const QString &taskId);
    Download download(const QString &taskId) const;
    // Files may have been moved away or back while the window was in the background: looks
    // at the saved files again.
    void recheckSavedFiles();

    void setBlurNsfw(bool blur);
    bool blurNsfw() const;
    void reveal(const QString &taskId); // the user clicked a blurred preview

private:
    void onTasksAdded(const QStringList &ids);
    void onTasksRemoved(const QStringList &ids);
    void markChanged(int row);
    void flushChanges();
    void tick(); // refreshes the "running for" text once a second
    void onTaskChanged(const QString &taskId);
    QVariant displayData(const Task &task, int column) const;
    QVariant rawData(const Task &task, int column) const;
    QString statusToolTip(const Task &task) const;
    QString outputsText(const Task &task) const;
    QString outputsToolTip(const Task &task) const;
    QString expiresText(const Task &task) const;
    QString expiresToolTip(const Task &task) const;
    int savedCount(const Task &task) const; // cached: painting must not stat every time
    Download downloadOf(const Task &task) const;
    bool isBlurred(const Task &task) const;
    int thumbnailState(const Task &task) const;

    Monitor *m_monitor;
    Thumbnailer *m_thumbnailer;
    ExpiryWatch *m_expiry = nullptr;
    Clock m_clock;
    QStringList m_ids;
    QHash<QString, int> m_rows;
    QHash<QString, Download> m_downloads;
    mutable QHash<QString, int> m_savedCounts;
    QSet<QString> m_revealed;
    QSet<int> m_changedRows;
    QList<QIcon> m_stateIcons; // by TaskState; loaded once, painted often
    QTimer m_flush;
    QTimer m_ticker;
    QTimer m_expiryTicker; // the "expires in" texts move on by themselves
    bool m_blurNsfw = true;
};

Q_DECLARE_METATYPE(TaskModel::Download)
