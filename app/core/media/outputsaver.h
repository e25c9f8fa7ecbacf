// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

class Downloader;
class Monitor;
struct Task;

// Saves the outputs of completed tasks through the Downloader, into the download folder as the
// user organised it, and tells the Monitor where each output went, so that the store keeps it.
// An output whose recorded file still exists is never saved again. With auto-save on, every task
// is saved once, when the monitor sees it complete.
class OutputSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputSaver)

public:
    // Stored by name in the settings: the values must not change.
    enum class Layout {
        Flat,    // <folder>/<file>
        ByDate,  // <folder>/2026-12-04/<file>, the local day the task was created
        ByModel, // <folder>/wavespeed-ai/flux-dev/<file>
    };
    Q_ENUM(Layout)

    OutputSaver(Monitor *monitor, Downloader *downloader, QObject *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void setLayout(Layout layout) { m_layout = layout; }
    Layout layout() const { return m_layout; }
    void setAutoSave(bool enabled) { m_autoSave = enabled; }
    bool autoSave() const { return m_autoSave; }

    // Where a task's outputs go under `folder` and `layout`.
    static QString folderFor(const Task &task, const QString &folder, Layout layout);
    QString folderFor(const Task &task) const;

    // Outputs (from 0) of a completed task without a saved file that exists now.
    static QList<int> unsavedOutputs(const Task &task);
    // Which output (from 0) a file saved from `url` is: the first with that URL and without a
    // saved file that exists. -1 when the task has no such URL.
    static int outputOf(const Task &task, const QUrl &url);

    // Queues what is not saved yet of each completed task; tasks already being saved, not
    // completed, or with nothing left to save are skipped. Returns the IDs queued.
    QStringList save(const QStringList &ids);
    bool isSaving(const QString &id) const { return m_saving.contains(id); }

signals:
    // A save of `count` outputs of the task was queued, by save() or by auto-save.
    void started(const QString &taskId, int count, bool automatic);

private:
    void onTaskFinished(const QString &id);
    bool queue(const QString &id, bool automatic);
    void onSaved(const QString &taskId, const QUrl &url, const QString &path);

    Monitor *m_monitor;
    Downloader *m_downloader;
    QString m_folder;
    Layout m_layout = Layout::Flat;
    bool m_autoSave = false;
    QSet<QString> m_saving;
};
