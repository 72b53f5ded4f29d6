#include "store/intakerepository.h"

#include "questionnaire/answer.h"
#include "store/storeerror.h"
#include "sync/summary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace intake {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // a scalar: wrap, then take the brackets off
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue parseJsonValue(const QString &text)
{
    const auto document = QJsonDocument::fromJson(QByteArray("[" + text.toUtf8() + "]"));
    return document.array().at(0);
}

/// Runs `query` with `values` bound in order.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

IntakeRepository::IntakeRepository(QSqlDatabase db, Questionnaire questionnaire, Clock clock)
    : m_db(db), m_questionnaire(std::move(questionnaire)), m_clock(std::move(clock)), m_audit(db)
{
}

Status IntakeRepository::checkSavable(const FinishedIntake &intake) const
{
    if (QUuid::fromString(intake.uuid).isNull())
        return Error{QStringLiteral("the intake has no valid UUID")};
    if (intake.client.firstName.trimmed().isEmpty() || intake.client.lastName.trimmed().isEmpty()
        || !intake.client.birthDate.isValid())
        return Error{QStringLiteral("intake %1: the client's name and date of birth are required").arg(intake.uuid)};
    if (!intake.appointmentDate.isValid() || !intake.createdAt.isValid())
        return Error{QStringLiteral("intake %1: the appointment date and creation time are required").arg(intake.uuid)};
    if (intake.consent.strokes.isEmpty() || intake.consent.printedName.trimmed().isEmpty()
        || intake.consent.textSha256.size() != 64 || !intake.consent.signedAt.isValid())
        return Error{QStringLiteral("intake %1: the consent is not signed").arg(intake.uuid)};
    return {};
}

Status IntakeRepository::saveFinished(const FinishedIntake &intake, const QString &actor)
{
    if (auto status = checkSavable(intake); !status)
        return status;
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot start saving the intake"), m_db.lastError());

    QSqlQuery query(m_db);
    const auto failed = [&](const QString &what) {
        const Error error = storeError(what, query.lastError().isValid() ? query.lastError() : m_db.lastError());
        m_db.rollback();
        return error;
    };

    if (!run(query,
             QStringLiteral("INSERT INTO intakes (uuid, created_at, kiosk_id, questionnaire_url, questionnaire_version, "
                            "rules_version, appointment_date, language, first_name, last_name, birth_date, contact) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {intake.uuid, isoTime(intake.createdAt), intake.kioskId, intake.questionnaireUrl, intake.questionnaireVersion,
              intake.rulesVersion, intake.appointmentDate.toString(Qt::ISODate), intake.language, intake.client.firstName,
              intake.client.lastName, intake.client.birthDate.toString(Qt::ISODate), intake.client.contact}))
        return failed(QStringLiteral("cannot save the intake"));
    const QVariant intakeId = query.lastInsertId();

    if (!query.prepare(QStringLiteral("INSERT INTO answers (intake_id, link_id, value) VALUES (?, ?, ?)")))
        return failed(QStringLiteral("cannot save the answers"));
    for (auto it = intake.response.answers().constBegin(); it != intake.response.answers().constEnd(); ++it) {
        query.addBindValue(intakeId);
        query.addBindValue(it.key());
        query.addBindValue(compactJson(answerToJson(it.value())));
        if (!query.exec())
            return failed(QStringLiteral("cannot save the answers"));
    }

    if (!run(query, QStringLiteral("INSERT INTO screening_results (intake_id, outcome, earliest_date) VALUES (?, ?, ?)"),
             {intakeId, severityName(intake.screening.outcome), optionalDate(intake.screening.earliestDate)}))
        return failed(QStringLiteral("cannot save the screening result"));

    if (!query.prepare(QStringLiteral("INSERT INTO flags (intake_id, code, severity, link_id, until) VALUES (?, ?, ?, ?, ?)")))
        return failed(QStringLiteral("cannot save the flags"));
    for (const Flag &flag : intake.screening.flags) {
        for (const QVariant &value : {intakeId, QVariant(flag.code), QVariant(severityName(flag.severity)),
                                      QVariant(flag.linkId), optionalDate(flag.until)})
            query.addBindValue(value);
        if (!query.exec())
            return failed(QStringLiteral("cannot save the flags"));
    }

    const SignedConsent &consent = intake.consent;
    if (!run(query,
             QStringLiteral("INSERT INTO consents (intake_id, document_id, document_version, language, text_sha256, "
                            "printed_name, signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {intakeId, consent.documentId, consent.documentVersion, consent.language, consent.textSha256,
              consent.printedName, compactJson(consent.strokesToJson()), isoTime(consent.signedAt)}))
        return failed(QStringLiteral("cannot save the consent"));

    const QString detail = QStringLiteral("outcome=%1 flags=%2").arg(severityName(intake.screening.outcome)).arg(intake.screening.flags.size());
    if (auto status = m_audit.append({m_clock(), actor, QStringLiteral("intake.saved"), intake.uuid, detail}); !status) {
        m_db.rollback();
        return status;
    }

    if (!run(query, QStringLiteral("INSERT INTO outbox (intake_uuid, payload, created_at) VALUES (?, ?, ?)"),
             {intake.uuid, compactJson(Summary::build(intake, m_questionnaire)), isoTime(m_clock())}))
        return failed(QStringLiteral("cannot queue the summary for the staff console"));

    if (!m_db.commit())
        return failed(QStringLiteral("cannot commit the intake"));
    return {};
}

Result<QList<IntakeListing>> IntakeRepository::listNewest(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT i.uuid, i.created_at, i.appointment_date, i.first_name, i.last_name, r.outcome, "
                            "o.sent_at IS NOT NULL "
                            "FROM intakes i JOIN screening_results r ON r.intake_id = i.id "
                            "LEFT JOIN outbox o ON o.intake_uuid = i.uuid "
                            "ORDER BY i.created_at DESC, i.id DESC LIMIT ?"),
             {limit}))
        return storeError(QStringLiteral("cannot list the intakes"), query.lastError());
    QList<IntakeListing> listing;
    while (query.next()) {
        listing.append({query.value(0).toString(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                        QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString(),
                        query.value(4).toString(), severityFromName(query.value(5).toString()).value_or(Severity::Review),
                        query.value(6).toBool()});
    }
    if (query.lastError().isValid())
        return storeError(QStringLiteral("cannot list the intakes"), query.lastError());
    return listing;
}

Result<QJsonObject> IntakeRepository::readRecord(const QString &uuid, const QString &actor, Access access)
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT i.id, i.created_at, i.kiosk_id, i.questionnaire_url, i.questionnaire_version, "
                            "i.rules_version, i.appointment_date, i.language, i.first_name, i.last_name, i.birth_date, "
                            "i.contact, r.outcome, r.earliest_date FROM intakes i "
                            "JOIN screening_results r ON r.intake_id = i.id WHERE i.uuid = ?"),
             {uuid}))
        return storeError(QStringLiteral("cannot read the intake"), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return storeError(QStringLiteral("cannot read the intake"), query.lastError());
        return Error{QStringLiteral("no intake %1 in this store").arg(uuid)};
    }
    const QVariant id = query.value(0);
    QJsonObject record{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("createdAt"), query.value(1).toString()},
        {QStringLiteral("kiosk"), query.value(2).toString()},
        {QStringLiteral("questionnaire"), QJsonObject{{QStringLiteral("url"), query.value(3).toString()},
                                                      {QStringLiteral("version"), query.value(4).toString()}}},
        {QStringLiteral("rulesVersion"), query.value(5).toString()},
        {QStringLiteral("appointmentDate"), query.value(6).toString()},
        {QStringLiteral("language"), query.value(7).toString()},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("firstName"), query.value(8).toString()},
                                               {QStringLiteral("lastName"), query.value(9).toString()},
                                               {QStringLiteral("birthDate"), query.value(10).toString()},
                                               {QStringLiteral("contact"), query.value(11).toString()}}},
        {QStringLiteral("outcome"), query.value(12).toString()},
    };
    if (!query.value(13).isNull())
        record.insert(QStringLiteral("earliestDate"), query.value(13).toString());

    QJsonObject answers;
    if (!run(query, QStringLiteral("SELECT link_id, value FROM answers WHERE intake_id = ?"), {id}))
        return storeError(QStringLiteral("cannot read the answers"), query.lastError());
    while (query.next())
        answers.insert(query.value(0).toString(), parseJsonValue(query.value(1).toString()));
    record.insert(QStringLiteral("answers"), answers);

    QJsonArray flags;
    if (!run(query, QStringLiteral("SELECT code, severity, link_id, until FROM flags WHERE intake_id = ? ORDER BY id"), {id}))
        return storeError(QStringLiteral("cannot read the flags"), query.lastError());
    while (query.next()) {
        QJsonObject flag{{QStringLiteral("code"), query.value(0).toString()},
                         {QStringLiteral("severity"), query.value(1).toString()},
                         {QStringLiteral("linkId"), query.value(2).toString()}};
        if (!query.value(3).isNull())
            flag.insert(QStringLiteral("until"), query.value(3).toString());
        flags.append(flag);
    }
    record.insert(QStringLiteral("flags"), flags);

    if (!run(query,
             QStringLiteral("SELECT document_id, document_version, language, text_sha256, printed_name, signature, "
                            "signed_at FROM consents WHERE intake_id = ?"),
             {id}))
        return storeError(QStringLiteral("cannot read the consent"), query.lastError());
    if (query.next()) {
        record.insert(QStringLiteral("consent"),
                      QJsonObject{{QStringLiteral("documentId"), query.value(0).toString()},
                                  {QStringLiteral("version"), query.value(1).toString()},
                                  {QStringLiteral("language"), query.value(2).toString()},
                                  {QStringLiteral("textSha256"), query.value(3).toString()},
                                  {QStringLiteral("printedName"), query.value(4).toString()},
                                  {QStringLiteral("signature"), parseJsonValue(query.value(5).toString())},
                                  {QStringLiteral("signedAt"), query.value(6).toString()}});
    }

    const QString action = access == Access::View ? QStringLiteral("intake.viewed") : QStringLiteral("intake.exported");
    if (auto status = audit(actor, action, uuid); !status)
        return status.error();
    return record;
}

Result<int> IntakeRepository::purgeSynced(int retentionDays, const QString &actor)
{
    if (retentionDays < 1)
        return Error{QStringLiteral("the retention period must be at least one day")};
    const QString cutoff = isoTime(m_clock().addDays(-retentionDays));
    if (!m_db.transaction())
        return storeError(QStringLiteral("cannot start the purge"), m_db.lastError());
    QSqlQuery query(m_db);
    // Only what the console has acknowledged: an unsent intake is never lost to retention.
    if (!run(query,
             QStringLiteral("DELETE FROM intakes WHERE created_at < ? AND uuid IN "
                            "(SELECT intake_uuid FROM outbox WHERE sent_at IS NOT NULL)"),
             {cutoff})) {
        const Error error = storeError(QStringLiteral("cannot purge old intakes"), query.lastError());
        m_db.rollback();
        return error;
    }
    const int purged = query.numRowsAffected();
    if (!run(query, QStringLiteral("DELETE FROM outbox WHERE sent_at IS NOT NULL AND intake_uuid NOT IN (SELECT uuid FROM intakes)"), {})) {
        const Error error = storeError(QStringLiteral("cannot purge old intakes"), query.lastError());
        m_db.rollback();
        return error;
    }
    const QString detail = QStringLiteral("purged=%1 retentionDays=%2").arg(purged).arg(retentionDays);
    if (auto status = m_audit.append({m_clock(), actor, QStringLiteral("intakes.purged"), {}, detail}); !status) {
        m_db.rollback();
        return status.error();
    }
    if (!m_db.commit()) {
        const Error error = storeError(QStringLiteral("cannot commit the purge"), m_db.lastError());
        m_db.rollback();
        return error;
    }
    return purged;
}

Result<StoreCounts> IntakeRepository::counts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM intakes), "
                                   "(SELECT count(*) FROM outbox WHERE sent_at IS NULL), "
                                   "(SELECT count(*) FROM audit_log), "
                                   "(SELECT min(created_at) FROM intakes), (SELECT max(created_at) FROM intakes)"))
        || !query.next())
        return storeError(QStringLiteral("cannot count the store's records"), query.lastError());
    return StoreCounts{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                       QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs)};
}

Status IntakeRepository::audit(const QString &actor, const QString &action, const QString &intakeUuid, const QString &detail)
{
    return m_audit.record({m_clock(), actor, action, intakeUuid, detail});
}

} // namespace intake
