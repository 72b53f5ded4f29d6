#pragma once

#include <QStringList>

namespace intake::cli {

/// Each command takes its arguments (starting with its own name) and returns the exit code.
int screenCommand(const QStringList &arguments);
int validateCommand(const QStringList &arguments);

} // namespace intake::cli
