// IntakeSession, the kiosk's one view-model of an intake, walked step by step as a client
// would, saving into a real encrypted store.

#include "intakesession.h"
#include "questionlistmodel.h"
#include "reviewlistmodel.h"
#include "storetestsupport.h"

#include "consent/consentdocument.h"
#include "shippedassets.h"
#include "store/intakerepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(10, 15));

QJsonArray signature()
{
    QJsonArray stroke;
    for (int i = 0; i < 30; ++i)
        stroke.append(QJsonArray{0.1 + i * 0.025, 0.5 + (i % 2 ? 0.1 : -0.1), i * 16});
    return QJsonArray{stroke};
}

class IntakeSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.store);
        questionnaire = Questionnaire::load(ShippedAssets::questionnairePath()).value();
        repository.emplace(temp.store->database(), questionnaire, [] { return now; });
        session = std::make_unique<IntakeSession>(
            questionnaire, RuleSet::load(ShippedAssets::rulesPath(), questionnaire).value(),
            ConsentDocument::load(ShippedAssets::consentPath()).value(),
            [this](const FinishedIntake &intake) -> Status {
                if (failSaving)
                    return Error{QStringLiteral("the disk is full")};
                return repository->saveFinished(intake, QStringLiteral("kiosk:test"));
            },
            [this] { return clockNow; }, QStringLiteral("kiosk-test"));
        questionTester = std::make_unique<QAbstractItemModelTester>(session->questions(),
                                                                    QAbstractItemModelTester::FailureReportingMode::Warning);
        reviewTester = std::make_unique<QAbstractItemModelTester>(session->review(),
                                                                  QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    QStringList visibleQuestions() const
    {
        QStringList linkIds;
        auto *model = session->questions();
        for (int row = 0; row < model->rowCount(); ++row)
            linkIds.append(model->data(model->index(row), QuestionListModel::LinkIdRole).toString());
        return linkIds;
    }

    void fillClient()
    {
        session->setFirstName(QStringLiteral("Marisol"));
        session->setLastName(QStringLiteral("Quintanilla"));
        session->setBirthDate(QStringLiteral("1988-04-17"));
        session->setContact(QStringLiteral("+1 555 0100"));
    }

    // Answers "no" to every required yes/no question of the current page.
    void answerNoOnThisPage()
    {
        auto *model = session->questions();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto index = model->index(row);
            if (model->data(index, QuestionListModel::TypeRole).toString() == QLatin1String("boolean"))
                session->setAnswer(model->data(index, QuestionListModel::LinkIdRole).toString(), false);
        }
    }

    void walkToReview(const std::function<void()> &onTreatments = {})
    {
        session->start();
        session->next();  // treatment → about you
        fillClient();
        session->next();
        ASSERT_EQ(session->step(), IntakeSession::Step::Questions);
        while (session->step() == IntakeSession::Step::Questions) {
            answerNoOnThisPage();
            if (onTreatments && visibleQuestions().contains(QStringLiteral("treatments.botox")))
                onTreatments();
            session->next();
        }
        ASSERT_EQ(session->step(), IntakeSession::Step::Review);
    }

    void signConsent()
    {
        for (const QVariant &acknowledgement : session->acknowledgements())
            session->setAcknowledged(acknowledgement.toMap().value(QStringLiteral("id")).toString(), true);
        session->setSignature(signature());
    }

    TempStore temp;
    Questionnaire questionnaire;
    std::optional<IntakeRepository> repository;
    std::unique_ptr<IntakeSession> session;
    std::unique_ptr<QAbstractItemModelTester> questionTester;
    std::unique_ptr<QAbstractItemModelTester> reviewTester;
    QDateTime clockNow = now;  // what the session's clock reads
    bool failSaving = false;
};

} // namespace

TEST_F(IntakeSessionTest, AboutYouNeedsEveryDetailAndShowsWhy)
{
    session->start();
    session->next();
    ASSERT_EQ(session->step(), IntakeSession::Step::AboutYou);
    EXPECT_EQ(session->appointmentDate(), QStringLiteral("2026-11-25"));
    EXPECT_FALSE(session->canProceed());
    EXPECT_TRUE(session->clientMessages().isEmpty());  // nothing shown before Next is tried
    session->next();
    EXPECT_EQ(session->step(), IntakeSession::Step::AboutYou);
    const auto messages = session->clientMessages();
    for (const char *field : {"firstName", "lastName", "birthDate", "contact"})
        EXPECT_TRUE(messages.contains(QString::fromLatin1(field))) << field;
    fillClient();
    session->setContact(QStringLiteral("hello"));
    EXPECT_FALSE(session->canProceed());
    session->setContact(QStringLiteral("marisol@example.com"));
    session->setBirthDate(QStringLiteral("2030-01-01"));
    EXPECT_FALSE(session->canProceed());
    session->setBirthDate(QStringLiteral("1988-04-17"));
    session->setAppointmentDate(QStringLiteral("2026-11-24"));
    EXPECT_FALSE(session->canProceed());
    session->setAppointmentDate(QStringLiteral("2026-11-26"));
    EXPECT_TRUE(session->canProceed());
}

TEST_F(IntakeSessionTest, NextFollowsCoreValidationAndFollowUpsAppear)
{
    session->start();
    session->next();
    fillClient();
    session->next();
    ASSERT_EQ(session->step(), IntakeSession::Step::Questions);
    EXPECT_EQ(session->sectionIndex(), 0);
    EXPECT_FALSE(session->canProceed());
    session->next();  // refused: every unanswered question now says so
    EXPECT_EQ(session->sectionIndex(), 0);
    auto *model = session->questions();
    EXPECT_FALSE(model->data(model->index(1), QuestionListModel::MessageRole).toString().isEmpty());
    answerNoOnThisPage();
    EXPECT_TRUE(session->canProceed());
    EXPECT_TRUE(model->data(model->index(1), QuestionListModel::MessageRole).toString().isEmpty());

    while (!visibleQuestions().contains(QStringLiteral("treatments.botox"))) {
        answerNoOnThisPage();
        session->next();
    }
    EXPECT_FALSE(visibleQuestions().contains(QStringLiteral("treatments.botox_date")));
    session->setAnswer(QStringLiteral("treatments.botox"), true);
    EXPECT_TRUE(visibleQuestions().contains(QStringLiteral("treatments.botox_date")));
    session->setAnswer(QStringLiteral("treatments.filler"), false);
    EXPECT_TRUE(session->canProceed());  // the date is optional ("I don't remember")
    session->setAnswer(QStringLiteral("treatments.botox_date"), QStringLiteral("2026-11-30"));
    EXPECT_FALSE(session->canProceed());  // after the appointment
    EXPECT_FALSE(model->data(model->index(static_cast<int>(visibleQuestions().indexOf(QStringLiteral("treatments.botox_date")))),
                             QuestionListModel::MessageRole).toString().isEmpty());
    session->setAnswer(QStringLiteral("treatments.botox_date"), QStringLiteral("2026-11-15"));
    EXPECT_TRUE(session->canProceed());

    // "no" after a date: the date is no longer asked, and its answer goes
    session->setAnswer(QStringLiteral("treatments.botox"), false);
    EXPECT_FALSE(visibleQuestions().contains(QStringLiteral("treatments.botox_date")));
    EXPECT_FALSE(session->response().hasAnswer(QStringLiteral("treatments.botox_date")));
}

TEST_F(IntakeSessionTest, ReviewListsEveryAnswerAndLeadsBackToIt)
{
    walkToReview([this] {
        session->setAnswer(QStringLiteral("treatments.botox"), true);
        session->setAnswer(QStringLiteral("treatments.botox_date"), QStringLiteral("2026-11-15"));
    });
    auto *review = session->review();
    QStringList linkIds;
    for (int row = 0; row < review->rowCount(); ++row)
        linkIds.append(review->data(review->index(row), ReviewListModel::LinkIdRole).toString());
    EXPECT_TRUE(linkIds.contains(QStringLiteral("client.name")));
    EXPECT_TRUE(linkIds.contains(QStringLiteral("skin.active_acne")));
    EXPECT_TRUE(linkIds.contains(QStringLiteral("treatments.botox_date")));
    EXPECT_EQ(review->data(review->index(static_cast<int>(linkIds.indexOf(QStringLiteral("treatments.botox")))),
                           ReviewListModel::AnswerRole).toString(), QStringLiteral("Yes"));

    session->editAnswer(QStringLiteral("treatments.botox"));
    EXPECT_EQ(session->step(), IntakeSession::Step::Questions);
    EXPECT_TRUE(visibleQuestions().contains(QStringLiteral("treatments.botox")));
    session->next();
    EXPECT_EQ(session->step(), IntakeSession::Step::Review);  // straight back, not through every page
    session->editClientDetails();
    EXPECT_EQ(session->step(), IntakeSession::Step::AboutYou);
    session->next();
    EXPECT_EQ(session->step(), IntakeSession::Step::Review);
}

TEST_F(IntakeSessionTest, FinishingSavesTheRecordAndWipesTheSession)
{
    walkToReview([this] {
        session->setAnswer(QStringLiteral("treatments.botox"), true);
        session->setAnswer(QStringLiteral("treatments.botox_date"), QStringLiteral("2026-11-15"));
    });
    session->next();
    ASSERT_EQ(session->step(), IntakeSession::Step::Consent);
    EXPECT_EQ(session->printedName(), QStringLiteral("Marisol Quintanilla"));
    EXPECT_FALSE(session->canProceed());
    signConsent();
    session->setSignature(QJsonArray{QJsonArray{QJsonArray{0.5, 0.5, 0}}});  // a dot is no signature
    EXPECT_FALSE(session->canProceed());
    session->setSignature(signature());
    ASSERT_TRUE(session->canProceed());

    QSignalSpy saved(session.get(), &IntakeSession::intakeSaved);
    session->next();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(session->step(), IntakeSession::Step::Done);
    EXPECT_EQ(session->saveState(), IntakeSession::SaveState::Saved);
    EXPECT_TRUE(session->firstName().isEmpty());
    EXPECT_TRUE(session->response().answers().isEmpty());
    EXPECT_FALSE(session->hasSignature());

    const QString uuid = saved.at(0).at(0).toString();
    auto record = repository->readRecord(uuid, QStringLiteral("staff:test"), IntakeRepository::Access::View);
    ASSERT_TRUE(record.ok()) << record.error().message.toStdString();
    EXPECT_EQ(record->value(QLatin1String("outcome")).toString(), QStringLiteral("defer"));
    EXPECT_EQ(record->value(QLatin1String("earliestDate")).toString(), QStringLiteral("2026-11-29"));
    const auto consent = record->value(QLatin1String("consent")).toObject();
    EXPECT_EQ(consent.value(QLatin1String("printedName")).toString(), QStringLiteral("Marisol Quintanilla"));
    EXPECT_EQ(consent.value(QLatin1String("textSha256")).toString(),
              ConsentDocument::load(ShippedAssets::consentPath())->textSha256(QStringLiteral("en")));

    session->discard();
    EXPECT_EQ(session->step(), IntakeSession::Step::Welcome);
}

TEST_F(IntakeSessionTest, AFailedSaveKeepsTheIntakeUntilStaffRetry)
{
    walkToReview();
    session->next();
    signConsent();
    failSaving = true;
    session->next();
    EXPECT_EQ(session->step(), IntakeSession::Step::Done);
    EXPECT_EQ(session->saveState(), IntakeSession::SaveState::Failed);
    EXPECT_EQ(repository->counts()->intakes, 0);
    failSaving = false;
    session->retrySave();
    EXPECT_EQ(session->saveState(), IntakeSession::SaveState::Saved);
    EXPECT_EQ(repository->counts()->intakes, 1);
}

TEST_F(IntakeSessionTest, DiscardWipesEverything)
{
    walkToReview();
    session->next();
    signConsent();
    session->discard();
    EXPECT_EQ(session->step(), IntakeSession::Step::Welcome);
    EXPECT_TRUE(session->firstName().isEmpty());
    EXPECT_TRUE(session->lastName().isEmpty());
    EXPECT_TRUE(session->birthDate().isEmpty());
    EXPECT_TRUE(session->contact().isEmpty());
    EXPECT_TRUE(session->printedName().isEmpty());
    EXPECT_FALSE(session->hasSignature());
    EXPECT_TRUE(session->response().answers().isEmpty());
    EXPECT_EQ(session->questions()->rowCount(), 0);
    EXPECT_EQ(session->review()->rowCount(), 0);
    EXPECT_EQ(repository->counts()->intakes, 0);
}

TEST_F(IntakeSessionTest, TextsFollowTheLanguage)
{
    session->start();
    session->next();
    fillClient();
    session->next();
    const QString english = session->sectionTitle();
    const QString question = session->questions()->data(session->questions()->index(1), QuestionListModel::TextRole).toString();
    session->setLanguage(QStringLiteral("es"));
    EXPECT_NE(session->sectionTitle(), english);
    EXPECT_NE(session->questions()->data(session->questions()->index(1), QuestionListModel::TextRole).toString(), question);
    EXPECT_NE(session->consentTitle(), QString());
    session->setLanguage(QStringLiteral("en"));
    EXPECT_EQ(session->sectionTitle(), english);
}

TEST_F(IntakeSessionTest, HugeOrOddTextIsRefusedWithAReason)
{
    session->start();
    session->next();
    session->setFirstName(QString(5000, u'x'));
    EXPECT_FALSE(session->canProceed());
    EXPECT_TRUE(session->clientMessages().contains(QStringLiteral("firstName")));
    session->setFirstName(QStringLiteral("Mari\u202Esol"));
    EXPECT_FALSE(session->canProceed());
}

// Markup in a name, the contact or a free-text answer: refused at the kiosk with a reason (the
// console would refuse the summary, and a Text that guessed its format would render it).
TEST_F(IntakeSessionTest, MarkupIsRefusedInNamesAndAnswers)
{
    session->start();
    session->next();
    session->setFirstName(QStringLiteral("<img src=\"http://127.0.0.1:9/x\">"));
    session->setLastName(QStringLiteral("Quintanilla"));
    session->setContact(QStringLiteral("marisol@example.com"));
    session->setBirthDate(QStringLiteral("1990-03-02"));
    EXPECT_FALSE(session->canProceed());
    EXPECT_EQ(session->clientMessages().value(QStringLiteral("firstName")).toString(),
              QStringLiteral("Please leave out the characters < and >."));
    session->setFirstName(QStringLiteral("Marisol"));
    session->setContact(QStringLiteral("a>b@example.com"));
    EXPECT_FALSE(session->canProceed());
    session->setContact(QStringLiteral("marisol@example.com"));
    EXPECT_TRUE(session->canProceed());

    // a note with markup: the question says why
    session->setAnswer(QStringLiteral("notes.other"), QStringLiteral("I <3 my skin"));
    EXPECT_EQ(session->messageFor(QStringLiteral("notes.other")), QStringLiteral("Please leave out the characters < and >."));
}

TEST_F(IntakeSessionTest, DatePickersStartFortyYearsBackAndReachAYearAhead)
{
    EXPECT_EQ(session->birthDatePickerStart(), QStringLiteral("1986-11-25"));
    EXPECT_EQ(session->latestAppointmentDate(), QStringLiteral("2027-11-25"));

    // the clock is read each time (a kiosk runs past midnight), and a leap day is counted
    clockNow = QDateTime(QDate(2028, 2, 29), QTime(9, 0));
    EXPECT_EQ(session->birthDatePickerStart(), QStringLiteral("1988-02-29"));
    EXPECT_EQ(session->latestAppointmentDate(), QStringLiteral("2029-02-28"));
}
