#pragma once

#include "common/result.h"
#include "store/auditlog.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace intake {

/// What one purge deleted: counts only, which is all its audit entry holds.
struct PurgeCounts
{
    int summaries = 0;
    int decisions = 0;
};

/// How long the staff console keeps what kiosks sent it, and the purge that applies that. A
/// summary is kept days() days from when its client finished the intake (defaultDays unless an
/// administrator chose otherwise, kept in the store as daysSetting), and beyond that for as long
/// as it still matters at the front desk: while it waits for review (flagged, no decision), and
/// while the date its treatment was rescheduled to is still to come. Then the purge deletes it
/// and its decisions (with their notes), in one transaction with an audit entry of counts; the
/// store overwrites what it deletes (secure_delete). The audit log keeps its entries about the
/// intake (who received, viewed and decided what, and when, by the intake's UUID; never a
/// client's name, answers or a note): it is append-only, and it is the record that staff acted.
/// Shares the console store's connection, clock and audit log with ConsoleRepository.
class ConsoleRetention
{
public:
    using Clock = std::function<QDateTime()>;

    static const QString daysSetting;  ///< "console.retention_days"
    /// A year: long enough to look back on a season of decisions (the queue shows any past
    /// day), short enough that a front-desk computer does not gather years of health answers.
    static constexpr int defaultDays = 365;
    static constexpr int minimumDays = 30;
    static constexpr int maximumDays = 3650;

    ConsoleRetention(QSqlDatabase db, Clock clock, AuditLog audit);

    /// The retention period in days: as kept, else defaultDays.
    Result<int> days() const;
    /// Keeps a new period, set by administrator `adminId` (audited); refused outside
    /// minimumDays..maximumDays or for anyone else. It applies at the next purge.
    Status setDays(qint64 adminId, int days);
    /// Purges now, at the request of administrator `adminId` (refused for anyone else).
    Result<PurgeCounts> purgeNow(qint64 adminId);
    /// The console's own purge (at start and once a day), audited as the console's.
    Result<PurgeCounts> purgeOnSchedule();

private:
    Result<PurgeCounts> purge(const QString &actor);

    QSqlDatabase m_db;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace intake
