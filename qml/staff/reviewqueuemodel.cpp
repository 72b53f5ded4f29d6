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
        return row.outcome != Severity::Clear && !row.reviewed;
    case KioskIdRole:
        return row.kioskId;
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
            {KioskIdRole, "kioskId"}};
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

void ReviewQueueModel::previousDay()
{
    const QDate base = m_day.isValid() ? m_day : m_session.today();
    setDay(base.addDays(-1).toString(Qt::ISODate));
}

void ReviewQueueModel::nextDay()
{
    const QDate base = m_day.isValid() ? m_day : m_session.today();
    const QDate next = base.addDays(1);
    setDay(next >= m_session.today() ? QString() : next.toString(Qt::ISODate));
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
    QString error;
    ConsoleRepository *repository = m_session.repository();
    if (repository && m_session.isSignedIn()) {
        ReviewFilter filter;
        filter.day = m_day;
        filter.show = m_filter == Filter::NeedsReview ? ReviewFilter::Show::NeedsReview : ReviewFilter::Show::All;
        auto listed = repository->listSummaries(filter);
        ReviewFilter needsReview{ReviewFilter::Show::NeedsReview, m_day};
        auto open = m_filter == Filter::NeedsReview ? listed : repository->listSummaries(needsReview);
        if (listed && open) {
            rows = std::move(listed).value();
            unreviewed = static_cast<int>(open->size());
            for (const SummaryListing &listing : open.value())
                flags += listing.flagCount;
        } else {
            error = listed ? open.error().message : listed.error().message;
        }
    }
    m_today = m_session.today();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_unreviewedIntakes = unreviewed;
    m_unreviewedFlags = flags;
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
    // The name is the one stored in the queue's row of the day (not the day shown, perhaps).
    QString name;
    if (ConsoleRepository *repository = m_session.repository()) {
        auto today = repository->listSummaries(ReviewFilter{ReviewFilter::Show::All, {}});
        if (today) {
            for (const SummaryListing &listing : today.value()) {
                if (listing.uuid == uuid)
                    name = listing.firstName + u' ' + listing.lastName;
            }
        }
    }
    m_arrival = {uuid, name, outcome};
    Q_EMIT arrivalChanged();
    Q_EMIT flaggedArrival(uuid);
}
