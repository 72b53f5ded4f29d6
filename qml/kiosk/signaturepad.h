#pragma once

#include "consent/signedconsent.h"

#include <QColor>
#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QQuickPaintedItem>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

class QPainter;

// The surface a client signs on with a finger (or a mouse): it records each stroke as points
// normalised to 0..1 of the pad with milliseconds since the first touch (the SignedConsent form)
// and draws them as smooth ink. It is a QQuickPaintedItem rather than a scene-graph node because
// QPainter strokes antialiased quadratic curves with round caps and joins on every backend,
// including the software renderer of the screenshots, and a signature's few hundred points are
// cheap to repaint in the small rectangle each new point changes.
//
// SignatureField.qml wraps it in the card, hint, Clear button and message the kiosk shows.
class SignaturePad : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    // Strokes drawn so far, including the one under the finger.
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokeCountChanged)
    Q_PROPERTY(bool isEmpty READ isEmpty NOTIFY isEmptyChanged)
    // True while a finger or the mouse button is down on the pad.
    Q_PROPERTY(bool drawing READ isDrawing NOTIFY drawingChanged)
    // False for an empty or trivial signature: a dot, a tick, a short scribble (the thresholds
    // are at the top of signaturepad.cpp). Re-evaluated when a stroke ends, on clear() and when
    // the pad is resized.
    Q_PROPERTY(bool isAcceptable READ isAcceptable NOTIFY isAcceptableChanged)
    Q_PROPERTY(QColor penColor READ penColor WRITE setPenColor NOTIFY penColorChanged)
    // Ink width in logical pixels.
    Q_PROPERTY(qreal penWidth READ penWidth WRITE setPenWidth NOTIFY penWidthChanged)
    // `[[[x, y, ms], ...], ...]`, exactly SignedConsent::strokesToJson(). A QJsonArray in a
    // QVariant, which QML sees as an array: Qt 6.4's QML tools do not know QJsonArray as a type.
    Q_PROPERTY(QVariant strokesJson READ strokesJson NOTIFY strokesChanged)

public:
    explicit SignaturePad(QQuickItem *parent = nullptr);

    int strokeCount() const;
    bool isEmpty() const;
    bool isDrawing() const;
    bool isAcceptable() const;

    QColor penColor() const;
    void setPenColor(const QColor &color);
    qreal penWidth() const;
    void setPenWidth(qreal width);

    // The strokes as the consent stores them (the one under the finger included, as far as it
    // has got).
    QList<intake::SignatureStroke> strokes() const;
    QVariant strokesJson() const;

    // Forgets every stroke and the clock (the next touch is at 0 ms again); also ends a stroke
    // that is being drawn, so the idle wipe can call it at any time.
    Q_INVOKABLE void clear();

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void strokeCountChanged();
    void isEmptyChanged();
    void drawingChanged();
    void isAcceptableChanged();
    void penColorChanged();
    void penWidthChanged();
    // A stroke ended or the pad was cleared (not sent for every point while a finger moves).
    void strokesChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseUngrabEvent() override;
    void touchEvent(QTouchEvent *event) override;
    void touchUngrabEvent() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    enum class Input { None, Mouse, Touch };

    void beginStroke(QPointF position, Input input);
    void extendStroke(QPointF position);
    void endStroke();
    void updateAcceptable();
    bool computeAcceptable() const;
    // From the item's pixels to 0..1 (clamped: a finger may slide off the pad while it draws).
    intake::SignaturePoint normalised(QPointF position) const;
    QPointF toPixels(const intake::SignaturePoint &point) const;
    // Repaints the part of the pad the last points of the current stroke touch.
    void updateNewestSegment();

    QList<intake::SignatureStroke> m_strokes;
    QElapsedTimer m_clock;           // started at the first touch of a signature
    Input m_input = Input::None;     // what is drawing the current stroke
    int m_touchId = -1;              // the finger that draws; other fingers are ignored
    QPointF m_lastPixel;             // the last recorded point, in item pixels
    bool m_acceptable = false;
    QColor m_penColor = Qt::black;
    qreal m_penWidth = 3.0;
};
