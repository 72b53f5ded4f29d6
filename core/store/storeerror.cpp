#include "store/storeerror.h"

namespace intake {

namespace {
// SQLite result codes (primary), from sqlite3.h; the driver reports extended codes.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}
} // namespace

bool isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == sqliteCorrupt || code == sqliteNotADatabase;
}

Error storeError(const QString &what, const QSqlError &error)
{
    if (isDamage(error))
        return Error{QStringLiteral("%1: the store is damaged (%2); run 'intake-cli verify' and restore a backup")
                         .arg(what, error.databaseText())};
    if (primaryCode(error) == sqliteFull)
        return Error{QStringLiteral("%1: the disk is full; nothing was saved, earlier records are intact").arg(what)};
    return Error{QStringLiteral("%1: %2").arg(what, error.text().trimmed())};
}

} // namespace intake
