// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/historyquery.h"
#include "api/prediction.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

class RequestGate;
struct ApiReply;

// Fetches every page of one search of the account's recent tasks, one page at a time, through
// the application's request gate, so that it shares the rate limit with the polling. Ends at
// the last page by the reply's total, at an empty or short page, or at a hard cap.
class HistoryImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryImport)

public:
    // 10000 tasks at 100 a page: far more than a week of most accounts, and an end for a
    // server that never stops answering with full pages.
    static constexpr int MaxPages = 100;
    // A page that fails for a transient reason (network, 5xx, timeout) is asked again this
    // often, after these delays, before the import fails.
    static constexpr std::chrono::milliseconds RetryDelays[] = {std::chrono::milliseconds(1000),
                                                                std::chrono::milliseconds(3000)};

    explicit HistoryImport(RequestGate *gate, QObject *parent = nullptr);
    ~HistoryImport() override;

    // Validates the query against the current time and starts fetching; false, with the reason
    // in `whyNot` and without any request, when the query is refused or an import is running.
    bool start(HistoryQuery query, QString *whyNot = nullptr);
    // Stops: no further request, the one under way is dropped; then cancelled(), nothing else.
    void cancel();

    bool isRunning() const { return m_running; }
    const HistoryQuery &query() const { return m_query; }
    const QList<Prediction> &items() const { return m_items; } // each ID once
    int pagesFetched() const { return m_page; }

signals:
    // `total` is what the server said it has, -1 while it has not said.
    void progress(int fetched, int total);
    void pageReceived(const QList<Prediction> &items); // only IDs not seen on an earlier page
    void finished(const QList<Prediction> &items);
    void failed(const ApiError &error);
    void cancelled();

private:
    void requestPage();
    void onReply(quint64 serial, const ApiReply &reply);
    void onError(const ApiError &error);
    bool isLastPage(const HistoryQuery::Page &page) const;
    void end();

    QPointer<RequestGate> m_gate; // may go first, with its monitor
    HistoryQuery m_query;
    QList<Prediction> m_items;
    QSet<QString> m_seen;
    QTimer m_retry;
    qint64 m_total = -1;
    quint64 m_serial = 0; // tells the answer to the current request from a stale one
    int m_page = 0;       // pages received
    int m_retries = 0;
    bool m_running = false;
};
