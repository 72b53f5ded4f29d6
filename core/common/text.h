#pragma once

#include <QString>

namespace intake {

/// True when `text` holds control or format characters (NUL, bidi overrides, zero-width
/// joiners), unassigned code points or broken UTF-16. They have no place in what a client
/// types: they hide or reorder what staff read. `multiline` allows newlines and tabs.
bool hasControlCharacters(const QString &text, bool multiline);

} // namespace intake
