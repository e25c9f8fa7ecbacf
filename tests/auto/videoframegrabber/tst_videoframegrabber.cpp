// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/thumbnailer.h"
#include "simulator.h"
#include "videoframegrabber.h"

#include "../shared/scriptedserver.h" // after a header that brings QUrl

#include <QApplication>
#include <QMediaFormat>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int ResultTimeoutMs = 15000;
constexpr auto ShortTimeout = 3s;
constexpr int TimeoutMarginMs = 3000; // a timed-out grab must answer soon after its timeout
constexpr QSize SampleSize(320, 180); // the simulator's sample MP4
constexpr auto VideoModel = "kwaivgi/kling-v2.1-i2v-standard";

// What one grabFirstFrame() call answered.
struct Answer
{
    bool arrived = false;
    QImage frame;
    QString error;
    int order = 0;
};

} // namespace

class tst_VideoFrameGrabber final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void firstFrame();
    void notFound();
    void notAVideo();
    void timesOutWhileOpening();
    void oneAfterAnother();
    void contextGone();
    void contextThread();
    void thumbnailerWithGrabber();

private:
    QUrl completedOutput(const QString &model, const QString &extension);
    VideoFrameSource::Callback recordInto(Answer *answer);

    Simulator m_simulator;
    std::unique_ptr<VideoFrameGrabber> m_grabber;
    QString m_lastTaskId;
    int m_answers = 0;
};

void tst_VideoFrameGrabber::initTestCase()
{
    const QList<QMediaFormat::VideoCodec> codecs =
        QMediaFormat(QMediaFormat::MPEG4).supportedVideoCodecs(QMediaFormat::Decode);
    if (!codecs.contains(QMediaFormat::VideoCodec::H264))
        QSKIP("The media backend cannot decode H.264 in MP4, the simulator's sample video");
    QString error;
    QVERIFY2(m_simulator.start(0, 0, &error), qPrintable(error));
}

void tst_VideoFrameGrabber::init()
{
    m_grabber = std::make_unique<VideoFrameGrabber>();
    m_answers = 0;
}

// Output 1 of a task that has already completed.
QUrl tst_VideoFrameGrabber::completedOutput(const QString &model, const QString &extension)
{
    Simulator::TaskSpec spec;
    spec.model = model;
    spec.duration = 100ms;
    spec.createdAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    m_lastTaskId = m_simulator.addTask(spec);
    QUrl url = m_simulator.outputBase();
    url.setPath(QStringLiteral("/outputs/%1/1.%2").arg(m_lastTaskId, extension));
    url.setQuery(QStringLiteral("sig=0123abcd&expires=4102444800"));
    return url;
}

VideoFrameSource::Callback tst_VideoFrameGrabber::recordInto(Answer *answer)
{
    return [this, answer](const QImage &frame, const QString &error) {
        QVERIFY(!answer->arrived); // once only
        answer->arrived = true;
        answer->frame = frame;
        answer->error = error;
        answer->order = ++m_answers;
    };
}

void tst_VideoFrameGrabber::firstFrame()
{
    const QUrl video = completedOutput(QLatin1String(VideoModel), QStringLiteral("mp4"));
    Answer answer;

    m_grabber->grabFirstFrame(video, this, recordInto(&answer));
    QVERIFY(!answer.arrived); // later, never from inside the call

    QTRY_VERIFY_WITH_TIMEOUT(answer.arrived, ResultTimeoutMs);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(!answer.frame.isNull());
    QCOMPARE(answer.frame.size(), SampleSize);
}

void tst_VideoFrameGrabber::notFound()
{
    QUrl missing = m_simulator.outputBase();
    missing.setPath(QStringLiteral("/outputs/nosuchtask123/1.mp4"));
    Answer answer;

    m_grabber->grabFirstFrame(missing, this, recordInto(&answer));

    QTRY_VERIFY_WITH_TIMEOUT(answer.arrived, ResultTimeoutMs);
    QVERIFY(answer.frame.isNull());
    QVERIFY(!answer.error.isEmpty());
}

void tst_VideoFrameGrabber::notAVideo()
{
    const QUrl image =
        completedOutput(QStringLiteral("wavespeed-ai/flux-dev"), QStringLiteral("png"));
    m_grabber->setTimeout(ShortTimeout);
    Answer answer;

    m_grabber->grabFirstFrame(image, this, recordInto(&answer));

    QTRY_VERIFY_WITH_TIMEOUT(answer.arrived, int(std::chrono::milliseconds(ShortTimeout).count()) +
                                                 TimeoutMarginMs);
    QVERIFY(answer.frame.isNull());
    QVERIFY(!answer.error.isEmpty());
}

void tst_VideoFrameGrabber::timesOutWhileOpening()
{
    ScriptedServer silent; // accepts the connection and never answers
    const QUrl video = completedOutput(QLatin1String(VideoModel), QStringLiteral("mp4"));
    m_grabber->setTimeout(ShortTimeout);
    Answer stuck;
    Answer next;

    m_grabber->grabFirstFrame(silent.url(QStringLiteral("/clip.mp4")), this, recordInto(&stuck));
    m_grabber->grabFirstFrame(video, this, recordInto(&next));

    QTRY_VERIFY_WITH_TIMEOUT(stuck.arrived, int(std::chrono::milliseconds(ShortTimeout).count()) +
                                                TimeoutMarginMs);
    QCOMPARE(stuck.error, QStringLiteral("Timed out"));
    QVERIFY(stuck.frame.isNull());
    // The stream still being opened holds up nothing after it.
    QTRY_VERIFY_WITH_TIMEOUT(next.arrived, ResultTimeoutMs);
    QCOMPARE(next.frame.size(), SampleSize);
}

void tst_VideoFrameGrabber::oneAfterAnother()
{
    QUrl missing = m_simulator.outputBase();
    missing.setPath(QStringLiteral("/outputs/nosuchtask123/1.mp4"));
    const QUrl video = completedOutput(QLatin1String(VideoModel), QStringLiteral("mp4"));
    Answer first;
    Answer second;
    Answer third;

    m_grabber->grabFirstFrame(video, this, recordInto(&first));
    m_grabber->grabFirstFrame(missing, this, recordInto(&second));
    m_grabber->grabFirstFrame(video, this, recordInto(&third));

    QTRY_VERIFY_WITH_TIMEOUT(third.arrived, ResultTimeoutMs * 2);
    QVERIFY(first.arrived && second.arrived);
    QCOMPARE(first.order, 1);
    QCOMPARE(second.order, 2);
    QCOMPARE(third.order, 3);
    QCOMPARE(first.frame.size(), SampleSize);
    QVERIFY(second.frame.isNull());
    QCOMPARE(third.frame.size(), SampleSize); // a failure leaves nothing behind
}

void tst_VideoFrameGrabber::contextGone()
{
    const QUrl video = completedOutput(QLatin1String(VideoModel), QStringLiteral("mp4"));
    auto context = std::make_unique<QObject>();
    Answer orphan;
    Answer later;

    m_grabber->grabFirstFrame(video, context.get(), recordInto(&orphan));
    m_grabber->grabFirstFrame(video, this, recordInto(&later));
    context.reset();

    // Answers come in order: once the second is in, the first would have been too.
    QTRY_VERIFY_WITH_TIMEOUT(later.arrived, ResultTimeoutMs * 2);
    QVERIFY(!orphan.arrived);
    QCOMPARE(later.frame.size(), SampleSize);
}

void tst_VideoFrameGrabber::contextThread()
{
    const QUrl video = completedOutput(QLatin1String(VideoModel), QStringLiteral("mp4"));
    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    thread.start();
    std::atomic<QThread *> ranOn{nullptr};

    m_grabber->grabFirstFrame(video, &context, [&ranOn](const QImage &, const QString &) {
        ranOn = QThread::currentThread();
    });

    QTRY_VERIFY_WITH_TIMEOUT(ranOn.load() != nullptr, ResultTimeoutMs);
    QCOMPARE(ranOn.load(), &thread);
    thread.quit();
    QVERIFY(thread.wait());
}

void tst_VideoFrameGrabber::thumbnailerWithGrabber()
{
    const QUrl video = completedOutput(QLatin1String(VideoModel), QStringLiteral("mp4"));
    QNetworkAccessManager network;
    Thumbnailer thumbnailer(&network);
    thumbnailer.setVideoFrameSource(m_grabber.get());
    QSignalSpy ready(&thumbnailer, &Thumbnailer::ready);

    thumbnailer.request(m_lastTaskId, video);

    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, ResultTimeoutMs);
    QCOMPARE(thumbnailer.state(m_lastTaskId), Thumbnailer::State::Ready);
    const QSize expected(Thumbnailer::Edge,
                         Thumbnailer::Edge * SampleSize.height() / SampleSize.width());
    QCOMPARE(thumbnailer.thumbnail(m_lastTaskId).size(), expected);
}

int main(int argc, char **argv)
{
    // Before any multimedia object exists: Debian's GStreamer lacks the codecs.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_VideoFrameGrabber test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_videoframegrabber.moc"
