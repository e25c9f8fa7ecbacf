// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "previewpane_p.h"

#include "imageview.h"
#include "taskdetails.h"
#include "videoplayer.h"

#include <QBoxLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>

namespace {

// The output area's and the details' shares of the pane's height, until the user moves the handle.
constexpr int OutputShare = 60;
constexpr int DetailsShare = 40;

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &toolTip, const QString &accessibleName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

void PreviewPane::Private::buildOutputArea()
{
    outputArea = new QWidget(q);
    stack = new QStackedWidget(outputArea);
    buildMessagePage();
    imageView = new ImageView(stack);
    videoPlayer = new VideoPlayer(network, stack);
    stack->addWidget(messagePage);
    stack->addWidget(imageView);
    stack->addWidget(videoPlayer);
    buildOverlay();

    // Over the blurred output, in the same grid cell: the later widget is drawn on top.
    auto *grid = new QGridLayout(outputArea);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(stack, 0, 0);
    grid->addWidget(overlay, 0, 0, Qt::AlignCenter);

    connect(imageView, &ImageView::zoomChanged, q, [this] { updateToolbar(); });
    connect(videoPlayer, &VideoPlayer::failed, q, [this](const QString &reason) {
        if (content != Content::Video)
            return;
        videoPlayer->clear();
        showMessage(Content::Unavailable, tr("Preview unavailable: %1").arg(reason),
                    QStyle::SP_MessageBoxWarning);
        updateToolbar();
    });
}

// A message in the middle of the output area, with an icon above it when it needs one.
void PreviewPane::Private::buildMessagePage()
{
    messagePage = new QWidget(stack);
    messageIcon = new QLabel(messagePage);
    messageIcon->setAlignment(Qt::AlignCenter);
    messageText = new QLabel(messagePage);
    messageText->setObjectName(QStringLiteral("previewMessage"));
    messageText->setAlignment(Qt::AlignCenter);
    messageText->setWordWrap(true);
    messageText->setTextFormat(Qt::PlainText);
    messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(messageIcon);
    messageLayout->addWidget(messageText);
    messageLayout->addStretch(1);
}

void PreviewPane::Private::buildOverlay()
{
    overlay = new QFrame(outputArea);
    overlay->setObjectName(QStringLiteral("nsfwOverlay"));
    overlay->setAutoFillBackground(true);
    overlay->setFrameShape(QFrame::StyledPanel);
    auto *overlayText = new QLabel(tr("This output was flagged as sensitive."), overlay);
    overlayText->setWordWrap(true);
    overlayText->setAlignment(Qt::AlignCenter);
    revealButton = new QPushButton(tr("Show flagged content"), overlay);
    revealButton->setObjectName(QStringLiteral("revealButton"));
    revealButton->setToolTip(tr("Show this task's flagged outputs without the blur"));
    revealButton->setAccessibleName(tr("Show flagged content"));
    auto *overlayLayout = new QVBoxLayout(overlay);
    overlayLayout->addWidget(overlayText);
    overlayLayout->addWidget(revealButton, 0, Qt::AlignHCenter);
    overlay->hide();
    connect(revealButton, &QPushButton::clicked, q, [this] { reveal(); });
}

void PreviewPane::Private::buildToolbar()
{
    toolbar = new QWidget(q);
    previousButton =
        toolButton(toolbar, QStringLiteral("previousOutputButton"), tr("‹", "previous output"),
                   tr("Show the previous output of this task"), tr("Previous output"));
    nextButton = toolButton(toolbar, QStringLiteral("nextOutputButton"), tr("›", "next output"),
                            tr("Show the next output of this task"), tr("Next output"));
    positionLabel = new QLabel(toolbar);
    positionLabel->setObjectName(QStringLiteral("outputPosition"));
    positionLabel->setAccessibleName(tr("Output number"));
    fitButton = toolButton(toolbar, QStringLiteral("fitButton"), tr("Fit", "zoom"),
                           tr("Fit the image to the pane (Ctrl+0); zoom with Ctrl+wheel, "
                              "Ctrl++ and Ctrl+-"),
                           tr("Fit to pane"));
    fitButton->setCheckable(true);
    actualSizeButton = toolButton(toolbar, QStringLiteral("actualSizeButton"), tr("100%", "zoom"),
                                  tr("Show the image at its actual size"), tr("Actual size"));

    auto *layout = new QHBoxLayout(toolbar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(previousButton);
    layout->addWidget(positionLabel);
    layout->addWidget(nextButton);
    layout->addStretch(1);
    layout->addWidget(fitButton);
    layout->addWidget(actualSizeButton);

    connect(previousButton, &QToolButton::clicked, q, &PreviewPane::previousOutput);
    connect(nextButton, &QToolButton::clicked, q, &PreviewPane::nextOutput);
    connect(fitButton, &QToolButton::clicked, q, [this] {
        imageView->fitToView();
        updateToolbar(); // a click on the checked button must not uncheck it
    });
    connect(actualSizeButton, &QToolButton::clicked, imageView, &ImageView::showActualSize);
}

void PreviewPane::Private::buildLayout()
{
    details = new TaskDetails;
    detailsArea = new QScrollArea;
    detailsArea->setWidget(details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(outputArea, 1);
    topLayout->addWidget(toolbar);

    // The user decides how much height the details get.
    // Without stretch factors, the splitter shares height by the proportions of its sizes.
    splitter = new QSplitter(Qt::Vertical, q);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(detailsArea);
    splitter->setSizes({OutputShare, DetailsShare});

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

// Hidden while no task is selected; shown again with the height the user gave it.
void PreviewPane::Private::setDetailsShown(bool shown)
{
    if (shown != detailsArea->isHidden())
        return;
    if (shown) {
        detailsArea->show();
        splitter->setSizes(splitSizes.isEmpty() ? QList<int>{OutputShare, DetailsShare}
                                                : splitSizes);
        return;
    }
    if (q->isVisible())
        splitSizes = splitter->sizes();
    detailsArea->hide();
}
