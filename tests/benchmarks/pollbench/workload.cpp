// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "workload.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <random>

namespace {

struct ModelMix
{
    const char *model;
    TaskKind kind;
    double medianSeconds;
    double spread; // standard deviation of ln(duration)
    int weight;    // share of the tasks, in percent
};

// Seven models as WaveSpeed serves them, with made-up but plausible timings.
constexpr ModelMix Models[] = {
    {"wavespeed-ai/flux-schnell", TaskKind::Image, 2.5, 0.25, 20},
    {"wavespeed-ai/flux-dev", TaskKind::Image, 5.0, 0.30, 25},
    {"bytedance/seedream-v3", TaskKind::Image, 8.0, 0.30, 15},
    {"google/imagen4", TaskKind::Image, 11.0, 0.25, 10},
    {"wavespeed-ai/wan-2.1/t2v-480p", TaskKind::Video, 70.0, 0.25, 12},
    {"kwaivgi/kling-v2.1-i2v-standard", TaskKind::Video, 150.0, 0.30, 10},
    {"google/veo3-fast", TaskKind::Video, 260.0, 0.20, 8},
};

constexpr double SubmittingSeconds = 4 * 3600.0;
constexpr double Pi = 3.14159265358979323846;

// The standard library's distributions differ between implementations; these do not, so one
// seed gives one workload everywhere.
class Draw
{
public:
    explicit Draw(quint64 seed)
        : m_engine(seed)
    {}

    double uniform() // [0, 1)
    {
        return double(m_engine() >> 11) * (1.0 / 9007199254740992.0);
    }
    double normal() // Box–Muller
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * Pi * uniform());
    }

private:
    std::mt19937_64 m_engine;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Workload", text);
}

} // namespace

Workload Workload::builtIn(quint64 seed, int taskCount)
{
    Draw draw(seed);
    Workload workload;
    workload.name = tr("built-in (seed %1)").arg(seed);
    workload.modelCount = int(std::size(Models));
    workload.tasks.reserve(taskCount);
    int totalWeight = 0;
    for (const ModelMix &mix : Models)
        totalWeight += mix.weight;

    double created = 0.0;
    const double meanGap = SubmittingSeconds / std::max(taskCount, 1);
    for (int i = 0; i < taskCount; ++i) {
        created += -std::log(1.0 - draw.uniform()) * meanGap; // a Poisson stream
        int pick = int(draw.uniform() * totalWeight);
        const ModelMix *mix = &Models[0];
        for (const ModelMix &candidate : Models) {
            mix = &candidate;
            if ((pick -= candidate.weight) < 0)
                break;
        }
        WorkloadTask task;
        task.model = QString::fromLatin1(mix->model);
        task.kind = mix->kind;
        task.createdAt = created;
        task.duration = mix->medianSeconds * std::exp(mix->spread * draw.normal());
        // Most IDs arrive with the submit's answer; some are pasted from a script a little
        // later, a few long after, when the task may be over already.
        const double late = draw.uniform();
        task.addedAfter = late < 0.80   ? draw.uniform() * 2.0
                          : late < 0.95 ? 2.0 + draw.uniform() * 58.0
                                        : 300.0 + draw.uniform() * 1500.0;
        workload.tasks.append(task);
    }
    return workload;
}

std::optional<Workload> Workload::fromCsv(const QString &path, double spacing, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QTextStream in(&file);
    const QString header = in.readLine().trimmed();
    if (header != QLatin1String("model,kind,duration_s,added_after_s")) {
        *error = tr("%1: the first line must be model,kind,duration_s,added_after_s").arg(path);
        return std::nullopt;
    }

    Workload workload;
    workload.name = QFileInfo(path).fileName();
    QSet<QString> models;
    int lineNumber = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        bool durationOk = false;
        bool addedOk = false;
        const double duration = fields.value(2).toDouble(&durationOk);
        const double addedAfter = fields.value(3).toDouble(&addedOk);
        const QString kind = fields.value(1).trimmed().toLower();
        const bool kindOk = kind == QLatin1String("image") || kind == QLatin1String("video");
        if (fields.size() != 4 || fields.at(0).trimmed().isEmpty() || !kindOk || !durationOk ||
            !addedOk || !(duration > 0.0) || !(addedAfter >= 0.0) || !std::isfinite(duration) ||
            !std::isfinite(addedAfter)) {
            *error = tr("%1:%2: expected a model, image or video, a duration in seconds above 0 "
                        "and the seconds before it was added, at least 0")
                         .arg(path)
                         .arg(lineNumber);
            return std::nullopt;
        }
        WorkloadTask task;
        task.model = fields.at(0).trimmed();
        task.kind = kind == QLatin1String("image") ? TaskKind::Image : TaskKind::Video;
        task.createdAt = spacing * workload.tasks.size();
        task.duration = duration;
        task.addedAfter = addedAfter;
        workload.tasks.append(task);
        models.insert(task.model);
    }
    if (workload.tasks.isEmpty()) {
        *error = tr("%1 holds no task").arg(path);
        return std::nullopt;
    }
    workload.modelCount = int(models.size());
    return workload;
}
