// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "api/apiclient.h"
#include "api/modelcatalog.h"
#include "demotasks.h"
#include "logging.h"
#include "media/downloader.h"
#include "media/outputsaver.h"
#include "settings/credentials.h"
#include "simulator.h"
#include "tasks/historyimport.h"
#include "tasks/monitor.h"
#include "tasks/requestgate.h"
#include "tasks/taskexport.h"
#include "tasks/taskid.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace {

QString programName()
{
    return QStringLiteral("wavespeed-monitor-cli");
}

} // namespace

CliRunner::CliRunner(QIODevice *out, QIODevice *err, QIODevice *in, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_in(in)
{}

CliRunner::~CliRunner() = default;

void CliRunner::start(const QStringList &arguments, const QString &environmentBase,
                      const QString &environmentKey)
{
    m_options = CliOptions::parse(arguments, environmentBase);
    switch (m_options.action) {
    case CliOptions::Action::ShowHelp:
        m_out->write(m_options.helpText.toUtf8());
        end(Success);
        return;
    case CliOptions::Action::ShowVersion:
        m_out->write(
            QStringLiteral("%1 %2\n").arg(programName(), QStringLiteral(WSM_VERSION)).toUtf8());
        end(Success);
        return;
    case CliOptions::Action::UsageError:
        fail(UsageError, m_options.error);
        return;
    case CliOptions::Action::Run:
        break;
    }

    m_events = std::make_unique<EventWriter>(
        m_out, m_err, m_options.json ? EventWriter::Format::Json : EventWriter::Format::Text);

    for (const QString &text : std::as_const(m_options.texts)) {
        const QString input =
            text == QLatin1String("-") && m_in ? QString::fromUtf8(m_in->readAll()) : text;
        for (const QString &id : TaskId::extract(input)) {
            if (!m_ids.contains(id))
                m_ids.append(id);
        }
    }

    if (!m_options.downloadDirectory.isEmpty() && !QDir().mkpath(m_options.downloadDirectory)) {
        fail(UsageError,
             tr("Cannot create the download folder %1.").arg(m_options.downloadDirectory));
        return;
    }
    if (m_options.demo) {
        startDemo();
        return;
    }
    if (m_ids.isEmpty() && !m_options.importSince) {
        fail(UsageError, tr("No task ID found in the input."));
        return;
    }
    readKeyThenRun(environmentKey);
}

void CliRunner::readKeyThenRun(const QString &environmentKey)
{
    if (!environmentKey.trimmed().isEmpty()) {
        watch(m_ids, environmentKey.trimmed());
        return;
    }
    auto *credentials = new Credentials(this);
    connect(credentials, &Credentials::readFinished, this,
            [this, credentials](const QString &key, const QString &error) {
                credentials->deleteLater();
                if (key.isEmpty()) {
                    QString message = tr("No API key: set %1, or save a key in the desktop app.")
                                          .arg(QLatin1String(Credentials::EnvironmentVariable));
                    if (!error.isEmpty())
                        message += QLatin1Char(' ') + tr("(System keychain: %1)").arg(error);
                    fail(KeyRejected, message);
                    return;
                }
                watch(m_ids, key);
            });
    credentials->readStored();
}

void CliRunner::startDemo()
{
    m_simulator = new Simulator(this);
    QString error;
    if (!m_simulator->start(0, 0, &error)) {
        fail(NotAllCompleted, tr("The simulated API could not start: %1").arg(error));
        return;
    }
    m_options.apiBase = m_simulator->apiBase();

    if (m_options.downloadDirectory.isEmpty()) {
        QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("wavespeed-demo-XXXXXX")));
        folder.setAutoRemove(false);
        if (!folder.isValid()) {
            fail(NotAllCompleted,
                 tr("Cannot create a temporary folder: %1").arg(folder.errorString()));
            return;
        }
        m_options.downloadDirectory = folder.path();
    }
    m_events->note(tr("Demo: a simulated WaveSpeed API runs at %1; no key needed.")
                       .arg(m_simulator->apiBase().toString()));
    m_events->note(tr("Demo: outputs are saved into %1").arg(m_options.downloadDirectory));

    watch({}, m_simulator->apiKey());
    if (m_ended)
        return;
    DemoTasks::submit(
        m_monitor->gate(), this, [this](const QStringList &ids, const QStringList &errors) {
            for (const QString &refusal : errors)
                m_events->warning(tr("The simulator refused a demo task: %1").arg(refusal));
            if (ids.isEmpty()) {
                fail(NotAllCompleted, tr("No demo task could be submitted."));
                return;
            }
            m_monitor->add(m_ids + ids);
            // The demo's account holds what the demo submitted.
            if (m_options.importSince)
                startImport();
        });
}

void CliRunner::watch(const QStringList &ids, const QString &key)
{
    m_network = new QNetworkAccessManager(this);
    m_monitor = new Monitor(m_network, this);
    QString whyNot;
    if (!m_monitor->client()->setBaseUrl(m_options.apiBase, &whyNot)) {
        fail(UsageError, whyNot);
        return;
    }
    m_monitor->client()->setApiKey(key);
    m_monitor->setTimeout(m_options.timeout);
    m_monitor->catalog()->setCacheFile(
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("models.json")));

    connect(m_monitor, &Monitor::taskChanged, this, [this](const QString &id, Task::Fields fields) {
        if (fields & Task::Field::Status)
            m_events->status(*m_monitor->task(id));
    });
    connect(m_monitor, &Monitor::taskFinished, this, &CliRunner::onTaskFinished);
    connect(m_monitor, &Monitor::warning, this,
            [this](const QString &message, const QString &id) { m_events->warning(message, id); });
    connect(m_monitor, &Monitor::keyRejected, this,
            [this] { fail(KeyRejected, keyRejectedMessage()); });

    if (!m_options.downloadDirectory.isEmpty()) {
        m_downloader = new Downloader(m_network, this);
        connect(m_downloader, &Downloader::saved, this,
                [this](const QString &id, const QUrl &url, const QString &path, qint64 bytes) {
                    recordSaved(id, url, path);
                    m_events->downloaded(id, url, QDir::toNativeSeparators(path), bytes);
                });
        connect(m_downloader, &Downloader::failed, this,
                [this](const QString &id, const QUrl &url, const QString &error) {
                    m_allOutputsSaved = false;
                    m_events->downloadFailed(id, url, error);
                });
        connect(m_downloader, &Downloader::taskFinished, this, [this](const QString &id, bool) {
            m_downloadsPending.remove(id);
            finishIfDone();
        });
    }

    if (!ids.isEmpty())
        m_monitor->add(ids);
    if (m_options.importSince && !m_options.demo)
        startImport();
}

QString CliRunner::keyRejectedMessage() const
{
    return tr("The API rejected the key. Check %1 or the key saved in the desktop app.")
        .arg(QLatin1String(Credentials::EnvironmentVariable));
}

void CliRunner::startImport()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HistoryQuery query;
    query.from = now.addSecs(-m_options.importSince->count());
    query.to = now;
    m_importFrom = query.from;

    m_import = new HistoryImport(m_monitor->gate(), m_monitor);
    connect(m_import, &HistoryImport::finished, this, &CliRunner::onImported);
    connect(m_import, &HistoryImport::failed, this, [this](const ApiError &error) {
        m_importPending = false;
        if (error.kind == ApiError::Kind::KeyRejected) {
            fail(KeyRejected, keyRejectedMessage());
            return;
        }
        m_importFailed = true;
        m_events->warning(tr("The account's tasks could not be listed: %1").arg(error.text()));
        finishIfDone();
    });
    m_importPending = true;
    QString whyNot;
    if (!m_import->start(query, &whyNot)) {
        m_importPending = false;
        fail(UsageError, whyNot);
    }
}

void CliRunner::onImported(const QList<Prediction> &items)
{
    if (items.isEmpty()) {
        m_events->warning(tr("Import from the account: no tasks found since %1.")
                              .arg(m_importFrom.toString(Qt::ISODate)));
    }
    // Finished tasks come with everything: they are reported at once, as if seen ending now.
    const Monitor::AddResult result = m_monitor->import(items);
    for (const QString &id : result.added) {
        const Task &task = *m_monitor->task(id);
        m_events->status(task);
        if (task.isFinished())
            onTaskFinished(id);
    }
    m_importPending = false;
    finishIfDone();
}

void CliRunner::onTaskFinished(const QString &id)
{
    const Task &task = *m_monitor->task(id);
    if (task.state == TaskState::Completed) {
        m_events->completed(task);
        if (m_downloader && !task.outputs.isEmpty()) {
            m_downloadsPending.insert(id);
            m_downloader->download(id, task.outputs, m_options.downloadDirectory);
        }
    } else {
        m_events->failed(task);
    }
    finishIfDone();
}

void CliRunner::finishIfDone()
{
    if (m_ended || !m_monitor || m_importPending || m_monitor->unfinishedCount() > 0 ||
        !m_downloadsPending.isEmpty())
        return;

    const QStringList ids = m_monitor->ids();
    const bool allCompleted = std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return m_monitor->task(id)->state == TaskState::Completed;
    });
    if (writeExport())
        end(allCompleted && m_allOutputsSaved && !m_importFailed ? Success : NotAllCompleted);
}

// For --export: the monitor keeps where each output went. A URL listed twice is saved twice,
// each save taking the next output with that URL not saved yet.
void CliRunner::recordSaved(const QString &id, const QUrl &url, const QString &path)
{
    const Task *task = m_monitor->task(id);
    if (!task)
        return;
    if (const int output = OutputSaver::outputOf(*task, url); output >= 0)
        m_monitor->setSavedPath(id, output, QFileInfo(path).absoluteFilePath());
}

// Writes the file --export asked for, if any; when it cannot, says so and ends with status 1.
bool CliRunner::writeExport()
{
    if (m_options.exportFile.isEmpty())
        return true;
    QList<Task> tasks;
    for (const QString &id : m_monitor->ids())
        tasks.append(*m_monitor->task(id));

    QString error;
    if (TaskExport::writeFile(m_options.exportFile, TaskExport::toJson(tasks), &error))
        return true;
    if (m_options.json)
        m_events->warning(error);
    fail(NotAllCompleted, error);
    return false;
}

void CliRunner::fail(int exitCode, const QString &message)
{
    if (m_ended)
        return;
    m_err->write(QStringLiteral("%1: %2\n").arg(programName(), message).toUtf8());
    end(exitCode);
}

void CliRunner::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    // After the current event, so that whatever is being reported is reported whole.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}
