// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "previewpane.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStyle>
#include <QUrl>

#include <optional>
#include <utility>

class ImageFetch;
class ImageView;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QToolButton;
class TaskDetails;
class VideoPlayer;

// The pane's state and widgets: built in previewpanelayout.cpp, driven in previewpane.cpp.
struct PreviewPane::Private
{
    explicit Private(PreviewPane *pane, QNetworkAccessManager *manager)
        : q(pane)
        , network(manager)
    {}

    void buildOutputArea();
    void buildMessagePage();
    void buildOverlay();
    void buildToolbar();
    void buildLayout();

    QUrl currentUrl() const;
    bool isFlagged() const;
    void load();
    void stopOutput();
    void fetchImage(const QUrl &url);
    void startVideo();
    void showImage(const QImage &image);
    void showNoOutput();
    void showMessage(Content kind, const QString &text, QStyle::StandardPixmap icon,
                     bool prominent = false);
    void updateOverlay();
    void updateToolbar();
    void setDetailsShown(bool shown);
    void reveal();

    std::optional<QImage> cachedImage(const QUrl &url);
    void cacheImage(const QUrl &url, const QImage &image);

    PreviewPane *q;
    QNetworkAccessManager *network;
    std::optional<Task> task; // a copy: the caller's task may change or go away
    int index = 0;
    bool blurNsfw = true;
    QSet<QString> revealedTasks;
    Content content = Content::Nothing;
    QList<std::pair<QUrl, QImage>> cache; // the most recently used first
    QPointer<ImageFetch> fetch;

    QWidget *outputArea = nullptr;
    QStackedWidget *stack = nullptr;
    QWidget *messagePage = nullptr;
    QLabel *messageIcon = nullptr;
    QLabel *messageText = nullptr;
    ImageView *imageView = nullptr;
    VideoPlayer *videoPlayer = nullptr;
    QFrame *overlay = nullptr;
    QPushButton *revealButton = nullptr;
    QWidget *toolbar = nullptr;
    QToolButton *previousButton = nullptr;
    QLabel *positionLabel = nullptr;
    QToolButton *nextButton = nullptr;
    QToolButton *fitButton = nullptr;
    QToolButton *actualSizeButton = nullptr;
    TaskDetails *details = nullptr;
    QScrollArea *detailsArea = nullptr;
    QSplitter *splitter = nullptr;
    QList<int> splitSizes; // as the user left them; empty: the default shares
};
