#include "console/consolerepository.h"

#include "common/digest.h"
#include "console/consolesql.h"
#include "store/storeerror.h"
#include "sync/codec.h"
#include "sync/shortpairingcode.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

#include <algorithm>

namespace intake {

using namespace consolesql;

namespace {

constexpr qsizetype maxStaffNameLength = 64;
constexpr qsizetype maxKioskNameLength = 64;
constexpr qsizetype maxNoteLength = 2000;
constexpr qsizetype credentialSize = 32;
constexpr qsizetype tokenBytes = 20;  // 160 bits: 32 base32 characters
const QString consoleActor = QStringLiteral("console");

std::optional<QDate> optionalDate(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant nullableText(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

bool isPinShaped(const SecretBytes &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    return std::all_of(pin.data(), pin.data() + pin.size(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

Result<QByteArray> hashPin(const SecretBytes &pin)
{
    requireSodium();
    if (!isPinShaped(pin))
        return Error{QStringLiteral("a staff PIN must be 4 to 12 digits")};
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    // interactive limits: a person types the PIN at the front desk several times a day
    if (crypto_pwhash_str(hash.data(), reinterpret_cast<const char *>(pin.data()), pin.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{QStringLiteral("not enough memory to hash the staff PIN")};
    hash.truncate(static_cast<qsizetype>(qstrlen(hash.constData())));
    return hash;
}

bool pinMatches(const QByteArray &hash, const SecretBytes &pin)
{
    requireSodium();
    return !hash.isEmpty()
           && crypto_pwhash_str_verify(hash.constData(), reinterpret_cast<const char *>(pin.data()), pin.size()) == 0;
}

/// A name a person typed: trimmed, 1 to `maxLength` characters, a line that reads on the
/// console as it was typed (the rule for names in a summary, SummaryParser::textProblem).
Result<QString> cleanName(const QString &name, qsizetype maxLength, const QString &what)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxLength)
        return Error{QStringLiteral("%1 must be 1 to %2 characters").arg(what).arg(maxLength)};
    if (const auto problem = SummaryParser::textProblem(trimmed, SummaryParser::Text::Line))
        return Error{QStringLiteral("%1 %2").arg(what, *problem)};
    return trimmed;
}

/// A kiosk's credential as stored (base64 of credentialSize bytes); nullopt when there is none
/// (unpaired) or it is damaged.
std::optional<SecretBytes> credentialFrom(const QVariant &stored)
{
    if (stored.isNull())
        return std::nullopt;
    QByteArray bytes = QByteArray::fromBase64(stored.toString().toLatin1());
    std::optional<SecretBytes> credential;
    if (bytes.size() == credentialSize)
        credential = SecretBytes::fromBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return credential;
}

QString tokenHash(const QString &token)
{
    return sha256Hex(token.toLatin1());
}

/// The [from, to) UTC range of the clinic's local calendar `day`.
std::pair<QString, QString> dayRange(const QDate &day)
{
    return {isoTime(QDateTime(day, QTime(0, 0), Qt::LocalTime)), isoTime(QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime))};
}

const QString listingColumns = QStringLiteral(
    "uuid, kiosk_id, created_at, received_at, appointment_date, first_name, last_name, birth_date, outcome, "
    "earliest_date, flag_count, decision_id IS NOT NULL");

// Where a summary's treatment date is read from: the appointment date the kiosk's screening
// computed its waits for. Every query of the queue by treatment date reads it through here.
const QString treatmentDateColumn = QStringLiteral("appointment_date");

// SummaryListing::needsReview() in SQL.
const QString needsReviewCondition = QStringLiteral("outcome <> 'clear' AND decision_id IS NULL");

SummaryListing listingFrom(const QSqlQuery &query)
{
    SummaryListing listing;
    listing.uuid = query.value(0).toString();
    listing.kioskId = query.value(1).toString();
    listing.createdAt = fromIsoTime(query.value(2));
    listing.receivedAt = fromIsoTime(query.value(3));
    listing.appointmentDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    listing.firstName = query.value(5).toString();
    listing.lastName = query.value(6).toString();
    listing.birthDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    listing.outcome = severityFromName(query.value(8).toString()).value_or(Severity::Review);
    listing.earliestDate = optionalDate(query.value(9));
    listing.flagCount = query.value(10).toInt();
    listing.reviewed = query.value(11).toBool();
    return listing;
}

StaffUser staffFrom(const QSqlQuery &query, int first)
{
    return StaffUser{query.value(first).toLongLong(), query.value(first + 1).toString(), query.value(first + 2).toBool(),
                     fromIsoTime(query.value(first + 3)), fromIsoTime(query.value(first + 4))};
}

} // namespace

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Proceed:
        return QStringLiteral("proceed");
    case Decision::ProceedWithPrecautions:
        return QStringLiteral("proceed_with_precautions");
    case Decision::Reschedule:
        return QStringLiteral("reschedule");
    case Decision::DoNotTreat:
        return QStringLiteral("do_not_treat");
    }
    return {};
}

std::optional<Decision> decisionFromName(const QString &name)
{
    for (Decision decision : {Decision::Proceed, Decision::ProceedWithPrecautions, Decision::Reschedule, Decision::DoNotTreat}) {
        if (decisionName(decision) == name)
            return decision;
    }
    return std::nullopt;
}

ConsoleRepository::ConsoleRepository(QSqlDatabase db, Clock clock)
    : m_db(db), m_clock(std::move(clock)), m_audit(db), m_lockout(db, m_clock, m_audit), m_retention(db, m_clock, m_audit)
{
}

QString ConsoleRepository::staffActor(qint64 staffId)
{
    return QStringLiteral("staff:%1").arg(staffId);
}

// --- summaries -----------------------------------------------------------------------------

Result<bool> ConsoleRepository::storeSummary(const ReceivedSummary &summary, const QString &kioskId)
{
    return storeSummary(summary, kioskId, QString());
}

Result<bool> ConsoleRepository::storeSummary(const ReceivedSummary &summary, const QString &kioskId, const QString &nonce)
{
    auto stored = storeSummaries({IncomingSummary{summary, kioskId, nonce}});
    if (!stored)
        return stored.error();
    return stored->first();
}

Result<QList<bool>> ConsoleRepository::storeSummaries(const QList<IncomingSummary> &summaries)
{
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot start storing the summary"), m_db.lastError());
    QSqlQuery insert(m_db);
    QSqlQuery nonces(m_db);
    const Rollback insertRollback{m_db, insert};
    const Rollback nonceRollback{m_db, nonces};
    if (!insert.prepare(QStringLiteral("INSERT INTO summaries (uuid, kiosk_id, created_at, received_at, appointment_date, first_name, "
                                       "last_name, birth_date, outcome, earliest_date, flag_count, payload) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING")))
        return insertRollback.failed(QStringLiteral("cannot store the summary"));
    if (!nonces.prepare(QStringLiteral("INSERT INTO seen_nonces (kiosk_id, nonce, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")))
        return nonceRollback.failed(QStringLiteral("cannot record the request's nonce"));
    const QString receivedAt = isoTime(m_clock());
    QList<bool> duplicates;
    duplicates.reserve(summaries.size());
    for (const IncomingSummary &incoming : summaries) {
        const ReceivedSummary &summary = incoming.summary;
        const QString payload = QString::fromUtf8(summary.bytes.isEmpty() ? QJsonDocument(summary.json).toJson(QJsonDocument::Compact)
                                                                          : summary.bytes);
        for (const QVariant &value : {QVariant(summary.uuid), QVariant(incoming.kioskId), QVariant(isoTime(summary.createdAt)),
                                      QVariant(receivedAt), QVariant(summary.appointmentDate.toString(Qt::ISODate)),
                                      QVariant(summary.firstName), QVariant(summary.lastName),
                                      QVariant(summary.birthDate.toString(Qt::ISODate)), QVariant(severityName(summary.outcome)),
                                      nullableText(summary.earliestDate), QVariant(summary.flagCount), QVariant(payload)})
            insert.addBindValue(value);
        if (!insert.exec())
            return insertRollback.failed(QStringLiteral("cannot store the summary"));
        // nothing inserted: it is already here (a resend after a lost acknowledgement)
        const bool duplicate = insert.numRowsAffected() == 0;
        duplicates.append(duplicate);
        if (!duplicate) {
            const QString detail = QStringLiteral("outcome=%1 flags=%2").arg(severityName(summary.outcome)).arg(summary.flagCount);
            if (auto status = m_audit.append({m_clock(), QStringLiteral("kiosk:") + incoming.kioskId, QStringLiteral("summary.received"),
                                              summary.uuid, detail});
                !status) {
                m_db.rollback();
                return status.error();
            }
        }
        if (!incoming.nonce.isEmpty()) {
            nonces.addBindValue(incoming.kioskId);
            nonces.addBindValue(incoming.nonce);
            nonces.addBindValue(receivedAt);
            if (!nonces.exec())
                return nonceRollback.failed(QStringLiteral("cannot record the request's nonce"));
        }
    }
    if (!m_db.commit())
        return insertRollback.failed(QStringLiteral("cannot commit the summary"));
    return duplicates;
}

std::pair<QString, QVariantList> ConsoleRepository::condition(const ReviewFilter &filter) const
{
    const QDate day = filter.day.isValid() ? filter.day : m_clock().toLocalTime().date();
    std::pair<QString, QVariantList> selected;
    auto &[where, values] = selected;
    if (filter.dayOf == ReviewFilter::DayOf::Treatment) {
        where = treatmentDateColumn + QStringLiteral(" = ?");
        values = {day.toString(Qt::ISODate)};
    } else {
        const auto [from, to] = dayRange(day);
        where = QStringLiteral("created_at >= ? AND created_at < ?");
        values = {from, to};
    }
    if (filter.show == ReviewFilter::Show::NeedsReview)
        where += QStringLiteral(" AND ") + needsReviewCondition;
    return selected;
}

Result<QList<SummaryListing>> ConsoleRepository::listSummaries(const ReviewFilter &filter) const
{
    const auto [where, values] = condition(filter);
    return listWhere(where, values, QStringLiteral("created_at DESC, uuid DESC"));
}

Result<QList<SummaryListing>> ConsoleRepository::listWaiting(std::optional<QDate> treatmentDay) const
{
    const QString oldestFirst = QStringLiteral("created_at ASC, uuid ASC");
    if (!treatmentDay)
        return listWhere(needsReviewCondition, {}, oldestFirst);
    const auto [where, values] = condition({ReviewFilter::Show::NeedsReview, *treatmentDay, ReviewFilter::DayOf::Treatment});
    return listWhere(where, values, oldestFirst);
}

Result<QList<SummaryListing>> ConsoleRepository::listWhere(const QString &where, const QVariantList &values,
                                                           const QString &order) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT ") + listingColumns + QStringLiteral(" FROM summaries WHERE ") + where
                        + QStringLiteral(" ORDER BY ") + order,
             values))
        return storeError(QStringLiteral("cannot list the summaries"), query.lastError());
    QList<SummaryListing> listing;
    while (query.next())
        listing.append(listingFrom(query));
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot list the summaries"), query.lastError());
    return listing;
}

Result<int> ConsoleRepository::countSummaries(const ReviewFilter &filter) const
{
    const auto [where, values] = condition(filter);
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT count(*) FROM summaries WHERE ") + where, values) || !query.next())
        return storeError(QStringLiteral("cannot count the summaries"), query.lastError());
    return query.value(0).toInt();
}

Result<SummaryDetail> ConsoleRepository::readSummary(const QString &uuid, qint64 staffId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT 1 FROM staff_users WHERE id = ? AND disabled_at IS NULL"), {staffId}))
        return storeError(QStringLiteral("cannot read the summary"), query.lastError());
    if (!query.next())
        return Error{QStringLiteral("staff user %1 is unknown or disabled").arg(staffId)};

    if (!run(query, QStringLiteral("SELECT ") + listingColumns + QStringLiteral(", payload FROM summaries WHERE uuid = ?"), {uuid}))
        return storeError(QStringLiteral("cannot read the summary"), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return storeError(QStringLiteral("cannot read the summary"), query.lastError());
        return Error{QStringLiteral("no intake %1 on this console").arg(uuid)};
    }
    SummaryDetail detail;
    detail.listing = listingFrom(query);
    detail.summary = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object();

    if (!run(query,
             QStringLiteral("SELECT d.id, d.staff_id, s.name, d.decision, d.reschedule_on, d.note, d.decided_at "
                            "FROM decisions d JOIN staff_users s ON s.id = d.staff_id WHERE d.summary_uuid = ? ORDER BY d.id"),
             {uuid}))
        return storeError(QStringLiteral("cannot read the decisions"), query.lastError());
    while (query.next()) {
        detail.decisions.append(DecisionRecord{query.value(0).toLongLong(), uuid, query.value(1).toLongLong(),
                                               query.value(2).toString(),
                                               decisionFromName(query.value(3).toString()).value_or(Decision::Proceed),
                                               optionalDate(query.value(4)), query.value(5).toString(), fromIsoTime(query.value(6))});
    }
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot read the decisions"), query.lastError());

    if (auto status = audit(staffActor(staffId), QStringLiteral("summary.viewed"), uuid); !status)
        return status.error();
    return detail;
}

Result<qint64> ConsoleRepository::recordDecision(const QString &uuid, qint64 staffId, Decision decision,
                                                 std::optional<QDate> rescheduleOn, const QString &note)
{
    if ((decision == Decision::Reschedule) != rescheduleOn.has_value())
        return Error{QStringLiteral("a date is required for 'reschedule', and only for it")};
    if (rescheduleOn && !rescheduleOn->isValid())
        return Error{QStringLiteral("the reschedule date is not a valid date")};
    if (note.size() > maxNoteLength)
        return Error{QStringLiteral("the note is longer than %1 characters").arg(maxNoteLength)};

    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot start recording the decision"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    if (!run(query, QStringLiteral("SELECT 1 FROM staff_users WHERE id = ? AND disabled_at IS NULL"), {staffId}))
        return rollback.failed(QStringLiteral("cannot record the decision"));
    if (!query.next())
        return rollback.refused(QStringLiteral("staff user %1 is unknown or disabled").arg(staffId));
    if (!run(query, QStringLiteral("SELECT 1 FROM summaries WHERE uuid = ?"), {uuid}))
        return rollback.failed(QStringLiteral("cannot record the decision"));
    if (!query.next())
        return rollback.refused(QStringLiteral("no intake %1 on this console").arg(uuid));

    if (!run(query,
             QStringLiteral("INSERT INTO decisions (summary_uuid, staff_id, decision, reschedule_on, note, decided_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {uuid, staffId, decisionName(decision), nullableText(rescheduleOn), note, isoTime(m_clock())}))
        return rollback.failed(QStringLiteral("cannot record the decision"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (!run(query, QStringLiteral("UPDATE summaries SET decision_id = ? WHERE uuid = ?"), {id, uuid}))
        return rollback.failed(QStringLiteral("cannot record the decision"));
    // the note is the staff member's free text about a client: it stays out of the audit log
    const QString detail = QStringLiteral("decision=%1").arg(decisionName(decision));
    if (auto status = m_audit.append({m_clock(), staffActor(staffId), QStringLiteral("summary.decided"), uuid, detail}); !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit the decision"));
    return id;
}

// --- staff users ---------------------------------------------------------------------------

Result<bool> ConsoleRepository::hasStaff() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff_users)")) || !query.next())
        return storeError(QStringLiteral("cannot read the staff users"), query.lastError());
    return query.value(0).toBool();
}

Result<qint64> ConsoleRepository::createFirstAdmin(const QString &name, const SecretBytes &pin)
{
    auto cleaned = cleanName(name, maxStaffNameLength, QStringLiteral("a staff name"));
    if (!cleaned)
        return cleaned.error();
    auto hash = hashPin(pin);  // slow (Argon2id): before the transaction takes the write lock
    if (!hash)
        return hash.error();
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot create the administrator"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    if (!query.exec(QStringLiteral("SELECT count(*) FROM staff_users")) || !query.next())
        return rollback.failed(QStringLiteral("cannot create the administrator"));
    if (query.value(0).toLongLong() > 0) {
        m_db.rollback();
        return Error{QStringLiteral("the first administrator exists already; an administrator adds other staff")};
    }
    if (!run(query, QStringLiteral("INSERT INTO staff_users (name, pin_hash, is_admin, created_at) VALUES (?, ?, 1, ?)"),
             {cleaned.value(), QString::fromLatin1(hash.value()), isoTime(m_clock())}))
        return rollback.failed(QStringLiteral("cannot create the administrator"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto status = m_audit.append({m_clock(), consoleActor, QStringLiteral("staff.created"), {}, QStringLiteral("id=%1 admin=1").arg(id)});
        !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit the administrator"));
    return id;
}

Result<qint64> ConsoleRepository::addStaff(qint64 adminId, const QString &name, const SecretBytes &pin, bool isAdmin)
{
    auto cleaned = cleanName(name, maxStaffNameLength, QStringLiteral("a staff name"));
    if (!cleaned)
        return cleaned.error();
    auto hash = hashPin(pin);
    if (!hash)
        return hash.error();
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot add the staff user"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    const auto admin = isActiveAdmin(query, adminId);
    if (!admin)
        return rollback.failed(QStringLiteral("cannot add the staff user"));
    if (!admin.value())
        return rollback.refused(QStringLiteral("only an active administrator may add staff users"));
    if (!run(query, QStringLiteral("SELECT 1 FROM staff_users WHERE name = ?"), {cleaned.value()}))
        return rollback.failed(QStringLiteral("cannot add the staff user"));
    if (query.next())
        return rollback.refused(QStringLiteral("a staff user named '%1' exists already; names are unique").arg(cleaned.value()));
    if (!run(query, QStringLiteral("INSERT INTO staff_users (name, pin_hash, is_admin, created_at) VALUES (?, ?, ?, ?)"),
             {cleaned.value(), QString::fromLatin1(hash.value()), isAdmin ? 1 : 0, isoTime(m_clock())}))
        return rollback.failed(QStringLiteral("cannot add the staff user"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto status = m_audit.append({m_clock(), staffActor(adminId), QStringLiteral("staff.created"), {},
                                      QStringLiteral("id=%1 admin=%2").arg(id).arg(isAdmin ? 1 : 0)});
        !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit the staff user"));
    return id;
}

Result<SignInAttempt> ConsoleRepository::signIn(const QString &name, const SecretBytes &pin)
{
    // The same answer, and about the same work, for an unknown name and a wrong PIN.
    static const QByteArray decoyHash = [] {
        const char digits[] = "00000000";
        return hashPin(SecretBytes::fromBytes(digits, 8)).value();
    }();

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT pin_hash, id, name, is_admin, created_at, disabled_at FROM staff_users WHERE name = ?"),
             {name.trimmed()}))
        return storeError(QStringLiteral("cannot check the PIN"), query.lastError());
    const bool known = query.next();
    const QByteArray hash = known ? query.value(0).toString().toLatin1() : decoyHash;
    const std::optional<StaffUser> user = known ? std::optional(staffFrom(query, 1)) : std::nullopt;
    query.finish();
    const qint64 staffId = user ? user->id : 0;
    const QString actor = user ? staffActor(staffId) : consoleActor;

    auto waiting = m_lockout.wait(staffId);
    if (!waiting)
        return waiting.error();
    if (waiting->active()) {
        const QString detail = QStringLiteral("waiting seconds=%1").arg(m_clock().secsTo(waiting->until));
        if (auto status = audit(actor, QStringLiteral("staff.signin_refused"), {}, detail); !status)
            return status.error();
        return SignInAttempt{std::nullopt, *waiting, false};
    }

    // slow (Argon2id): before the transaction takes the write lock
    const bool matches = pinMatches(hash, pin) && user && user->active();
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot record the sign-in"), m_db.lastError());
    SignInAttempt attempt;
    if (matches) {
        if (auto status = m_lockout.recordSuccess(staffId); !status) {
            m_db.rollback();
            return status.error();
        }
        attempt.user = user;
    } else {
        auto next = m_lockout.recordFailure(staffId);
        if (!next) {
            m_db.rollback();
            return next.error();
        }
        attempt.wait = *next;
    }
    const QString why = !user ? QStringLiteral("unknown name") : !user->active() ? QStringLiteral("disabled") : QStringLiteral("wrong PIN");
    const AuditEntry entry = matches ? AuditEntry{m_clock(), actor, QStringLiteral("staff.signed_in"), {}, {}}
                                     : AuditEntry{m_clock(), actor, QStringLiteral("staff.signin_failed"), {}, why};
    if (auto status = m_audit.append(entry); !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit()) {
        const Error error = storeError(QStringLiteral("cannot commit the sign-in"), m_db.lastError());
        m_db.rollback();
        return error;
    }
    return attempt;
}

Result<SignInWait> ConsoleRepository::signInWait()
{
    return m_lockout.wait(0);
}

Result<QList<StaffUser>> ConsoleRepository::staffUsers() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, is_admin, created_at, disabled_at FROM staff_users ORDER BY name")))
        return storeError(QStringLiteral("cannot list the staff users"), query.lastError());
    QList<StaffUser> users;
    while (query.next())
        users.append(staffFrom(query, 0));
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot list the staff users"), query.lastError());
    return users;
}

Status ConsoleRepository::disableStaff(qint64 adminId, qint64 staffId)
{
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot disable the staff user"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    const auto admin = isActiveAdmin(query, adminId);
    if (!admin)
        return rollback.failed(QStringLiteral("cannot disable the staff user"));
    if (!admin.value())
        return rollback.refused(QStringLiteral("only an active administrator may disable staff users"));
    if (adminId == staffId)
        return rollback.refused(QStringLiteral("an administrator cannot disable their own account"));
    if (!run(query, QStringLiteral("UPDATE staff_users SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL"),
             {isoTime(m_clock()), staffId}))
        return rollback.failed(QStringLiteral("cannot disable the staff user"));
    if (query.numRowsAffected() != 1)
        return rollback.refused(QStringLiteral("no active staff user %1").arg(staffId));
    if (auto status = m_audit.append({m_clock(), staffActor(adminId), QStringLiteral("staff.disabled"), {}, QStringLiteral("id=%1").arg(staffId)});
        !status) {
        m_db.rollback();
        return status;
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit disabling the staff user"));
    return {};
}

// --- pairing and kiosks --------------------------------------------------------------------

Result<PairingToken> ConsoleRepository::issuePairingToken(qint64 staffId)
{
    return issuePairingToken(staffActor(staffId));
}

Result<PairingToken> ConsoleRepository::issuePairingToken(const QString &actor)
{
    requireSodium();
    QByteArray bytes(tokenBytes, '\0');
    randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
    PairingToken token{codec::base32(bytes), ShortPairingCode::generate(), m_clock().addSecs(qint64{60} * pairingTokenMinutes)};
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));

    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot issue a pairing token"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    // one code at a time: a code no longer on the screen (photographed, say) pairs nothing
    if (!run(query, QStringLiteral("UPDATE pairing_tokens SET expires_at = ? WHERE used_at IS NULL AND expires_at > ?"),
             {isoTime(m_clock()), isoTime(m_clock())}))
        return rollback.failed(QStringLiteral("cannot issue a pairing token"));
    const int withdrawn = query.numRowsAffected();
    if (!run(query, QStringLiteral("INSERT INTO pairing_tokens (token_hash, short_code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)"),
             {tokenHash(token.token), QString::fromLatin1(ShortPairingCode::key(token.shortCode).toHex()), isoTime(m_clock()),
              isoTime(token.expiresAt)}))
        return rollback.failed(QStringLiteral("cannot issue a pairing token"));
    const QString detail = withdrawn > 0 ? QStringLiteral("withdrawn=%1").arg(withdrawn) : QString();
    if (auto status = m_audit.append({m_clock(), actor, QStringLiteral("pairing.token_issued"), {}, detail}); !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit()) {
        const Error error = storeError(QStringLiteral("cannot issue a pairing token"), m_db.lastError());
        m_db.rollback();
        return error;
    }
    return token;
}

Result<int> ConsoleRepository::withdrawPairingTokens()
{
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot withdraw the pairing code"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    const QDateTime now = m_clock();
    if (!run(query, QStringLiteral("UPDATE pairing_tokens SET expires_at = ? WHERE used_at IS NULL AND expires_at > ?"),
             {isoTime(now), isoTime(now)}))
        return rollback.failed(QStringLiteral("cannot withdraw the pairing code"));
    const int withdrawn = query.numRowsAffected();
    if (withdrawn > 0) {
        if (auto status = m_audit.append({now, consoleActor, QStringLiteral("pairing.token_withdrawn"), {}, QStringLiteral("count=%1").arg(withdrawn)});
            !status) {
            m_db.rollback();
            return status.error();
        }
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit withdrawing the pairing code"));
    return withdrawn;
}

QString ConsoleRepository::pairingRefusedMessage()
{
    return QStringLiteral("unknown, used or expired pairing token");
}

Result<KioskEnrollment> ConsoleRepository::pairKiosk(const QString &token, const QString &kioskName)
{
    const auto decoded = codec::fromBase32(token);
    return redeemPairingToken(decoded && decoded->size() == tokenBytes ? tokenHash(token) : QString(), kioskName);
}

Result<KioskEnrollment> ConsoleRepository::pairKioskWithProof(const QString &proof, const QString &fingerprint, const QString &kioskName)
{
    // The live codes (one, unless a code was asked for in two places at once): the one whose
    // short code made this proof for this console's certificate.
    QString hash;
    QByteArray key;
    if (codec::isLowerHex(proof, ShortPairingCode::proofLength)) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!run(query, QStringLiteral("SELECT token_hash, short_code_hash FROM pairing_tokens "
                                       "WHERE short_code_hash IS NOT NULL AND used_at IS NULL AND expires_at > ? LIMIT 16"),
                 {isoTime(m_clock())}))
            return storeError(QStringLiteral("cannot pair the kiosk"), query.lastError());
        while (query.next()) {
            const QByteArray candidate = QByteArray::fromHex(query.value(1).toString().toLatin1());
            if (hash.isEmpty() && ShortPairingCode::sameProof(ShortPairingCode::kioskProof(candidate, fingerprint), proof)) {
                hash = query.value(0).toString();
                key = candidate;
            }
        }
        // a wrong proof is audited as a wrong token is (a bad name is said first, as there)
        if (hash.isEmpty() && cleanName(kioskName, maxKioskNameLength, QStringLiteral("a kiosk name"))) {
            if (auto status = audit(consoleActor, QStringLiteral("kiosk.pairing_refused")); !status)
                return status.error();
            return Error{pairingRefusedMessage()};
        }
    }
    auto enrollment = redeemPairingToken(hash, kioskName);
    if (enrollment)
        enrollment->consoleProof = ShortPairingCode::consoleProof(key, fingerprint, enrollment->kioskId);
    return enrollment;
}

Result<KioskEnrollment> ConsoleRepository::redeemPairingToken(const QString &hash, const QString &kioskName)
{
    const Error refusedToken{pairingRefusedMessage()};
    auto name = cleanName(kioskName, maxKioskNameLength, QStringLiteral("a kiosk name"));
    if (!name)
        return name.error();
    if (hash.isEmpty())
        return refusedToken;

    const QDateTime now = m_clock();
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot pair the kiosk"), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    KioskEnrollment enrollment{QStringLiteral("kiosk-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                               SecretBytes::random(credentialSize), {}};
    // waiting for approval: a code photographed off the screen pairs nothing that sends
    if (!run(query, QStringLiteral("INSERT INTO kiosks (id, name, credential, paired_at, approval) VALUES (?, ?, ?, ?, 'pending')"),
             {enrollment.kioskId, name.value(),
              QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(enrollment.credential.data()),
                                                          credentialSize)
                                      .toBase64()),
              isoTime(now)}))
        return rollback.failed(QStringLiteral("cannot pair the kiosk"));
    // Redeemed once: the update wins only for an unused, unexpired token, even against a
    // second request racing this one.
    if (!run(query,
             QStringLiteral("UPDATE pairing_tokens SET used_at = ?, kiosk_id = ? "
                            "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?"),
             {isoTime(now), enrollment.kioskId, hash, isoTime(now)}))
        return rollback.failed(QStringLiteral("cannot pair the kiosk"));
    if (query.numRowsAffected() != 1) {
        m_db.rollback();
        if (auto status = audit(consoleActor, QStringLiteral("kiosk.pairing_refused")); !status)
            return status.error();
        return refusedToken;
    }
    if (auto status = m_audit.append({now, QStringLiteral("kiosk:") + enrollment.kioskId, QStringLiteral("kiosk.paired"), {}, {}}); !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit the pairing"));
    return enrollment;
}

Result<QList<KioskInfo>> ConsoleRepository::kiosks() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT k.id, k.name, k.paired_at, k.revoked_at, k.approval, k.approval_decided_at, s.name, k.credential "
                                   "FROM kiosks k LEFT JOIN staff_users s ON s.id = k.approval_decided_by "
                                   "ORDER BY k.paired_at DESC, k.id")))
        return storeError(QStringLiteral("cannot list the kiosks"), query.lastError());
    QList<KioskInfo> list;
    while (query.next()) {
        KioskInfo kiosk;
        kiosk.id = query.value(0).toString();
        kiosk.name = query.value(1).toString();
        kiosk.pairedAt = fromIsoTime(query.value(2));
        kiosk.revokedAt = fromIsoTime(query.value(3));
        kiosk.approval = kioskApprovalFromName(query.value(4).toString()).value_or(KioskApproval::Pending);
        kiosk.decidedAt = fromIsoTime(query.value(5));
        kiosk.decidedBy = query.value(6).toString();
        if (const auto credential = credentialFrom(query.value(7)))
            kiosk.fingerprint = RequestSigner::fingerprint(*credential);
        list.append(kiosk);
    }
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot list the kiosks"), query.lastError());
    return list;
}

Status ConsoleRepository::approveKiosk(const QString &kioskId, qint64 adminId)
{
    return decideKiosk(kioskId, adminId, KioskApproval::Approved);
}

Status ConsoleRepository::rejectKiosk(const QString &kioskId, qint64 adminId)
{
    return decideKiosk(kioskId, adminId, KioskApproval::Rejected);
}

Status ConsoleRepository::decideKiosk(const QString &kioskId, qint64 adminId, KioskApproval verdict)
{
    const bool approve = verdict == KioskApproval::Approved;
    const QString what = approve ? QStringLiteral("approve") : QStringLiteral("reject");
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot %1 the kiosk").arg(what), m_db.lastError());
    QSqlQuery query(m_db);
    const Rollback rollback{m_db, query};
    const auto admin = isActiveAdmin(query, adminId);
    if (!admin)
        return rollback.failed(QStringLiteral("cannot %1 the kiosk").arg(what));
    if (!admin.value())
        return rollback.refused(QStringLiteral("only an active administrator may %1 a kiosk").arg(what));
    // only a kiosk still waiting: an approval is not taken back (unpair instead), a rejection is final
    if (!run(query,
             QStringLiteral("UPDATE kiosks SET approval = ?, approval_decided_at = ?, approval_decided_by = ? "
                            "WHERE id = ? AND approval = 'pending' AND revoked_at IS NULL"),
             {kioskApprovalName(verdict), isoTime(m_clock()), adminId, kioskId}))
        return rollback.failed(QStringLiteral("cannot %1 the kiosk").arg(what));
    if (query.numRowsAffected() != 1)
        return rollback.refused(QStringLiteral("no kiosk %1 waits for approval").arg(kioskId));
    if (auto status = m_audit.append({m_clock(), staffActor(adminId), approve ? QStringLiteral("kiosk.approved") : QStringLiteral("kiosk.rejected"),
                                      {}, QStringLiteral("kiosk=%1").arg(kioskId)});
        !status) {
        m_db.rollback();
        return status;
    }
    if (!m_db.commit())
        return rollback.failed(QStringLiteral("cannot commit the kiosk's approval"));
    return {};
}

Status ConsoleRepository::revokeKiosk(const QString &kioskId, qint64 staffId)
{
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot unpair the kiosk"), m_db.lastError());
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("UPDATE kiosks SET credential = NULL, revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
             {isoTime(m_clock()), kioskId})) {
        const Error error = storeError(QStringLiteral("cannot unpair the kiosk"), query.lastError());
        m_db.rollback();
        return error;
    }
    if (query.numRowsAffected() != 1) {
        m_db.rollback();
        return Error{QStringLiteral("no paired kiosk %1").arg(kioskId)};
    }
    if (auto status = m_audit.append({m_clock(), staffActor(staffId), QStringLiteral("kiosk.unpaired"), {}, QStringLiteral("kiosk=%1").arg(kioskId)});
        !status) {
        m_db.rollback();
        return status;
    }
    if (!m_db.commit()) {
        const Error error = storeError(QStringLiteral("cannot commit unpairing the kiosk"), m_db.lastError());
        m_db.rollback();
        return error;
    }
    return {};
}

Result<std::optional<KioskCredential>> ConsoleRepository::kioskCredential(const QString &kioskId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT credential, approval FROM kiosks WHERE id = ? AND revoked_at IS NULL"), {kioskId}))
        return storeError(QStringLiteral("cannot read the kiosk's credential"), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return storeError(QStringLiteral("cannot read the kiosk's credential"), query.lastError());
        return std::optional<KioskCredential>();
    }
    auto credential = credentialFrom(query.value(0));
    const auto approval = kioskApprovalFromName(query.value(1).toString());
    if (!credential || !approval)
        return Error{QStringLiteral("kiosk %1: the stored credential is damaged; unpair and pair the kiosk again").arg(kioskId)};
    return std::optional<KioskCredential>(KioskCredential{std::move(*credential), *approval});
}

// --- replay guard --------------------------------------------------------------------------

Result<bool> ConsoleRepository::rememberNonce(const QString &kioskId, const QString &nonce, const QDateTime &seenAt)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("INSERT INTO seen_nonces (kiosk_id, nonce, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
             {kioskId, nonce, isoTime(seenAt)}))
        return storeError(QStringLiteral("cannot record the request's nonce"), query.lastError());
    return query.numRowsAffected() == 1;
}

Result<int> ConsoleRepository::pruneNonces(const QDateTime &before)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM seen_nonces WHERE seen_at < ?"), {isoTime(before)}))
        return storeError(QStringLiteral("cannot prune the seen nonces"), query.lastError());
    return query.numRowsAffected();
}

Result<QList<std::pair<QString, QString>>> ConsoleRepository::recentNonces(const QDateTime &since) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT kiosk_id, nonce FROM seen_nonces WHERE seen_at >= ?"), {isoTime(since)}))
        return storeError(QStringLiteral("cannot read the seen nonces"), query.lastError());
    QList<std::pair<QString, QString>> nonces;
    while (query.next())
        nonces.append({query.value(0).toString(), query.value(1).toString()});
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot read the seen nonces"), query.lastError());
    return nonces;
}

// --- other ---------------------------------------------------------------------------------

Result<ConsoleCounts> ConsoleRepository::counts() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A store opened read-only is not migrated: before approvals (schema step 3) every paired
    // kiosk counts as approved, as the upgrade makes it.
    if (!run(query, QStringLiteral("SELECT count(*) FROM pragma_table_info('kiosks') WHERE name = 'approval'"), {}) || !query.next())
        return storeError(QStringLiteral("cannot count the store's records"), query.lastError());
    const bool approvals = query.value(0).toInt() > 0;
    const QString paired = approvals ? QStringLiteral("revoked_at IS NULL AND approval <> 'rejected'") : QStringLiteral("revoked_at IS NULL");
    const QString waiting = approvals ? QStringLiteral("revoked_at IS NULL AND approval = 'pending'") : QStringLiteral("0");
    if (!run(query,
             QStringLiteral("SELECT (SELECT count(*) FROM summaries), (SELECT count(*) FROM summaries WHERE ") + needsReviewCondition
                 + QStringLiteral("), (SELECT count(*) FROM decisions), (SELECT count(*) FROM kiosks WHERE ") + paired
                 + QStringLiteral("), (SELECT count(*) FROM kiosks WHERE ") + waiting + QStringLiteral("), "
                                  "(SELECT count(*) FROM staff_users WHERE disabled_at IS NULL), (SELECT count(*) FROM audit_log), "
                                  "(SELECT min(created_at) FROM summaries), (SELECT max(created_at) FROM summaries)"),
             {})
        || !query.next())
        return storeError(QStringLiteral("cannot count the store's records"), query.lastError());
    return ConsoleCounts{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                         query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                         query.value(6).toLongLong(), fromIsoTime(query.value(7)), fromIsoTime(query.value(8))};
}

Result<QList<AuditEntry>> ConsoleRepository::auditTrail(const QString &intakeUuid) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT at, actor, action, intake_uuid, detail FROM audit_log");
    const bool ran = intakeUuid.isEmpty()
                         ? run(query, columns + QStringLiteral(" ORDER BY seq"), {})
                         : run(query, columns + QStringLiteral(" WHERE intake_uuid = ? ORDER BY seq"), {intakeUuid});
    if (!ran)
        return storeError(QStringLiteral("cannot read the audit log"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append({fromIsoTime(query.value(0)), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString()});
    }
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot read the audit log"), query.lastError());
    return entries;
}

Status ConsoleRepository::audit(const QString &actor, const QString &action, const QString &intakeUuid, const QString &detail)
{
    return m_audit.record({m_clock(), actor, action, intakeUuid, detail});
}

} // namespace intake
