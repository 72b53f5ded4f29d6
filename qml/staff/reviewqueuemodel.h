#pragma once

#include "console/consolerepository.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QTimer>

class StaffSession;

// The review queue: every intake that still needs review (flagged and not decided), whatever
// day it was finished on, oldest first; with the All filter, then the rest of one day's intakes
// (today unless staff pick another: the reviewed and the clear ones), newest first. The day is
// the day of arrival, or the treatment date: then what waits is only what waits for treatment
// on that day. Counts what is left to review (every day), and refreshes when a kiosk's summary
// arrives; a flagged arrival raises the arrival notice (a banner in QML, a chime through
// flaggedArrival()).
class ReviewQueueModel : public QAbstractListModel
{
    Q_OBJECT

    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    // The day shown, "YYYY-MM-DD" (today's date while showingToday); setting "" shows today.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    Q_PROPERTY(bool showingToday READ showingToday NOTIFY dayChanged)
    // Whether All's day is the day of arrival or the treatment date.
    Q_PROPERTY(DayOf dayOf READ dayOf WRITE setDayOf NOTIFY dayChanged)
    // Next day goes on from the day shown: arrivals stop at today, treatment dates do not.
    Q_PROPERTY(bool hasNextDay READ hasNextDay NOTIFY dayChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    // Flagged intakes with no decision yet, of any day (the first rows), and the flags they carry.
    Q_PROPERTY(int unreviewedIntakes READ unreviewedIntakes NOTIFY countsChanged)
    Q_PROPERTY(int unreviewedFlags READ unreviewedFlags NOTIFY countsChanged)
    // The first rows, those that wait: all of them, or with the treatment date those for
    // treatment on the day shown.
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    // Of the unreviewed, those the rows leave out (for treatment on another day).
    Q_PROPERTY(int unreviewedElsewhere READ unreviewedElsewhere NOTIFY countsChanged)
    // The rows after those: the day's reviewed and clear intakes (All only; 0 with NeedsReview).
    Q_PROPERTY(int dayCount READ dayCount NOTIFY countsChanged)
    // The arrival notice: a flagged intake has just come in (until dismissed).
    Q_PROPERTY(bool arrivalShown READ arrivalShown NOTIFY arrivalChanged)
    Q_PROPERTY(QString arrivalUuid READ arrivalUuid NOTIFY arrivalChanged)
    Q_PROPERTY(QString arrivalClientName READ arrivalClientName NOTIFY arrivalChanged)
    Q_PROPERTY(QString arrivalOutcome READ arrivalOutcome NOTIFY arrivalChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY countsChanged)

public:
    // The roles of a row (one received intake), as QML delegates name them.
    enum Role {
        UuidRole = Qt::UserRole + 1,  ///< "uuid": the intake's UUID
        ClientNameRole,               ///< "clientName": first and last name
        BirthDateRole,                ///< "birthDate": YYYY-MM-DD
        AppointmentDateRole,          ///< "appointmentDate": YYYY-MM-DD
        CreatedAtRole,                ///< "createdAt": when the client finished (QDateTime, local)
        OutcomeRole,                  ///< "outcome": the severity name (contraindicated, review, defer, precaution, clear)
        EarliestDateRole,             ///< "earliestDate": YYYY-MM-DD, "" when nothing defers the treatment
        FlagCountRole,                ///< "flagCount": how many flags
        ReviewedRole,                 ///< "reviewed": a decision has been recorded
        NeedsReviewRole,              ///< "needsReview": flagged and not reviewed yet (the first rows)
        KioskIdRole,                  ///< "kioskId": the paired kiosk that sent it
        FinishedTodayRole,            ///< "finishedToday": finished today (by the session's clock)
    };
    Q_ENUM(Role)

    enum class Filter { NeedsReview, All };
    Q_ENUM(Filter)
    // Which date of an intake All's day is (ReviewFilter::DayOf).
    enum class DayOf { Arrival, Treatment };
    Q_ENUM(DayOf)

    explicit ReviewQueueModel(StaffSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString day() const;
    void setDay(const QString &isoDay);
    bool showingToday() const { return !m_day.isValid(); }
    DayOf dayOf() const { return m_dayOf; }
    // Arrivals: the day shown stays, unless it is after today (then today).
    void setDayOf(DayOf dayOf);
    bool hasNextDay() const { return m_dayOf == DayOf::Treatment || !showingToday(); }
    int unreviewedIntakes() const { return m_unreviewedIntakes; }
    int unreviewedFlags() const { return m_unreviewedFlags; }
    int waitingCount() const { return m_waitingCount; }
    int unreviewedElsewhere() const { return m_unreviewedIntakes - m_waitingCount; }
    int dayCount() const { return m_dayCount; }
    bool arrivalShown() const { return !m_arrival.uuid.isEmpty(); }
    QString arrivalUuid() const { return m_arrival.uuid; }
    QString arrivalClientName() const { return m_arrival.clientName; }
    QString arrivalOutcome() const { return m_arrival.outcome; }
    QString lastError() const { return m_lastError; }

    // One day back or forward from the day shown.
    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    Q_INVOKABLE void showToday();
    Q_INVOKABLE void dismissArrival();
    // Reads the queue again (after a decision, on sign-in).
    Q_INVOKABLE void refresh();
    // Kiosks' summaries were stored (SummaryReceiver::summariesReceived): refresh once, and
    // when any is flagged raise the arrival notice for the newest flagged one.
    void summariesArrived(const QList<intake::ArrivedSummary> &arrived);
    // Past midnight "today" is another day: a console left running shows the new day's queue.
    // Runs every minute; public for tests.
    void checkDayChanged();

Q_SIGNALS:
    void filterChanged();
    void dayChanged();
    void countsChanged();
    void arrivalChanged();
    // A flagged intake arrived: the composition root plays the chime.
    void flaggedArrival(const QString &uuid);

private:
    struct Arrival
    {
        QString uuid;
        QString clientName;
        QString outcome;
    };

    StaffSession &m_session;
    Filter m_filter = Filter::NeedsReview;
    QDate m_day;  // invalid: today
    DayOf m_dayOf = DayOf::Arrival;
    QList<intake::SummaryListing> m_rows;
    int m_unreviewedIntakes = 0;
    int m_unreviewedFlags = 0;
    int m_waitingCount = 0;
    int m_dayCount = 0;
    Arrival m_arrival;
    QString m_lastError;
    QDate m_today;        // "today" when the queue was last read
    QTimer m_dayTimer;
};
