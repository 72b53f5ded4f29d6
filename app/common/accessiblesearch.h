#pragma once

#include <QAccessible>

#include <functional>

class QWindow;

// The first control of `window` that `matches`, depth first as a screen reader reads the window:
// visible, with an on-screen rectangle. The --screenshots runners find what they tap this way,
// by role and accessible name, as a client or a test would. nullptr when there is none.
QAccessibleInterface *findAccessible(QWindow &window, const std::function<bool(QAccessibleInterface &)> &matches);
