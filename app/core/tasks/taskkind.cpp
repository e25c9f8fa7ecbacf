// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskkind.h"

#include <QLatin1String>

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace {

// Words in a model path that name a video model: the architecture's list. "wan-2" is weaker
// (see WeakVideoWords) because the Wan 2.x family also has text-to-image variants.
constexpr QLatin1String VideoWords[] = {
    QLatin1String("t2v"),    QLatin1String("i2v"),      QLatin1String("v2v"),
    QLatin1String("video"),  QLatin1String("kling"),    QLatin1String("veo"),
    QLatin1String("hailuo"), QLatin1String("seedance"), QLatin1String("sora"),
    QLatin1String("vidu"),   QLatin1String("pixverse"),
};

// Video families whose paths do not always say "t2v"/"i2v" ("wan-2.1/flf2v-720p"); they count
// only when no image word is present, so "wan-2.2/text-to-image" stays an image model.
constexpr QLatin1String WeakVideoWords[] = {
    QLatin1String("wan-2"),
};

constexpr QLatin1String ImageWords[] = {
    QLatin1String("t2i"),        QLatin1String("i2i"),     QLatin1String("image"),
    QLatin1String("flux"),       QLatin1String("sdxl"),    QLatin1String("stable-diffusion"),
    QLatin1String("seedream"),   QLatin1String("imagen"),  QLatin1String("ideogram"),
    QLatin1String("qwen-image"), QLatin1String("hidream"), QLatin1String("recraft"),
};

constexpr QLatin1String AudioWords[] = {
    QLatin1String("tts"),
    QLatin1String("audio"),
    QLatin1String("music"),
    QLatin1String("speech"),
};

// Outputs other than image and video that a "-to-" in a model path may name.
constexpr QLatin1String OtherOutputWords[] = {
    QLatin1String("audio"), QLatin1String("speech"), QLatin1String("music"),
    QLatin1String("3d"),    QLatin1String("text"),
};

const QLatin1String TypeSeparator("-to-");

template<std::size_t Size>
bool containsAny(const QString &text, const QLatin1String (&words)[Size])
{
    return std::any_of(std::begin(words), std::end(words),
                       [&text](QLatin1String word) { return text.contains(word); });
}

// The output named by a single word of a catalogue type: "image", "video", "audio", ...
// Unknown only when the word is empty; any other output (3D, text) is Other.
TaskKind fromOutputWord(QStringView word)
{
    if (word.isEmpty())
        return TaskKind::Unknown;
    if (word.compare(QLatin1String("image"), Qt::CaseInsensitive) == 0 ||
        word.compare(QLatin1String("images"), Qt::CaseInsensitive) == 0)
        return TaskKind::Image;
    if (word.compare(QLatin1String("video"), Qt::CaseInsensitive) == 0 ||
        word.compare(QLatin1String("videos"), Qt::CaseInsensitive) == 0)
        return TaskKind::Video;
    return TaskKind::Other;
}

// The leading run of letters and digits: "video" in "video-lora" or "video 720p".
QStringView leadingWord(QStringView text)
{
    qsizetype length = 0;
    while (length < text.size() && text.at(length).isLetterOrNumber())
        ++length;
    return text.first(length);
}

// The word after the last "-to-", or an empty view when there is no "-to-".
QStringView outputWord(QStringView text)
{
    const qsizetype separator = text.lastIndexOf(TypeSeparator, -1, Qt::CaseInsensitive);
    if (separator < 0)
        return {};
    return leadingWord(text.sliced(separator + TypeSeparator.size()));
}

// A model path that reads like a type ("wan-2.2/image-to-video") says its output outright; only
// words known as outputs count, so an unusual "x-to-y" path falls back to the word lists.
TaskKind fromTypeInName(QStringView name)
{
    const QStringView word = outputWord(name);
    const TaskKind kind = fromOutputWord(word);
    if (kind != TaskKind::Other)
        return kind;
    const bool known = std::any_of(std::begin(OtherOutputWords), std::end(OtherOutputWords),
                                   [word](QLatin1String other) { return word == other; });
    return known ? TaskKind::Other : TaskKind::Unknown;
}

} // namespace

namespace TaskKinds {

TaskKind fromModelType(QStringView type)
{
    const QStringView trimmed = type.trimmed();

    if (!trimmed.contains(TypeSeparator, Qt::CaseInsensitive)) {
        // A bare output word is as clear as a full type; anything else does not say.
        const TaskKind bare = fromOutputWord(trimmed);
        const bool known = bare != TaskKind::Other ||
                           trimmed.compare(QLatin1String("audio"), Qt::CaseInsensitive) == 0;
        return known ? bare : TaskKind::Unknown;
    }

    return fromOutputWord(outputWord(trimmed));
}

TaskKind fromModelName(QStringView model)
{
    const QString name = model.trimmed().toString().toLower();

    const TaskKind stated = fromTypeInName(name);
    if (stated != TaskKind::Unknown)
        return stated;

    if (containsAny(name, VideoWords))
        return TaskKind::Video;
    const bool image = containsAny(name, ImageWords);
    if (!image && containsAny(name, WeakVideoWords))
        return TaskKind::Video;
    if (image)
        return TaskKind::Image;
    if (containsAny(name, AudioWords))
        return TaskKind::Other;
    return TaskKind::Unknown;
}

QString name(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Image:
        return QStringLiteral("image");
    case TaskKind::Video:
        return QStringLiteral("video");
    case TaskKind::Other:
        return QStringLiteral("other");
    case TaskKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

TaskKind fromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (TaskKind kind : {TaskKind::Image, TaskKind::Video, TaskKind::Other}) {
        if (trimmed.compare(TaskKinds::name(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return TaskKind::Unknown;
}

} // namespace TaskKinds
