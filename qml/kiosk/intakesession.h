#pragma once

#include "consent/consentdocument.h"
#include "consent/signedconsent.h"
#include "questionnaire/questionnaire.h"
#include "questionnaire/response.h"
#include "questionnaire/responsevalidator.h"
#include "screening/ruleset.h"
#include "store/finishedintake.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QVariant>

#include <functional>
#include <memory>

#include "questionlistmodel.h"
#include "reviewlistmodel.h"

// Everything about the intake in progress, and nothing else: the client's details, the answers,
// which page is shown, what may be submitted, and the signed consent. QML binds to it and
// forwards taps; validation comes from core (ResponseValidator), never from JavaScript.
// Finishing screens the answers and saves the record; discard() and a finished save wipe it all.
class IntakeSession : public QObject
{
    Q_OBJECT

    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool canProceed READ canProceed NOTIFY validationChanged)
    Q_PROPERTY(double progress READ progress NOTIFY stepChanged)

    // the health questions: one questionnaire section per page
    Q_PROPERTY(int sectionIndex READ sectionIndex NOTIFY stepChanged)
    Q_PROPERTY(int sectionCount READ sectionCount CONSTANT)
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY sectionTextChanged)
    Q_PROPERTY(QuestionListModel *questions READ questions CONSTANT)
    Q_PROPERTY(ReviewListModel *review READ review CONSTANT)

    // about you
    Q_PROPERTY(QString firstName READ firstName WRITE setFirstName NOTIFY clientChanged)
    Q_PROPERTY(QString lastName READ lastName WRITE setLastName NOTIFY clientChanged)
    Q_PROPERTY(QString birthDate READ birthDate WRITE setBirthDate NOTIFY clientChanged)
    Q_PROPERTY(QString contact READ contact WRITE setContact NOTIFY clientChanged)
    Q_PROPERTY(QString appointmentDate READ appointmentDate WRITE setAppointmentDate NOTIFY clientChanged)
    Q_PROPERTY(QString today READ today NOTIFY clientChanged)
    // Where the birth-date picker starts before the client turns it: a typical client's age
    // back from today, so that most clients need a few turns of the year wheel, not dozens.
    Q_PROPERTY(QString birthDatePickerStart READ birthDatePickerStart NOTIFY clientChanged)
    // The latest appointment date the picker offers.
    Q_PROPERTY(QString latestAppointmentDate READ latestAppointmentDate NOTIFY clientChanged)
    Q_PROPERTY(QVariantMap clientMessages READ clientMessages NOTIFY validationChanged)

    // consent
    Q_PROPERTY(QString consentTitle READ consentTitle NOTIFY languageChanged)
    Q_PROPERTY(QVariantList consentSections READ consentSections NOTIFY languageChanged)
    Q_PROPERTY(QVariantList acknowledgements READ acknowledgements NOTIFY consentChanged)
    Q_PROPERTY(QString printedName READ printedName WRITE setPrintedName NOTIFY consentChanged)
    Q_PROPERTY(bool hasSignature READ hasSignature NOTIFY consentChanged)

    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)

public:
    enum class Step { Welcome, Treatment, AboutYou, Questions, Review, Consent, Done };
    Q_ENUM(Step)
    enum class SaveState { NotSaved, Saved, Failed };
    Q_ENUM(SaveState)

    // The birth-date picker starts this many years before today.
    static constexpr int birthDatePickerYearsBack = 40;
    // The appointment-date picker offers dates up to a year ahead.
    static constexpr int appointmentDaysAhead = 365;

    using Clock = std::function<QDateTime()>;
    // Saves a finished intake; returns an error message (empty on success).
    using Saver = std::function<intake::Status(const intake::FinishedIntake &)>;

    IntakeSession(intake::Questionnaire questionnaire, intake::RuleSet rules, intake::ConsentDocument consent,
                  Saver saver, Clock clock, QString kioskId, QObject *parent = nullptr);
    ~IntakeSession() override;

    Step step() const { return m_step; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool canProceed() const;
    double progress() const;

    int sectionIndex() const { return m_sectionIndex; }
    int sectionCount() const;
    QString sectionTitle() const;
    QuestionListModel *questions() const { return m_questions.get(); }
    ReviewListModel *review() const { return m_review.get(); }

    QString firstName() const { return m_client.firstName; }
    QString lastName() const { return m_client.lastName; }
    QString birthDate() const;
    QString contact() const { return m_client.contact; }
    QString appointmentDate() const;
    QString today() const;
    QString birthDatePickerStart() const;
    QString latestAppointmentDate() const;
    void setFirstName(const QString &value);
    void setLastName(const QString &value);
    void setBirthDate(const QString &isoDate);
    void setContact(const QString &value);
    void setAppointmentDate(const QString &isoDate);
    QVariantMap clientMessages() const;

    QString consentTitle() const;
    QVariantList consentSections() const;
    QVariantList acknowledgements() const;
    QString printedName() const { return m_printedName; }
    void setPrintedName(const QString &name);
    bool hasSignature() const { return !m_signature.isEmpty(); }

    SaveState saveState() const { return m_saveState; }

    // For the question and review models.
    const intake::Questionnaire &questionnaire() const { return m_questionnaire; }
    const intake::Response &response() const { return m_response; }
    QString messageFor(const QString &linkId) const;
    // A name or answer holds '<' or '>' (hasMarkupCharacters).
    static QString markupMessage();
    QString localized(const intake::LocalizedText &text) const { return text.text(m_language); }

    Q_INVOKABLE void start();
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // From the review page: show the section that holds `linkId`, then come back to review.
    Q_INVOKABLE void editAnswer(const QString &linkId);
    Q_INVOKABLE void editClientDetails();

    Q_INVOKABLE void setAnswer(const QString &linkId, const QVariant &value);
    Q_INVOKABLE void clearAnswer(const QString &linkId);

    Q_INVOKABLE void setAcknowledged(const QString &id, bool acknowledged);
    // The signature pad's strokes (SignedConsent JSON form); an empty array clears it.
    Q_INVOKABLE void setSignature(const QJsonArray &strokes);

    // Screens, binds the consent and saves. On success the session is wiped and shows Done;
    // on failure the intake stays in memory (saveState Failed) until staff retry or discard.
    Q_INVOKABLE void submit();
    // Staff, from the admin screen, after a failed save.
    Q_INVOKABLE void retrySave();
    // Drops everything about the intake (idle timeout, finished, staff) and shows Welcome.
    Q_INVOKABLE void discard();

Q_SIGNALS:
    void stepChanged();
    void languageChanged();
    void sectionTextChanged();
    void validationChanged();
    void clientChanged();
    void consentChanged();
    void saveStateChanged();
    // An intake was saved (for the sync worker and the admin screen).
    void intakeSaved(const QString &uuid);

private:
    QList<const intake::Item *> enabledItemsOf(int section) const;
    QList<intake::ValidationIssue> currentIssues() const;
    QStringList clientProblems() const;
    void setStep(Step step, int section = 0);
    void answersChanged();
    void wipe();
    bool sectionHasQuestions(int section) const;

    intake::Questionnaire m_questionnaire;
    intake::RuleSet m_rules;
    intake::ConsentDocument m_consent;
    Saver m_saver;
    Clock m_clock;
    QString m_kioskId;
    QString m_language = QStringLiteral("en");

    Step m_step = Step::Welcome;
    int m_sectionIndex = 0;
    bool m_returnToReview = false;
    // A message is shown next to an item only after Next was tried, or the item was answered.
    bool m_showAllMessages = false;

    intake::ClientDetails m_client;
    QDate m_appointmentDate;
    intake::Response m_response;
    QSet<QString> m_acknowledged;
    QString m_printedName;
    QList<intake::SignatureStroke> m_signature;
    std::optional<intake::FinishedIntake> m_unsaved;  // a finished intake whose save failed
    SaveState m_saveState = SaveState::NotSaved;

    std::unique_ptr<QuestionListModel> m_questions;
    std::unique_ptr<ReviewListModel> m_review;
};
