// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/taskkind.h"

#include <QTest>

Q_DECLARE_METATYPE(TaskKind)

namespace QTest {
template<>
char *toString(const TaskKind &kind)
{
    return QTest::toString(TaskKinds::name(kind));
}
} // namespace QTest

class TestTaskKind : public QObject
{
    Q_OBJECT

private slots:
    void fromModelType_data();
    void fromModelType();
    void fromModelName_data();
    void fromModelName();
    void names_data();
    void names();
    void fromUnknownName_data();
    void fromUnknownName();
};

void TestTaskKind::fromModelType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<TaskKind>("expected");

    QTest::newRow("text-to-image") << QStringLiteral("text-to-image") << TaskKind::Image;
    QTest::newRow("image-to-image") << QStringLiteral("image-to-image") << TaskKind::Image;
    QTest::newRow("image-to-video") << QStringLiteral("image-to-video") << TaskKind::Video;
    QTest::newRow("text-to-video") << QStringLiteral("text-to-video") << TaskKind::Video;
    QTest::newRow("video-to-video") << QStringLiteral("video-to-video") << TaskKind::Video;
    QTest::newRow("text-to-audio") << QStringLiteral("text-to-audio") << TaskKind::Other;
    QTest::newRow("image-to-3d") << QStringLiteral("image-to-3d") << TaskKind::Other;
    QTest::newRow("text-to-text") << QStringLiteral("text-to-text") << TaskKind::Other;
    QTest::newRow("video-to-audio") << QStringLiteral("video-to-audio") << TaskKind::Other;
    QTest::newRow("upper case") << QStringLiteral("Text-To-Video") << TaskKind::Video;
    QTest::newRow("shouting") << QStringLiteral("IMAGE-TO-IMAGE") << TaskKind::Image;
    QTest::newRow("spaces around") << QStringLiteral("  text-to-image \n") << TaskKind::Image;
    QTest::newRow("last -to- wins") << QStringLiteral("video-to-image-to-video") << TaskKind::Video;
    QTest::newRow("suffix after kind") << QStringLiteral("image-to-video-lora") << TaskKind::Video;
    QTest::newRow("empty") << QString() << TaskKind::Unknown;
    QTest::newRow("blank") << QStringLiteral("   ") << TaskKind::Unknown;
    QTest::newRow("nothing after -to-") << QStringLiteral("text-to-") << TaskKind::Unknown;
    QTest::newRow("no -to-") << QStringLiteral("training") << TaskKind::Unknown;
    QTest::newRow("no -to-, hyphenated") << QStringLiteral("image-edit") << TaskKind::Unknown;
    QTest::newRow("bare image") << QStringLiteral("image") << TaskKind::Image;
    QTest::newRow("bare video") << QStringLiteral("Video") << TaskKind::Video;
    QTest::newRow("bare audio") << QStringLiteral("audio") << TaskKind::Other;
}

void TestTaskKind::fromModelType()
{
    QFETCH(QString, type);
    QFETCH(TaskKind, expected);

    QCOMPARE(TaskKinds::fromModelType(type), expected);
}

void TestTaskKind::fromModelName_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<TaskKind>("expected");

    // The architecture's video words, each on its own.
    QTest::newRow("t2v") << QStringLiteral("acme/some-t2v-720p") << TaskKind::Video;
    QTest::newRow("i2v") << QStringLiteral("kwaivgi/kling-v2.1-i2v-pro") << TaskKind::Video;
    QTest::newRow("v2v") << QStringLiteral("acme/model-v2v") << TaskKind::Video;
    QTest::newRow("video") << QStringLiteral("acme/video-upscaler") << TaskKind::Video;
    QTest::newRow("kling") << QStringLiteral("kwaivgi/kling-v1.6-pro") << TaskKind::Video;
    QTest::newRow("veo") << QStringLiteral("google/veo3-fast") << TaskKind::Video;
    QTest::newRow("hailuo") << QStringLiteral("minimax/hailuo-02/pro") << TaskKind::Video;
    QTest::newRow("seedance") << QStringLiteral("bytedance/seedance-v1-pro") << TaskKind::Video;
    QTest::newRow("sora") << QStringLiteral("openai/sora-2") << TaskKind::Video;
    QTest::newRow("vidu") << QStringLiteral("vidu/q1-reference") << TaskKind::Video;
    QTest::newRow("pixverse") << QStringLiteral("pixverse/v4.5") << TaskKind::Video;
    QTest::newRow("wan-2, no other word")
        << QStringLiteral("wavespeed-ai/wan-2.1/flf2v-720p") << TaskKind::Video;

    // Video words win over image words.
    QTest::newRow("image-to-video")
        << QStringLiteral("acme/flux-image-to-video") << TaskKind::Video;
    QTest::newRow("wan i2v") << QStringLiteral("wavespeed-ai/wan-2.1/i2v-480p") << TaskKind::Video;
    QTest::newRow("seedance from image")
        << QStringLiteral("bytedance/seedance-v1-lite-image") << TaskKind::Video;

    // The image words.
    QTest::newRow("t2i") << QStringLiteral("acme/fast-t2i") << TaskKind::Image;
    QTest::newRow("i2i") << QStringLiteral("acme/fast-i2i") << TaskKind::Image;
    QTest::newRow("image") << QStringLiteral("acme/image-edit") << TaskKind::Image;
    QTest::newRow("flux") << QStringLiteral("wavespeed-ai/flux-dev") << TaskKind::Image;
    QTest::newRow("sdxl") << QStringLiteral("stability/sdxl-lightning") << TaskKind::Image;
    QTest::newRow("stable-diffusion")
        << QStringLiteral("stability-ai/stable-diffusion-3.5") << TaskKind::Image;
    QTest::newRow("seedream") << QStringLiteral("bytedance/seedream-v3") << TaskKind::Image;
    QTest::newRow("imagen") << QStringLiteral("google/imagen4") << TaskKind::Image;
    QTest::newRow("ideogram") << QStringLiteral("ideogram-ai/ideogram-v3") << TaskKind::Image;
    QTest::newRow("qwen-image") << QStringLiteral("wavespeed-ai/qwen-image/edit")
                                << TaskKind::Image;
    QTest::newRow("hidream") << QStringLiteral("wavespeed-ai/hidream-i1-full") << TaskKind::Image;
    QTest::newRow("recraft") << QStringLiteral("recraft-ai/recraft-v3") << TaskKind::Image;
    QTest::newRow("wan-2 image") << QStringLiteral("wavespeed-ai/wan-2.2/text-to-image")
                                 << TaskKind::Image;

    // A path that reads like a type says its output.
    QTest::newRow("type in path, 3d") << QStringLiteral("acme/image-to-3d") << TaskKind::Other;
    QTest::newRow("type in path, audio")
        << QStringLiteral("acme/video-to-audio") << TaskKind::Other;
    QTest::newRow("type in path, image")
        << QStringLiteral("acme/video-to-image-frames") << TaskKind::Image;

    // Audio words.
    QTest::newRow("tts") << QStringLiteral("acme/fast-tts") << TaskKind::Other;
    QTest::newRow("audio") << QStringLiteral("acme/mmaudio-v2") << TaskKind::Other;
    QTest::newRow("music") << QStringLiteral("acme/music-gen") << TaskKind::Other;
    QTest::newRow("speech") << QStringLiteral("minimax/speech-02-hd") << TaskKind::Other;

    // Case and unknowns.
    QTest::newRow("upper case video") << QStringLiteral("KwaiVGI/Kling-V2") << TaskKind::Video;
    QTest::newRow("upper case image") << QStringLiteral("Black-Forest/FLUX-Pro") << TaskKind::Image;
    QTest::newRow("empty") << QString() << TaskKind::Unknown;
    QTest::newRow("plain name") << QStringLiteral("acme/mystery-model") << TaskKind::Unknown;
    QTest::newRow("unusual -to-") << QStringLiteral("acme/photo-to-anime") << TaskKind::Unknown;
}

void TestTaskKind::fromModelName()
{
    QFETCH(QString, model);
    QFETCH(TaskKind, expected);

    QCOMPARE(TaskKinds::fromModelName(model), expected);
}

void TestTaskKind::names_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("image") << TaskKind::Image << QStringLiteral("image");
    QTest::newRow("video") << TaskKind::Video << QStringLiteral("video");
    QTest::newRow("other") << TaskKind::Other << QStringLiteral("other");
    QTest::newRow("unknown") << TaskKind::Unknown << QStringLiteral("unknown");
}

void TestTaskKind::names()
{
    QFETCH(TaskKind, kind);
    QFETCH(QString, name);

    QCOMPARE(TaskKinds::name(kind), name);
    QCOMPARE(TaskKinds::fromName(name), kind);
    QCOMPARE(TaskKinds::fromName(TaskKinds::name(kind)), kind);
    QCOMPARE(TaskKinds::fromName(name.toUpper()), kind);
}

void TestTaskKind::fromUnknownName_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("word") << QStringLiteral("audio");
    QTest::newRow("prefix") << QStringLiteral("imag");
    QTest::newRow("longer") << QStringLiteral("images");
}

void TestTaskKind::fromUnknownName()
{
    QFETCH(QString, name);

    QCOMPARE(TaskKinds::fromName(name), TaskKind::Unknown);
}

QTEST_GUILESS_MAIN(TestTaskKind)
#include "tst_taskkind.moc"
