// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "historyimport.h"

#include "api/apiclient.h"
#include "logging.h"
#include "requestgate.h"

#include <iterator>

namespace {

// A refusal (400, a rejected key) will not change by asking again; a broken connection may.
bool worthAnotherTry(const ApiError &error)
{
    return error.kind == ApiError::Kind::NetworkError || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::ServerError;
}

} // namespace

HistoryImport::HistoryImport(RequestGate *gate, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
{
    Q_ASSERT(gate);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HistoryImport::requestPage);
}

HistoryImport::~HistoryImport()
{
    if (m_gate)
        m_gate->cancel(this);
}

bool HistoryImport::start(HistoryQuery query, QString *whyNot)
{
    if (m_running) {
        if (whyNot)
            *whyNot = tr("A search is already under way.");
        return false;
    }
    if (!query.validate(QDateTime::currentDateTimeUtc(), whyNot))
        return false;

    m_query = query;
    m_items.clear();
    m_seen.clear();
    m_total = -1;
    m_page = 0;
    m_retries = 0;
    m_running = true;
    qCInfo(lcApi) << "history: searching from" << m_query.from << "to" << m_query.to;
    requestPage();
    return true;
}

void HistoryImport::cancel()
{
    if (!m_running)
        return;
    end();
    qCInfo(lcApi) << "history: cancelled after" << m_page << "pages";
    emit cancelled();
}

void HistoryImport::requestPage()
{
    if (!m_gate)
        return;
    const quint64 serial = ++m_serial;
    m_gate->post(m_gate->client()->endpoint(QStringLiteral("/api/v3/predictions")),
                 m_query.body(m_page + 1), this,
                 [this, serial](const ApiReply &reply) { onReply(serial, reply); });
}

void HistoryImport::onReply(quint64 serial, const ApiReply &reply)
{
    if (!m_running || serial != m_serial)
        return;
    if (reply.error) {
        onError(reply.error);
        return;
    }
    const HistoryQuery::Page page = HistoryQuery::parsePage(reply.body);
    if (page.error) {
        onError(page.error);
        return;
    }

    ++m_page;
    m_retries = 0;
    if (page.total)
        m_total = *page.total;
    if (page.unreadable > 0)
        qCWarning(lcApi) << "history: page" << m_page << "held" << page.unreadable
                         << "unreadable items";
    QList<Prediction> fresh;
    for (const Prediction &prediction : page.items) {
        if (m_seen.contains(prediction.id))
            continue; // a task created while paging moves the others one place down
        m_seen.insert(prediction.id);
        fresh.append(prediction);
    }
    m_items.append(fresh);
    qCDebug(lcApi) << "history: page" << m_page << "with" << page.items.size() << "items,"
                   << m_items.size() << "of" << m_total;

    emit progress(int(m_items.size()), int(m_total));
    if (!fresh.isEmpty())
        emit pageReceived(fresh);
    if (!m_running)
        return; // a receiver cancelled

    if (!isLastPage(page)) {
        requestPage();
        return;
    }
    end();
    qCInfo(lcApi) << "history: found" << m_items.size() << "tasks in" << m_page << "pages";
    emit finished(m_items);
}

bool HistoryImport::isLastPage(const HistoryQuery::Page &page) const
{
    if (page.items.isEmpty() && page.unreadable == 0)
        return true;
    if (m_page >= MaxPages) {
        qCWarning(lcApi) << "history: stopping at the cap of" << MaxPages << "pages";
        return true;
    }
    if (page.total)
        return qint64(m_page) * m_query.pageSize >= *page.total;
    return page.items.size() + page.unreadable < m_query.pageSize;
}

void HistoryImport::onError(const ApiError &error)
{
    if (worthAnotherTry(error) && m_retries < int(std::size(RetryDelays))) {
        const std::chrono::milliseconds delay = RetryDelays[m_retries++];
        qCInfo(lcApi) << "history: page" << m_page + 1 << ApiError::kindName(error.kind)
                      << "; asking again in" << delay.count() / 1000.0 << "s";
        m_retry.start(delay);
        return;
    }
    end();
    qCWarning(lcApi) << "history: failed:" << ApiError::kindName(error.kind);
    emit failed(error);
}

void HistoryImport::end()
{
    m_running = false;
    m_retry.stop();
    ++m_serial;
    if (m_gate)
        m_gate->cancel(this);
}
