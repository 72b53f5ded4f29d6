#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace intake {

/// One queued summary for the staff console.
struct OutboxEntry
{
    qint64 id = 0;          ///< queue order: oldest first
    QString intakeUuid;
    QByteArray payload;     ///< the summary JSON, UTF-8, as IntakeRepository::saveFinished wrote it
    int attempts = 0;
};

/// The kiosk's sync outbox (written by IntakeRepository::saveFinished in the intake's own
/// transaction), as the sync worker drains it: oldest first, a row marked sent only on the
/// console's acknowledgement, failures counted with the last error.
class Outbox
{
public:
    using Clock = std::function<QDateTime()>;

    Outbox(QSqlDatabase db, Clock clock) : m_db(std::move(db)), m_clock(std::move(clock)) {}

    /// Up to `limit` unsent rows with an id above `afterId`, oldest first.
    Result<QList<OutboxEntry>> pending(qint64 afterId, int limit) const;
    /// How many rows wait to be sent.
    Result<qint64> pendingCount() const;
    /// The console acknowledged the row: stamps sent_at (now) and clears the last error.
    Status markSent(qint64 id);
    /// The same for several rows, in one transaction.
    Status markSent(const QList<qint64> &ids);
    /// A failed attempt: counts it and keeps `error` (one line, no personal data).
    Status recordFailure(qint64 id, const QString &error);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace intake
