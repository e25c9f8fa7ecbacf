// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QPoint>

// One image, large: it fits the view until the user zooms (Ctrl+wheel, Ctrl++ / Ctrl+-), then
// scrolls and pans by dragging. Blurred on request, for outputs flagged as sensitive.
class ImageView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageView)

public:
    static constexpr double MinZoom = 0.02;
    static constexpr double MaxZoom = 16.0;
    static constexpr double ZoomStep = 1.25; // one wheel notch or one key press

    explicit ImageView(QWidget *parent = nullptr);
    ~ImageView() override;

    void setImage(const QImage &image); // fits it to the view
    QImage image() const;
    void clear();

    void setBlurred(bool blurred);
    bool isBlurred() const;

    // 1.0 shows one image pixel per device-independent pixel.
    double zoom() const;
    bool isFitting() const; // the zoom follows the view's size
    void fitToView();
    void showActualSize();
    void zoomIn();
    void zoomOut();

    QSize sizeHint() const override;

signals:
    void zoomChanged(double zoom, bool fitting);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    double fittingZoom() const;
    void setZoom(double zoom, bool fitting, QPointF anchor);
    void zoomBy(double factor, QPointF anchor);
    void updateScrollBars();
    QRectF imageRect() const; // where the image lands, in viewport coordinates
    bool canPan() const;

    QImage m_image;
    QImage m_blurredImage; // made when first needed
    bool m_blurred = false;
    bool m_fitting = true;
    double m_zoom = 1.0;
    bool m_dragging = false;
    QPoint m_dragLast;
};
