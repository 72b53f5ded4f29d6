#pragma once

#include "common/result.h"
#include "questionnaire/questionnaire.h"
#include "store/auditlog.h"
#include "store/finishedintake.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace intake {

/// Counts for `intake-cli status` and the admin screen. No personal data.
struct StoreCounts
{
    qint64 intakes = 0;
    qint64 outboxPending = 0;
    qint64 auditEntries = 0;
    QDateTime oldest;
    QDateTime newest;
};

/// Reads and writes intakes in an open store. Writes are all-or-nothing; every staff read of a
/// record and every export leaves an audit entry.
class IntakeRepository
{
public:
    using Clock = std::function<QDateTime()>;

    /// `questionnaire` gives the flagged questions' texts for the sync summary; `clock` stamps
    /// audit entries and the outbox (the apps pass the system clock, tests a fixed one).
    IntakeRepository(QSqlDatabase db, Questionnaire questionnaire, Clock clock);

    /// Writes the intake, its answers, screening result, flags and consent, an audit entry and
    /// the sync outbox row in one transaction. The intake is acknowledged, and may be wiped
    /// from the kiosk's memory, only when this succeeds.
    Status saveFinished(const FinishedIntake &intake, const QString &actor);

    /// The newest `limit` intakes, newest first (names, dates and outcome only).
    Result<QList<IntakeListing>> listNewest(int limit) const;

    enum class Access { View, Export };
    /// The whole record as JSON (client, answers, result, flags, consent), audited as a view
    /// or an export by `actor`.
    Result<QJsonObject> readRecord(const QString &uuid, const QString &actor, Access access);

    /// Deletes intakes created more than `retentionDays` ago whose summary the console has
    /// acknowledged; the store overwrites what it deletes (secure_delete). Returns how many.
    Result<int> purgeSynced(int retentionDays, const QString &actor);

    Result<StoreCounts> counts() const;

    /// Records something done outside this class (a listing shown, a backup made).
    Status audit(const QString &actor, const QString &action, const QString &intakeUuid = {}, const QString &detail = {});

private:
    Status checkSavable(const FinishedIntake &intake) const;

    QSqlDatabase m_db;
    Questionnaire m_questionnaire;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace intake
