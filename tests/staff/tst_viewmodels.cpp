// The staff console's view-models against a real console store (SQLCipher, key file) in a
// temporary folder: first admin, sign-in, idle logoff, the review queue with its filters,
// counts and arrival notice, the detail and decision (audited with the staff member's id),
// pairing (a code used once, then an administrator approves or rejects the kiosk) and unpairing,
// staff users, and the arrival chime.

#include "arrivalchime.h"
#include "decisionform.h"
#include "intakedetail.h"
#include "pairingcontroller.h"
#include "retentionsettings.h"
#include "reviewqueuemodel.h"
#include "staffadmin.h"
#include "staffsession.h"

#include "console/consolerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"
#include "sync/summaryparser.h"
#include "sync/pinnedhttps.h"
#include "sync/requestsigning.h"
#include "sync/summaryreceiver.h"
#include "sync/tlsidentity.h"
#include "synctestnetwork.h"
#include "synctestsupport.h"

#include <QJsonDocument>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace intake;
using namespace Qt::StringLiterals;

namespace {

const QString adminName = u"Dana"_s;
const QString adminPin = u"2468"_s;
const QDate today(2026, 11, 25);

QDateTime at(int hour, int minute = 0, QDate day = today)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime).toUTC();
}

// A summary as a kiosk would send it, finished at `createdAt`. The sample intake is flagged
// (a Botox treatment 4 days before the appointment defers it to 2026-12-05; cold sores add a
// precaution); `clear` makes it one with no flags; `treatment`, when given, is its treatment
// date (its appointment date; the sample's is 2026-12-01).
ReceivedSummary summary(int index, QDateTime createdAt, bool clear = false, QDate treatment = {})
{
    QJsonObject json = test::sampleSummary(index);
    json.insert(u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (treatment.isValid())
        json.insert(u"appointmentDate"_s, treatment.toString(Qt::ISODate));
    if (clear) {
        json.insert(u"outcome"_s, u"clear"_s);
        json.insert(u"flags"_s, QJsonArray());
        json.remove(u"earliestDate"_s);
    }
    auto parsed = SummaryParser::validate(json);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    return std::move(parsed).value();
}

// The queue's rows, by their intakes' UUIDs, in order.
QStringList uuidsIn(const ReviewQueueModel &queue)
{
    QStringList list;
    for (int row = 0; row < queue.rowCount(); ++row)
        list.append(queue.data(queue.index(row), ReviewQueueModel::UuidRole).toString());
    return list;
}

QStringList actions(const ConsoleRepository &repository, const QString &intakeUuid = {})
{
    QStringList list;
    const auto trail = repository.auditTrail(intakeUuid);
    EXPECT_TRUE(trail.ok());
    for (const AuditEntry &entry : trail.value())
        list.append(entry.actor + u' ' + entry.action);
    return list;
}

class StaffViewModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(KeyVault::createKeyFile(keyFile()).ok());
        auto created = IntakeStore::create(storePath(), KekSource::keyFile(keyFile()), Argon2Params::fastForTests(),
                                           StoreSchema::Console);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    QString storePath() const { return dir.filePath(u"console"_s); }
    QString keyFile() const { return dir.filePath(u"console.key"_s); }

    // The console opened with its key file and the first admin signed in.
    void openAndSignIn()
    {
        ASSERT_TRUE(session.unlockWithKeyFile()) << session.lastError().toStdString();
        ASSERT_TRUE(session.createFirstAdmin(adminName, adminPin, adminPin)) << session.lastError().toStdString();
        ASSERT_EQ(session.state(), StaffSession::State::SignedIn);
    }

    QString pairKiosk()
    {
        auto token = session.repository()->issuePairingToken(session.userId());
        EXPECT_TRUE(token.ok());
        auto kiosk = session.repository()->pairKiosk(token->token, u"Waiting-room tablet"_s);
        EXPECT_TRUE(kiosk.ok());
        EXPECT_TRUE(session.repository()->approveKiosk(kiosk->kioskId, session.userId()).ok());
        return kiosk->kioskId;
    }

    void store(const QList<ReceivedSummary> &summaries)
    {
        if (kioskId.isEmpty())
            kioskId = pairKiosk();
        QList<IncomingSummary> incoming;
        for (const ReceivedSummary &s : summaries)
            incoming.append({s, kioskId, {}});
        auto stored = session.repository()->storeSummaries(incoming);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    }

    QTemporaryDir dir;
    QDateTime now = at(12);
    StaffSession::IdleTiming timing{std::chrono::minutes(5), std::chrono::seconds(30), std::chrono::seconds(1)};
    StaffSession session{storePath(), keyFile(), [this] { return now; }, timing};
    QString kioskId;
};

} // namespace

TEST_F(StaffViewModels, FirstStartCreatesTheFirstAdminAndSignsThemIn)
{
    ASSERT_TRUE(session.unlockWithKeyFile()) << session.lastError().toStdString();
    EXPECT_EQ(session.state(), StaffSession::State::FirstStart);
    EXPECT_FALSE(session.signIn(adminName, adminPin));  // nobody to sign in yet

    EXPECT_FALSE(session.createFirstAdmin(adminName, adminPin, u"2469"_s));
    EXPECT_FALSE(session.lastError().isEmpty());
    EXPECT_FALSE(session.createFirstAdmin(adminName, u"24a8"_s, u"24a8"_s));
    EXPECT_FALSE(session.createFirstAdmin(u"  "_s, adminPin, adminPin));
    EXPECT_EQ(session.state(), StaffSession::State::FirstStart);

    ASSERT_TRUE(session.createFirstAdmin(adminName, adminPin, adminPin)) << session.lastError().toStdString();
    EXPECT_EQ(session.state(), StaffSession::State::SignedIn);
    EXPECT_TRUE(session.isAdmin());
    EXPECT_EQ(session.userName(), adminName);
    EXPECT_GT(session.userId(), 0);
    // a second "first" admin is refused
    session.signOut();
    EXPECT_FALSE(session.createFirstAdmin(u"Eve"_s, adminPin, adminPin));
}

TEST_F(StaffViewModels, SignInNeedsTheRightNameAndPin)
{
    openAndSignIn();
    const qint64 id = session.userId();
    session.signOut();
    EXPECT_EQ(session.state(), StaffSession::State::SignedOut);
    EXPECT_EQ(session.userId(), 0);

    EXPECT_FALSE(session.signIn(adminName, u"0000"_s));
    EXPECT_EQ(session.state(), StaffSession::State::SignedOut);
    const QString wrongPin = session.lastError();
    EXPECT_FALSE(wrongPin.isEmpty());
    EXPECT_FALSE(session.signIn(u"Nobody"_s, adminPin));
    EXPECT_EQ(session.lastError(), wrongPin);  // a wrong name reads like a wrong PIN
    EXPECT_FALSE(session.signIn(adminName, {}));

    ASSERT_TRUE(session.signIn(u"dana"_s, adminPin)) << session.lastError().toStdString();  // names ignore case
    EXPECT_EQ(session.userId(), id);
    EXPECT_TRUE(session.lastError().isEmpty());
    const QStringList log = actions(*session.repository());
    EXPECT_EQ(log.filter(u"staff.signin_failed"_s).size(), 2);
    EXPECT_TRUE(log.contains(ConsoleRepository::staffActor(id) + u" staff.signed_in"_s));
    EXPECT_TRUE(log.contains(ConsoleRepository::staffActor(id) + u" staff.signed_out"_s));
    // nothing of the PIN reaches the audit log
    const auto trail = session.repository()->auditTrail();
    ASSERT_TRUE(trail.ok());
    for (const AuditEntry &entry : trail.value())
        EXPECT_FALSE(entry.detail.contains(adminPin));
}

// After three wrong PINs the name waits: the sign-in screen counts down by the session's clock,
// the right PIN is not looked at meanwhile, and sign-in works again once the wait is over.
TEST_F(StaffViewModels, WrongPinsMakeTheNameWaitWithACountdown)
{
    openAndSignIn();
    session.signOut();
    session.setIdleTiming({std::chrono::minutes(5), std::chrono::seconds(30), std::chrono::milliseconds(20)});
    QSignalSpy waitChanged(&session, &StaffSession::signInWaitChanged);
    for (int i = 0; i < 2; ++i) {
        EXPECT_FALSE(session.signIn(adminName, u"0000"_s));
        EXPECT_EQ(session.signInWaitSeconds(), 0);
    }
    EXPECT_FALSE(session.signIn(adminName, u"0000"_s));
    EXPECT_EQ(session.signInWaitSeconds(), 30);
    EXPECT_EQ(session.signInWaitClock(), u"0:30"_s);
    EXPECT_FALSE(session.consoleWaits());
    EXPECT_TRUE(session.lastError().isEmpty()) << "the countdown says why";

    now = now.addSecs(12);
    waitChanged.clear();
    ASSERT_TRUE(waitChanged.wait(2000)) << "the countdown does not tick";
    EXPECT_EQ(session.signInWaitClock(), u"0:18"_s);
    EXPECT_FALSE(session.signIn(adminName, adminPin)) << "the right PIN was looked at during the wait";
    EXPECT_EQ(session.state(), StaffSession::State::SignedOut);
    EXPECT_TRUE(session.lastError().isEmpty()) << "the countdown says why; nothing was checked";
    EXPECT_EQ(session.signInWaitSeconds(), 18);

    now = now.addSecs(18);
    ASSERT_TRUE(QTest::qWaitFor([this] { return session.signInWaitSeconds() == 0; }, 2000));
    ASSERT_TRUE(session.signIn(adminName, adminPin)) << session.lastError().toStdString();
    EXPECT_EQ(session.signInWaitSeconds(), 0);
}

// Failed sign-ins under any names make the whole console wait (nobody may sign in), and a
// console opened again during that wait still shows it.
TEST_F(StaffViewModels, FailuresUnderManyNamesMakeTheConsoleWaitAlsoAfterItIsLockedAndOpened)
{
    openAndSignIn();
    session.signOut();
    for (int i = 0; i < 10; ++i)
        EXPECT_FALSE(session.signIn(u"Guess %1"_s.arg(i), u"1234"_s));
    EXPECT_TRUE(session.consoleWaits());
    EXPECT_EQ(session.signInWaitClock(), u"0:30"_s);
    session.lock();
    ASSERT_TRUE(session.unlockWithKeyFile()) << session.lastError().toStdString();
    EXPECT_TRUE(session.consoleWaits());
    EXPECT_FALSE(session.signIn(adminName, adminPin));
    now = now.addSecs(30);
    EXPECT_TRUE(session.signIn(adminName, adminPin)) << session.lastError().toStdString();
    EXPECT_FALSE(session.consoleWaits());
}

TEST_F(StaffViewModels, AWrongPassphraseKeepsTheStoreLocked)
{
    QTemporaryDir other;
    const QString path = other.filePath(u"console"_s);
    {
        auto created = IntakeStore::create(path, KekSource::passphrase(SecretBytes::fromUtf8(u"correct horse battery"_s)),
                                           Argon2Params::fastForTests(), StoreSchema::Console);
        ASSERT_TRUE(created.ok());
    }
    StaffSession locked(path, {}, [this] { return now; }, timing);
    EXPECT_FALSE(locked.usesKeyFile());
    EXPECT_FALSE(locked.unlockWithKeyFile());
    EXPECT_FALSE(locked.unlock(u"wrong horse battery"_s));
    EXPECT_EQ(locked.state(), StaffSession::State::Locked);
    EXPECT_FALSE(locked.lastError().isEmpty());
    ASSERT_TRUE(locked.unlock(u"correct horse battery"_s)) << locked.lastError().toStdString();
    EXPECT_EQ(locked.state(), StaffSession::State::FirstStart);
    locked.lock();
    EXPECT_EQ(locked.state(), StaffSession::State::Locked);
    EXPECT_EQ(locked.repository(), nullptr);
}

// Making the store derives its key the slow way (Argon2id measured on this machine): the lock
// screen shows that it is busy meanwhile, so the work runs off the GUI thread.
TEST_F(StaffViewModels, CreatingTheStoreIsBusyUntilTheStoreIsOpen)
{
    QTemporaryDir other;
    const QString passphrase = u"correct horse battery"_s;
    StaffSession fresh(other.filePath(u"console"_s), {}, [this] { return now; }, timing);
    EXPECT_FALSE(fresh.storeExists());
    QSignalSpy busy(&fresh, &StaffSession::busyChanged);
    EXPECT_FALSE(fresh.createStore(passphrase, u"correct horse batterY"_s));
    EXPECT_FALSE(fresh.isBusy());
    EXPECT_EQ(busy.count(), 0);

    ASSERT_TRUE(fresh.createStore(passphrase, passphrase)) << fresh.lastError().toStdString();
    EXPECT_TRUE(fresh.isBusy());
    EXPECT_EQ(busy.count(), 1);
    EXPECT_EQ(fresh.state(), StaffSession::State::Locked);
    EXPECT_FALSE(fresh.createStore(passphrase, passphrase));  // one at a time

    ASSERT_TRUE(QTest::qWaitFor([&fresh] { return !fresh.isBusy(); }, 30'000));
    EXPECT_EQ(busy.count(), 2);
    EXPECT_TRUE(fresh.lastError().isEmpty()) << fresh.lastError().toStdString();
    EXPECT_EQ(fresh.state(), StaffSession::State::FirstStart);
    ASSERT_NE(fresh.repository(), nullptr);
    // the passphrase opens it again
    fresh.lock();
    ASSERT_TRUE(fresh.unlock(passphrase)) << fresh.lastError().toStdString();
    EXPECT_EQ(fresh.state(), StaffSession::State::FirstStart);
}

TEST_F(StaffViewModels, IdleStaffAreWarnedThenSignedOut)
{
    openAndSignIn();
    const qint64 id = session.userId();
    session.setIdleTiming({std::chrono::milliseconds(40), std::chrono::milliseconds(400), std::chrono::milliseconds(100)});
    QSignalSpy warning(&session, &StaffSession::idleWarningChanged);
    QSignalSpy loggedOff(&session, &StaffSession::idleLoggedOff);

    ASSERT_TRUE(warning.wait(2000));
    EXPECT_TRUE(session.idleWarning());
    EXPECT_EQ(session.idleSecondsLeft(), 1);  // 400 ms, rounded up
    EXPECT_EQ(session.state(), StaffSession::State::SignedIn);

    // "I'm still here": the warning closes and the idle time starts again
    session.stayActive();
    EXPECT_FALSE(session.idleWarning());
    EXPECT_EQ(session.state(), StaffSession::State::SignedIn);

    ASSERT_TRUE(loggedOff.wait(3000));
    EXPECT_EQ(session.state(), StaffSession::State::SignedOut);
    EXPECT_FALSE(session.idleWarning());
    EXPECT_EQ(session.userId(), 0);
    EXPECT_TRUE(actions(*session.repository()).contains(ConsoleRepository::staffActor(id) + u" staff.idle_logoff"_s));
}

TEST_F(StaffViewModels, InputPostponesTheIdleLogoff)
{
    openAndSignIn();
    // Generous against a busy machine: only a pause of 1.5 s between key presses could fail it.
    session.setIdleTiming({std::chrono::milliseconds(1500), std::chrono::milliseconds(200), std::chrono::milliseconds(50)});
    QSignalSpy warning(&session, &StaffSession::idleWarningChanged);
    QObject target;
    target.installEventFilter(&session);  // as the composition root installs it on the application
    // Keep typing for longer than the idle time: no warning comes.
    for (int i = 0; i < 20; ++i) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &key);
        QTest::qWait(100);
    }
    EXPECT_EQ(warning.count(), 0);
    EXPECT_EQ(session.state(), StaffSession::State::SignedIn);
    ASSERT_TRUE(warning.wait(5000));  // and once typing stops, it does
}

// What waits for review comes first whatever day it arrived on, oldest first, and the badge
// counts all of it: yesterday's flagged intakes are not hidden behind today's date. The day
// (today, or another) chooses the rest of what All shows: its reviewed and clear intakes.
TEST_F(StaffViewModels, TheQueueShowsWhatWaitsFromAnyDayFirstThenTheDay)
{
    openAndSignIn();
    ReviewQueueModel queue(session);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate yesterday = today.addDays(-1);
    const ReceivedSummary waitingYesterday = summary(4, at(15, 0, yesterday));
    const ReceivedSummary decidedYesterday = summary(5, at(14, 0, yesterday));
    const ReceivedSummary nine = summary(1, at(9));
    const ReceivedSummary clearTen = summary(2, at(10), true);
    const ReceivedSummary eleven = summary(3, at(11));
    store({nine, clearTen, eleven, waitingYesterday, decidedYesterday});
    ASSERT_TRUE(session.repository()->recordDecision(decidedYesterday.uuid, session.userId(), Decision::Proceed, std::nullopt, {}).ok());
    queue.refresh();
    const auto uuids = [&queue] { return uuidsIn(queue); };

    // needs review (the default): every flagged intake without a decision, oldest first
    EXPECT_EQ(queue.filter(), ReviewQueueModel::Filter::NeedsReview);
    EXPECT_EQ(uuids(), (QStringList{waitingYesterday.uuid, nine.uuid, eleven.uuid}));
    EXPECT_EQ(queue.unreviewedIntakes(), 3);
    const int flagsEach = queue.data(queue.index(0), ReviewQueueModel::FlagCountRole).toInt();
    EXPECT_EQ(flagsEach, 2);  // recent Botox (defer) and cold sores (precaution)
    EXPECT_EQ(queue.unreviewedFlags(), 3 * flagsEach);
    EXPECT_EQ(queue.dayCount(), 0);
    EXPECT_FALSE(queue.data(queue.index(0), ReviewQueueModel::FinishedTodayRole).toBool());  // the row shows its date
    EXPECT_TRUE(queue.data(queue.index(1), ReviewQueueModel::FinishedTodayRole).toBool());
    EXPECT_EQ(queue.data(queue.index(2), ReviewQueueModel::OutcomeRole).toString(), u"defer"_s);
    EXPECT_EQ(queue.data(queue.index(2), ReviewQueueModel::EarliestDateRole).toString(), u"2026-12-05"_s);
    EXPECT_TRUE(queue.data(queue.index(2), ReviewQueueModel::NeedsReviewRole).toBool());
    EXPECT_EQ(queue.data(queue.index(2), ReviewQueueModel::ClientNameRole).toString(), u"Marisol3 Quintanilla"_s);

    // all: what waits, then the rest of today (the clear one), newest first
    queue.setFilter(ReviewQueueModel::Filter::All);
    EXPECT_EQ(uuids(), (QStringList{waitingYesterday.uuid, nine.uuid, eleven.uuid, clearTen.uuid}));
    EXPECT_EQ(queue.dayCount(), 1);
    EXPECT_EQ(queue.data(queue.index(3), ReviewQueueModel::OutcomeRole).toString(), u"clear"_s);
    EXPECT_FALSE(queue.data(queue.index(3), ReviewQueueModel::NeedsReviewRole).toBool());
    EXPECT_EQ(queue.unreviewedIntakes(), 3);

    // decided: it leaves what waits and joins its day, newest first
    ASSERT_TRUE(session.repository()->recordDecision(eleven.uuid, session.userId(), Decision::Proceed, std::nullopt, {}).ok());
    queue.refresh();
    EXPECT_EQ(uuids(), (QStringList{waitingYesterday.uuid, nine.uuid, eleven.uuid, clearTen.uuid}));
    EXPECT_FALSE(queue.data(queue.index(2), ReviewQueueModel::NeedsReviewRole).toBool());
    EXPECT_EQ(queue.unreviewedIntakes(), 2);
    EXPECT_EQ(queue.dayCount(), 2);

    // another day: what waits stays on top, the rest is that day's
    EXPECT_TRUE(queue.showingToday());
    queue.previousDay();
    EXPECT_FALSE(queue.showingToday());
    EXPECT_EQ(queue.day(), yesterday.toString(Qt::ISODate));
    EXPECT_EQ(uuids(), (QStringList{waitingYesterday.uuid, nine.uuid, decidedYesterday.uuid}));
    EXPECT_EQ(queue.unreviewedIntakes(), 2);
    queue.nextDay();
    EXPECT_TRUE(queue.showingToday());
    EXPECT_EQ(queue.rowCount(), 4);
    queue.setDay(u"2026-11-01"_s);
    EXPECT_EQ(uuids(), (QStringList{waitingYesterday.uuid, nine.uuid}));
    EXPECT_EQ(queue.dayCount(), 0);
    queue.showToday();
    EXPECT_EQ(queue.rowCount(), 4);

    // a console left running past midnight shows the new day, and still all that waits
    now = now.addDays(1);
    queue.checkDayChanged();
    EXPECT_TRUE(queue.showingToday());
    EXPECT_EQ(queue.day(), today.addDays(1).toString(Qt::ISODate));
    EXPECT_EQ(uuids(), (QStringList{waitingYesterday.uuid, nine.uuid}));
    EXPECT_FALSE(queue.data(queue.index(1), ReviewQueueModel::FinishedTodayRole).toBool());
    now = now.addDays(-1);
    queue.checkDayChanged();
    EXPECT_EQ(queue.rowCount(), 4);

    // signed out: nothing of a client stays in the model
    session.signOut();
    EXPECT_EQ(queue.rowCount(), 0);
    EXPECT_EQ(queue.unreviewedIntakes(), 0);
}

// By treatment date, the day's rows are the intakes for treatment on that day, what waits
// first; what waits for other days stays counted. An intake that arrived yesterday for a
// treatment today is today's by treatment date and not by arrival.
TEST_F(StaffViewModels, TheQueueByTreatmentDateShowsThatDaysIntakesAndCountsWhatWaitsOnOthers)
{
    openAndSignIn();
    ReviewQueueModel queue(session);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate yesterday = today.addDays(-1);
    const QDate tomorrow = today.addDays(1);
    const ReceivedSummary yesterdayForToday = summary(4, at(15, 0, yesterday), false, today);
    const ReceivedSummary decidedForYesterday = summary(5, at(14, 0, yesterday), false, yesterday);
    const ReceivedSummary nineForToday = summary(1, at(9), false, today);
    const ReceivedSummary clearTenForToday = summary(2, at(10), true, today);
    const ReceivedSummary elevenForTomorrow = summary(3, at(11), false, tomorrow);
    store({nineForToday, clearTenForToday, elevenForTomorrow, yesterdayForToday, decidedForYesterday});
    ASSERT_TRUE(session.repository()->recordDecision(decidedForYesterday.uuid, session.userId(), Decision::Proceed, std::nullopt, {}).ok());
    queue.refresh();
    const auto uuids = [&queue] { return uuidsIn(queue); };

    // by arrival (the default): all that waits, then today's arrivals
    queue.setFilter(ReviewQueueModel::Filter::All);
    EXPECT_EQ(queue.dayOf(), ReviewQueueModel::DayOf::Arrival);
    EXPECT_EQ(uuids(), (QStringList{yesterdayForToday.uuid, nineForToday.uuid, elevenForTomorrow.uuid, clearTenForToday.uuid}));
    EXPECT_EQ(queue.waitingCount(), 3);
    EXPECT_EQ(queue.unreviewedElsewhere(), 0);
    EXPECT_FALSE(queue.hasNextDay());

    // by treatment date: what waits for today, oldest first, then today's others; the rest counted
    QSignalSpy dayChanged(&queue, &ReviewQueueModel::dayChanged);
    queue.setDayOf(ReviewQueueModel::DayOf::Treatment);
    EXPECT_EQ(dayChanged.size(), 1);
    EXPECT_TRUE(queue.showingToday());
    EXPECT_EQ(uuids(), (QStringList{yesterdayForToday.uuid, nineForToday.uuid, clearTenForToday.uuid}));
    EXPECT_EQ(queue.waitingCount(), 2);
    EXPECT_EQ(queue.dayCount(), 1);
    EXPECT_EQ(queue.unreviewedIntakes(), 3);
    EXPECT_EQ(queue.unreviewedFlags(), 3 * queue.data(queue.index(0), ReviewQueueModel::FlagCountRole).toInt());
    EXPECT_EQ(queue.unreviewedElsewhere(), 1);
    EXPECT_EQ(queue.data(queue.index(0), ReviewQueueModel::AppointmentDateRole).toString(), today.toString(Qt::ISODate));
    EXPECT_TRUE(queue.hasNextDay());

    // decided, the one of yesterday for today is with today's treatments, not today's arrivals
    ASSERT_TRUE(session.repository()->recordDecision(yesterdayForToday.uuid, session.userId(), Decision::Proceed, std::nullopt, {}).ok());
    queue.refresh();
    EXPECT_EQ(uuids(), (QStringList{nineForToday.uuid, clearTenForToday.uuid, yesterdayForToday.uuid}));
    EXPECT_EQ(queue.waitingCount(), 1);
    EXPECT_EQ(queue.dayCount(), 2);
    queue.setDayOf(ReviewQueueModel::DayOf::Arrival);
    EXPECT_EQ(uuids(), (QStringList{nineForToday.uuid, elevenForTomorrow.uuid, clearTenForToday.uuid}));
    queue.setDayOf(ReviewQueueModel::DayOf::Treatment);

    // the days go on past today by treatment date; back and forth
    queue.nextDay();
    EXPECT_FALSE(queue.showingToday());
    EXPECT_EQ(queue.day(), tomorrow.toString(Qt::ISODate));
    EXPECT_EQ(uuids(), QStringList{elevenForTomorrow.uuid});
    EXPECT_EQ(queue.waitingCount(), 1);
    EXPECT_EQ(queue.dayCount(), 0);
    EXPECT_EQ(queue.unreviewedElsewhere(), 1);
    EXPECT_TRUE(queue.hasNextDay());
    queue.nextDay();
    EXPECT_TRUE(uuids().isEmpty());
    EXPECT_EQ(queue.unreviewedIntakes(), 2);
    EXPECT_EQ(queue.unreviewedElsewhere(), 2);
    queue.previousDay();
    queue.previousDay();
    EXPECT_TRUE(queue.showingToday());
    queue.previousDay();
    EXPECT_EQ(queue.day(), yesterday.toString(Qt::ISODate));
    EXPECT_EQ(uuids(), QStringList{decidedForYesterday.uuid});
    EXPECT_EQ(queue.waitingCount(), 0);

    // back to arrivals from a day after today: today's (nothing arrives later)
    queue.setDay(tomorrow.toString(Qt::ISODate));
    queue.setDayOf(ReviewQueueModel::DayOf::Arrival);
    EXPECT_TRUE(queue.showingToday());
    EXPECT_FALSE(queue.hasNextDay());
    EXPECT_EQ(queue.waitingCount(), 2);

    // needs review lists all that waits, whatever the day's choice
    queue.setDayOf(ReviewQueueModel::DayOf::Treatment);
    queue.setDay(tomorrow.toString(Qt::ISODate));
    queue.setFilter(ReviewQueueModel::Filter::NeedsReview);
    EXPECT_EQ(uuids(), (QStringList{nineForToday.uuid, elevenForTomorrow.uuid}));
    EXPECT_EQ(queue.unreviewedElsewhere(), 0);

    // the next one to sign in starts on today's arrivals
    session.signOut();
    EXPECT_EQ(queue.dayOf(), ReviewQueueModel::DayOf::Arrival);
    EXPECT_TRUE(queue.showingToday());
    EXPECT_EQ(queue.rowCount(), 0);
}

TEST_F(StaffViewModels, AFlaggedArrivalRefreshesTheQueueAndRaisesTheNotice)
{
    openAndSignIn();
    ReviewQueueModel queue(session);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArrivalChime chime;
    QObject::connect(&queue, &ReviewQueueModel::flaggedArrival, &chime, &ArrivalChime::play);
    QSignalSpy flagged(&queue, &ReviewQueueModel::flaggedArrival);
    queue.setFilter(ReviewQueueModel::Filter::All);
    EXPECT_EQ(queue.rowCount(), 0);

    // a clear intake arrives: listed, no notice, no chime
    const ReceivedSummary clear = summary(5, at(11), true);
    store({clear});
    queue.summariesArrived({{clear.uuid, u"clear"_s}});
    EXPECT_EQ(queue.rowCount(), 1);
    EXPECT_FALSE(queue.arrivalShown());
    EXPECT_EQ(chime.playCount(), 0);

    // a flagged one arrives: listed first, the banner names the client, the chime plays
    const ReceivedSummary flaggedSummary = summary(6, at(11, 30));
    store({flaggedSummary});
    queue.summariesArrived({{flaggedSummary.uuid, u"defer"_s}});
    EXPECT_EQ(queue.rowCount(), 2);
    EXPECT_EQ(queue.data(queue.index(0), ReviewQueueModel::UuidRole).toString(), flaggedSummary.uuid);
    EXPECT_EQ(queue.unreviewedIntakes(), 1);
    EXPECT_TRUE(queue.arrivalShown());
    EXPECT_EQ(queue.arrivalUuid(), flaggedSummary.uuid);
    EXPECT_EQ(queue.arrivalClientName(), u"Marisol6 Quintanilla"_s);
    EXPECT_EQ(queue.arrivalOutcome(), u"defer"_s);
    ASSERT_EQ(flagged.count(), 1);
    EXPECT_EQ(chime.playCount(), 1);

    queue.dismissArrival();
    EXPECT_FALSE(queue.arrivalShown());

    // signed out: the chime still calls someone to the desk, but no name shows
    session.signOut();
    const ReceivedSummary whileAway = summary(10, at(11, 40));
    store({whileAway});
    queue.summariesArrived({{whileAway.uuid, u"defer"_s}});
    EXPECT_FALSE(queue.arrivalShown());
    EXPECT_EQ(queue.rowCount(), 0);
    EXPECT_EQ(chime.playCount(), 2);
}

TEST_F(StaffViewModels, ABurstOfArrivalsRefreshesOnceAndAnnouncesTheNewestFlaggedOne)
{
    openAndSignIn();
    ReviewQueueModel queue(session);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setFilter(ReviewQueueModel::Filter::All);
    QSignalSpy flagged(&queue, &ReviewQueueModel::flaggedArrival);
    QSignalSpy resets(&queue, &QAbstractItemModel::modelReset);
    const QList<ReceivedSummary> burst{summary(21, at(9)), summary(22, at(9, 5)), summary(23, at(9, 10), true)};
    store(burst);
    queue.summariesArrived({{burst[0].uuid, u"defer"_s}, {burst[1].uuid, u"review"_s}, {burst[2].uuid, u"clear"_s}});
    EXPECT_EQ(queue.rowCount(), 3);
    EXPECT_EQ(resets.count(), 1);
    ASSERT_EQ(flagged.count(), 1);
    EXPECT_EQ(flagged.first().first().toString(), burst[1].uuid);
    EXPECT_EQ(queue.arrivalUuid(), burst[1].uuid);
}

TEST_F(StaffViewModels, ASummaryFromAPairedKioskOverHttpsRaisesTheNoticeAndTheChime)
{
    openAndSignIn();
    ReviewQueueModel queue(session);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArrivalChime chime;
    QObject::connect(&queue, &ReviewQueueModel::flaggedArrival, &chime, &ArrivalChime::play);

    // The console's real HTTPS receiver on 127.0.0.1, wired to the queue as StaffApplication does.
    auto identity = TlsIdentity::generate(now);
    ASSERT_TRUE(identity.ok()) << identity.error().message.toStdString();
    const TlsIdentity pinnedIdentity = identity.value();
    SummaryReceiver receiver(*session.repository(), std::move(identity).value(), [this] { return now; });
    auto port = receiver.listen(QHostAddress::LocalHost);
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    QObject::connect(&receiver, &SummaryReceiver::summariesReceived, &queue, &ReviewQueueModel::summariesArrived);

    // A paired kiosk sends a flagged summary, signed with its credential.
    auto token = session.repository()->issuePairingToken(session.userId());
    ASSERT_TRUE(token.ok());
    auto enrolled = session.repository()->pairKiosk(token->token, u"Waiting-room tablet"_s);
    ASSERT_TRUE(enrolled.ok());
    QJsonObject json = test::sampleSummary(9);
    json.insert(u"createdAt"_s, at(11, 45).toString(Qt::ISODateWithMs));
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const RequestSigner signer(enrolled->kioskId, SecretBytes::fromBytes(reinterpret_cast<const char *>(enrolled->credential.data()),
                                                                         enrolled->credential.size()));
    PinnedHttps https;
    const PinnedConsole console{u"127.0.0.1"_s, port.value(), pinnedIdentity.fingerprint(), pinnedIdentity.certificatePem()};
    const auto send = [&] {
        return test::postPinned(https, console, SummaryReceiver::summariesPath, body,
                                test::headerList(signer.sign("POST", SummaryReceiver::summariesPath.toLatin1(), body, now)));
    };
    // Not approved yet: refused, nothing shows and nothing chimes.
    const test::Answer waiting = send();
    EXPECT_EQ(waiting.status, 403) << waiting.body.toStdString();
    queue.refresh();
    EXPECT_EQ(queue.rowCount(), 0);
    EXPECT_EQ(chime.playCount(), 0);
    // Approved on the Pairing screen, its summary (sent again, as the kiosk does) arrives.
    PairingController pairing(session);
    ASSERT_TRUE(pairing.approve(enrolled->kioskId)) << pairing.lastError().toStdString();
    const test::Answer answer = send();
    ASSERT_EQ(answer.status, 200) << answer.error.toStdString() << " " << answer.body.toStdString();

    ASSERT_TRUE(test::waitUntil([&] { return queue.arrivalShown(); }, std::chrono::seconds(10)));
    EXPECT_EQ(queue.arrivalClientName(), u"Marisol9 Quintanilla"_s);
    EXPECT_EQ(queue.rowCount(), 1);
    EXPECT_EQ(chime.playCount(), 1);

    // Unpaired on the Pairing screen: its very next request is refused, nothing is stored.
    ASSERT_TRUE(pairing.unpair(enrolled->kioskId)) << pairing.lastError().toStdString();
    QJsonObject next = test::sampleSummary(10);
    next.insert(u"createdAt"_s, at(11, 50).toString(Qt::ISODateWithMs));
    const QByteArray nextBody = QJsonDocument(next).toJson(QJsonDocument::Compact);
    const test::Answer refused = test::postPinned(https, console, SummaryReceiver::summariesPath, nextBody,
                                                  test::headerList(signer.sign("POST", SummaryReceiver::summariesPath.toLatin1(), nextBody, now)));
    EXPECT_EQ(refused.status, 401);
    queue.refresh();
    EXPECT_EQ(queue.rowCount(), 1);
    EXPECT_EQ(chime.playCount(), 1);
    receiver.close();
}

TEST_F(StaffViewModels, TheArrivalChimeLoadsItsSound)
{
    ArrivalChime chime;
    QTRY_VERIFY_WITH_TIMEOUT(!chime.isLoading(), 5000);
    EXPECT_TRUE(chime.isReady()) << "qrc:/sounds/arrival-chime.wav did not load";
    QSignalSpy played(&chime, &ArrivalChime::played);
    chime.play();  // no audio device in CI: Qt Multimedia plays to nothing, without an error
    EXPECT_EQ(played.count(), 1);
    EXPECT_EQ(chime.playCount(), 1);

    ArrivalChime missing(QUrl(u"qrc:/sounds/no-such-sound.wav"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!missing.isLoading(), 5000);
    EXPECT_FALSE(missing.isReady());
}

// With no audio output the chime plays to nothing: the console says so once, until staff
// dismiss the notice or mute the chime, and not while an output is there.
TEST_F(StaffViewModels, TheChimeSaysSoWhenNothingCanPlayIt)
{
    bool hasOutput = false;
    ArrivalChime chime(ArrivalChime::defaultSource, [&hasOutput] { return hasOutput; });
    QSignalSpy notice(&chime, &ArrivalChime::noOutputNoticeChanged);
    EXPECT_TRUE(chime.noOutputNotice());

    // muted: nothing to hear anyway
    chime.setMuted(true);
    EXPECT_FALSE(chime.noOutputNotice());
    chime.setMuted(false);
    EXPECT_TRUE(chime.noOutputNotice());
    EXPECT_EQ(notice.count(), 2);

    // an output comes: no notice; it goes again: the notice again
    hasOutput = true;
    chime.checkOutputs();
    EXPECT_FALSE(chime.noOutputNotice());
    hasOutput = false;
    chime.checkOutputs();
    EXPECT_TRUE(chime.noOutputNotice());

    // dismissed: said once, not again while the console runs
    chime.dismissNoOutputNotice();
    EXPECT_FALSE(chime.noOutputNotice());
    hasOutput = true;
    chime.checkOutputs();
    hasOutput = false;
    chime.checkOutputs();
    EXPECT_FALSE(chime.noOutputNotice());
    EXPECT_EQ(notice.count(), 5);
    chime.play();  // still counted: the queue and the banner show the arrival
    EXPECT_EQ(chime.playCount(), 1);

    // with an output from the start there is nothing to say
    ArrivalChime audible(ArrivalChime::defaultSource, [] { return true; });
    EXPECT_FALSE(audible.noOutputNotice());
}

TEST_F(StaffViewModels, TheDetailShowsEveryFlagAndTheDecisionIsStoredAndAudited)
{
    openAndSignIn();
    const qint64 staffId = session.userId();
    const ReceivedSummary flaggedSummary = summary(7, at(10));
    store({flaggedSummary});
    IntakeDetail detail(session);
    DecisionForm form(session);
    QObject::connect(&detail, &IntakeDetail::opened, &form, &DecisionForm::prepare);

    ASSERT_TRUE(detail.open(flaggedSummary.uuid)) << detail.lastError().toStdString();
    EXPECT_EQ(detail.clientName(), u"Marisol7 Quintanilla"_s);
    EXPECT_EQ(detail.birthDate(), u"1988-04-17"_s);
    EXPECT_EQ(detail.appointmentDate(), u"2026-12-01"_s);
    EXPECT_EQ(detail.outcome(), u"defer"_s);
    EXPECT_EQ(detail.earliestDate(), u"2026-12-05"_s);
    const QVariantList flags = detail.flags();
    ASSERT_EQ(flags.size(), 2);
    QVariantMap botox;
    QVariantMap coldSores;
    for (const QVariant &flag : flags) {
        if (flag.toMap().value(u"code"_s) == u"recent_botox"_s)
            botox = flag.toMap();
        if (flag.toMap().value(u"code"_s) == u"cold_sores_history"_s)
            coldSores = flag.toMap();
    }
    ASSERT_FALSE(botox.isEmpty());
    ASSERT_FALSE(coldSores.isEmpty());
    EXPECT_EQ(botox.value(u"severity"_s), u"defer"_s);
    EXPECT_EQ(botox.value(u"answerKind"_s), u"date"_s);
    EXPECT_EQ(botox.value(u"answer"_s), u"2026-11-21"_s);
    EXPECT_EQ(botox.value(u"until"_s), u"2026-12-05"_s);
    EXPECT_FALSE(botox.value(u"question"_s).toString().isEmpty());
    EXPECT_FALSE(botox.value(u"reason"_s).toString().isEmpty());
    EXPECT_EQ(coldSores.value(u"answerKind"_s), u"yes"_s);
    // the clinic's guidance for cold sores: anti-viral pre-treatment
    EXPECT_TRUE(coldSores.value(u"guidance"_s).toString().contains(u"anti-viral"_s, Qt::CaseInsensitive));
    // the same texts in Spanish
    const QString englishGuidance = coldSores.value(u"guidance"_s).toString();
    detail.setLanguage(u"es"_s);
    for (const QVariant &flag : detail.flags()) {
        if (flag.toMap().value(u"code"_s) == u"cold_sores_history"_s) {
            EXPECT_NE(flag.toMap().value(u"guidance"_s).toString(), englishGuidance);
        }
    }
    EXPECT_TRUE(detail.consentSigned());
    EXPECT_EQ(detail.consentVersion(), u"1.0.0"_s);
    EXPECT_FALSE(detail.reviewed());
    // the view is audited with the staff member's id
    EXPECT_TRUE(actions(*session.repository(), flaggedSummary.uuid).contains(ConsoleRepository::staffActor(staffId) + u" summary.viewed"_s));

    // the form is prepared for this intake, the reschedule date prefilled with the earliest date
    EXPECT_EQ(form.uuid(), flaggedSummary.uuid);
    EXPECT_EQ(form.rescheduleDate(), u"2026-12-05"_s);
    // the date picker offers today (the session's clock) to two years on
    EXPECT_EQ(form.minimumRescheduleDate(), u"2026-11-25"_s);
    EXPECT_EQ(form.maximumRescheduleDate(), u"2028-11-25"_s);
    // an earliest date already past (reviewed late) prefills today, not a date it would refuse
    form.prepare(flaggedSummary.uuid, u"2026-11-20"_s);
    EXPECT_EQ(form.rescheduleDate(), u"2026-11-25"_s);
    form.prepare(flaggedSummary.uuid, u"2026-12-05"_s);
    EXPECT_FALSE(form.canSubmit());  // no decision chosen yet
    EXPECT_FALSE(form.reason().isEmpty());
    EXPECT_FALSE(form.submit());

    form.setDecision(u"reschedule"_s);
    EXPECT_TRUE(form.canSubmit());
    form.setRescheduleDate({});
    EXPECT_FALSE(form.canSubmit());  // refused without a date
    EXPECT_FALSE(form.submit());
    form.setRescheduleDate(u"2026-12-04"_s);
    EXPECT_FALSE(form.canSubmit());  // before the clinic's 14-day wait ends
    form.setRescheduleDate(u"5 December"_s);
    EXPECT_FALSE(form.canSubmit());
    form.setRescheduleDate(u"2026-12-08"_s);
    form.setNote(u"Client will call back"_s);
    ASSERT_TRUE(form.canSubmit()) << form.reason().toStdString();
    QSignalSpy submitted(&form, &DecisionForm::submitted);
    ASSERT_TRUE(form.submit()) << form.lastError().toStdString();
    EXPECT_EQ(submitted.count(), 1);
    // the form starts over for the same intake
    EXPECT_EQ(form.uuid(), flaggedSummary.uuid);
    EXPECT_TRUE(form.decision().isEmpty());
    EXPECT_TRUE(form.note().isEmpty());
    EXPECT_EQ(form.rescheduleDate(), u"2026-12-05"_s);

    detail.reload();
    EXPECT_TRUE(detail.reviewed());
    const QVariantList decisions = detail.decisions();
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions.at(0).toMap().value(u"decision"_s), u"reschedule"_s);
    EXPECT_EQ(decisions.at(0).toMap().value(u"rescheduleOn"_s), u"2026-12-08"_s);
    EXPECT_EQ(decisions.at(0).toMap().value(u"staffName"_s), adminName);
    EXPECT_EQ(decisions.at(0).toMap().value(u"note"_s), u"Client will call back"_s);
    EXPECT_TRUE(decisions.at(0).toMap().value(u"decidedAt"_s).toDateTime().isValid());
    const QStringList log = actions(*session.repository(), flaggedSummary.uuid);
    EXPECT_TRUE(log.contains(ConsoleRepository::staffActor(staffId) + u" summary.decided"_s));
    EXPECT_GE(log.filter(u"summary.viewed"_s).size(), 2);  // the first view and the read-back

    // decided: no longer in "needs review"
    ReviewQueueModel queue(session);
    EXPECT_EQ(queue.rowCount(), 0);
    EXPECT_EQ(queue.unreviewedIntakes(), 0);
}

TEST_F(StaffViewModels, ADecisionOtherThanRescheduleNeedsNoDate)
{
    openAndSignIn();
    const ReceivedSummary flaggedSummary = summary(8, at(10));
    store({flaggedSummary});
    DecisionForm form(session);
    form.prepare(flaggedSummary.uuid, u"2026-12-05"_s);
    form.setDecision(u"not_a_decision"_s);
    EXPECT_TRUE(form.decision().isEmpty());
    form.setDecision(u"do_not_treat"_s);
    ASSERT_TRUE(form.canSubmit()) << form.reason().toStdString();
    ASSERT_TRUE(form.submit()) << form.lastError().toStdString();
    const auto read = session.repository()->readSummary(flaggedSummary.uuid, session.userId());
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->decisions.size(), 1);
    EXPECT_EQ(read->decisions.at(0).decision, Decision::DoNotTreat);
    EXPECT_FALSE(read->decisions.at(0).rescheduleOn.has_value());
    EXPECT_EQ(read->decisions.at(0).staffId, session.userId());

    // signed out, nothing can be decided
    session.signOut();
    EXPECT_FALSE(form.canSubmit());
}

TEST_F(StaffViewModels, APairingCodeIsUsedOnceAndTheKioskWaitsForAnAdministratorsApproval)
{
    openAndSignIn();
    PairingController pairing(session);
    EXPECT_FALSE(pairing.issueCode());  // not listening yet: no address to give
    const QString fingerprint(64, u'a');
    pairing.setEndpoint(u"127.0.0.1"_s, 8443, fingerprint);
    EXPECT_EQ(pairing.endpoint(), u"127.0.0.1:8443"_s);
    ASSERT_TRUE(pairing.issueCode()) << pairing.lastError().toStdString();
    auto code = PairingCode::parse(pairing.code());
    ASSERT_TRUE(code.ok()) << code.error().message.toStdString();
    EXPECT_EQ(code->host, u"127.0.0.1"_s);
    EXPECT_EQ(code->port, 8443);
    EXPECT_EQ(code->fingerprint, fingerprint);
    EXPECT_TRUE(pairing.codeExpiresAt().isValid());
    // its short form to type on a kiosk, and the fingerprint the kiosk shows before it pairs
    EXPECT_TRUE(ShortPairingCode::parse(pairing.shortCode()).ok()) << pairing.shortCode().toStdString();
    EXPECT_EQ(pairing.fingerprintForPeople(), u"AAAA AAAA AAAA AAAA AAAA"_s);
    EXPECT_TRUE(pairing.qrSource().startsWith(u"image://pairing/"_s));
    const QImage qr = pairing.qrImage();
    ASSERT_FALSE(qr.isNull());
    EXPECT_EQ(qr.width(), qr.height());
    EXPECT_EQ(qr.pixelColor(0, 0), QColor(Qt::white));  // the quiet zone
    EXPECT_TRUE(actions(*session.repository()).contains(ConsoleRepository::staffActor(session.userId()) + u" pairing.token_issued"_s));

    // a kiosk redeems the token (as SummaryReceiver does for POST /v1/pair, then reports it):
    // the code leaves the screen, and the kiosk waits for approval with its key fingerprint
    auto enrolled = session.repository()->pairKiosk(code->token, u"Front tablet"_s);
    ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    QSignalSpy codeChanged(&pairing, &PairingController::codeChanged);
    pairing.kioskPaired();
    EXPECT_TRUE(pairing.code().isEmpty());
    EXPECT_TRUE(pairing.shortCode().isEmpty());
    EXPECT_TRUE(pairing.qrSource().isEmpty());
    EXPECT_EQ(codeChanged.size(), 1);
    ASSERT_EQ(pairing.kiosks().size(), 1);
    EXPECT_EQ(pairing.pairedCount(), 1);
    EXPECT_EQ(pairing.kiosks().at(0).toMap().value(u"name"_s), u"Front tablet"_s);
    ASSERT_EQ(pairing.pendingCount(), 1);
    const QVariantMap pending = pairing.pendingKiosks().at(0).toMap();
    EXPECT_EQ(pending.value(u"name"_s), u"Front tablet"_s);
    EXPECT_EQ(pending.value(u"approval"_s), u"pending"_s);
    EXPECT_TRUE(pending.value(u"awaitingApproval"_s).toBool());
    EXPECT_EQ(pending.value(u"fingerprint"_s).toString(), RequestSigner::fingerprint(enrolled->credential));
    ASSERT_TRUE(session.repository()->kioskCredential(enrolled->kioskId).value().has_value());

    // only an administrator approves it (audited with who)
    ASSERT_TRUE(session.repository()->addStaff(session.userId(), u"Blanca"_s, SecretBytes::fromUtf8(u"1357"_s), false).ok());
    session.signOut();
    ASSERT_TRUE(session.signIn(u"Blanca"_s, u"1357"_s));
    EXPECT_FALSE(pairing.approve(enrolled->kioskId));
    EXPECT_FALSE(pairing.reject(enrolled->kioskId));
    EXPECT_FALSE(pairing.lastError().isEmpty());
    EXPECT_EQ(pairing.pendingCount(), 1);
    session.signOut();
    ASSERT_TRUE(session.signIn(adminName, adminPin));
    ASSERT_TRUE(pairing.approve(enrolled->kioskId)) << pairing.lastError().toStdString();
    EXPECT_EQ(pairing.pendingCount(), 0);
    EXPECT_EQ(pairing.kiosks().at(0).toMap().value(u"approval"_s), u"approved"_s);
    EXPECT_EQ(pairing.kiosks().at(0).toMap().value(u"decidedBy"_s), adminName);
    EXPECT_TRUE(actions(*session.repository()).contains(ConsoleRepository::staffActor(session.userId()) + u" kiosk.approved"_s));

    // unpaired: its credential is gone at once, so its next request is refused
    ASSERT_TRUE(pairing.unpair(enrolled->kioskId)) << pairing.lastError().toStdString();
    EXPECT_FALSE(session.repository()->kioskCredential(enrolled->kioskId).value().has_value());
    EXPECT_EQ(pairing.pairedCount(), 0);
    EXPECT_FALSE(pairing.kiosks().at(0).toMap().value(u"paired"_s).toBool());

    // a code taken off the screen stops working; signing out takes it off (it is a key to this console)
    ASSERT_TRUE(pairing.issueCode());
    const QString cleared = PairingCode::parse(pairing.code())->token;
    pairing.clearCode();
    EXPECT_FALSE(session.repository()->pairKiosk(cleared, u"Copied"_s).ok());
    ASSERT_TRUE(pairing.issueCode());
    const QString signedOut = PairingCode::parse(pairing.code())->token;
    session.signOut();
    EXPECT_TRUE(pairing.code().isEmpty());
    EXPECT_FALSE(session.repository()->pairKiosk(signedOut, u"Copied"_s).ok());
    // and a kiosk that used a code someone copied is rejected
    ASSERT_TRUE(session.signIn(adminName, adminPin));
    ASSERT_TRUE(pairing.issueCode());
    auto rogue = session.repository()->pairKiosk(PairingCode::parse(pairing.code())->token, u"Copied"_s);
    ASSERT_TRUE(rogue.ok());
    pairing.kioskPaired();
    ASSERT_EQ(pairing.pendingCount(), 1);
    ASSERT_TRUE(pairing.reject(rogue->kioskId)) << pairing.lastError().toStdString();
    EXPECT_EQ(pairing.pendingCount(), 0);
    EXPECT_EQ(session.repository()->kioskCredential(rogue->kioskId).value()->approval, KioskApproval::Rejected);
    EXPECT_TRUE(actions(*session.repository()).contains(ConsoleRepository::staffActor(session.userId()) + u" kiosk.rejected"_s));
}

TEST_F(StaffViewModels, AdminsAddAndDisableStaffUsers)
{
    openAndSignIn();
    StaffAdmin admin(session);
    ASSERT_EQ(admin.users().size(), 1);
    EXPECT_FALSE(admin.addStaff(u"Blanca"_s, u"1357"_s, u"1358"_s, false));
    EXPECT_FALSE(admin.lastError().isEmpty());
    EXPECT_FALSE(admin.addStaff(u"Blanca"_s, u"13"_s, u"13"_s, false));
    EXPECT_FALSE(admin.addStaff(u"DANA"_s, u"1357"_s, u"1357"_s, false));  // names are unique, ignoring case
    ASSERT_TRUE(admin.addStaff(u"Blanca"_s, u"1357"_s, u"1357"_s, false)) << admin.lastError().toStdString();
    EXPECT_FALSE(admin.lastMessage().isEmpty());
    ASSERT_EQ(admin.users().size(), 2);
    qint64 blancaId = 0;
    for (const QVariant &user : admin.users()) {
        if (user.toMap().value(u"name"_s) == u"Blanca"_s) {
            blancaId = user.toMap().value(u"id"_s).toLongLong();
            EXPECT_FALSE(user.toMap().value(u"isAdmin"_s).toBool());
            EXPECT_TRUE(user.toMap().value(u"active"_s).toBool());
        }
    }
    ASSERT_GT(blancaId, 0);
    EXPECT_FALSE(admin.disable(session.userId()));  // not oneself

    // Blanca signs in; she is no administrator
    session.signOut();
    ASSERT_TRUE(session.signIn(u"Blanca"_s, u"1357"_s));
    EXPECT_FALSE(session.isAdmin());
    EXPECT_FALSE(admin.addStaff(u"Eve"_s, u"1111"_s, u"1111"_s, true));
    EXPECT_TRUE(admin.users().isEmpty());

    session.signOut();
    ASSERT_TRUE(session.signIn(adminName, adminPin));
    ASSERT_TRUE(admin.disable(blancaId)) << admin.lastError().toStdString();
    session.signOut();
    EXPECT_FALSE(session.signIn(u"Blanca"_s, u"1357"_s));
}

// Administrators choose how long intakes are kept and purge what is past it; other staff may
// not. The queue reads again after a purge that deleted something.
TEST_F(StaffViewModels, AdminsSetTheRetentionPeriodAndPurgeNow)
{
    openAndSignIn();
    RetentionSettings retention(session);
    EXPECT_EQ(retention.days(), 365);
    EXPECT_FALSE(retention.save(u"12"_s));
    EXPECT_FALSE(retention.lastError().isEmpty());
    EXPECT_FALSE(retention.save(u"a year"_s));
    ASSERT_TRUE(retention.save(u"60"_s)) << retention.lastError().toStdString();
    EXPECT_EQ(retention.days(), 60);
    EXPECT_TRUE(retention.lastError().isEmpty());
    EXPECT_FALSE(retention.lastMessage().isEmpty());

    const ReceivedSummary old = summary(0, at(10, 0, today.addDays(-90)));
    store({old, summary(1, at(10, 0, today.addDays(-10)))});
    ASSERT_TRUE(session.repository()->recordDecision(old.uuid, session.userId(), Decision::Proceed, std::nullopt, {}).ok());
    QSignalSpy purged(&retention, &RetentionSettings::purged);
    ASSERT_TRUE(retention.purgeNow()) << retention.lastError().toStdString();
    EXPECT_EQ(purged.count(), 1);
    EXPECT_TRUE(retention.lastMessage().contains(u'1')) << retention.lastMessage().toStdString();
    EXPECT_FALSE(session.repository()->readSummary(old.uuid, session.userId()).ok());
    ASSERT_TRUE(retention.purgeNow());
    EXPECT_EQ(purged.count(), 1) << "nothing more to delete";

    auto lee = session.repository()->addStaff(session.userId(), u"Lee"_s, SecretBytes::fromUtf8(u"13579"_s), false);
    ASSERT_TRUE(lee.ok());
    session.signOut();
    ASSERT_TRUE(session.signIn(u"Lee"_s, u"13579"_s));
    EXPECT_FALSE(retention.save(u"90"_s));
    EXPECT_FALSE(retention.purgeNow());
    EXPECT_FALSE(retention.lastError().isEmpty());
}
