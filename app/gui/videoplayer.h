// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <utility>

class OutputFetch;
class QAudioOutput;
class QBuffer;
class QLabel;
class QMediaPlayer;
class QNetworkAccessManager;
class QSlider;
class QToolButton;
class QVideoWidget;

// A small player for one video output: loops, starts muted, with play/pause, a seek bar, the
// time, and a button to turn the sound on. The video is fetched first (OutputFetch) and played
// from memory: Qt 6.4's FFmpeg backend opens a URL on the calling thread, which would freeze
// the window while it connects, and hang for good against the simulator in the same process.
class VideoPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoPlayer)

public:
    static constexpr qint64 MaxBytes = 128 * 1024 * 1024;
    static constexpr int MaxCachedVideos = 2; // so that stepping back does not fetch again

    explicit VideoPlayer(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~VideoPlayer() override;

    // Stops what was playing and loads this address, muted. Nothing plays until play(), which
    // may come before the video has arrived.
    void setSource(const QUrl &url);
    QUrl source() const; // the output's address, as given
    bool isLoading() const;
    void clear();

    void play();
    void pause();
    bool isPlaying() const;

    void setMuted(bool muted);
    bool isMuted() const;

    QMediaPlayer *mediaPlayer() const { return m_player; }

signals:
    void failed(const QString &reason); // the video cannot be played

private:
    void onFetched(const QUrl &url, const QByteArray &bytes);
    void playBytes(const QByteArray &bytes);
    void releaseMedia();
    void togglePlaying();
    void updatePlayButton();
    void updateMuteButton();
    void updatePosition(qint64 position);
    void updateDuration(qint64 duration);
    void updateTimeLabel();
    void seekToSlider();

    QNetworkAccessManager *m_network;
    QUrl m_source;
    QPointer<OutputFetch> m_fetch;
    QBuffer *m_buffer = nullptr; // what the player reads
    bool m_playWhenLoaded = false;
    QList<std::pair<QUrl, QByteArray>> m_cache; // the most recently used first
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QVideoWidget *m_video;
    QToolButton *m_playButton;
    QSlider *m_seekSlider;
    QLabel *m_timeLabel;
    QToolButton *m_muteButton;
};
