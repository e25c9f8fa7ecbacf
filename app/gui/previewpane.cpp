// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "previewpane.h"
#include "previewpane_p.h"

#include "imagefetch.h"
#include "imageview.h"
#include "logging.h"
#include "taskdetails.h"
#include "videoplayer.h"

#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QToolButton>

namespace {

// Decoded images kept so that stepping back and forth does not fetch again; both limits hold.
constexpr int MaxCachedImages = 4;
constexpr qint64 MaxCachedBytes = 256 * 1024 * 1024;
constexpr int MessageIconSize = 32;

enum class OutputKind { Image, Video, Other };

// By the URL's path, the way outputs are named; an output without a known extension is tried as
// an image, and the decoder says when it is not one.
OutputKind outputKind(const QUrl &url)
{
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    static const QSet<QString> videos{QStringLiteral("mp4"), QStringLiteral("webm"),
                                      QStringLiteral("mov")};
    static const QSet<QString> others{QStringLiteral("mp3"),  QStringLiteral("wav"),
                                      QStringLiteral("m4a"),  QStringLiteral("glb"),
                                      QStringLiteral("json"), QStringLiteral("txt")};
    if (videos.contains(suffix))
        return OutputKind::Video;
    if (others.contains(suffix))
        return OutputKind::Other;
    return OutputKind::Image;
}

} // namespace

PreviewPane::PreviewPane(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, network))
{
    d->buildOutputArea();
    d->buildToolbar();
    d->buildLayout();
    showTask(nullptr);
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::showTask(const Task *task)
{
    if (!task) {
        d->task.reset();
        d->index = 0;
        d->stopOutput();
        d->details->showTask(nullptr);
        d->setDetailsShown(false);
        d->showMessage(Content::Nothing, tr("Select a task to preview it"), QStyle::SP_CustomBase);
        d->updateToolbar();
        return;
    }

    const bool sameTask = d->task && d->task->id == task->id;
    const bool sameOutputs = sameTask && d->task->outputs == task->outputs;
    d->task = *task;
    d->details->showTask(task);
    d->setDetailsShown(true);
    if (!sameTask)
        d->index = 0;
    d->index = std::clamp(d->index, 0, std::max(0, int(task->outputs.size()) - 1));

    // The same outputs: what is shown stays, only the flags may have changed.
    if (sameOutputs && !task->outputs.isEmpty()) {
        d->updateOverlay();
        d->updateToolbar();
        return;
    }
    d->load();
}

QString PreviewPane::taskId() const
{
    return d->task ? d->task->id : QString();
}

void PreviewPane::setBlurNsfw(bool blur)
{
    d->blurNsfw = blur;
    d->updateOverlay();
}

int PreviewPane::outputIndex() const
{
    return d->index;
}

int PreviewPane::outputCount() const
{
    return d->task ? int(d->task->outputs.size()) : 0;
}

void PreviewPane::showOutput(int index)
{
    if (index < 0 || index >= outputCount() || index == d->index)
        return;
    d->index = index;
    d->load();
}

// Stepping wraps around: after the last output comes the first again.
void PreviewPane::nextOutput()
{
    if (outputCount() > 1)
        showOutput((d->index + 1) % outputCount());
}

void PreviewPane::previousOutput()
{
    if (outputCount() > 1)
        showOutput((d->index + outputCount() - 1) % outputCount());
}

PreviewPane::Content PreviewPane::content() const
{
    return d->content;
}

QUrl PreviewPane::Private::currentUrl() const
{
    if (!task || index < 0 || index >= task->outputs.size())
        return {};
    return task->outputs.at(index);
}

bool PreviewPane::Private::isFlagged() const
{
    return blurNsfw && task && index < task->nsfw.size() && task->nsfw.at(index) &&
           !revealedTasks.contains(task->id);
}

// Shows the current output: from the cache, fetched, streamed, or a message saying why not.
void PreviewPane::Private::load()
{
    stopOutput();
    const QUrl url = currentUrl();
    if (url.isEmpty()) {
        showNoOutput();
        updateToolbar();
        return;
    }

    switch (outputKind(url)) {
    case OutputKind::Video:
        content = Content::Video;
        stack->setCurrentWidget(videoPlayer);
        if (!isFlagged())
            startVideo();
        break;
    case OutputKind::Other:
        showMessage(Content::Unavailable,
                    tr("Preview unavailable: %1")
                        .arg(tr("this kind of output has no preview; open it in the browser")),
                    QStyle::SP_MessageBoxInformation);
        break;
    case OutputKind::Image:
        if (const auto image = cachedImage(url))
            showImage(*image);
        else
            fetchImage(url);
        break;
    }
    updateOverlay();
    updateToolbar();
}

void PreviewPane::Private::stopOutput()
{
    if (fetch) {
        QObject::disconnect(fetch, nullptr, q, nullptr);
        fetch->deleteLater(); // not delete: this may run inside one of its signals
        fetch = nullptr;
    }
    videoPlayer->clear();
    imageView->clear();
}

void PreviewPane::Private::fetchImage(const QUrl &url)
{
    showMessage(Content::Loading, tr("Loading preview…"), QStyle::SP_CustomBase);
    fetch = new ImageFetch(network, url, q);
    connect(fetch, &ImageFetch::decoded, q, [this](const QUrl &from, const QImage &image) {
        cacheImage(from, image);
        if (from != currentUrl())
            return;
        stopOutput();
        showImage(image);
    });
    connect(fetch, &ImageFetch::failed, q, [this](const QUrl &from, const QString &reason) {
        if (from != currentUrl())
            return;
        stopOutput();
        showMessage(Content::Unavailable, tr("Preview unavailable: %1").arg(reason),
                    QStyle::SP_MessageBoxWarning);
        updateToolbar();
    });
    fetch->start();
}

// Streams the current video muted: an output never starts playing with sound.
void PreviewPane::Private::startVideo()
{
    videoPlayer->setSource(currentUrl());
    videoPlayer->setMuted(true);
    videoPlayer->play();
}

void PreviewPane::Private::showImage(const QImage &image)
{
    content = Content::Image;
    imageView->setImage(image);
    stack->setCurrentWidget(imageView);
    updateOverlay();
    updateToolbar();
}

void PreviewPane::Private::showNoOutput()
{
    if (task->state == TaskState::Completed) {
        showMessage(Content::Nothing, tr("This task completed without outputs"),
                    QStyle::SP_MessageBoxInformation);
    } else if (task->isFinished()) {
        const QString error = TaskDetails::errorText(*task);
        const QString status = TaskDetails::statusText(*task);
        //: %1 is the task's state, e.g. "Failed", %2 the error and its meaning
        showMessage(Content::Nothing,
                    error.isEmpty() ? status : tr("%1: %2", "state: error").arg(status, error),
                    QStyle::SP_MessageBoxCritical, true);
    } else {
        showMessage(Content::Nothing, tr("The preview appears when the task completes"),
                    QStyle::SP_CustomBase);
    }
}

// SP_CustomBase: a message without an icon.
void PreviewPane::Private::showMessage(Content kind, const QString &text,
                                       QStyle::StandardPixmap icon, bool prominent)
{
    content = kind;
    messageText->setText(text);
    QFont font = q->font();
    font.setBold(prominent);
    messageText->setFont(font);
    messageIcon->setVisible(icon != QStyle::SP_CustomBase);
    if (icon != QStyle::SP_CustomBase)
        messageIcon->setPixmap(
            q->style()->standardIcon(icon).pixmap(MessageIconSize, MessageIconSize));
    stack->setCurrentWidget(messagePage);
    overlay->hide();
}

void PreviewPane::Private::updateOverlay()
{
    const bool flagged = isFlagged();
    const bool shown = content == Content::Image || content == Content::Video;
    imageView->setBlurred(flagged);
    videoPlayer->setEnabled(!flagged);
    overlay->setVisible(flagged && shown);
    if (content != Content::Video)
        return;

    // A flagged video does not play until revealed; blurring again stops it.
    if (flagged)
        videoPlayer->clear();
    else if (videoPlayer->source().isEmpty())
        startVideo();
}

void PreviewPane::Private::updateToolbar()
{
    const int count = q->outputCount();
    const bool several = count > 1;
    const bool image = content == Content::Image;
    previousButton->setVisible(several);
    nextButton->setVisible(several);
    positionLabel->setVisible(several);
    //: the output shown and how many the task has, e.g. "2 / 3"
    positionLabel->setText(tr("%1 / %2", "output position").arg(index + 1).arg(count));
    fitButton->setVisible(image);
    fitButton->setChecked(image && imageView->isFitting());
    actualSizeButton->setVisible(image);
    toolbar->setVisible(several || image);
}

void PreviewPane::Private::reveal()
{
    if (!task)
        return;
    qCDebug(lcUi).nospace().noquote() << "preview " << task->id << ": flagged outputs revealed";
    revealedTasks.insert(task->id);
    updateOverlay();
    emit q->revealed(task->id);
}

std::optional<QImage> PreviewPane::Private::cachedImage(const QUrl &url)
{
    for (int i = 0; i < cache.size(); ++i) {
        if (cache.at(i).first == url) {
            cache.move(i, 0);
            return cache.first().second;
        }
    }
    return std::nullopt;
}

void PreviewPane::Private::cacheImage(const QUrl &url, const QImage &image)
{
    cache.removeIf([&url](const auto &entry) { return entry.first == url; });
    if (image.sizeInBytes() > MaxCachedBytes)
        return;
    cache.prepend({url, image});

    qint64 bytes = 0;
    for (int i = 0; i < cache.size(); ++i) {
        bytes += cache.at(i).second.sizeInBytes();
        if (i >= MaxCachedImages || bytes > MaxCachedBytes) {
            cache.erase(cache.begin() + i, cache.end());
            break;
        }
    }
}
