#include "accessibledriver.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QQuickWindow>
#include <QTest>

AccessibleDriver::AccessibleDriver(QQuickWindow &window) : m_window(window)
{
    QAccessible::setActive(true);
}

void AccessibleDriver::collect(QAccessibleInterface *node, QRect visibleArea, QList<Control> &out) const
{
    if (!node || !node->isValid())
        return;
    const QAccessible::State state = node->state();
    // scrolled out of view still counts (reveal() scrolls to it); hidden does not
    if (state.invisible)
        return;
    Control control;
    control.name = node->text(QAccessible::Name);
    control.value = node->text(QAccessible::Value);
    control.role = node->role();
    const QRect global = node->rect();
    control.rect = QRect(m_window.mapFromGlobal(global.topLeft()), global.size());
    control.visibleArea = visibleArea;
    control.enabled = !state.disabled;
    control.checked = state.checked || state.pressed;
    if (node->object() != &m_window)
        out.append(control);
    // what this control contains is shown only inside it (a container without a size, such as
    // a positioner, does not clip)
    const QRect childArea = control.rect.isEmpty() ? visibleArea : visibleArea.intersected(control.rect);
    for (int i = 0; i < node->childCount(); ++i)
        collect(node->child(i), childArea, out);
}

QList<AccessibleDriver::Control> AccessibleDriver::controls() const
{
    QList<Control> all;
    collect(QAccessible::queryAccessibleInterface(&m_window), QRect(0, 0, m_window.width(), m_window.height()), all);
    return all;
}

std::optional<AccessibleDriver::Control> AccessibleDriver::find(const QString &name, QAccessible::Role role) const
{
    for (const Control &control : controls()) {
        if (control.name == name && (role == QAccessible::NoRole || control.role == role) && !control.rect.isEmpty())
            return control;
    }
    return std::nullopt;
}

QList<AccessibleDriver::Control> AccessibleDriver::findAll(const QString &part, QAccessible::Role role) const
{
    QList<Control> found;
    for (const Control &control : controls()) {
        if (control.name.contains(part) && (role == QAccessible::NoRole || control.role == role))
            found.append(control);
    }
    return found;
}

void AccessibleDriver::tapAt(QPoint point)
{
    QTest::mousePress(&m_window, Qt::LeftButton, Qt::NoModifier, point);
    QTest::mouseRelease(&m_window, Qt::LeftButton, Qt::NoModifier, point, 40);
    settle(60);
}

bool AccessibleDriver::reveal(const QString &name, QAccessible::Role role, int bottomReserve)
{
    std::optional<QRect> previous;
    for (int attempt = 0; attempt < 30; ++attempt) {
        const auto control = find(name, role);
        if (!control)
            return false;
        const QRect area = control->visibleArea;
        // the header bar: never scrolls
        if (area.bottom() <= 120)
            return area.contains(control->rect.center());
        const int visibleBottom = std::min(m_window.height() - bottomReserve, area.bottom());
        const int headerBottom = std::max(120, area.top());
        const bool below = control->rect.bottom() > visibleBottom;
        const bool above = control->rect.top() < headerBottom;
        // in view, or fixed in place (a header or navigation bar control, the end of the page)
        if ((!below && !above) || (previous && *previous == control->rect))
            return area.contains(control->rect.center());
        previous = control->rect;
        // a finger drag on the page, away from any control's own gesture: the far left margin
        const int x = 24;
        const int fromY = (headerBottom + visibleBottom) / 2;
        const int distance = std::min(240, std::max(40, (visibleBottom - headerBottom) / 2 - 8));
        const int toY = fromY + (below ? -distance : distance);
        // moves 16 ms apart, then a pause before lifting the finger: the page follows the finger
        // and does not fly on (Flickable flicks only when released within 100 ms of a move);
        // every event through QTest, so that their timestamps agree
        QTest::mousePress(&m_window, Qt::LeftButton, Qt::NoModifier, QPoint(x, fromY));
        for (int step = 1; step <= 8; ++step) {
            QTest::mouseMove(&m_window, QPoint(x, fromY + (toY - fromY) * step / 8), 16);
            QTest::qWait(16);
        }
        QTest::mouseRelease(&m_window, Qt::LeftButton, Qt::NoModifier, QPoint(x, toY), 200);
        settle(150);
    }
    return false;
}

bool AccessibleDriver::tap(const QString &name, QAccessible::Role role)
{
    reveal(name, role);
    const auto control = find(name, role);
    if (!control)
        return false;
    tapAt(control->rect.center());
    return true;
}

void AccessibleDriver::longPressAt(QPoint point, int ms)
{
    QTest::mousePress(&m_window, Qt::LeftButton, Qt::NoModifier, point);
    settle(ms);
    QTest::mouseRelease(&m_window, Qt::LeftButton, Qt::NoModifier, point);
    settle();
}

bool AccessibleDriver::draw(const QString &name, const QList<QPointF> &points)
{
    reveal(name);
    const auto control = find(name);
    if (!control || points.isEmpty())
        return false;
    const auto at = [&control](QPointF fraction) {
        return QPointF(control->rect.x() + fraction.x() * control->rect.width(),
                       control->rect.y() + fraction.y() * control->rect.height());
    };
    const auto send = [this](QEvent::Type type, QPointF position, Qt::MouseButtons buttons) {
        QMouseEvent event(type, position, m_window.mapToGlobal(position), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                          buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(&m_window, &event);
    };
    send(QEvent::MouseButtonPress, at(points.first()), Qt::LeftButton);
    for (qsizetype i = 1; i < points.size(); ++i) {
        QTest::qWait(16);
        send(QEvent::MouseMove, at(points.at(i)), Qt::LeftButton);
    }
    send(QEvent::MouseButtonRelease, at(points.last()), Qt::NoButton);
    settle();
    return true;
}

void AccessibleDriver::settle(int ms)
{
    QTest::qWait(ms);
}

bool AccessibleDriver::waitFor(const QString &name, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (find(name))
            return true;
        QTest::qWait(50);
    }
    return false;
}
