#include "store/auditlog.h"

#include "common/digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "store/storeerror.h"

namespace intake {

namespace {

const QString genesisHash = QString(64, u'0');

struct StoredEntry
{
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QString intakeUuid;
    QString detail;
    QString prevHash;
};

// The hashed form: a compact JSON array, so that no field can run into the next.
QString entryHash(const StoredEntry &entry)
{
    const QJsonArray fields{entry.seq, entry.at, entry.actor, entry.action, entry.intakeUuid, entry.detail, entry.prevHash};
    return sha256Hex(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return Error{QStringLiteral("%1: %2").arg(what, query.lastError().text())};
}

} // namespace

Status AuditLog::append(const AuditEntry &entry)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")))
        return sqlError(QStringLiteral("cannot read the audit log"), query);
    StoredEntry stored;
    stored.prevHash = genesisHash;
    if (query.next()) {
        stored.seq = query.value(0).toLongLong();
        stored.prevHash = query.value(1).toString();
    }
    stored.seq += 1;
    stored.at = entry.at.toUTC().toString(Qt::ISODateWithMs);
    stored.actor = entry.actor;
    stored.action = entry.action;
    stored.intakeUuid = entry.intakeUuid;
    stored.detail = entry.detail;
    const QString hash = entryHash(stored);

    query.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, intake_uuid, detail, prev_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(stored.seq), QVariant(stored.at), QVariant(stored.actor), QVariant(stored.action),
                                  stored.intakeUuid.isEmpty() ? QVariant() : QVariant(stored.intakeUuid),
                                  QVariant(stored.detail), QVariant(stored.prevHash), QVariant(hash)})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(QStringLiteral("cannot append to the audit log"), query);

    query.prepare(QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"));
    query.addBindValue(stored.seq);
    query.addBindValue(hash);
    if (!query.exec())
        return sqlError(QStringLiteral("cannot append to the audit log"), query);
    return {};
}

Status AuditLog::record(const AuditEntry &entry)
{
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot write the audit log"), m_db.lastError());
    if (auto status = append(entry); !status) {
        m_db.rollback();
        return status;
    }
    if (!m_db.commit()) {
        const Error error = storeError(QStringLiteral("cannot write the audit log"), m_db.lastError());
        m_db.rollback();
        return error;
    }
    return {};
}

Result<QStringList> AuditLog::verify() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, at, actor, action, intake_uuid, detail, prev_hash, hash "
                                   "FROM audit_log ORDER BY seq")))
        return sqlError(QStringLiteral("cannot read the audit log"), query);
    QStringList problems;
    qint64 expectedSeq = 1;
    QString previousHash = genesisHash;
    while (query.next()) {
        StoredEntry entry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                          query.value(6).toString()};
        const QString hash = query.value(7).toString();
        if (entry.seq != expectedSeq)
            problems.append(QStringLiteral("audit entries %1 to %2 are missing").arg(expectedSeq).arg(entry.seq - 1));
        if (entry.prevHash != previousHash)
            problems.append(QStringLiteral("audit entry %1 does not follow the entry before it").arg(entry.seq));
        if (entryHash(entry) != hash)
            problems.append(QStringLiteral("audit entry %1 was altered").arg(entry.seq));
        expectedSeq = entry.seq + 1;
        previousHash = hash;
    }
    if (query.lastError().isValid())
        return sqlError(QStringLiteral("cannot read the audit log"), query);

    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")))
        return sqlError(QStringLiteral("cannot read the audit log"), query);
    const qint64 lastSeq = expectedSeq - 1;
    if (query.next()) {
        if (query.value(0).toLongLong() != lastSeq || query.value(1).toString() != previousHash)
            problems.append(QStringLiteral("the audit log ends at entry %1, but its head records entry %2: entries were removed or altered")
                                .arg(lastSeq)
                                .arg(query.value(0).toLongLong()));
    } else if (lastSeq != 0) {
        problems.append(QStringLiteral("the audit log's head is missing"));
    }
    return problems;
}

} // namespace intake
