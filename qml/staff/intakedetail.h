#pragma once

#include "console/consolerepository.h"

#include <QObject>
#include <QVariantList>

class StaffSession;

// One received intake as the detail screen shows it: the client, the appointment, every flag
// with the question, the client's answer, the clinic's reason and guidance (in the console's
// language, from the summary the kiosk sent) and the date it defers to; the consent status;
// the decisions recorded so far with who made them and when. Opening an intake is an audited
// view by the signed-in staff member.
class IntakeDetail : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString uuid READ uuid NOTIFY changed)
    Q_PROPERTY(QString clientName READ clientName NOTIFY changed)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY changed)            // YYYY-MM-DD
    Q_PROPERTY(QString appointmentDate READ appointmentDate NOTIFY changed)  // YYYY-MM-DD
    Q_PROPERTY(QDateTime createdAt READ createdAt NOTIFY changed)          // local time
    Q_PROPERTY(QString outcome READ outcome NOTIFY changed)                // severity name
    Q_PROPERTY(QString earliestDate READ earliestDate NOTIFY changed)      // YYYY-MM-DD or ""
    Q_PROPERTY(QString kioskId READ kioskId NOTIFY changed)
    // Each flag: {code, severity, question, answerKind ("yes", "no", "date", "text", "none"),
    // answer (the date or text; "" otherwise), reason, guidance, until (YYYY-MM-DD or "")}.
    Q_PROPERTY(QVariantList flags READ flags NOTIFY changed)
    Q_PROPERTY(bool consentSigned READ consentSigned NOTIFY changed)
    Q_PROPERTY(QString consentVersion READ consentVersion NOTIFY changed)
    Q_PROPERTY(QString consentLanguage READ consentLanguage NOTIFY changed)  // "en", "es"
    Q_PROPERTY(QDateTime consentSignedAt READ consentSignedAt NOTIFY changed)
    // Oldest first: {decision (name), rescheduleOn (YYYY-MM-DD or ""), note, staffName, decidedAt}.
    Q_PROPERTY(QVariantList decisions READ decisions NOTIFY changed)
    Q_PROPERTY(bool reviewed READ reviewed NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    explicit IntakeDetail(StaffSession &session, QObject *parent = nullptr);

    bool isLoaded() const { return !m_detail.listing.uuid.isEmpty(); }
    QString uuid() const { return m_detail.listing.uuid; }
    QString clientName() const;
    QString birthDate() const { return m_detail.listing.birthDate.toString(Qt::ISODate); }
    QString appointmentDate() const { return m_detail.listing.appointmentDate.toString(Qt::ISODate); }
    QDateTime createdAt() const { return m_detail.listing.createdAt.toLocalTime(); }
    QString outcome() const;
    QString earliestDate() const;
    QString kioskId() const { return m_detail.listing.kioskId; }
    QVariantList flags() const;
    bool consentSigned() const;
    QString consentVersion() const;
    QString consentLanguage() const;
    QDateTime consentSignedAt() const;
    QVariantList decisions() const;
    bool reviewed() const { return !m_detail.decisions.isEmpty(); }
    QString lastError() const { return m_lastError; }

    // The language of the clinic's texts ("en", "es"); English when a text lacks it.
    void setLanguage(const QString &language);

    // Reads the intake (an audited view); false and lastError when it cannot.
    Q_INVOKABLE bool open(const QString &uuid);
    // Reads the open intake again (after a decision); like every read, an audited view.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void close();

Q_SIGNALS:
    void changed();
    // An intake was opened: the decision form prepares for it.
    void opened(const QString &uuid, const QString &earliestDate);

private:
    StaffSession &m_session;
    intake::SummaryDetail m_detail;
    QString m_language = QStringLiteral("en");
    QString m_lastError;
};
