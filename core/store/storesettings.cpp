#include "store/storesettings.h"

#include "store/storeerror.h"

#include <QSqlQuery>

namespace intake {

Result<std::optional<QString>> StoreSettings::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?")))
        return storeError(QStringLiteral("cannot read the settings"), query.lastError());
    query.addBindValue(key);
    if (!query.exec())
        return storeError(QStringLiteral("cannot read the settings"), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return storeError(QStringLiteral("cannot read the settings"), query.lastError());
        return std::optional<QString>();
    }
    return std::optional<QString>(query.value(0).toString());
}

Status StoreSettings::setValue(const QString &key, const QString &value, const QDateTime &now)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")))
        return storeError(QStringLiteral("cannot write the settings"), query.lastError());
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return storeError(QStringLiteral("cannot write the settings"), query.lastError());
    return {};
}

Status StoreSettings::removeAll(const QString &prefix)
{
    QSqlQuery query(m_db);
    // substr, not LIKE: a prefix holding '_' or '%' means itself
    if (!query.prepare(QStringLiteral("DELETE FROM settings WHERE substr(key, 1, ?) = ?")))
        return storeError(QStringLiteral("cannot write the settings"), query.lastError());
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec())
        return storeError(QStringLiteral("cannot write the settings"), query.lastError());
    return {};
}

} // namespace intake
