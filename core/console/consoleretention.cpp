#include "console/consoleretention.h"

#include "console/consolerepository.h"
#include "console/consolesql.h"
#include "store/storeerror.h"
#include "store/storesettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace intake {

using namespace consolesql;

const QString ConsoleRetention::daysSetting = QStringLiteral("console.retention_days");

namespace {

// The summaries past retention (bind: the cutoff time, today's date): finished before the
// cutoff, not waiting for review, and not rescheduled to a date still to come.
const QString expiredSummaries = QStringLiteral(
    "SELECT s.uuid FROM summaries s WHERE s.created_at < ? "
    "AND NOT (s.outcome <> 'clear' AND s.decision_id IS NULL) "
    "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = s.decision_id AND d.reschedule_on >= ?)");

} // namespace

ConsoleRetention::ConsoleRetention(QSqlDatabase db, Clock clock, AuditLog audit)
    : m_db(std::move(db)), m_clock(std::move(clock)), m_audit(std::move(audit))
{
}

Result<int> ConsoleRetention::days() const
{
    auto kept = StoreSettings(m_db).value(daysSetting);
    if (!kept)
        return kept.error();
    if (!kept.value())
        return defaultDays;
    bool ok = false;
    const int days = kept.value()->toInt(&ok);
    if (!ok || days < minimumDays || days > maximumDays)
        return Error{QStringLiteral("the console's retention setting (%1) is damaged: set it again").arg(daysSetting)};
    return days;
}

Status ConsoleRetention::setDays(qint64 adminId, int days)
{
    if (days < minimumDays || days > maximumDays)
        return Error{QStringLiteral("the retention period must be %1 to %2 days").arg(minimumDays).arg(maximumDays)};
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot change the retention period"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    const auto admin = isActiveAdmin(query, adminId);
    if (!admin)
        return rollback.failed(QStringLiteral("cannot change the retention period"));
    if (!admin.value())
        return rollback.refused(QStringLiteral("only an active administrator may change the retention period"));
    const QDateTime now = m_clock();
    if (auto status = StoreSettings(m_db).setValue(daysSetting, QString::number(days), now); !status) {
        m_db.rollback();
        return status;
    }
    if (auto status = m_audit.append({now, ConsoleRepository::staffActor(adminId), QStringLiteral("retention.changed"), {},
                                      QStringLiteral("days=%1").arg(days)});
        !status) {
        m_db.rollback();
        return status;
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit the retention period"));
    return {};
}

Result<PurgeCounts> ConsoleRetention::purgeNow(qint64 adminId)
{
    QSqlQuery query(m_db);
    const auto admin = isActiveAdmin(query, adminId);
    if (!admin)
        return storeError(QStringLiteral("cannot purge"), query.lastError());
    if (!admin.value())
        return Error{QStringLiteral("only an active administrator may purge the console")};
    return purge(ConsoleRepository::staffActor(adminId));
}

Result<PurgeCounts> ConsoleRetention::purgeOnSchedule()
{
    return purge(QStringLiteral("console"));
}

Result<PurgeCounts> ConsoleRetention::purge(const QString &actor)
{
    const auto keep = days();
    if (!keep)
        return keep.error();
    const QDateTime now = m_clock();
    const QVariantList expiredAt{isoTime(now.addDays(-*keep)), now.toLocalTime().date().toString(Qt::ISODate)};

    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot start the purge"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    // A summary and its latest decision point at each other: checked at the commit, when both
    // are gone.
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return rollback.failed(QStringLiteral("cannot purge old summaries"));
    PurgeCounts counts;
    if (!run(query, QStringLiteral("DELETE FROM decisions WHERE summary_uuid IN (") + expiredSummaries + u')', expiredAt))
        return rollback.failed(QStringLiteral("cannot purge old decisions"));
    counts.decisions = query.numRowsAffected();
    if (!run(query, QStringLiteral("DELETE FROM summaries WHERE uuid IN (") + expiredSummaries + u')', expiredAt))
        return rollback.failed(QStringLiteral("cannot purge old summaries"));
    counts.summaries = query.numRowsAffected();
    const QString detail = QStringLiteral("summaries=%1 decisions=%2 retentionDays=%3").arg(counts.summaries).arg(counts.decisions).arg(*keep);
    if (auto status = m_audit.append({now, actor, QStringLiteral("summaries.purged"), {}, detail}); !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit the purge"));
    return counts;
}

} // namespace intake
