// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "outputsaver.h"

#include "downloader.h"
#include "logging.h"
#include "tasks/monitor.h"

#include <QDir>
#include <QFileInfo>

namespace {

constexpr int MaxSegmentLength = 64;

// One folder name from a model's path segment: letters, digits, '.', '_' and '-' only, never
// "." or "..", never hidden, never empty.
QString folderSegment(const QString &text)
{
    QString segment;
    for (const QChar c : text.left(MaxSegmentLength)) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
        segment.append(plain ? c : QLatin1Char('_'));
    }
    while (segment.startsWith(QLatin1Char('.')))
        segment.remove(0, 1);
    return segment;
}

} // namespace

OutputSaver::OutputSaver(Monitor *monitor, Downloader *downloader, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_downloader(downloader)
{
    connect(monitor, &Monitor::taskFinished, this, &OutputSaver::onTaskFinished);
    connect(downloader, &Downloader::saved, this,
            [this](const QString &taskId, const QUrl &url, const QString &path, qint64) {
                onSaved(taskId, url, path);
            });
    connect(downloader, &Downloader::taskFinished, this,
            [this](const QString &taskId, bool) { m_saving.remove(taskId); });
}

void OutputSaver::setFolder(const QString &folder)
{
    m_folder = folder;
}

QString OutputSaver::folderFor(const Task &task, const QString &folder, Layout layout)
{
    const QDir base(folder);
    switch (layout) {
    case Layout::Flat:
        break;
    case Layout::ByDate: {
        const QDateTime when = task.createdAt.isValid() ? task.createdAt
                               : task.addedAt.isValid() ? task.addedAt
                                                        : QDateTime::currentDateTimeUtc();
        return base.filePath(when.toLocalTime().date().toString(Qt::ISODate));
    }
    case Layout::ByModel: {
        QStringList segments;
        for (const QString &part : task.model.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const QString segment = folderSegment(part);
            if (!segment.isEmpty())
                segments.append(segment);
        }
        if (segments.isEmpty())
            segments.append(QStringLiteral("unknown-model"));
        return base.filePath(segments.join(QLatin1Char('/')));
    }
    }
    return base.path();
}

QString OutputSaver::folderFor(const Task &task) const
{
    return folderFor(task, m_folder, m_layout);
}

QList<int> OutputSaver::unsavedOutputs(const Task &task)
{
    QList<int> unsaved;
    if (task.state != TaskState::Completed)
        return unsaved;
    for (int i = 0; i < task.outputs.size(); ++i) {
        const QString path = task.savedPath(i);
        if (path.isEmpty() || !QFileInfo::exists(path))
            unsaved.append(i);
    }
    return unsaved;
}

QStringList OutputSaver::save(const QStringList &ids)
{
    QStringList queued;
    for (const QString &id : ids) {
        if (queue(id, false))
            queued.append(id);
    }
    return queued;
}

void OutputSaver::onTaskFinished(const QString &id)
{
    if (m_autoSave)
        queue(id, true);
}

bool OutputSaver::queue(const QString &id, bool automatic)
{
    const Task *task = m_monitor->task(id);
    if (!task || m_saving.contains(id))
        return false;
    const QList<int> unsaved = unsavedOutputs(*task);
    if (unsaved.isEmpty())
        return false;
    QList<QUrl> urls;
    QList<int> numbers;
    for (int output : unsaved) {
        urls.append(task->outputs.at(output));
        numbers.append(output + 1);
    }
    qCInfo(lcDownload).noquote() << (automatic ? "auto-save" : "save") << id << ":" << urls.size()
                                 << "outputs";
    m_saving.insert(id);
    emit started(id, int(urls.size()), automatic);
    m_downloader->download(id, urls, numbers, folderFor(*task));
    return true;
}

int OutputSaver::outputOf(const Task &task, const QUrl &url)
{
    // The same URL twice in one task is saved twice: the first output without a file takes it.
    int output = -1;
    for (int i = 0; i < task.outputs.size(); ++i) {
        if (task.outputs.at(i) != url)
            continue;
        if (output < 0)
            output = i;
        const QString known = task.savedPath(i);
        if (known.isEmpty() || !QFileInfo::exists(known))
            return i;
    }
    return output;
}

void OutputSaver::onSaved(const QString &taskId, const QUrl &url, const QString &path)
{
    const Task *task = m_monitor->task(taskId);
    if (!task)
        return;
    if (const int output = outputOf(*task, url); output >= 0)
        m_monitor->setSavedPath(taskId, output, QFileInfo(path).absoluteFilePath());
}
