#include "intakedetail.h"

#include "staffsession.h"

#include <QJsonArray>

using namespace intake;
using namespace Qt::StringLiterals;

namespace {
// The text in `language` of a {"en": ..., "es": ...} object; English, then any, otherwise.
QString localized(const QJsonValue &texts, const QString &language)
{
    const QJsonObject object = texts.toObject();
    if (object.contains(language))
        return object.value(language).toString();
    if (object.contains(u"en"_s))
        return object.value(u"en"_s).toString();
    return object.isEmpty() ? QString() : object.begin()->toString();
}
} // namespace

IntakeDetail::IntakeDetail(StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &StaffSession::stateChanged, this, [this] {
        if (!m_session.isSignedIn())
            close();  // nothing of a client stays on screen for the next person
    });
}

QString IntakeDetail::clientName() const
{
    return isLoaded() ? QString(m_detail.listing.firstName + u' ' + m_detail.listing.lastName) : QString();
}

QString IntakeDetail::outcome() const
{
    return isLoaded() ? severityName(m_detail.listing.outcome) : QString();
}

QString IntakeDetail::earliestDate() const
{
    return m_detail.listing.earliestDate ? m_detail.listing.earliestDate->toString(Qt::ISODate) : QString();
}

QVariantList IntakeDetail::flags() const
{
    QVariantList list;
    const QJsonArray flagArray = m_detail.summary.value(u"flags"_s).toArray();
    for (const QJsonValue &value : flagArray) {
        const QJsonObject flag = value.toObject();
        const QJsonValue answer = flag.value(u"answer"_s);
        QString kind = u"none"_s;
        QString text;
        if (answer.isBool()) {
            kind = answer.toBool() ? u"yes"_s : u"no"_s;
        } else if (answer.isString()) {
            text = answer.toString();
            kind = QDate::fromString(text, Qt::ISODate).isValid() ? u"date"_s : u"text"_s;
        }
        list.append(QVariantMap{{u"code"_s, flag.value(u"code"_s).toString()},
                                {u"severity"_s, flag.value(u"severity"_s).toString()},
                                {u"question"_s, localized(flag.value(u"question"_s), m_language)},
                                {u"answerKind"_s, kind},
                                {u"answer"_s, text},
                                {u"reason"_s, localized(flag.value(u"reason"_s), m_language)},
                                {u"guidance"_s, localized(flag.value(u"guidance"_s), m_language)},
                                {u"until"_s, flag.value(u"until"_s).toString()}});
    }
    return list;
}

bool IntakeDetail::consentSigned() const
{
    return m_detail.summary.value(u"consent"_s).toObject().contains(u"signedAt"_s);
}

QString IntakeDetail::consentVersion() const
{
    return m_detail.summary.value(u"consent"_s).toObject().value(u"version"_s).toString();
}

QString IntakeDetail::consentLanguage() const
{
    return m_detail.summary.value(u"consent"_s).toObject().value(u"language"_s).toString();
}

QDateTime IntakeDetail::consentSignedAt() const
{
    const QString signedAt = m_detail.summary.value(u"consent"_s).toObject().value(u"signedAt"_s).toString();
    return QDateTime::fromString(signedAt, Qt::ISODateWithMs).toLocalTime();
}

QVariantList IntakeDetail::decisions() const
{
    QVariantList list;
    for (const DecisionRecord &record : m_detail.decisions) {
        list.append(QVariantMap{{u"decision"_s, decisionName(record.decision)},
                                {u"rescheduleOn"_s, record.rescheduleOn ? record.rescheduleOn->toString(Qt::ISODate) : QString()},
                                {u"note"_s, record.note},
                                {u"staffName"_s, record.staffName},
                                {u"decidedAt"_s, record.decidedAt.toLocalTime()}});
    }
    return list;
}

void IntakeDetail::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT changed();
}

bool IntakeDetail::open(const QString &uuid)
{
    ConsoleRepository *repository = m_session.repository();
    if (!repository || !m_session.isSignedIn()) {
        m_lastError = tr("Sign in to see an intake.");
        Q_EMIT changed();
        return false;
    }
    auto detail = repository->readSummary(uuid, m_session.userId());
    if (!detail) {
        m_lastError = detail.error().message;
        Q_EMIT changed();
        return false;
    }
    m_detail = std::move(detail).value();
    m_lastError.clear();
    Q_EMIT changed();
    Q_EMIT opened(uuid, earliestDate());
    return true;
}

void IntakeDetail::reload()
{
    if (!isLoaded())
        return;
    ConsoleRepository *repository = m_session.repository();
    if (!repository || !m_session.isSignedIn())
        return;
    auto detail = repository->readSummary(uuid(), m_session.userId());
    if (!detail) {
        m_lastError = detail.error().message;
    } else {
        m_detail = std::move(detail).value();
        m_lastError.clear();
    }
    Q_EMIT changed();
}

void IntakeDetail::close()
{
    if (!isLoaded() && m_lastError.isEmpty())
        return;
    m_detail = {};
    m_lastError.clear();
    Q_EMIT changed();
}
