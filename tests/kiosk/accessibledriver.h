#pragma once

#include <QAccessible>
#include <QList>
#include <QPoint>
#include <QString>

class QQuickWindow;

// Drives a Qt Quick window the way a person does, and finds controls the way a screen reader
// does: through the accessibility tree (Accessible.name and role). Taps are real mouse or touch
// events at the control's place in the window, so what a test taps is what a client could tap.
class AccessibleDriver
{
public:
    explicit AccessibleDriver(QQuickWindow &window);

    struct Control
    {
        QString name;
        QString value;  // what an editable field holds
        QAccessible::Role role = QAccessible::NoRole;
        QRect rect;  // in window coordinates
        // The part of the window the control's containers show (the intersection of their
        // rects): a page that ends above the on-screen keyboard shows nothing below it.
        QRect visibleArea;
        bool enabled = true;
        bool checked = false;
    };

    // Every visible control in the window (depth first), with its role, name and place.
    QList<Control> controls() const;
    // The visible control with this accessible name (and role, unless NoRole); first match.
    std::optional<Control> find(const QString &name, QAccessible::Role role = QAccessible::NoRole) const;
    // Every visible control whose name contains `part`.
    QList<Control> findAll(const QString &part, QAccessible::Role role = QAccessible::NoRole) const;

    // A tap (press and release) in the middle of the control; false when it is not there.
    bool tap(const QString &name, QAccessible::Role role = QAccessible::NoRole);
    void tapAt(QPoint point);
    // A long press at a point, held for `ms`.
    void longPressAt(QPoint point, int ms);
    // Draws a finger stroke through `points` (fractions of the control's size).
    bool draw(const QString &name, const QList<QPointF> &points);

    // Scrolls the page under the control (with this name, and role unless NoRole) until the
    // control is wholly inside the part of the window its page shows, above `bottomReserve`
    // pixels of the window (the navigation bar); false when it cannot be brought into view.
    bool reveal(const QString &name, QAccessible::Role role = QAccessible::NoRole, int bottomReserve = 140);

    // Lets the scene run (bindings, animations, rendering) for `ms`.
    static void settle(int ms = 120);
    // Waits until a control with this name is visible, up to `timeoutMs`.
    bool waitFor(const QString &name, int timeoutMs = 3000) const;

private:
    void collect(QAccessibleInterface *node, QRect visibleArea, QList<Control> &out) const;

    QQuickWindow &m_window;
};
