// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "modelcatalog.h"

#include "api/apienvelope.h"
#include "logging.h"
#include "tasks/requestgate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr qint64 MaxCacheBytes = 4 * 1024 * 1024;
}

ModelCatalog::ModelCatalog(RequestGate *gate, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void ModelCatalog::setCacheFile(const QString &path)
{
    m_cacheFile = path;
    loadCache();
}

void ModelCatalog::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool ModelCatalog::isFresh() const
{
    if (!m_fetchedAt.isValid())
        return false;
    const qint64 age = m_fetchedAt.secsTo(m_clock());
    return age >= 0 && age < std::chrono::seconds(MaxAge).count();
}

void ModelCatalog::refresh()
{
    if (m_loading || isFresh())
        return;
    m_loading = true;
    const QUrl url = m_gate->client()->endpoint(QStringLiteral("/api/v3/models"));
    m_gate->get(url, this, [this](const ApiReply &reply) {
        m_loading = false;
        ApiError error = reply.error;
        std::optional<QList<Model>> models;
        if (!error)
            models = parse(reply.body, &error);
        if (!models) {
            qCWarning(lcApi) << "model catalogue unavailable:" << ApiError::kindName(error.kind);
            emit failed(error);
            return;
        }
        adopt(*models, m_clock());
        saveCache(reply.body);
    });
}

TaskKind ModelCatalog::kindOf(const QString &model) const
{
    const auto found = m_models.constFind(model);
    if (found != m_models.cend() && found->kind != TaskKind::Unknown)
        return found->kind;
    return TaskKinds::fromModelName(model);
}

std::optional<ModelCatalog::Model> ModelCatalog::model(const QString &id) const
{
    const auto found = m_models.constFind(id);
    if (found == m_models.cend())
        return std::nullopt;
    return *found;
}

std::optional<QList<ModelCatalog::Model>> ModelCatalog::parse(const QByteArray &body,
                                                              ApiError *error)
{
    const ApiEnvelope envelope = ApiEnvelope::parse(body);
    ApiError problem = envelope.error;
    if (!problem && !envelope.data.isArray()) {
        problem.kind = ApiError::Kind::MalformedBody;
        problem.detail = tr("The model list is not a list.");
    }
    if (problem) {
        if (error)
            *error = problem;
        return std::nullopt;
    }

    QList<Model> models;
    const QJsonArray items = envelope.data.toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        Model model;
        model.id = object.value(QLatin1String("model_id")).toString();
        if (model.id.isEmpty())
            continue;
        model.name = object.value(QLatin1String("name")).toString();
        model.type = object.value(QLatin1String("type")).toString();
        model.kind = TaskKinds::fromModelType(model.type);
        models.append(model);
    }
    return models;
}

void ModelCatalog::adopt(const QList<Model> &models, const QDateTime &fetchedAt)
{
    m_models.clear();
    for (const Model &model : models)
        m_models.insert(model.id, model);
    m_fetchedAt = fetchedAt;
    qCDebug(lcApi) << "model catalogue:" << m_models.size() << "models";
    emit updated();
}

// The cache is the reply body as the API sent it, with the time it was fetched beside it.
void ModelCatalog::loadCache()
{
    QFile file(m_cacheFile);
    if (m_cacheFile.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > MaxCacheBytes)
        return;
    const QJsonObject cache = QJsonDocument::fromJson(file.readAll()).object();
    const QDateTime fetchedAt = QDateTime::fromString(
        cache.value(QLatin1String("fetched_at")).toString(), Qt::ISODateWithMs);
    const QByteArray body = cache.value(QLatin1String("body")).toString().toUtf8();
    const auto models = parse(body);
    if (!fetchedAt.isValid() || !models)
        return;
    adopt(*models, fetchedAt.toUTC());
}

void ModelCatalog::saveCache(const QByteArray &body) const
{
    if (m_cacheFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile file(m_cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QJsonObject cache;
    cache.insert(QLatin1String("fetched_at"), m_fetchedAt.toString(Qt::ISODateWithMs));
    cache.insert(QLatin1String("body"), QString::fromUtf8(body));
    file.write(QJsonDocument(cache).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcApi) << "could not keep the model catalogue:" << file.errorString();
}
