#include "accessiblesearch.h"

#include <QList>
#include <QWindow>

QAccessibleInterface *findAccessible(QWindow &window, const std::function<bool(QAccessibleInterface &)> &matches)
{
    QList<QAccessibleInterface *> pending{QAccessible::queryAccessibleInterface(&window)};
    while (!pending.isEmpty()) {
        QAccessibleInterface *node = pending.takeFirst();
        if (!node || !node->isValid() || node->state().invisible)
            continue;
        if (!node->rect().isEmpty() && matches(*node))
            return node;
        QList<QAccessibleInterface *> children;
        for (int i = 0; i < node->childCount(); ++i)
            children.append(node->child(i));
        pending = children + pending;
    }
    return nullptr;
}
