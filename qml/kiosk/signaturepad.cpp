#include "signaturepad.h"

#include <QJsonArray>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRectF>

#include <algorithm>

namespace {

// Finger jitter: a new point closer than this to the last one adds nothing to the ink and only
// bloats the stored signature.
constexpr qreal minPointDistance = 1.5; // logical pixels

// What "trivial" means. The pad cannot tell a signature from a scribble (the esthetician checks
// it at the desk); these only reject an accidental touch, a dot, a tick or an initial. All are
// proportions of the pad's width, so they hold at every screen size and orientation: a full
// signature across a signature line runs well over half of it.
constexpr qreal minInkLength = 0.6;    // ink summed over all strokes, in pad widths
constexpr qreal minExtent = 0.15;      // the larger side of the ink's bounding box, in pad widths
constexpr qsizetype minPointCount = 10; // recorded points over all strokes

// Antialiasing reaches a pixel past the pen's edge.
constexpr qreal antialiasMargin = 2.0;

// A smooth curve through the points: straight to the midpoint of the first segment, then a
// quadratic curve to each next midpoint with the sampled point as its control point, then
// straight to the last point. The curve touches every segment's midpoint and has no corners at
// the samples, which is what makes finger input look like ink.
QPainterPath smoothPath(const QList<QPointF> &points)
{
    QPainterPath path(points.constFirst());
    if (points.size() == 2) {
        path.lineTo(points.at(1));
        return path;
    }
    path.lineTo((points.at(0) + points.at(1)) / 2);
    for (qsizetype i = 1; i + 1 < points.size(); ++i)
        path.quadTo(points.at(i), (points.at(i) + points.at(i + 1)) / 2);
    path.lineTo(points.constLast());
    return path;
}

} // namespace

SignaturePad::SignaturePad(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setFillColor(Qt::transparent); // the card behind the pad shows through
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
}

int SignaturePad::strokeCount() const
{
    return static_cast<int>(m_strokes.size());
}

bool SignaturePad::isEmpty() const
{
    return m_strokes.isEmpty();
}

bool SignaturePad::isDrawing() const
{
    return m_input != Input::None;
}

bool SignaturePad::isAcceptable() const
{
    return m_acceptable;
}

QColor SignaturePad::penColor() const
{
    return m_penColor;
}

void SignaturePad::setPenColor(const QColor &color)
{
    if (color == m_penColor)
        return;
    m_penColor = color;
    update();
    Q_EMIT penColorChanged();
}

qreal SignaturePad::penWidth() const
{
    return m_penWidth;
}

void SignaturePad::setPenWidth(qreal width)
{
    if (qFuzzyCompare(width, m_penWidth) || width <= 0)
        return;
    m_penWidth = width;
    update();
    Q_EMIT penWidthChanged();
}

QList<intake::SignatureStroke> SignaturePad::strokes() const
{
    return m_strokes;
}

QVariant SignaturePad::strokesJson() const
{
    // One definition of the stored form: the consent's own.
    intake::SignedConsent consent;
    consent.strokes = m_strokes;
    return QVariant::fromValue(consent.strokesToJson());
}

void SignaturePad::clear()
{
    const Input input = m_input;
    const bool wasDrawing = input != Input::None;
    if (wasDrawing) {
        // Let go of the finger or mouse as well, so that its next move does not draw. Not
        // drawing any more first: ungrabbing calls the ungrab handlers, which would end the
        // stroke a second time.
        m_input = Input::None;
        m_touchId = -1;
        setKeepMouseGrab(false);
        setKeepTouchGrab(false);
        if (input == Input::Mouse)
            ungrabMouse();
        else
            ungrabTouchPoints();
    }
    m_clock.invalidate();
    if (m_strokes.isEmpty()) {
        if (wasDrawing)
            Q_EMIT drawingChanged();
        return;
    }
    m_strokes.clear();
    m_strokes.squeeze();
    update();
    Q_EMIT strokeCountChanged();
    Q_EMIT isEmptyChanged();
    if (wasDrawing)
        Q_EMIT drawingChanged();
    updateAcceptable();
    Q_EMIT strokesChanged();
}

void SignaturePad::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_penColor, m_penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);

    QList<QPointF> pixels;
    for (const intake::SignatureStroke &stroke : std::as_const(m_strokes)) {
        if (stroke.size() == 1) {
            // A dot: the round cap of a zero-length line.
            painter->drawPoint(toPixels(stroke.constFirst()));
            continue;
        }
        pixels.clear();
        pixels.reserve(stroke.size());
        for (const intake::SignaturePoint &point : stroke)
            pixels.append(toPixels(point));
        painter->drawPath(smoothPath(pixels));
    }
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || isDrawing()) {
        event->ignore();
        return;
    }
    beginStroke(event->position(), Input::Mouse);
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (m_input != Input::Mouse) {
        event->ignore();
        return;
    }
    extendStroke(event->position());
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_input != Input::Mouse || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    extendStroke(event->position());
    endStroke();
    event->accept();
}

void SignaturePad::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Qt 6 sends the second press as a press too, which already started a stroke (dotting an
    // "i"); the double click itself means nothing here and must not reach the page behind.
    event->accept();
}

void SignaturePad::mouseUngrabEvent()
{
    // Something took the mouse away mid-stroke: keep what was drawn, as if the button came up.
    if (m_input == Input::Mouse)
        endStroke();
}

void SignaturePad::touchEvent(QTouchEvent *event)
{
    if (event->type() == QEvent::TouchCancel) {
        if (m_input == Input::Touch)
            endStroke();
        event->accept();
        return;
    }

    // One finger draws: the first that comes down while nothing draws. The others are accepted
    // (so they neither reach the page behind nor come back as mouse events) and ignored.
    for (const QEventPoint &point : event->points()) {
        if (m_input == Input::None && point.state() == QEventPoint::State::Pressed) {
            m_touchId = point.id();
            beginStroke(point.position(), Input::Touch);
            continue;
        }
        if (m_input != Input::Touch || point.id() != m_touchId)
            continue;
        if (point.state() == QEventPoint::State::Updated) {
            extendStroke(point.position());
        } else if (point.state() == QEventPoint::State::Released) {
            extendStroke(point.position());
            endStroke();
        }
    }
    event->accept();
}

void SignaturePad::touchUngrabEvent()
{
    if (m_input == Input::Touch)
        endStroke();
}

void SignaturePad::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        // The points are proportions of the pad: the ink scales with it, and the proportions
        // that make a signature acceptable change with the pad's aspect ratio.
        update();
        updateAcceptable();
    }
}

void SignaturePad::beginStroke(QPointF position, Input input)
{
    const bool wasEmpty = m_strokes.isEmpty();
    if (wasEmpty || !m_clock.isValid())
        m_clock.start();
    m_input = input;
    // While the finger is down the signature owns it: a Flickable or ScrollView around the
    // consent page must not take the gesture over as a scroll.
    if (input == Input::Mouse)
        setKeepMouseGrab(true);
    else
        setKeepTouchGrab(true);

    const intake::SignaturePoint point = normalised(position);
    m_strokes.append(intake::SignatureStroke{point});
    m_lastPixel = toPixels(point);
    updateNewestSegment();

    Q_EMIT strokeCountChanged();
    if (wasEmpty)
        Q_EMIT isEmptyChanged();
    Q_EMIT drawingChanged();
}

void SignaturePad::extendStroke(QPointF position)
{
    const intake::SignaturePoint point = normalised(position);
    const QPointF pixel = toPixels(point);
    if (QLineF(m_lastPixel, pixel).length() < minPointDistance)
        return;
    m_strokes.last().append(point);
    m_lastPixel = pixel;
    updateNewestSegment();
}

void SignaturePad::endStroke()
{
    m_input = Input::None;
    m_touchId = -1;
    setKeepMouseGrab(false);
    setKeepTouchGrab(false);
    Q_EMIT drawingChanged();
    updateAcceptable();
    Q_EMIT strokesChanged();
}

void SignaturePad::updateAcceptable()
{
    const bool acceptable = computeAcceptable();
    if (acceptable == m_acceptable)
        return;
    m_acceptable = acceptable;
    Q_EMIT isAcceptableChanged();
}

bool SignaturePad::computeAcceptable() const
{
    const qreal padWidth = width();
    if (m_strokes.isEmpty() || padWidth <= 0 || height() <= 0)
        return false;

    qsizetype pointCount = 0;
    qreal inkLength = 0;
    QPointF topLeft = toPixels(m_strokes.constFirst().constFirst());
    QPointF bottomRight = topLeft;
    for (const intake::SignatureStroke &stroke : m_strokes) {
        pointCount += stroke.size();
        QPointF previous = toPixels(stroke.constFirst());
        for (const intake::SignaturePoint &point : stroke) {
            const QPointF pixel = toPixels(point);
            inkLength += QLineF(previous, pixel).length();
            previous = pixel;
            topLeft = QPointF(std::min(topLeft.x(), pixel.x()), std::min(topLeft.y(), pixel.y()));
            bottomRight = QPointF(std::max(bottomRight.x(), pixel.x()), std::max(bottomRight.y(), pixel.y()));
        }
    }
    const QPointF extent = bottomRight - topLeft;
    return pointCount >= minPointCount
        && inkLength >= minInkLength * padWidth
        && std::max(extent.x(), extent.y()) >= minExtent * padWidth;
}

intake::SignaturePoint SignaturePad::normalised(QPointF position) const
{
    const qreal w = width();
    const qreal h = height();
    return {
        w > 0 ? std::clamp(position.x() / w, 0.0, 1.0) : 0.0,
        h > 0 ? std::clamp(position.y() / h, 0.0, 1.0) : 0.0,
        m_clock.isValid() ? m_clock.elapsed() : 0,
    };
}

QPointF SignaturePad::toPixels(const intake::SignaturePoint &point) const
{
    return {point.x * width(), point.y * height()};
}

void SignaturePad::updateNewestSegment()
{
    // Adding a point reshapes the curve from the midpoint before the previous point onwards, so
    // the last three points bound everything that changed.
    const intake::SignatureStroke &stroke = m_strokes.constLast();
    QPointF topLeft = toPixels(stroke.constLast());
    QPointF bottomRight = topLeft;
    for (qsizetype i = std::max<qsizetype>(0, stroke.size() - 3); i < stroke.size(); ++i) {
        const QPointF pixel = toPixels(stroke.at(i));
        topLeft = QPointF(std::min(topLeft.x(), pixel.x()), std::min(topLeft.y(), pixel.y()));
        bottomRight = QPointF(std::max(bottomRight.x(), pixel.x()), std::max(bottomRight.y(), pixel.y()));
    }
    const qreal margin = m_penWidth / 2 + antialiasMargin;
    update(QRectF(topLeft, bottomRight).adjusted(-margin, -margin, margin, margin).toAlignedRect());
}
