#pragma once

#include <QString>

namespace intake {

/// True when `text` holds control or format characters (NUL, bidi overrides, zero-width
/// joiners), unassigned code points or broken UTF-16. They have no place in what a client
/// types: they hide or reorder what staff read. `multiline` allows newlines and tabs.
bool hasControlCharacters(const QString &text, bool multiline);

/// True when `text` holds '<' or '>'. A Qt Quick Text left to guess its format would take them
/// for markup (an <img> fetched, the review screen restyled), and what a client types never
/// needs them: the kiosk refuses them in names and answers, the console in every summary.
bool hasMarkupCharacters(QStringView text);

} // namespace intake
