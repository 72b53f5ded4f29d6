#include "console/consolesql.h"

#include "store/storeerror.h"

#include <QSqlError>

namespace intake::consolesql {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Result<bool> isActiveAdmin(QSqlQuery &query, qint64 staffId)
{
    if (!run(query, QStringLiteral("SELECT is_admin FROM staff_users WHERE id = ? AND disabled_at IS NULL"), {staffId}))
        return Error{};
    return query.next() && query.value(0).toBool();
}

Error Rollback::failed(const QString &what) const
{
    const Error error = storeError(what, query.lastError().isValid() ? query.lastError() : db.lastError());
    db.rollback();
    return error;
}

Error Rollback::refused(const QString &message) const
{
    db.rollback();
    return Error{message};
}

} // namespace intake::consolesql
