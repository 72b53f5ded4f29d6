#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace intake {

/// The `settings` table of a kiosk or console store (schema: kiosk 3, console 1): text values
/// by key, encrypted at rest with the rest of the store. Writes join the caller's transaction
/// when there is one. Values may be secrets (a credential, a private key): never log them.
class StoreSettings
{
public:
    explicit StoreSettings(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The value of `key`, or nullopt when it is not set.
    Result<std::optional<QString>> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value, const QDateTime &now);
    /// Removes every key starting with `prefix` (e.g. "sync.").
    Status removeAll(const QString &prefix);

private:
    QSqlDatabase m_db;
};

} // namespace intake
