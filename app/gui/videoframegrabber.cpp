// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "videoframegrabber.h"

#include "logging.h"

#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <deque>
#include <optional>

namespace {

// One call of grabFirstFrame() waiting for its turn or under way.
struct Job
{
    QUrl url;
    QPointer<QObject> context;
    bool hasContext = false; // a context that is gone later means "nobody wants the answer"
    VideoFrameSource::Callback done;
};

// Where a worker thread posts its answer; the grabber cuts it off when it goes away.
struct Mailbox
{
    QMutex mutex;
    VideoFrameGrabber *owner = nullptr;
};

bool isVideoContainer(const QMediaPlayer *player)
{
    const QVariant format = player->metaData().value(QMediaMetaData::FileFormat);
    return format.value<QMediaFormat::FileFormat>() != QMediaFormat::UnspecifiedFormat;
}

using Report = std::function<void(const QImage &frame, const QString &error)>;

// Runs in the worker thread, on `home`'s behalf: one silent player (no QAudioOutput) for one
// video. `report` is called once, with the first frame or with why there is none.
void playForFirstFrame(QObject *home, const QUrl &url, const Report &report)
{
    auto *player = new QMediaPlayer(home);
    auto *sink = new QVideoSink(player);
    player->setVideoSink(sink);
    auto reported = std::make_shared<bool>(false);
    const auto once = [player, reported, report](const QImage &frame, const QString &error) {
        if (*reported)
            return;
        *reported = true;
        player->stop();
        report(frame, error);
    };

    QObject::connect(sink, &QVideoSink::videoFrameChanged, home,
                     [once, player](const QVideoFrame &frame) {
                         // FFmpeg plays a still image as a one-frame video: not what we show.
                         if (!isVideoContainer(player)) {
                             once({}, VideoFrameGrabber::tr("Not a video"));
                             return;
                         }
                         const QImage image = frame.isValid() ? frame.toImage() : QImage();
                         if (!image.isNull()) // else a frame that could not be mapped: wait
                             once(image, {});
                     });
    QObject::connect(player, &QMediaPlayer::errorOccurred, home,
                     [once](QMediaPlayer::Error, const QString &error) {
                         once({}, error.isEmpty()
                                      ? VideoFrameGrabber::tr("The video could not be played")
                                      : error);
                     });
    QObject::connect(player, &QMediaPlayer::mediaStatusChanged, home,
                     [once, player](QMediaPlayer::MediaStatus status) {
                         if (status == QMediaPlayer::InvalidMedia)
                             once({}, player->errorString().isEmpty()
                                          ? VideoFrameGrabber::tr("Not a playable video")
                                          : player->errorString());
                         else if (status == QMediaPlayer::EndOfMedia)
                             once({}, VideoFrameGrabber::tr("The video has no frame to show"));
                     });

    player->setSource(url); // the FFmpeg backend opens the stream here, blocking this thread
    player->play();
}

} // namespace

struct VideoFrameGrabber::Private
{
    explicit Private(VideoFrameGrabber *owner)
        : q(owner)
        , mailbox(std::make_shared<Mailbox>())
    {
        mailbox->owner = owner;
    }

    VideoFrameGrabber *q;
    std::shared_ptr<Mailbox> mailbox;
    std::chrono::milliseconds timeout = DefaultTimeout;
    std::deque<Job> queue;
    std::optional<Job> current;
    quint64 serial = 0; // which video the current job is; late answers carry an older one
    // The current video's thread. Opening a stream blocks, so it never runs on the GUI thread;
    // a fresh player in a fresh thread for each video keeps nothing between them.
    QPointer<QThread> thread;
    QTimer timer;
    bool nextScheduled = false;

    void scheduleNext();
    void next();
    void finish(quint64 of, const QImage &frame, const QString &error);
    void releaseThread();
};

void VideoFrameGrabber::Private::scheduleNext()
{
    if (nextScheduled)
        return;
    nextScheduled = true;
    QTimer::singleShot(0, q, [this] {
        nextScheduled = false;
        next();
    });
}

void VideoFrameGrabber::Private::next()
{
    if (current || queue.empty())
        return;
    current = std::move(queue.front());
    queue.pop_front();
    const quint64 of = ++serial;

    // Both go when the thread ends, which it does once the player answered or was told to stop.
    auto *worker = new QThread;
    auto *home = new QObject;
    home->moveToThread(worker);
    QObject::connect(worker, &QThread::finished, home, &QObject::deleteLater);
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    thread = worker;

    const std::shared_ptr<Mailbox> box = mailbox;
    const Report report = [box, of](const QImage &frame, const QString &error) {
        QThread::currentThread()->quit();
        const QMutexLocker lock(&box->mutex);
        if (VideoFrameGrabber *owner = box->owner) {
            QMetaObject::invokeMethod(
                owner, [owner, of, frame, error] { owner->d->finish(of, frame, error); },
                Qt::QueuedConnection);
        }
    };
    const QUrl url = current->url;
    QMetaObject::invokeMethod(home, [home, url, report] { playForFirstFrame(home, url, report); });

    qCDebug(lcThumb).noquote() << "grabbing the first frame of" << redactedUrl(url);
    timer.start(timeout);
    worker->start();
}

// Answers the current job on its context's thread, later, and moves on to the next video.
void VideoFrameGrabber::Private::finish(quint64 of, const QImage &frame, const QString &error)
{
    if (!current || of != serial)
        return; // an answer that came after the timeout
    timer.stop();
    Job job = std::move(*current);
    current.reset();
    releaseThread();
    scheduleNext();

    qCDebug(lcThumb).noquote() << "first frame of" << redactedUrl(job.url)
                               << (frame.isNull() ? error : QStringLiteral("grabbed"));
    QObject *receiver = job.hasContext ? job.context.data() : q;
    if (!receiver)
        return;
    QMetaObject::invokeMethod(
        receiver, [done = std::move(job.done), frame, error] { done(frame, error); },
        Qt::QueuedConnection);
}

// A thread still blocked in opening its stream ends, and is deleted, once that returns.
void VideoFrameGrabber::Private::releaseThread()
{
    if (thread)
        thread->quit();
    thread = nullptr;
}

VideoFrameGrabber::VideoFrameGrabber(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    // Brings up the media backend here, so that it belongs to this thread, not to a worker.
    [[maybe_unused]] const auto codecs =
        QMediaFormat(QMediaFormat::MPEG4).supportedVideoCodecs(QMediaFormat::Decode);

    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this,
            [this] { d->finish(d->serial, {}, tr("Timed out")); });
}

VideoFrameGrabber::~VideoFrameGrabber()
{
    const QMutexLocker lock(&d->mailbox->mutex);
    d->mailbox->owner = nullptr;
    d->releaseThread();
}

void VideoFrameGrabber::setTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout;
}

void VideoFrameGrabber::grabFirstFrame(const QUrl &url, QObject *context, Callback done)
{
    d->queue.push_back(Job{url, context, context != nullptr, std::move(done)});
    d->scheduleNext();
}
