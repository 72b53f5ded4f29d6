#include "reviewqueuemodel.h"

#include "staffsession.h"

using namespace intake;
using namespace Qt::StringLiterals;

ReviewQueueModel::ReviewQueueModel(StaffSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    // Signed in: the queue of the day; signed out: nothing on screen.
    connect(&m_session, &StaffSession::stateChanged, this, [this] {
        if (!m_session.isSignedIn()) {
            m_day = {};
            m_dayOf = DayOf::Arrival;
            dismissArrival();
            Q_EMIT dayChanged();
        }
        refresh();
    });
    m_dayTimer.setInterval(std::chrono::minutes(1));
    connect(&m_dayTimer, &QTimer::timeout, this, &ReviewQueueModel::checkDayChanged);
    m_dayTimer.start();
    refresh();
}

void ReviewQueueModel::checkDayChanged()
{
    const QDate today = m_session.today();
    if (today == m_today)
        return;
    if (m_day == today)
        m_day = {};  // the day picked is today now
    Q_EMIT dayChanged();
    refresh();
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SummaryListing &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ClientNameRole:
        return QString(row.firstName + u' ' + row.lastName);
    case UuidRole:
        return row.uuid;
    case BirthDateRole:
        return row.birthDate.toString(Qt::ISODate);
    case AppointmentDateRole:
        return row.appointmentDate.toString(Qt::ISODate);
    case CreatedAtRole:
        return row.createdAt.toLocalTime();
    case OutcomeRole:
        return severityName(row.outcome);
    case EarliestDateRole:
        return row.earliestDate ? row.earliestDate->toString(Qt::ISODate) : QString();
    case FlagCountRole:
        return row.flagCount;
    case ReviewedRole:
        return row.reviewed;
    case NeedsReviewRole:
        return row.needsReview();
    case KioskIdRole:
        return row.kioskId;
    case FinishedTodayRole:
        return row.createdAt.toLocalTime().date() == m_today;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    return {{UuidRole, "uuid"},
            {ClientNameRole, "clientName"},
            {BirthDateRole, "birthDate"},
            {AppointmentDateRole, "appointmentDate"},
            {CreatedAtRole, "createdAt"},
            {OutcomeRole, "outcome"},
            {EarliestDateRole, "earliestDate"},
            {FlagCountRole, "flagCount"},
            {ReviewedRole, "reviewed"},
            {NeedsReviewRole, "needsReview"},
            {KioskIdRole, "kioskId"},
            {FinishedTodayRole, "finishedToday"}};
}

void ReviewQueueModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    refresh();
}

QString ReviewQueueModel::day() const
{
    return (m_day.isValid() ? m_day : m_session.today()).toString(Qt::ISODate);
}

void ReviewQueueModel::setDay(const QString &isoDay)
{
    QDate day = isoDay.isEmpty() ? QDate() : QDate::fromString(isoDay, Qt::ISODate);
    if (!isoDay.isEmpty() && !day.isValid())
        return;
    if (day == m_session.today())
        day = {};
    if (day == m_day)
        return;
    m_day = day;
    Q_EMIT dayChanged();
    refresh();
}

void ReviewQueueModel::setDayOf(DayOf dayOf)
{
    if (dayOf == m_dayOf)
        return;
    m_dayOf = dayOf;
    // nothing arrives after today
    if (m_dayOf == DayOf::Arrival && m_day > m_session.today())
        m_day = {};
    Q_EMIT dayChanged();
    refresh();
}

void ReviewQueueModel::previousDay()
{
    const QDate base = m_day.isValid() ? m_day : m_session.today();
    setDay(base.addDays(-1).toString(Qt::ISODate));
}

void ReviewQueueModel::nextDay()
{
    const QDate base = m_day.isValid() ? m_day : m_session.today();
    const QDate next = base.addDays(1);
    setDay(m_dayOf == DayOf::Arrival && next >= m_session.today() ? QString() : next.toString(Qt::ISODate));
}

void ReviewQueueModel::showToday()
{
    setDay({});
}

void ReviewQueueModel::dismissArrival()
{
    if (m_arrival.uuid.isEmpty())
        return;
    m_arrival = {};
    Q_EMIT arrivalChanged();
}

void ReviewQueueModel::refresh()
{
    QList<SummaryListing> rows;
    int unreviewed = 0;
    int flags = 0;
    int waitingRows = 0;
    int dayRows = 0;
    QString error;
    ConsoleRepository *repository = m_session.repository();
    if (repository && m_session.isSignedIn()) {
        // What waits is counted whatever day it arrived on, and listed first: all of it, or by
        // treatment date only what waits for treatment on the day shown.
        const bool byTreatment = m_filter == Filter::All && m_dayOf == DayOf::Treatment;
        const ReviewFilter dayFilter{ReviewFilter::Show::All, m_day,
                                     byTreatment ? ReviewFilter::DayOf::Treatment : ReviewFilter::DayOf::Arrival};
        auto waiting = repository->listWaiting();
        auto waitingShown = byTreatment ? repository->listWaiting(m_day) : waiting;
        auto day = m_filter == Filter::All ? repository->listSummaries(dayFilter)
                                           : Result<QList<SummaryListing>>(QList<SummaryListing>());
        if (waiting && waitingShown && day) {
            unreviewed = static_cast<int>(waiting->size());
            for (const SummaryListing &listing : waiting.value())
                flags += listing.flagCount;
            rows = std::move(waitingShown).value();
            waitingRows = static_cast<int>(rows.size());
            for (SummaryListing &listing : day.value()) {
                if (!listing.needsReview())
                    rows.append(std::move(listing));
            }
            dayRows = static_cast<int>(rows.size()) - waitingRows;
        } else {
            error = !waiting ? waiting.error().message : !waitingShown ? waitingShown.error().message : day.error().message;
        }
    }
    m_today = m_session.today();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_unreviewedIntakes = unreviewed;
    m_unreviewedFlags = flags;
    m_waitingCount = waitingRows;
    m_dayCount = dayRows;
    m_lastError = error;
    Q_EMIT countsChanged();
}

void ReviewQueueModel::summariesArrived(const QList<ArrivedSummary> &arrived)
{
    refresh();
    const auto flagged = std::find_if(arrived.crbegin(), arrived.crend(),
                                      [](const ArrivedSummary &summary) { return summary.outcome != severityName(Severity::Clear); });
    if (flagged == arrived.crend())
        return;
    const QString &uuid = flagged->uuid;
    const QString &outcome = flagged->outcome;
    // The chime carries nothing about the client: it sounds whoever is (or is not) signed in,
    // so that someone comes to the desk. The banner names the client: signed in only.
    if (!m_session.isSignedIn()) {
        Q_EMIT flaggedArrival(uuid);
        return;
    }
    // The name is the one stored in the queue's row: it needs review, so it is listed whatever
    // day it was finished on (unless someone decided it in the meantime).
    QString name;
    for (const SummaryListing &listing : std::as_const(m_rows)) {
        if (listing.uuid == uuid)
            name = listing.firstName + u' ' + listing.lastName;
    }
    m_arrival = {uuid, name, outcome};
    Q_EMIT arrivalChanged();
    Q_EMIT flaggedArrival(uuid);
}
