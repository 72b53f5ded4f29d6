#include "decisionform.h"

#include "staffsession.h"

#include "console/consolerepository.h"

#include <algorithm>

using namespace intake;

DecisionForm::DecisionForm(StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &StaffSession::stateChanged, this, [this] {
        if (!m_session.isSignedIn())
            prepare({}, {});
    });
}

void DecisionForm::setDecision(const QString &decision)
{
    if (decision == m_decision || (!decision.isEmpty() && !decisionFromName(decision)))
        return;
    m_decision = decision;
    m_lastError.clear();
    Q_EMIT changed();
}

void DecisionForm::setRescheduleDate(const QString &date)
{
    if (date == m_rescheduleDate)
        return;
    m_rescheduleDate = date.trimmed();
    m_lastError.clear();
    Q_EMIT changed();
}

void DecisionForm::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    Q_EMIT changed();
}

QString DecisionForm::minimumRescheduleDate() const
{
    return m_session.today().toString(Qt::ISODate);
}

QString DecisionForm::maximumRescheduleDate() const
{
    return m_session.today().addYears(2).toString(Qt::ISODate);
}

QString DecisionForm::reason() const
{
    if (m_uuid.isEmpty())
        return tr("Open an intake first.");
    if (!m_session.isSignedIn())
        return tr("Sign in to record a decision.");
    if (m_decision.isEmpty())
        return tr("Choose a decision.");
    if (m_note.size() > maxNoteLength)
        return tr("The note is too long (at most %n characters).", nullptr, maxNoteLength);
    if (m_decision != decisionName(Decision::Reschedule))
        return {};
    if (m_rescheduleDate.isEmpty())
        return tr("Choose the date to reschedule on or after.");
    const QDate date = QDate::fromString(m_rescheduleDate, Qt::ISODate);
    if (!date.isValid())
        return tr("Write the date as year-month-day, for example 2026-12-05.");
    if (date < m_session.today())
        return tr("The new date is in the past.");
    // The clinic's waits: 14 days after Botox, 28 after fillers (the intake's earliest date).
    if (m_earliestDate.isValid() && date < m_earliestDate)
        return tr("The clinic's wait ends on %1: choose that day or later.").arg(m_earliestDate.toString(Qt::ISODate));
    return {};
}

void DecisionForm::prepare(const QString &uuid, const QString &earliestDate)
{
    m_uuid = uuid;
    m_decision.clear();
    m_earliestDate = QDate::fromString(earliestDate, Qt::ISODate);
    // the earliest date, or today once that has passed (an intake reviewed late): never a date
    // the form would refuse
    m_rescheduleDate = m_earliestDate.isValid() ? std::max(m_earliestDate, m_session.today()).toString(Qt::ISODate) : QString();
    m_note.clear();
    m_lastError.clear();
    Q_EMIT changed();
}

bool DecisionForm::submit()
{
    if (const QString why = reason(); !why.isEmpty()) {
        m_lastError = why;
        Q_EMIT changed();
        return false;
    }
    ConsoleRepository *repository = m_session.repository();
    const Decision decision = *decisionFromName(m_decision);
    std::optional<QDate> on;
    if (decision == Decision::Reschedule)
        on = QDate::fromString(m_rescheduleDate, Qt::ISODate);
    auto recorded = repository ? repository->recordDecision(m_uuid, m_session.userId(), decision, on, m_note.trimmed())
                               : intake::Result<qint64>(intake::Error{tr("The console's store is closed.")});
    if (!recorded) {
        m_lastError = recorded.error().message;
        Q_EMIT changed();
        return false;
    }
    // Recorded: the form starts over for the same intake (another decision may follow later).
    const QString uuid = m_uuid;
    prepare(uuid, m_earliestDate.isValid() ? m_earliestDate.toString(Qt::ISODate) : QString());
    Q_EMIT submitted(uuid);
    return true;
}
