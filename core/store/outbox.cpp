#include "store/outbox.h"

#include "store/storeerror.h"

#include <QSqlQuery>

namespace intake {

Result<QList<OutboxEntry>> Outbox::pending(qint64 afterId, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // the partial index outbox_pending covers exactly these rows, in id order
    if (!query.prepare(QStringLiteral("SELECT id, intake_uuid, payload, attempts FROM outbox "
                                      "WHERE sent_at IS NULL AND id > ? ORDER BY id LIMIT ?")))
        return storeError(QStringLiteral("cannot read the outbox"), query.lastError());
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return storeError(QStringLiteral("cannot read the outbox"), query.lastError());
    QList<OutboxEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString().toUtf8(),
                        query.value(3).toInt()});
    }
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot read the outbox"), query.lastError());
    return entries;
}

Result<qint64> Outbox::pendingCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) || !query.next())
        return storeError(QStringLiteral("cannot count the outbox"), query.lastError());
    return query.value(0).toLongLong();
}

Status Outbox::markSent(qint64 id)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE outbox SET sent_at = ?, last_error = NULL WHERE id = ?")))
        return storeError(QStringLiteral("cannot mark the summary sent"), query.lastError());
    query.addBindValue(m_clock().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(id);
    if (!query.exec())
        return storeError(QStringLiteral("cannot mark the summary sent"), query.lastError());
    return {};
}

Status Outbox::markSent(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot mark the summaries sent"), m_db.lastError());
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE outbox SET sent_at = ?, last_error = NULL WHERE id = ?"))) {
        const Error error = storeError(QStringLiteral("cannot mark the summaries sent"), query.lastError());
        m_db.rollback();
        return error;
    }
    const QString now = m_clock().toUTC().toString(Qt::ISODateWithMs);
    for (const qint64 id : ids) {
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec()) {
            const Error error = storeError(QStringLiteral("cannot mark the summaries sent"), query.lastError());
            m_db.rollback();
            return error;
        }
    }
    if (!m_db.commit()) {
        const Error error = storeError(QStringLiteral("cannot mark the summaries sent"), m_db.lastError());
        m_db.rollback();
        return error;
    }
    return {};
}

Status Outbox::recordFailure(qint64 id, const QString &error)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")))
        return storeError(QStringLiteral("cannot record the failed attempt"), query.lastError());
    query.addBindValue(error.left(500));
    query.addBindValue(id);
    if (!query.exec())
        return storeError(QStringLiteral("cannot record the failed attempt"), query.lastError());
    return {};
}

} // namespace intake
