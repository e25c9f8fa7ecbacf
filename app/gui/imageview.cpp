// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "imageview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace {

constexpr double WheelNotch = 120.0; // angleDelta units of one notch
constexpr int ScrollStep = 20;       // pixels per arrow key or scroll-bar arrow
constexpr int PreferredWidth = 320;
constexpr int PreferredHeight = 240;
// Above this zoom, pixels are drawn as crisp squares: the user is looking at them.
constexpr double CrispZoom = 2.0;
// The blur: shrink to a few dozen pixels, then grow back smoothly. A first fast shrink keeps a
// large image from costing a smooth pass over every one of its pixels.
constexpr int BlurRoughEdge = 256;
constexpr int BlurEdge = 10;
constexpr int BlurGrowth = 16;

QImage blurredCopy(const QImage &image)
{
    const QImage rough =
        image.scaled(BlurRoughEdge, BlurRoughEdge, Qt::KeepAspectRatio, Qt::FastTransformation);
    const QImage tiny =
        rough.scaled(BlurEdge, BlurEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return tiny.scaled(tiny.size() * BlurGrowth, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

ImageView::ImageView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    horizontalScrollBar()->setSingleStep(ScrollStep);
    verticalScrollBar()->setSingleStep(ScrollStep);
    setAccessibleName(tr("Output image"));
}

ImageView::~ImageView() = default;

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    m_blurredImage = m_blurred && !image.isNull() ? blurredCopy(image) : QImage();
    fitToView();
}

QImage ImageView::image() const
{
    return m_image;
}

void ImageView::clear()
{
    setImage({});
}

void ImageView::setBlurred(bool blurred)
{
    if (m_blurred == blurred)
        return;
    m_blurred = blurred;
    if (m_blurred && m_blurredImage.isNull() && !m_image.isNull())
        m_blurredImage = blurredCopy(m_image);
    updateScrollBars();
    viewport()->update();
}

bool ImageView::isBlurred() const
{
    return m_blurred;
}

double ImageView::zoom() const
{
    return m_zoom;
}

bool ImageView::isFitting() const
{
    return m_fitting;
}

void ImageView::fitToView()
{
    setZoom(fittingZoom(), true, QRectF(viewport()->rect()).center());
}

void ImageView::showActualSize()
{
    setZoom(1.0, false, QRectF(viewport()->rect()).center());
}

void ImageView::zoomIn()
{
    zoomBy(ZoomStep, QRectF(viewport()->rect()).center());
}

void ImageView::zoomOut()
{
    zoomBy(1.0 / ZoomStep, QRectF(viewport()->rect()).center());
}

QSize ImageView::sizeHint() const
{
    return {PreferredWidth, PreferredHeight};
}

void ImageView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (m_image.isNull())
        return;

    QPainter painter(viewport());
    const bool blurred = m_blurred && !m_blurredImage.isNull();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, blurred || m_zoom < CrispZoom);
    painter.drawImage(imageRect(), blurred ? m_blurredImage : m_image);
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitting)
        fitToView();
    else
        updateScrollBars();
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || m_image.isNull()) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        zoomBy(std::pow(ZoomStep, delta / WheelNotch), event->position());
    event->accept();
}

void ImageView::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn) || (control && event->key() == Qt::Key_Equal))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (control && event->key() == Qt::Key_0)
        fitToView();
    else
        QAbstractScrollArea::keyPressEvent(event);
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !canPan()) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragLast = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint position = event->position().toPoint();
    const QPoint moved = position - m_dragLast;
    m_dragLast = position;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - moved.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - moved.y());
    event->accept();
}

void ImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    updateScrollBars(); // restores the open hand
    event->accept();
}

// The whole image in view, never enlarged: a small output is shown at its own size.
double ImageView::fittingZoom() const
{
    if (m_image.isNull())
        return 1.0;
    const QSize view = viewport()->size();
    const double across = double(view.width()) / m_image.width();
    const double down = double(view.height()) / m_image.height();
    return qBound(MinZoom, std::min({across, down, 1.0}), MaxZoom);
}

void ImageView::setZoom(double zoom, bool fitting, QPointF anchor)
{
    // The image point under the anchor stays under it.
    const QRectF before = imageRect();
    const QPointF imagePoint = (anchor - before.topLeft()) / m_zoom;

    const double oldZoom = m_zoom;
    const bool oldFitting = m_fitting;
    m_zoom = qBound(MinZoom, zoom, MaxZoom);
    m_fitting = fitting;
    updateScrollBars();
    const QPointF offset = imagePoint * m_zoom - anchor;
    horizontalScrollBar()->setValue(qRound(offset.x()));
    verticalScrollBar()->setValue(qRound(offset.y()));
    viewport()->update();

    if (!qFuzzyCompare(oldZoom, m_zoom) || oldFitting != m_fitting)
        emit zoomChanged(m_zoom, m_fitting);
}

void ImageView::zoomBy(double factor, QPointF anchor)
{
    if (m_image.isNull())
        return;
    setZoom(m_zoom * factor, false, anchor);
}

void ImageView::updateScrollBars()
{
    const QSize shown = (QSizeF(m_image.size()) * m_zoom).toSize();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, shown.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setRange(0, std::max(0, shown.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());

    if (m_dragging)
        return;
    if (canPan())
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

QRectF ImageView::imageRect() const
{
    const QSizeF shown = QSizeF(m_image.size()) * m_zoom;
    const QSize view = viewport()->size();
    const double x = shown.width() <= view.width() ? (view.width() - shown.width()) / 2
                                                   : -horizontalScrollBar()->value();
    const double y = shown.height() <= view.height() ? (view.height() - shown.height()) / 2
                                                     : -verticalScrollBar()->value();
    return {QPointF(x, y), shown};
}

bool ImageView::canPan() const
{
    return horizontalScrollBar()->maximum() > 0 || verticalScrollBar()->maximum() > 0;
}
