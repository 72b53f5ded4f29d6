#pragma once

#include "common/result.h"

#include <QSqlError>

namespace intake {

/// True when SQLite reports a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB): the store must not
/// be written to until IT has verified it and, if need be, restored a backup.
bool isDamage(const QSqlError &error);

/// "what: reason" for a failed store operation, naming damage and a full disk plainly.
/// SQLite's messages name tables and constraints, never values.
Error storeError(const QString &what, const QSqlError &error);

} // namespace intake
