// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What a task produces; it decides the floor between two checks of the task.
enum class TaskKind {
    Unknown,
    Image,
    Video,
    Other, // audio, 3D, text
};

namespace TaskKinds {

// From a catalogue type such as "text-to-image" or "image-to-video": the part after "-to-".
// Unknown when the type does not say.
TaskKind fromModelType(QStringView type);

// From a model path such as "kwaivgi/kling-v2.1-i2v-pro": video words (t2v, i2v, v2v, video,
// kling, veo, hailuo, seedance, sora, vidu, pixverse) and image words. Unknown when unsure.
TaskKind fromModelName(QStringView model);

// "image", "video", "other", "unknown": stable names for JSON and settings.
QString name(TaskKind kind);
TaskKind fromName(QStringView name);

} // namespace TaskKinds
