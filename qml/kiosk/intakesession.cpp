#include "intakesession.h"

#include "kiosklogging.h"
#include "questionlistmodel.h"
#include "reviewlistmodel.h"

#include "common/text.h"
#include "questionnaire/answer.h"
#include "questionnaire/enablement.h"
#include "screening/screener.h"

#include <QRegularExpression>
#include <QUuid>

using namespace intake;

namespace {

constexpr int longestName = 100;
constexpr int longestContact = 120;
constexpr int minimumSignaturePoints = 10;

// Overwrites a client's text before letting it go, when this session holds the only reference
// to its buffer. A QString set from QML usually shares its buffer with the text field's and the
// JavaScript engine's copies; writing to it would only detach a fresh copy and wipe that, so a
// shared text is released unwiped, and those copies live until Qt frees them (README, "Memory").
void wipeText(QString &text)
{
    if (text.isDetached())
        text.fill(QChar(0));
    text.clear();
}

bool isPlausibleContact(const QString &contact)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^[+()\\d\\s.-]+$"));
    const QString trimmed = contact.trimmed();
    if (email.match(trimmed).hasMatch())
        return true;
    const auto digits = std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    return phone.match(trimmed).hasMatch() && digits >= 7;
}

} // namespace

IntakeSession::IntakeSession(Questionnaire questionnaire, RuleSet rules, ConsentDocument consent, Saver saver,
                             Clock clock, QString kioskId, QObject *parent)
    : QObject(parent),
      m_questionnaire(std::move(questionnaire)),
      m_rules(std::move(rules)),
      m_consent(std::move(consent)),
      m_saver(std::move(saver)),
      m_clock(std::move(clock)),
      m_kioskId(std::move(kioskId)),
      m_questions(std::make_unique<QuestionListModel>(*this)),
      m_review(std::make_unique<ReviewListModel>(*this))
{
    m_appointmentDate = m_clock().date();
}

IntakeSession::~IntakeSession()
{
    wipe();
}

void IntakeSession::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_questions->refreshData();
    m_review->refresh();
    Q_EMIT languageChanged();
    Q_EMIT sectionTextChanged();
    Q_EMIT validationChanged();
    Q_EMIT consentChanged();
}

// --- pages ---------------------------------------------------------------------------------

int IntakeSession::sectionCount() const
{
    return static_cast<int>(m_questionnaire.items().size());
}

QString IntakeSession::sectionTitle() const
{
    if (m_sectionIndex < 0 || m_sectionIndex >= sectionCount())
        return {};
    return localized(m_questionnaire.items().at(static_cast<size_t>(m_sectionIndex)).text);
}

double IntakeSession::progress() const
{
    // About you, each section, review and consent are the steps that count.
    const int total = 1 + sectionCount() + 2;
    int done = 0;
    switch (m_step) {
    case Step::Welcome:
    case Step::Treatment:
        done = 0;
        break;
    case Step::AboutYou:
        done = 0;
        break;
    case Step::Questions:
        done = 1 + m_sectionIndex;
        break;
    case Step::Review:
        done = 1 + sectionCount();
        break;
    case Step::Consent:
        done = 2 + sectionCount();
        break;
    case Step::Done:
        done = total;
        break;
    }
    return static_cast<double>(done) / total;
}

QList<const Item *> IntakeSession::enabledItemsOf(int section) const
{
    QList<const Item *> items;
    if (section < 0 || section >= sectionCount())
        return items;
    const Enablement enablement(m_questionnaire, m_response);
    const Item *group = &m_questionnaire.items().at(static_cast<size_t>(section));
    for (const Item *item : m_questionnaire.allItems()) {
        bool inSection = false;
        for (const Item *parent = item->parent; parent; parent = parent->parent)
            inSection = inSection || parent == group;
        if (inSection && item->type != Item::Type::Group && enablement.isEnabled(item->linkId))
            items.append(item);
    }
    return items;
}

bool IntakeSession::sectionHasQuestions(int section) const
{
    const auto items = enabledItemsOf(section);
    return std::any_of(items.cbegin(), items.cend(), [](const Item *item) { return item->isQuestion(); });
}

void IntakeSession::setStep(Step step, int section)
{
    m_step = step;
    m_sectionIndex = section;
    m_showAllMessages = false;
    if (step == Step::Questions)
        m_questions->refresh(enabledItemsOf(section));
    if (step == Step::Review)
        m_review->refresh();
    Q_EMIT stepChanged();
    Q_EMIT sectionTextChanged();
    Q_EMIT validationChanged();
}

void IntakeSession::start()
{
    wipe();
    setStep(Step::Treatment);
}

void IntakeSession::next()
{
    if (!canProceed()) {
        // show every reason at once, next to its item
        m_showAllMessages = true;
        m_questions->refreshData();
        Q_EMIT validationChanged();
        return;
    }
    switch (m_step) {
    case Step::Welcome:
        start();
        break;
    case Step::Treatment:
        setStep(Step::AboutYou);
        break;
    case Step::AboutYou:
        if (m_returnToReview)
            setStep(Step::Review);
        else
            setStep(Step::Questions, 0);
        break;
    case Step::Questions: {
        if (m_returnToReview) {
            setStep(Step::Review);
            break;
        }
        int section = m_sectionIndex + 1;
        while (section < sectionCount() && !sectionHasQuestions(section))
            ++section;
        if (section < sectionCount())
            setStep(Step::Questions, section);
        else
            setStep(Step::Review);
        break;
    }
    case Step::Review:
        m_returnToReview = false;
        if (m_printedName.isEmpty())
            m_printedName = m_client.firstName.trimmed() + u' ' + m_client.lastName.trimmed();
        setStep(Step::Consent);
        Q_EMIT consentChanged();
        break;
    case Step::Consent:
        submit();
        break;
    case Step::Done:
        break;
    }
}

void IntakeSession::back()
{
    switch (m_step) {
    case Step::Treatment:
        discard();
        break;
    case Step::AboutYou:
        setStep(m_returnToReview ? Step::Review : Step::Treatment);
        break;
    case Step::Questions: {
        if (m_returnToReview) {
            setStep(Step::Review);
            break;
        }
        int section = m_sectionIndex - 1;
        while (section >= 0 && !sectionHasQuestions(section))
            --section;
        if (section >= 0)
            setStep(Step::Questions, section);
        else
            setStep(Step::AboutYou);
        break;
    }
    case Step::Review: {
        int section = sectionCount() - 1;
        while (section > 0 && !sectionHasQuestions(section))
            --section;
        setStep(Step::Questions, section);
        break;
    }
    case Step::Consent:
        setStep(Step::Review);
        break;
    case Step::Welcome:
    case Step::Done:
        break;
    }
}

void IntakeSession::editAnswer(const QString &linkId)
{
    const Item *item = m_questionnaire.item(linkId);
    if (!item || m_step != Step::Review)
        return;
    const Item *section = item;
    while (section->parent)
        section = section->parent;
    const auto &sections = m_questionnaire.items();
    for (size_t i = 0; i < sections.size(); ++i) {
        if (&sections.at(i) == section) {
            m_returnToReview = true;
            setStep(Step::Questions, static_cast<int>(i));
            return;
        }
    }
}

void IntakeSession::editClientDetails()
{
    if (m_step != Step::Review)
        return;
    m_returnToReview = true;
    setStep(Step::AboutYou);
}

// --- answers -------------------------------------------------------------------------------

void IntakeSession::setAnswer(const QString &linkId, const QVariant &value)
{
    const Item *item = m_questionnaire.item(linkId);
    if (!item || !item->isQuestion())
        return;
    switch (item->type) {
    case Item::Type::Boolean:
        m_response.setAnswer(linkId, value.toBool());
        break;
    case Item::Type::Date: {
        const auto date = parseIsoDate(value.toString());
        if (!date)
            return;
        m_response.setAnswer(linkId, *date);
        break;
    }
    default: {
        const QString text = value.toString();
        if (text.isEmpty())
            m_response.clearAnswer(linkId);
        else
            m_response.setAnswer(linkId, text);
        break;
    }
    }
    answersChanged();
}

void IntakeSession::clearAnswer(const QString &linkId)
{
    m_response.clearAnswer(linkId);
    answersChanged();
}

void IntakeSession::answersChanged()
{
    // An answer to a question that is no longer asked ("no" to Botox after giving a date) is
    // dropped, as FHIR requires: it would otherwise be invalid input.
    bool dropped = true;
    while (dropped) {
        dropped = false;
        const Enablement enablement(m_questionnaire, m_response);
        const auto answered = m_response.answers().keys();
        for (const QString &linkId : answered) {
            if (!enablement.isEnabled(linkId)) {
                m_response.clearAnswer(linkId);
                dropped = true;
            }
        }
    }
    if (m_step == Step::Questions)
        m_questions->refresh(enabledItemsOf(m_sectionIndex));
    Q_EMIT validationChanged();
}

QList<ValidationIssue> IntakeSession::currentIssues() const
{
    return ResponseValidator::validate(m_questionnaire, m_response, m_appointmentDate);
}

QString IntakeSession::messageFor(const QString &linkId) const
{
    for (const ValidationIssue &issue : currentIssues()) {
        if (issue.linkId != linkId)
            continue;
        switch (issue.kind) {
        case ValidationIssue::Kind::Missing:
            //: Shown next to a question that must be answered before Next.
            return m_showAllMessages ? tr("Please answer this question.") : QString();
        case ValidationIssue::Kind::DateAfterAppointment:
            return tr("This date is after your appointment. Please check it.");
        case ValidationIssue::Kind::TooLong:
            //: %1 is the longest answer allowed, in characters.
            return tr("Please keep this under %1 characters.").arg(m_questionnaire.item(linkId)->maxLength);
        case ValidationIssue::Kind::ControlCharacters:
            return tr("Please remove the unusual characters from this answer.");
        case ValidationIssue::Kind::MarkupCharacters:
            return markupMessage();
        case ValidationIssue::Kind::NotAnOption:
        case ValidationIssue::Kind::NotEnabled:
            return tr("Please choose one of the answers shown.");
        }
    }
    return {};
}

// --- about you -----------------------------------------------------------------------------

QString IntakeSession::birthDate() const
{
    return m_client.birthDate.isValid() ? m_client.birthDate.toString(Qt::ISODate) : QString();
}

QString IntakeSession::appointmentDate() const
{
    return m_appointmentDate.toString(Qt::ISODate);
}

QString IntakeSession::today() const
{
    return m_clock().date().toString(Qt::ISODate);
}

QString IntakeSession::birthDatePickerStart() const
{
    return m_clock().date().addYears(-birthDatePickerYearsBack).toString(Qt::ISODate);
}

QString IntakeSession::latestAppointmentDate() const
{
    return m_clock().date().addDays(appointmentDaysAhead).toString(Qt::ISODate);
}

void IntakeSession::setFirstName(const QString &value)
{
    if (value == m_client.firstName)
        return;
    m_client.firstName = value;
    Q_EMIT clientChanged();
    Q_EMIT validationChanged();
}

void IntakeSession::setLastName(const QString &value)
{
    if (value == m_client.lastName)
        return;
    m_client.lastName = value;
    Q_EMIT clientChanged();
    Q_EMIT validationChanged();
}

void IntakeSession::setBirthDate(const QString &isoDate)
{
    const QDate date = parseIsoDate(isoDate).value_or(QDate());
    if (date == m_client.birthDate)
        return;
    m_client.birthDate = date;
    Q_EMIT clientChanged();
    Q_EMIT validationChanged();
}

void IntakeSession::setContact(const QString &value)
{
    if (value == m_client.contact)
        return;
    m_client.contact = value;
    Q_EMIT clientChanged();
    Q_EMIT validationChanged();
}

void IntakeSession::setAppointmentDate(const QString &isoDate)
{
    const QDate date = parseIsoDate(isoDate).value_or(QDate());
    if (date == m_appointmentDate)
        return;
    m_appointmentDate = date;
    Q_EMIT clientChanged();
    Q_EMIT validationChanged();
    m_questions->refreshData();
}

QString IntakeSession::markupMessage()
{
    //: Under a name or an answer that holds < or >: the clinic's systems do not take them.
    return tr("Please leave out the characters < and >.");
}

QVariantMap IntakeSession::clientMessages() const
{
    QVariantMap messages;
    const auto check = [&](const QString &field, const QString &value, const QString &missing, int longest) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty()) {
            if (m_showAllMessages)
                messages.insert(field, missing);
        } else if (trimmed.size() > longest) {
            messages.insert(field, tr("Please keep this under %1 characters.").arg(longest));
        } else if (hasControlCharacters(value, false)) {
            messages.insert(field, tr("Please remove the unusual characters from this answer."));
        } else if (hasMarkupCharacters(value)) {
            messages.insert(field, markupMessage());
        }
    };
    check(QStringLiteral("firstName"), m_client.firstName, tr("Please enter your first name."), longestName);
    check(QStringLiteral("lastName"), m_client.lastName, tr("Please enter your last name."), longestName);
    check(QStringLiteral("contact"), m_client.contact, tr("Please enter a phone number or an email address."), longestContact);
    if (!messages.contains(QStringLiteral("contact")) && !m_client.contact.trimmed().isEmpty()
        && !isPlausibleContact(m_client.contact))
        messages.insert(QStringLiteral("contact"), tr("Please check the phone number or email address."));

    const QDate today = m_clock().date();
    if (!m_client.birthDate.isValid()) {
        if (m_showAllMessages)
            messages.insert(QStringLiteral("birthDate"), tr("Please enter your date of birth."));
    } else if (m_client.birthDate > today || m_client.birthDate.year() < 1900) {
        messages.insert(QStringLiteral("birthDate"), tr("Please check your date of birth."));
    }
    if (!m_appointmentDate.isValid() || m_appointmentDate < today)
        messages.insert(QStringLiteral("appointmentDate"), tr("The appointment date cannot be in the past."));
    return messages;
}

QStringList IntakeSession::clientProblems() const
{
    // the fields that stop the page, whether or not their message is shown yet
    QStringList problems;
    const QDate today = m_clock().date();
    for (const auto &[field, value, longest] : {std::tuple{"firstName", m_client.firstName, longestName},
                                                std::tuple{"lastName", m_client.lastName, longestName},
                                                std::tuple{"contact", m_client.contact, longestContact}}) {
        if (value.trimmed().isEmpty() || value.trimmed().size() > longest || hasControlCharacters(value, false)
            || hasMarkupCharacters(value))
            problems.append(QString::fromLatin1(field));
    }
    if (!isPlausibleContact(m_client.contact))
        problems.append(QStringLiteral("contact"));
    if (!m_client.birthDate.isValid() || m_client.birthDate > today || m_client.birthDate.year() < 1900)
        problems.append(QStringLiteral("birthDate"));
    if (!m_appointmentDate.isValid() || m_appointmentDate < today)
        problems.append(QStringLiteral("appointmentDate"));
    return problems;
}

// --- can we go on? ---------------------------------------------------------------------------

bool IntakeSession::canProceed() const
{
    switch (m_step) {
    case Step::Welcome:
    case Step::Treatment:
        return true;
    case Step::AboutYou:
        return clientProblems().isEmpty();
    case Step::Questions: {
        const auto items = enabledItemsOf(m_sectionIndex);
        const auto issues = currentIssues();
        return std::none_of(issues.cbegin(), issues.cend(), [&items](const ValidationIssue &issue) {
            return std::any_of(items.cbegin(), items.cend(), [&issue](const Item *item) { return item->linkId == issue.linkId; });
        });
    }
    case Step::Review:
        return clientProblems().isEmpty() && currentIssues().isEmpty();
    case Step::Consent:
        return hasSignature() && !m_printedName.trimmed().isEmpty() && !hasControlCharacters(m_printedName, false)
               && !hasMarkupCharacters(m_printedName)
               && m_printedName.trimmed().size() <= 2 * longestName
               && static_cast<qsizetype>(m_acknowledged.size()) == m_consent.acknowledgements().size();
    case Step::Done:
        return false;
    }
    return false;
}

// --- consent -------------------------------------------------------------------------------

QString IntakeSession::consentTitle() const
{
    return localized(m_consent.title());
}

QVariantList IntakeSession::consentSections() const
{
    QVariantList sections;
    for (const auto &section : m_consent.sections())
        sections.append(QVariantMap{{QStringLiteral("heading"), localized(section.heading)},
                                    {QStringLiteral("body"), localized(section.body)}});
    return sections;
}

QVariantList IntakeSession::acknowledgements() const
{
    QVariantList list;
    for (const auto &acknowledgement : m_consent.acknowledgements())
        list.append(QVariantMap{{QStringLiteral("id"), acknowledgement.id},
                                {QStringLiteral("text"), localized(acknowledgement.text)},
                                {QStringLiteral("checked"), m_acknowledged.contains(acknowledgement.id)}});
    return list;
}

void IntakeSession::setAcknowledged(const QString &id, bool acknowledged)
{
    const auto &all = m_consent.acknowledgements();
    if (std::none_of(all.cbegin(), all.cend(), [&id](const auto &a) { return a.id == id; }))
        return;
    if (acknowledged)
        m_acknowledged.insert(id);
    else
        m_acknowledged.remove(id);
    Q_EMIT consentChanged();
    Q_EMIT validationChanged();
}

void IntakeSession::setPrintedName(const QString &name)
{
    if (name == m_printedName)
        return;
    m_printedName = name;
    Q_EMIT consentChanged();
    Q_EMIT validationChanged();
}

void IntakeSession::setSignature(const QJsonArray &strokes)
{
    auto parsed = SignedConsent::strokesFromJson(strokes);
    qsizetype points = 0;
    if (parsed) {
        for (const auto &stroke : parsed.value())
            points += stroke.size();
    }
    // The pad rejects a trivial signature; this is the same floor, on what actually arrives.
    m_signature = parsed && points >= minimumSignaturePoints ? parsed.value() : QList<SignatureStroke>{};
    Q_EMIT consentChanged();
    Q_EMIT validationChanged();
}

// --- finishing -----------------------------------------------------------------------------

void IntakeSession::submit()
{
    if (m_step != Step::Consent || !canProceed())
        return;
    auto screening = Screener::screen(m_questionnaire, m_rules, m_response, m_appointmentDate);
    if (!screening) {
        // Cannot happen after validation; never lose the intake over it either.
        qCWarning(lcKiosk) << "screening refused a validated intake:" << screening.error().message;
        m_saveState = SaveState::Failed;
        Q_EMIT saveStateChanged();
        return;
    }
    const QDateTime now = m_clock();
    FinishedIntake intake;
    intake.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intake.createdAt = now;
    intake.kioskId = m_kioskId;
    intake.questionnaireUrl = m_questionnaire.url();
    intake.questionnaireVersion = m_questionnaire.version();
    intake.rulesVersion = m_rules.version();
    intake.appointmentDate = m_appointmentDate;
    intake.language = m_language;
    intake.client = m_client;
    intake.client.firstName = intake.client.firstName.trimmed();
    intake.client.lastName = intake.client.lastName.trimmed();
    intake.client.contact = intake.client.contact.trimmed();
    intake.response = m_response;
    intake.screening = screening.value();
    intake.consent = {m_consent.id(), m_consent.version(), m_language, m_consent.textSha256(m_language),
                      m_printedName.trimmed(), m_signature, now};
    m_unsaved = std::move(intake);
    retrySave();
}

void IntakeSession::retrySave()
{
    if (!m_unsaved)
        return;
    const auto status = m_saver(*m_unsaved);
    if (!status) {
        // The message names what failed (the store, the disk), never the client.
        qCWarning(lcKiosk) << "saving the intake failed:" << status.error().message;
        m_saveState = SaveState::Failed;
        setStep(Step::Done);
        Q_EMIT saveStateChanged();
        return;
    }
    const QString uuid = m_unsaved->uuid;
    wipe();
    m_saveState = SaveState::Saved;
    setStep(Step::Done);
    Q_EMIT saveStateChanged();
    Q_EMIT intakeSaved(uuid);
}

void IntakeSession::discard()
{
    wipe();
    setStep(Step::Welcome);
}

void IntakeSession::wipe()
{
    wipeText(m_client.firstName);
    wipeText(m_client.lastName);
    wipeText(m_client.contact);
    m_client.birthDate = QDate();
    m_response = Response();
    m_acknowledged.clear();
    wipeText(m_printedName);
    m_signature.clear();
    m_unsaved.reset();
    m_saveState = SaveState::NotSaved;
    m_returnToReview = false;
    m_showAllMessages = false;
    if (m_clock)
        m_appointmentDate = m_clock().date();
    if (m_questions)
        m_questions->refresh({});
    if (m_review)
        m_review->refresh();
    Q_EMIT clientChanged();
    Q_EMIT consentChanged();
    Q_EMIT saveStateChanged();
    Q_EMIT validationChanged();
}
