// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "mainwindow_p.h"

#include "addtasksdialog.h"
#include "api/apiclient.h"
#include "api/apienvelope.h"
#include "demotasks.h"
#include "logging.h"
#include "media/downloader.h"
#include "media/outputsaver.h"
#include "media/thumbnailer.h"
#include "outputsdelegate.h"
#include "previewpane.h"
#include "settings/appsettings.h"
#include "settings/credentials.h"
#include "settingsdialog.h"
#include "simulator.h"
#include "statusdelegate.h"
#include "statuspanel.h"
#include "taskfiltermodel.h"
#include "taskinput.h"
#include "taskmodel.h"
#include "tasks/expirywatch.h"
#include "tasks/requestgate.h"
#include "tasks/taskid.h"
#include "tasks/taskstore.h"
#include "thumbnaildelegate.h"
#include "traynotifier.h"
#include "videoframegrabber.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

constexpr int MessageTimeoutMs = 8000;
// The state icon, its spacing and the cell's margins beside the Status column's text.
constexpr int StatusColumnPadding = 40;
// A cell's margins beside its text.
constexpr int CellTextPadding = 16;

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , d(new Private)
{
    d->q = this;
    d->options = options;
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/wavespeed-monitor.svg")));
    setAcceptDrops(true);

    d->createEngine();
    d->createViews();
    d->createActions();
    d->createMenusAndToolBar();
    d->applySettings();
    d->restoreWindowState();
    d->updateActions();
    d->onExpiryChanged();

    if (d->options.demo)
        d->startDemo();
    else
        d->loadKey();
}

MainWindow::~MainWindow()
{
    d->store->flush();
    // The pollers and their gate go before the views that show them.
    delete d->monitor;
    d->monitor = nullptr;
}

void MainWindow::Private::createEngine()
{
    if (options.demo) {
        // The demo's tasks, settings and outputs live and die with the demo.
        demoFolder = std::make_unique<QTemporaryDir>();
        options.storePath = demoFolder->filePath(QStringLiteral("tasks.sqlite"));
        if (options.settingsFile.isEmpty())
            options.settingsFile = demoFolder->filePath(QStringLiteral("settings.ini"));
    }
    network = new QNetworkAccessManager(q);
    settings = options.settingsFile.isEmpty() ? new AppSettings(q)
                                              : new AppSettings(options.settingsFile, q);
    credentials = new Credentials(q);
    monitor = new Monitor(network, q);
    downloader = new Downloader(network, q);
    // Before the window's own handlers of the downloader: a saved file is recorded first.
    saver = new OutputSaver(monitor, downloader, q);
    thumbnailer = new Thumbnailer(network, q);
    frames = new VideoFrameGrabber(q);
    thumbnailer->setVideoFrameSource(frames);
    thumbnailer->setCacheDirectory(
        !options.thumbnailCache.isEmpty()
            ? options.thumbnailCache
            : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                  .filePath(QStringLiteral("thumbnails")));

    // Restored tasks make their first checks at once: they must go to the right API, with the
    // key when it is at hand.
    if (!options.demo) {
        useApiBase();
        if (const std::optional<QString> key = keyAtHand())
            monitor->setApiKey(*key);
    }

    store = new TaskStore(q);
    QString error;
    QString notice;
    const QString path = options.storePath.isEmpty() ? TaskStore::defaultPath() : options.storePath;
    if (store->open(path, &error, &notice)) {
        monitor->restore(store->load());
        store->attach(monitor);
    } else {
        qCWarning(lcUi) << "task list not kept:" << error;
        lastMessage = tr("The task list cannot be kept between runs: %1").arg(error);
    }
    if (!notice.isEmpty())
        lastMessage = notice;

    QObject::connect(monitor, &Monitor::taskChanged, q,
                     [this](const QString &id, Task::Fields fields) { onTaskChanged(id, fields); });
    QObject::connect(monitor, &Monitor::taskFinished, q,
                     [this](const QString &id) { onTaskFinished(id); });
    QObject::connect(monitor, &Monitor::keyRejected, q, [this] {
        showMessage(tr("The API rejected the key. Open Settings to enter another one."));
    });
    trackDownloads();

    expiry = new ExpiryWatch(monitor, q);
    if (options.clock)
        expiry->setClock(options.clock);
}

void MainWindow::Private::createViews()
{
    model = new TaskModel(monitor, thumbnailer, q);
    if (options.clock)
        model->setClock(options.clock);
    model->setExpiryWatch(expiry);
    filter = new TaskFilterModel(q);
    filter->setSourceModel(model);

    view = new QTableView(q);
    view->setObjectName(QStringLiteral("tasks"));
    view->setAccessibleName(tr("Tasks"));
    view->setModel(filter);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the order they were added, until asked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(Thumbnailer::Edge / 2 + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setColumnWidth(TaskModel::PreviewColumn, Thumbnailer::Edge / 2 + 24);
    // Room for the error at the end on a laptop screen.
    view->setColumnWidth(TaskModel::IdColumn, 130);
    view->setColumnWidth(TaskModel::ModelColumn, 170);
    // Every state's name, in the current language, with a running time beside it.
    int statusWidth = 120;
    for (int state = int(TaskState::Queued); state <= int(TaskState::GaveUp); ++state) {
        Task probe;
        probe.state = TaskState(state);
        probe.createdAt = QDateTime::currentDateTimeUtc().addSecs(-65);
        statusWidth =
            std::max(statusWidth, view->fontMetrics().horizontalAdvance(model->statusText(probe)) +
                                      StatusColumnPadding);
    }
    view->setColumnWidth(TaskModel::StatusColumn, statusWidth);
    // A date and time of an earlier day, as wide as this locale writes them.
    const QString created =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    view->setColumnWidth(
        TaskModel::CreatedColumn,
        std::max(90, view->fontMetrics().horizontalAdvance(created) + CellTextPadding));
    view->setColumnWidth(TaskModel::ExpiresColumn, 80);
    view->setColumnWidth(TaskModel::InferenceColumn, 70);
    view->setColumnWidth(TaskModel::OutputsColumn, 105);
    auto *thumbnails = new ThumbnailDelegate(thumbnailer, q);
    view->setItemDelegateForColumn(TaskModel::PreviewColumn, thumbnails);
    QObject::connect(thumbnails, &ThumbnailDelegate::revealRequested, q,
                     [this](const QModelIndex &index) {
                         model->reveal(index.data(TaskModel::TaskIdRole).toString());
                     });
    view->setItemDelegateForColumn(TaskModel::StatusColumn, new StatusDelegate(q));
    auto *outputs = new OutputsDelegate(q);
    view->setItemDelegateForColumn(TaskModel::OutputsColumn, outputs);
    // The button's text is longer in some languages ("Speichern", "Erneut versuchen").
    QStyleOptionViewItem cellOption;
    cellOption.initFrom(view);
    view->setColumnWidth(
        TaskModel::OutputsColumn,
        std::max(view->columnWidth(TaskModel::OutputsColumn), outputs->preferredWidth(cellOption)));
    QObject::connect(outputs, &OutputsDelegate::activated, q,
                     [this](const QModelIndex &index) { onOutputActivated(index); });
    QObject::connect(view, &QAbstractItemView::doubleClicked, q, [this] { onOpenPreview(); });
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, q, [this] {
        updateActions();
        updatePreview();
    });
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, q,
                     [this] { updatePreview(); });

    search = new QLineEdit(q);
    search->setPlaceholderText(tr("Search ID, model or error"));
    search->setAccessibleName(tr("Search tasks"));
    search->setToolTip(tr("Show only tasks whose ID, model or error contains this text"));
    search->setClearButtonEnabled(true);
    QObject::connect(search, &QLineEdit::textChanged, filter, &TaskFilterModel::setSearchText);

    stateFilter = new QComboBox(q);
    stateFilter->setAccessibleName(tr("Show tasks by state"));
    stateFilter->setToolTip(tr("Show only tasks in these states"));
    stateFilter->addItem(tr("All tasks"), int(TaskFilterModel::StateFilter::All));
    stateFilter->addItem(tr("Running"), int(TaskFilterModel::StateFilter::Active));
    stateFilter->addItem(tr("Paused"), int(TaskFilterModel::StateFilter::Paused));
    stateFilter->addItem(tr("Completed"), int(TaskFilterModel::StateFilter::Completed));
    stateFilter->addItem(tr("Failed"), int(TaskFilterModel::StateFilter::Unsuccessful));
    //: completed tasks whose unsaved outputs the API deletes within a day
    stateFilter->addItem(tr("Expiring soon"), int(TaskFilterModel::StateFilter::AtRisk));
    QObject::connect(stateFilter, &QComboBox::currentIndexChanged, q, [this] {
        filter->setStateFilter(TaskFilterModel::StateFilter(stateFilter->currentData().toInt()));
    });

    preview = new PreviewPane(network, q);
    preview->setObjectName(QStringLiteral("preview"));
    QObject::connect(preview, &PreviewPane::revealed, model, &TaskModel::reveal);

    auto *tableSide = new QWidget(q);
    auto *filters = new QHBoxLayout;
    filters->addWidget(search, 1);
    filters->addWidget(stateFilter);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(view, 1);

    splitter = new QSplitter(Qt::Horizontal, q);
    splitter->setObjectName(QStringLiteral("split"));
    splitter->addWidget(tableSide);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    q->setCentralWidget(splitter);

    status = new StatusPanel(monitor, q);
    q->statusBar()->addPermanentWidget(status);
    QObject::connect(status, &StatusPanel::settingsRequested, q, [this] { onSettings(); });
    QObject::connect(status, &StatusPanel::saveExpiringRequested, q, [this] { onSaveExpiring(); });
    tray = new TrayNotifier(q, q);
    QObject::connect(tray, &TrayNotifier::activated, q, [this] {
        q->showNormal();
        q->raise();
        q->activateWindow();
    });

    QObject::connect(expiry, &ExpiryWatch::changed, q, [this] { onExpiryChanged(); });
    QObject::connect(expiry, &ExpiryWatch::announce, q,
                     [this](const QStringList &ids) { tray->outputsExpiring(int(ids.size())); });
    // Files moved in a file manager are found again when the user comes back.
    QObject::connect(qApp, &QGuiApplication::applicationStateChanged, q,
                     [this](Qt::ApplicationState state) {
                         if (state != Qt::ApplicationActive)
                             return;
                         model->recheckSavedFiles();
                         expiry->evaluate();
                     });
}

void MainWindow::Private::restoreWindowState()
{
    const QSize screen = q->screen()->availableSize();
    q->resize(std::min(1480, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
    q->restoreGeometry(settings->value(QStringLiteral("geometry")));
    if (!splitter->restoreState(settings->value(QStringLiteral("splitter"))))
        splitter->setSizes({q->width() * 7 / 10, q->width() * 3 / 10});
    view->horizontalHeader()->restoreState(settings->value(QStringLiteral("header")));
}

void MainWindow::Private::saveWindowState()
{
    settings->setValue(QStringLiteral("geometry"), q->saveGeometry());
    settings->setValue(QStringLiteral("splitter"), splitter->saveState());
    settings->setValue(QStringLiteral("header"), view->horizontalHeader()->saveState());
    settings->sync();
}

void MainWindow::Private::applySettings()
{
    monitor->setTimeout(settings->timeout());
    monitor->gate()->setMaxPerSecond(settings->requestsPerSecond());
    model->setBlurNsfw(settings->blurNsfw());
    preview->setBlurNsfw(settings->blurNsfw());
    tray->setEnabled(settings->notificationsEnabled());
    saver->setFolder(settings->downloadFolder());
    saver->setLayout(settings->saveLayout());
    saver->setAutoSave(settings->autoSave());
}

// The API root: the one given (tests), else the environment's, else the official one.
void MainWindow::Private::useApiBase()
{
    QString whyNot;
    QUrl base = options.apiBase;
    if (base.isEmpty() && !qEnvironmentVariableIsEmpty("WAVESPEED_API_BASE"))
        base = QUrl(qEnvironmentVariable("WAVESPEED_API_BASE"));
    if (!base.isEmpty() && !monitor->client()->setBaseUrl(base, &whyNot))
        showMessage(tr("Invalid API base %1: %2").arg(base.toDisplayString(), whyNot));
}

// The key when it can be had at once: the one given (tests), else the environment's, else the
// one saved in the settings. Nothing when it has to come from the keychain.
std::optional<QString> MainWindow::Private::keyAtHand() const
{
    if (!options.apiKey.isEmpty())
        return options.apiKey;
    if (const QString key = Credentials::fromEnvironment(); !key.isEmpty())
        return key;
    if (settings->keyStorage() == AppSettings::KeyStorage::PlainText)
        return settings->plainTextKey();
    return std::nullopt;
}

void MainWindow::Private::loadKey()
{
    if (const std::optional<QString> key = keyAtHand()) {
        useKey(*key);
        return;
    }
    QObject::connect(
        credentials, &Credentials::readFinished, q,
        [this](const QString &key, const QString &error) {
            if (key.isEmpty() && !error.isEmpty())
                qCInfo(lcUi) << "no key from the keychain:" << error;
            useKey(key);
        },
        Qt::SingleShotConnection);
    credentials->readStored();
}

void MainWindow::Private::useKey(const QString &key)
{
    monitor->setApiKey(key);
    status->setHasKey(!key.isEmpty());
    if (key.isEmpty()) {
        // Without a key every check would be refused: hold them until there is one.
        for (const QString &id : monitor->ids())
            monitor->pause(id);
        showMessage(tr("No API key yet. Open Settings to enter one."));
        return;
    }
    for (const QString &id : monitor->ids()) {
        const Task *task = monitor->task(id);
        if (task->state == TaskState::Paused && task->pauseReason != PauseReason::User)
            monitor->resume(id);
    }
    fetchBalance();
}

void MainWindow::Private::fetchBalance()
{
    const QUrl url = monitor->client()->endpoint(QStringLiteral("/api/v3/balance"));
    monitor->gate()->get(url, q, [this](const ApiReply &reply) {
        const ApiEnvelope envelope = ApiEnvelope::parse(reply.body);
        const QJsonValue balance = envelope.data.toObject().value(QLatin1String("balance"));
        if (reply.error || envelope.error || !balance.isDouble()) {
            status->setBalance(std::nullopt);
            return;
        }
        status->setBalance(balance.toDouble());
    });
}

void MainWindow::Private::startDemo()
{
    simulator = new Simulator(q);
    QString error;
    if (!simulator->start(0, 0, &error)) {
        showMessage(tr("The simulated API could not start: %1").arg(error));
        return;
    }
    monitor->client()->setBaseUrl(simulator->apiBase());
    useKey(simulator->apiKey());
    settings->setDownloadFolder(demoFolder->filePath(QStringLiteral("outputs")));
    DemoTasks::submit(
        monitor->gate(), q, [this](const QStringList &ids, const QStringList &errors) {
            monitor->add(ids);
            showMessage(errors.isEmpty()
                            ? tr("Demo: %n sample task(s) submitted to the "
                                 "simulated API.",
                                 "", int(ids.size()))
                            : tr("Demo: the simulator refused a task: %1").arg(errors.first()));
        });
}

void MainWindow::Private::showMessage(const QString &message)
{
    lastMessage = message;
    q->statusBar()->showMessage(message, MessageTimeoutMs);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() == d->view || event->source() == d->view->viewport())
        return; // the table's own rows dragged out and back
    if (TaskInput::canRead(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    addFromMimeData(event->mimeData(), Source::Drop);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    d->saveWindowState();
    d->store->flush();
    QMainWindow::closeEvent(event);
}

Monitor *MainWindow::monitor() const
{
    return d->monitor;
}

ExpiryWatch *MainWindow::expiryWatch() const
{
    return d->expiry;
}

TaskModel *MainWindow::model() const
{
    return d->model;
}

TaskFilterModel *MainWindow::filterModel() const
{
    return d->filter;
}

QTableView *MainWindow::view() const
{
    return d->view;
}

PreviewPane *MainWindow::previewPane() const
{
    return d->preview;
}

QString MainWindow::lastMessage() const
{
    return d->lastMessage;
}
