// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

// The window's parts, shared by mainwindow.cpp (building it), mainwindowactions.cpp (what the
// user can do) and mainwindowtasks.cpp (adding tasks and saving their outputs).
#include "mainwindow.h"
#include "tasks/taskexport.h"

#include <QIcon>
#include <QKeySequence>
#include <QModelIndexList>
#include <QString>

#include <memory>
#include <optional>

class AppSettings;
class Credentials;
class Downloader;
class ExpiryWatch;
class OutputSaver;
class QAction;
class QComboBox;
class QLineEdit;
class QNetworkAccessManager;
class QSplitter;
class QTemporaryDir;
class Simulator;
class StatusPanel;
class TaskStore;
class Thumbnailer;
class TrayNotifier;
class VideoFrameGrabber;

struct MainWindow::Private
{
    MainWindow *q = nullptr;
    Options options;

    // Engine
    QNetworkAccessManager *network = nullptr;
    Monitor *monitor = nullptr;
    Downloader *downloader = nullptr;
    OutputSaver *saver = nullptr;
    ExpiryWatch *expiry = nullptr;
    Thumbnailer *thumbnailer = nullptr;
    VideoFrameGrabber *frames = nullptr;
    TaskStore *store = nullptr;
    AppSettings *settings = nullptr;
    Credentials *credentials = nullptr;
    Simulator *simulator = nullptr;
    std::unique_ptr<QTemporaryDir> demoFolder;

    // Views
    TaskModel *model = nullptr;
    TaskFilterModel *filter = nullptr;
    QTableView *view = nullptr;
    PreviewPane *preview = nullptr;
    QSplitter *splitter = nullptr;
    QLineEdit *search = nullptr;
    QComboBox *stateFilter = nullptr;
    StatusPanel *status = nullptr;
    TrayNotifier *tray = nullptr;
    QString lastMessage;

    // Actions
    QAction *addTasks = nullptr;
    QAction *importTasks = nullptr;
    QAction *paste = nullptr;
    QAction *downloadSelected = nullptr;
    QAction *downloadCompleted = nullptr;
    QAction *showInFolder = nullptr;
    QAction *saveExpiring = nullptr;
    QAction *checkNow = nullptr;
    QAction *pauseResume = nullptr;
    QAction *remove = nullptr;
    QAction *copyIds = nullptr;
    QAction *copyMarkdown = nullptr;
    QAction *exportSelected = nullptr;
    QAction *exportAll = nullptr;
    QAction *openPreview = nullptr;
    QAction *selectAll = nullptr;
    QAction *settingsAction = nullptr;
    QAction *togglePreview = nullptr;
    QAction *quit = nullptr;
    QAction *about = nullptr;

    void createEngine();
    void createViews();
    void createActions();
    QAction *makeAction(const QString &text, const QString &tip, const QKeySequence &shortcut,
                        const QIcon &icon, void (Private::*slot)());
    void createMenusAndToolBar();
    void restoreWindowState();
    void saveWindowState();
    void applySettings();
    void useApiBase();
    std::optional<QString> keyAtHand() const;
    void loadKey();
    void useKey(const QString &key);
    void fetchBalance();
    void startDemo();

    void showMessage(const QString &message);
    void reportAdded(const Monitor::AddResult &result, Source source, const QStringList &problems);
    QStringList idsOf(const QModelIndexList &rows) const;
    QString currentId() const;
    void updateActions();
    void updatePreview();

    void onAddTasks();
    void onImportTasks();
    void onPaste();
    void onDownloadSelected();
    void onDownloadCompleted();
    void onShowInFolder();
    void onSaveExpiring();
    void onExpiryChanged();
    void onCheckNow();
    void onPauseResume();
    void onRemove();
    void onCopyIds();
    void onOpenPreview();
    void onSelectAll();
    void onSettings();
    void onTogglePreview();
    void onQuit();
    void onAbout();
    void onOutputActivated(const QModelIndex &index);
    void onTaskChanged(const QString &id, Task::Fields fields);
    void onTaskFinished(const QString &id);

    void trackDownloads();

    // mainwindowexport.cpp
    void createExportActions();
    void updateExportActions();
    void onCopyMarkdown();
    void onExportSelected();
    void onExportAll();
    void exportTasks(const QStringList &ids);
    void saveExport(const QString &path, TaskExport::Format format, const QStringList &ids);
    QStringList selectedIdsInViewOrder() const;
    QList<Task> tasksOf(const QStringList &ids) const;
};
