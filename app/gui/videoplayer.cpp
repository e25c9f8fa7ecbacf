// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "videoplayer.h"

#include "logging.h"
#include "media/outputfetch.h"

#include <QAudioOutput>
#include <QBoxLayout>
#include <QBuffer>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVideoWidget>

namespace {

constexpr qint64 MillisecondsPerSecond = 1000;
constexpr qint64 SecondsPerMinute = 60;
constexpr qint64 SecondsPerHour = 3600;
constexpr int SeekPageStepMs = 5000; // Page Up/Down and clicks beside the handle
constexpr int SeekSingleStepMs = 1000;

// "0:07", "12:30", "1:02:03"
QString formatTime(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / MillisecondsPerSecond;
    const qint64 hours = seconds / SecondsPerHour;
    const qint64 minutes = (seconds % SecondsPerHour) / SecondsPerMinute;
    const QString secondsText =
        QStringLiteral("%1").arg(seconds % SecondsPerMinute, 2, 10, QLatin1Char('0'));
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secondsText);
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(secondsText);
}

QToolButton *controlButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

VideoPlayer::VideoPlayer(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_video(new QVideoWidget(this))
    , m_playButton(controlButton(this))
    , m_seekSlider(new QSlider(Qt::Horizontal, this))
    , m_timeLabel(new QLabel(this))
    , m_muteButton(controlButton(this))
{
    // Generated clips are a few seconds long: looping them reads as a living preview.
    m_audio->setMuted(true);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_player->setLoops(QMediaPlayer::Infinite);

    m_video->setAccessibleName(tr("Output video"));
    m_seekSlider->setObjectName(QStringLiteral("seekSlider"));
    m_seekSlider->setToolTip(tr("Position in the video"));
    m_seekSlider->setAccessibleName(tr("Seek"));
    m_seekSlider->setPageStep(SeekPageStepMs);
    m_seekSlider->setSingleStep(SeekSingleStepMs);
    m_seekSlider->setEnabled(false);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_timeLabel->setAccessibleName(tr("Playing time"));
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_muteButton->setObjectName(QStringLiteral("muteButton"));
    m_muteButton->setCheckable(true);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_playButton);
    controls->addWidget(m_seekSlider, 1);
    controls->addWidget(m_timeLabel);
    controls->addWidget(m_muteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_video, 1);
    layout->addLayout(controls);

    connect(m_playButton, &QToolButton::clicked, this, &VideoPlayer::togglePlaying);
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool on) { m_audio->setMuted(!on); });
    connect(m_audio, &QAudioOutput::mutedChanged, this, &VideoPlayer::updateMuteButton);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPlayer::updatePlayButton);
    connect(m_player, &QMediaPlayer::positionChanged, this, &VideoPlayer::updatePosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &VideoPlayer::updateDuration);
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        m_seekSlider->setEnabled(seekable && m_player->duration() > 0);
    });
    connect(m_seekSlider, &QSlider::sliderMoved, this, &VideoPlayer::seekToSlider);
    connect(m_seekSlider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            seekToSlider();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                if (error == QMediaPlayer::NoError)
                    return;
                qCInfo(lcUi).noquote()
                    << "preview: cannot play" << redactedUrl(m_player->source()) << "-" << text;
                emit failed(text.isEmpty() ? tr("the video cannot be played") : text);
            });

    updatePlayButton();
    updateMuteButton();
    updateTimeLabel();
}

VideoPlayer::~VideoPlayer() = default;

void VideoPlayer::setSource(const QUrl &url)
{
    releaseMedia();
    m_source = url;
    m_playWhenLoaded = false;
    m_audio->setMuted(true); // a new video never starts with sound
    m_seekSlider->setValue(0);
    updatePlayButton();
    updateTimeLabel();
    if (url.isEmpty())
        return;

    for (int i = 0; i < m_cache.size(); ++i) {
        if (m_cache.at(i).first == url) {
            m_cache.move(i, 0);
            playBytes(m_cache.first().second);
            return;
        }
    }
    m_fetch = new OutputFetch(m_network, url, MaxBytes, this);
    m_fetch->setLogging(lcUi, QStringLiteral("preview"));
    connect(m_fetch, &OutputFetch::fetched, this, &VideoPlayer::onFetched);
    connect(m_fetch, &OutputFetch::failed, this,
            [this](const QUrl &from, const OutputFetch::Failure &failure) {
                if (from != m_source)
                    return;
                releaseMedia();
                emit failed(OutputFetch::describe(failure));
            });
    m_fetch->start();
}

QUrl VideoPlayer::source() const
{
    return m_source;
}

bool VideoPlayer::isLoading() const
{
    return !m_fetch.isNull();
}

void VideoPlayer::clear()
{
    setSource({});
}

void VideoPlayer::play()
{
    if (m_buffer)
        m_player->play();
    else
        m_playWhenLoaded = !m_source.isEmpty();
    updatePlayButton();
}

void VideoPlayer::pause()
{
    m_playWhenLoaded = false;
    m_player->pause();
    updatePlayButton();
}

bool VideoPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

void VideoPlayer::onFetched(const QUrl &url, const QByteArray &bytes)
{
    m_cache.removeIf([&url](const auto &entry) { return entry.first == url; });
    m_cache.prepend({url, bytes});
    while (m_cache.size() > MaxCachedVideos)
        m_cache.removeLast();
    if (url != m_source)
        return;
    m_fetch->deleteLater(); // not delete: this runs inside its signal
    m_fetch = nullptr;
    playBytes(bytes);
}

void VideoPlayer::playBytes(const QByteArray &bytes)
{
    m_buffer = new QBuffer(this);
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    // The address goes along so that the player's source names the output.
    m_player->setSourceDevice(m_buffer, m_source);
    if (m_playWhenLoaded)
        m_player->play();
    updatePlayButton();
    updateTimeLabel();
}

// Stops the player and lets go of the fetch and the bytes it was reading.
void VideoPlayer::releaseMedia()
{
    if (m_fetch) {
        QObject::disconnect(m_fetch, nullptr, this, nullptr);
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    m_player->stop();
    m_player->setSource({});
    if (m_buffer) {
        m_buffer->deleteLater(); // after the player's threads have surely let go of it
        m_buffer = nullptr;
    }
}

void VideoPlayer::setMuted(bool muted)
{
    m_audio->setMuted(muted);
}

bool VideoPlayer::isMuted() const
{
    return m_audio->isMuted();
}

void VideoPlayer::togglePlaying()
{
    if (isPlaying() || m_playWhenLoaded)
        pause();
    else
        play();
}

void VideoPlayer::updatePlayButton()
{
    const bool playing = isPlaying() || (isLoading() && m_playWhenLoaded);
    const QString text = playing ? tr("Pause", "video") : tr("Play", "video");
    m_playButton->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setText(text);
    m_playButton->setToolTip(playing ? tr("Pause the video") : tr("Play the video"));
    m_playButton->setAccessibleName(text);
}

void VideoPlayer::updateMuteButton()
{
    const bool muted = m_audio->isMuted();
    const QSignalBlocker blocker(m_muteButton);
    m_muteButton->setChecked(!muted);
    m_muteButton->setIcon(
        style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_muteButton->setText(muted ? tr("Sound off") : tr("Sound on"));
    m_muteButton->setToolTip(muted ? tr("Turn the sound on") : tr("Mute the sound"));
    m_muteButton->setAccessibleName(tr("Sound", "video"));
}

void VideoPlayer::updatePosition(qint64 position)
{
    if (!m_seekSlider->isSliderDown()) {
        const QSignalBlocker blocker(m_seekSlider);
        m_seekSlider->setValue(int(position));
    }
    updateTimeLabel();
}

void VideoPlayer::updateDuration(qint64 duration)
{
    m_seekSlider->setRange(0, int(duration));
    m_seekSlider->setEnabled(duration > 0 && m_player->isSeekable());
    updateTimeLabel();
}

void VideoPlayer::updateTimeLabel()
{
    if (isLoading()) {
        m_timeLabel->setText(tr("Loading…", "video"));
        return;
    }
    //: the position in a video and its length, e.g. "0:03 / 0:05"
    m_timeLabel->setText(
        tr("%1 / %2").arg(formatTime(m_player->position())).arg(formatTime(m_player->duration())));
}

void VideoPlayer::seekToSlider()
{
    m_player->setPosition(m_seekSlider->sliderPosition());
}
