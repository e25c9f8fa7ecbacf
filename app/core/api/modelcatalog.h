// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "tasks/taskkind.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class RequestGate;

// The models the API offers (GET /api/v3/models), kept for a day, so that a task's kind, and
// with it the floor between its checks, is known from its model.
class ModelCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalog)

public:
    static constexpr std::chrono::hours MaxAge{24};

    struct Model
    {
        QString id; // "wavespeed-ai/flux-dev"
        QString name;
        QString type; // "text-to-image"
        TaskKind kind = TaskKind::Unknown;
    };

    using Clock = std::function<QDateTime()>;

    explicit ModelCatalog(RequestGate *gate, QObject *parent = nullptr);

    // Where the catalogue is kept between runs; none by default.
    void setCacheFile(const QString &path);
    void setClock(Clock clock);

    // Fetches the catalogue unless the one held is younger than MaxAge.
    void refresh();
    bool isFresh() const;
    bool isLoading() const { return m_loading; }
    QDateTime fetchedAt() const { return m_fetchedAt; }

    // The kind from the catalogue's type, else guessed from the model's name.
    TaskKind kindOf(const QString &model) const;
    std::optional<Model> model(const QString &id) const;
    int count() const { return int(m_models.size()); }

    // Pure: the "data" list of a models reply.
    static std::optional<QList<Model>> parse(const QByteArray &body, ApiError *error = nullptr);

signals:
    void updated();
    void failed(const ApiError &error);

private:
    void adopt(const QList<Model> &models, const QDateTime &fetchedAt);
    void loadCache();
    void saveCache(const QByteArray &body) const;

    RequestGate *m_gate;
    Clock m_clock;
    QString m_cacheFile;
    QHash<QString, Model> m_models;
    QDateTime m_fetchedAt;
    bool m_loading = false;
};
