// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "eventwriter.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class Downloader;
class HistoryImport;
struct Prediction;
class Monitor;
class QIODevice;
class QNetworkAccessManager;
class Simulator;

// The command-line monitor: reads IDs, watches them with the engine, writes events, saves
// outputs, and ends with the exit status of the contract.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    enum ExitCode {
        Success = 0,
        NotAllCompleted = 1,
        UsageError = 2,
        KeyRejected = 3,
    };

    CliRunner(QIODevice *out, QIODevice *err, QIODevice *in, QObject *parent = nullptr);
    ~CliRunner() override;

    // Starts; `finished` follows, at once for help, version and usage errors.
    void start(const QStringList &arguments, const QString &environmentBase,
               const QString &environmentKey);

signals:
    void finished(int exitCode);

private:
    void readKeyThenRun(const QString &environmentKey);
    void run(const QString &key);
    void startDemo();
    void watch(const QStringList &ids, const QString &key);
    void startImport();
    void onImported(const QList<Prediction> &items);
    QString keyRejectedMessage() const;
    void onTaskFinished(const QString &id);
    void recordSaved(const QString &id, const QUrl &url, const QString &path);
    bool writeExport();
    void finishIfDone();
    void end(int exitCode);
    void fail(int exitCode, const QString &message);

    QIODevice *m_out;
    QIODevice *m_err;
    QIODevice *m_in;
    CliOptions m_options;
    std::unique_ptr<EventWriter> m_events;
    QNetworkAccessManager *m_network = nullptr;
    Monitor *m_monitor = nullptr;
    Downloader *m_downloader = nullptr;
    Simulator *m_simulator = nullptr;
    HistoryImport *m_import = nullptr;
    QDateTime m_importFrom;
    QStringList m_ids;
    QSet<QString> m_downloadsPending;
    bool m_allOutputsSaved = true;
    bool m_importPending = false; // the account's tasks are still being listed or added
    bool m_importFailed = false;
    bool m_ended = false;
};
