#pragma once

#include <QDate>
#include <QObject>
#include <QString>

class StaffSession;

// Staff's decision about the intake open in the detail: proceed, proceed with precautions,
// reschedule on or after a date (prefilled with the intake's earliest date, which the clinic's
// waits after Botox and fillers set), or do not treat; and a note. Says whether it can be
// submitted and, if not, why; submitting records it with the signed-in staff member's id.
class DecisionForm : public QObject
{
    Q_OBJECT

    Q_PROPERTY(QString uuid READ uuid NOTIFY changed)
    // "proceed", "proceed_with_precautions", "reschedule", "do_not_treat", or "" (none yet).
    Q_PROPERTY(QString decision READ decision WRITE setDecision NOTIFY changed)
    // YYYY-MM-DD; reschedule only.
    Q_PROPERTY(QString rescheduleDate READ rescheduleDate WRITE setRescheduleDate NOTIFY changed)
    Q_PROPERTY(QString earliestDate READ earliestDate NOTIFY changed)
    // The range the date picker offers (YYYY-MM-DD): today by the session's clock, and two years on.
    Q_PROPERTY(QString minimumRescheduleDate READ minimumRescheduleDate NOTIFY changed)
    Q_PROPERTY(QString maximumRescheduleDate READ maximumRescheduleDate NOTIFY changed)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY changed)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY changed)
    // Why it cannot be submitted yet ("" when it can), in the console's language.
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    // Why the last submit failed ("" when it did not).
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    static constexpr int maxNoteLength = 2000;

    explicit DecisionForm(StaffSession &session, QObject *parent = nullptr);

    QString uuid() const { return m_uuid; }
    QString decision() const { return m_decision; }
    void setDecision(const QString &decision);
    QString rescheduleDate() const { return m_rescheduleDate; }
    void setRescheduleDate(const QString &date);
    QString earliestDate() const { return m_earliestDate.toString(Qt::ISODate); }
    QString minimumRescheduleDate() const;
    QString maximumRescheduleDate() const;
    QString note() const { return m_note; }
    void setNote(const QString &note);
    bool canSubmit() const { return reason().isEmpty(); }
    QString reason() const;
    QString lastError() const { return m_lastError; }

    // A fresh form for intake `uuid`; the reschedule date starts at `earliestDate` (may be "").
    Q_INVOKABLE void prepare(const QString &uuid, const QString &earliestDate);
    // Records the decision; false and lastError (or reason) when it cannot.
    Q_INVOKABLE bool submit();
    // The texts changed language (reason is worded here).
    void retranslate() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
    // A decision was recorded: the detail and the queue read it back.
    void submitted(const QString &uuid);

private:
    StaffSession &m_session;
    QString m_uuid;
    QString m_decision;
    QString m_rescheduleDate;
    QDate m_earliestDate;
    QString m_note;
    QString m_lastError;
};
