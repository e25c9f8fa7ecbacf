// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/monitor.h"

#include <QDateTime>
#include <QMainWindow>
#include <QUrl>

#include <functional>
#include <memory>

class PreviewPane;
class QMimeData;
class QTableView;
class ExpiryWatch;
class TaskFilterModel;
class TaskModel;

// The desktop monitor: a table of watched tasks with a preview of the selected one. Tasks come
// in by drop, paste, the "Add Tasks" dialog or the command line; outputs are saved with one
// click.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        bool demo = false;                // run against the simulated API in-process
        QString storePath;                // the task database; empty: TaskStore::defaultPath()
        QString settingsFile;             // an ini file; empty: the application's settings
        QUrl apiBase;                     // empty: WAVESPEED_API_BASE, else the official API
        QString apiKey;                   // set: this key, not the environment's or the keychain's
        QString thumbnailCache;           // empty: <CacheLocation>/thumbnails
        std::function<QDateTime()> clock; // empty: the system's; tests move time with it
    };

    enum class Source {
        Drop,
        Paste,
        Dialog,
        CommandLine,
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Monitor::AddResult addFromText(const QString &text, Source source);
    void addFromMimeData(const QMimeData *mime, Source source);
    // Arguments as TaskInput::fromArguments reads them: text, or files given as file: URLs.
    void addFromArguments(const QStringList &arguments);

    // Saves the outputs of these tasks that are not saved yet into the download folder, as
    // the settings organise it, without a dialog.
    void download(const QStringList &ids);
    QStringList selectedIds() const;

    Monitor *monitor() const;
    ExpiryWatch *expiryWatch() const;
    TaskModel *model() const;
    TaskFilterModel *filterModel() const;
    QTableView *view() const;
    PreviewPane *previewPane() const;
    QString lastMessage() const; // the latest status bar message

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
