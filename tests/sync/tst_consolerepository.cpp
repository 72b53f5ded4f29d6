// ConsoleRepository on a real console store: summaries stored once, the review queue, audited
// views and decisions, staff users with unique names and hashed PINs, pairing tokens redeemed
// once (and only the newest), kiosks waiting for an administrator's approval, kiosks unpaired
// at once; a store from before approvals keeps its kiosks approved; the retention period and
// its purge (ConsoleRetention).

#include "console/consolerepository.h"
#include "store/migrations.h"
#include "store/sqlcipherdriver.h"
#include "store/storesettings.h"
#include "storetestsupport.h"
#include "sync/shortpairingcode.h"
#include "sync/summaryparser.h"
#include "synctestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

SecretBytes pin(const char *digits)
{
    return SecretBytes::fromBytes(digits, std::strlen(digits));
}

ReceivedSummary received(int index, QDateTime createdAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC))
{
    QJsonObject json = sampleSummary(index);
    json.insert(QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs));
    return SummaryParser::validate(json).value();
}

/// The uuids of the summaries the store holds, sorted.
QStringList storedUuids(ConsoleRepository &repository)
{
    QSqlQuery query(repository.database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT uuid FROM summaries ORDER BY uuid")));
    QStringList uuids;
    while (query.next())
        uuids.append(query.value(0).toString());
    return uuids;
}

int decisionsOf(ConsoleRepository &repository, const QString &uuid)
{
    QSqlQuery query(repository.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM decisions WHERE summary_uuid = ?"));
    query.addBindValue(uuid);
    EXPECT_TRUE(query.exec() && query.next());
    return query.value(0).toInt();
}

QStringList auditActions(ConsoleRepository &repository)
{
    QSqlQuery query(repository.database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT actor || ' ' || action FROM audit_log ORDER BY seq")));
    QStringList actions;
    while (query.next())
        actions.append(query.value(0).toString());
    return actions;
}

} // namespace

TEST(ConsoleRepository, StoresASummaryOnceByUuid)
{
    ConsoleFixture f;
    const KioskEnrollment kiosk = f.pairKiosk();
    auto first = f.repository.storeSummary(received(1), kiosk.kioskId);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_FALSE(first.value());
    auto again = f.repository.storeSummary(received(1), kiosk.kioskId);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value());
    EXPECT_EQ(f.repository.countSummaries({ReviewFilter::Show::All, QDate(2026, 11, 25)}).value(), 1);
    EXPECT_EQ(auditActions(f.repository).filter(QStringLiteral("summary.received")).size(), 1);
}

TEST(ConsoleRepository, ASummaryFromAnUnknownKioskIsNotStored)
{
    ConsoleFixture f;
    EXPECT_FALSE(f.repository.storeSummary(received(1), QStringLiteral("kiosk-nobody")).ok());
    EXPECT_EQ(f.repository.countSummaries({ReviewFilter::Show::All, QDate(2026, 11, 25)}).value(), 0);
}

TEST(ConsoleRepository, ReviewQueueShowsTheDayNewestFirstWithFilters)
{
    ConsoleFixture f;
    const QString kiosk = f.pairKiosk().kioskId;
    const QDate day(2026, 11, 25);
    // noon-ish UTC keeps these on the 25th in any time zone within ±9 hours
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(f.repository.storeSummary(received(i, QDateTime(day, QTime(10 + i, 0), Qt::UTC)), kiosk).ok());
    ASSERT_TRUE(f.repository.storeSummary(received(7, QDateTime(day.addDays(-2), QTime(12, 0), Qt::UTC)), kiosk).ok());

    f.now = QDateTime(day, QTime(15, 0), Qt::UTC);
    auto today = f.repository.listSummaries({});
    ASSERT_TRUE(today.ok()) << today.error().message.toStdString();
    ASSERT_EQ(today->size(), 3);
    EXPECT_EQ(today->at(0).uuid, sampleIntake(2).uuid);
    EXPECT_EQ(today->at(2).uuid, sampleIntake(0).uuid);
    EXPECT_EQ(today->at(0).firstName, sampleIntake(2).client.firstName);
    EXPECT_EQ(today->at(0).kioskId, kiosk);
    EXPECT_GT(today->at(0).flagCount, 0);
    EXPECT_FALSE(today->at(0).reviewed);
    EXPECT_EQ(f.repository.listSummaries({ReviewFilter::Show::All, day.addDays(-2)})->size(), 1);
    EXPECT_EQ(f.repository.countSummaries({ReviewFilter::Show::NeedsReview, {}}).value(), 3);

    ASSERT_TRUE(f.repository.recordDecision(sampleIntake(1).uuid, f.adminId, Decision::Proceed, std::nullopt, {}).ok());
    auto needsReview = f.repository.listSummaries({ReviewFilter::Show::NeedsReview, {}});
    ASSERT_EQ(needsReview->size(), 2);
    EXPECT_EQ(f.repository.countSummaries({ReviewFilter::Show::NeedsReview, {}}).value(), 2);
    EXPECT_TRUE(f.repository.listSummaries({})->at(1).reviewed);
}

TEST(ConsoleRepository, WaitingListsEveryFlaggedSummaryWithoutADecisionOldestFirst)
{
    ConsoleFixture f;
    const QString kiosk = f.pairKiosk().kioskId;
    const QDate day(2026, 11, 25);
    f.now = QDateTime(day, QTime(15, 0), Qt::UTC);
    ASSERT_TRUE(f.repository.storeSummary(received(0, QDateTime(day, QTime(11, 0), Qt::UTC)), kiosk).ok());
    ASSERT_TRUE(f.repository.storeSummary(received(1, QDateTime(day.addDays(-3), QTime(12, 0), Qt::UTC)), kiosk).ok());
    ASSERT_TRUE(f.repository.storeSummary(received(2, QDateTime(day.addDays(-1), QTime(12, 0), Qt::UTC)), kiosk).ok());
    ASSERT_TRUE(f.repository.storeSummary(received(3, QDateTime(day, QTime(10, 0), Qt::UTC)), kiosk).ok());
    ASSERT_TRUE(f.repository.recordDecision(sampleIntake(3).uuid, f.adminId, Decision::Proceed, std::nullopt, {}).ok());

    auto waiting = f.repository.listWaiting();
    ASSERT_TRUE(waiting.ok()) << waiting.error().message.toStdString();
    QStringList uuids;
    for (const SummaryListing &listing : waiting.value()) {
        EXPECT_TRUE(listing.needsReview());
        uuids.append(listing.uuid);
    }
    EXPECT_EQ(uuids, (QStringList{sampleIntake(1).uuid, sampleIntake(2).uuid, sampleIntake(0).uuid}));
}

// By treatment date the queue reads the date the screening's waits were computed for (the
// appointment date), not the day the client finished: an intake that arrived yesterday for a
// treatment today is today's by treatment and not today's by arrival.
TEST(ConsoleRepository, ReviewQueueByTreatmentDateReadsTheAppointmentDateNotTheArrival)
{
    ConsoleFixture f;
    const QString kiosk = f.pairKiosk().kioskId;
    const QDate today(2026, 11, 25);
    const QDate yesterday = today.addDays(-1);
    const QDate tomorrow = today.addDays(1);
    f.now = QDateTime(today, QTime(15, 0), Qt::UTC);
    // noon-ish UTC keeps these on their day in any time zone within ±9 hours
    const auto store = [&f, &kiosk](int index, QDateTime createdAt, QDate treatment) {
        QJsonObject json = sampleSummary(index);
        json.insert(QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("appointmentDate"), treatment.toString(Qt::ISODate));
        const auto summary = SummaryParser::validate(json);
        ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
        ASSERT_TRUE(f.repository.storeSummary(summary.value(), kiosk).ok());
    };
    ASSERT_NO_FATAL_FAILURE(store(0, QDateTime(yesterday, QTime(12, 0), Qt::UTC), today));     // yesterday, for today
    ASSERT_NO_FATAL_FAILURE(store(1, QDateTime(today, QTime(10, 0), Qt::UTC), today));         // today, for today
    ASSERT_NO_FATAL_FAILURE(store(2, QDateTime(today, QTime(11, 0), Qt::UTC), tomorrow));      // today, for tomorrow
    ASSERT_NO_FATAL_FAILURE(store(3, QDateTime(today.addDays(-3), QTime(12, 0), Qt::UTC), today));  // decided
    ASSERT_TRUE(f.repository.recordDecision(sampleIntake(3).uuid, f.adminId, Decision::Proceed, std::nullopt, {}).ok());
    const auto uuidsOf = [](const Result<QList<SummaryListing>> &listed) {
        EXPECT_TRUE(listed.ok()) << listed.error().message.toStdString();
        QStringList uuids;
        for (const SummaryListing &listing : listed.value())
            uuids.append(listing.uuid);
        return uuids;
    };
    const auto byTreatment = [](ReviewFilter::Show show, QDate day) {
        return ReviewFilter{show, day, ReviewFilter::DayOf::Treatment};
    };

    // by treatment date, newest first; today is the clock's day when none is given
    const QStringList treatmentToday{sampleIntake(1).uuid, sampleIntake(0).uuid, sampleIntake(3).uuid};
    EXPECT_EQ(uuidsOf(f.repository.listSummaries(byTreatment(ReviewFilter::Show::All, today))), treatmentToday);
    EXPECT_EQ(uuidsOf(f.repository.listSummaries(byTreatment(ReviewFilter::Show::All, {}))), treatmentToday);
    EXPECT_EQ(uuidsOf(f.repository.listSummaries(byTreatment(ReviewFilter::Show::All, tomorrow))),
              QStringList{sampleIntake(2).uuid});
    EXPECT_TRUE(uuidsOf(f.repository.listSummaries(byTreatment(ReviewFilter::Show::All, yesterday))).isEmpty());
    EXPECT_EQ(uuidsOf(f.repository.listSummaries(byTreatment(ReviewFilter::Show::NeedsReview, today))),
              (QStringList{sampleIntake(1).uuid, sampleIntake(0).uuid}));
    EXPECT_EQ(f.repository.countSummaries(byTreatment(ReviewFilter::Show::All, today)).value(), 3);
    EXPECT_EQ(f.repository.countSummaries(byTreatment(ReviewFilter::Show::NeedsReview, {})).value(), 2);

    // by arrival (the default) the one of yesterday is yesterday's
    EXPECT_EQ(uuidsOf(f.repository.listSummaries({ReviewFilter::Show::All, today})),
              (QStringList{sampleIntake(2).uuid, sampleIntake(1).uuid}));
    EXPECT_EQ(uuidsOf(f.repository.listSummaries({ReviewFilter::Show::All, yesterday})), QStringList{sampleIntake(0).uuid});

    // what waits for treatment on a day, oldest first; without a day, all of it
    EXPECT_EQ(uuidsOf(f.repository.listWaiting(today)), (QStringList{sampleIntake(0).uuid, sampleIntake(1).uuid}));
    EXPECT_EQ(uuidsOf(f.repository.listWaiting(tomorrow)), QStringList{sampleIntake(2).uuid});
    EXPECT_EQ(uuidsOf(f.repository.listWaiting()),
              (QStringList{sampleIntake(0).uuid, sampleIntake(1).uuid, sampleIntake(2).uuid}));
}

TEST(ConsoleRepository, ReadingAndDecidingAreAuditedWithTheStaffId)
{
    ConsoleFixture f;
    const QString kiosk = f.pairKiosk().kioskId;
    const ReceivedSummary summary = received(4);
    ASSERT_TRUE(f.repository.storeSummary(summary, kiosk).ok());

    auto detail = f.repository.readSummary(summary.uuid, f.adminId);
    ASSERT_TRUE(detail.ok()) << detail.error().message.toStdString();
    EXPECT_EQ(detail->summary, summary.json);
    EXPECT_EQ(detail->listing.earliestDate, summary.earliestDate);
    EXPECT_TRUE(detail->decisions.isEmpty());

    const QString note = QStringLiteral("Cold sore history: start the anti-viral two days before");
    auto decided = f.repository.recordDecision(summary.uuid, f.adminId, Decision::Reschedule, QDate(2026, 12, 5), note);
    ASSERT_TRUE(decided.ok()) << decided.error().message.toStdString();
    detail = f.repository.readSummary(summary.uuid, f.adminId);
    ASSERT_EQ(detail->decisions.size(), 1);
    EXPECT_EQ(detail->decisions.at(0).decision, Decision::Reschedule);
    EXPECT_EQ(detail->decisions.at(0).rescheduleOn, QDate(2026, 12, 5));
    EXPECT_EQ(detail->decisions.at(0).note, note);
    EXPECT_EQ(detail->decisions.at(0).staffName, QStringLiteral("Dana"));
    EXPECT_EQ(detail->decisions.at(0).decidedAt, f.now);
    EXPECT_TRUE(detail->listing.reviewed);

    const QString actor = ConsoleRepository::staffActor(f.adminId);
    const QStringList actions = auditActions(f.repository);
    EXPECT_EQ(actions.filter(actor + QStringLiteral(" summary.viewed")).size(), 2);
    EXPECT_EQ(actions.filter(actor + QStringLiteral(" summary.decided")).size(), 1);
    // the note never reaches the audit log
    QSqlQuery query(f.repository.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%anti-viral%'")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
    auto problems = f.temp.store->verify();
    EXPECT_TRUE(problems.ok() && problems->isEmpty());
}

TEST(ConsoleRepository, DecisionsAreChecked)
{
    ConsoleFixture f;
    const QString kiosk = f.pairKiosk().kioskId;
    const QString uuid = received(2).uuid;
    ASSERT_TRUE(f.repository.storeSummary(received(2), kiosk).ok());
    EXPECT_FALSE(f.repository.recordDecision(uuid, f.adminId, Decision::Reschedule, std::nullopt, {}).ok());
    EXPECT_FALSE(f.repository.recordDecision(uuid, f.adminId, Decision::Proceed, QDate(2026, 12, 1), {}).ok());
    EXPECT_FALSE(f.repository.recordDecision(uuid, 999, Decision::Proceed, std::nullopt, {}).ok());
    EXPECT_FALSE(f.repository.recordDecision(QStringLiteral("no-such-uuid"), f.adminId, Decision::Proceed, std::nullopt, {}).ok());
    EXPECT_FALSE(f.repository.recordDecision(uuid, f.adminId, Decision::Proceed, std::nullopt, QString(2001, u'n')).ok());
    EXPECT_FALSE(f.repository.readSummary(uuid, 999).ok());
    EXPECT_TRUE(f.repository.recordDecision(uuid, f.adminId, Decision::DoNotTreat, std::nullopt, {}).ok());
    for (Decision d : {Decision::Proceed, Decision::ProceedWithPrecautions, Decision::Reschedule, Decision::DoNotTreat})
        EXPECT_EQ(decisionFromName(decisionName(d)), d);
    EXPECT_FALSE(decisionFromName(QStringLiteral("maybe")).has_value());
}

TEST(ConsoleRepository, StaffUsersHaveUniqueNamesAndHashedPins)
{
    ConsoleFixture f;
    EXPECT_TRUE(f.repository.hasStaff().value());
    EXPECT_FALSE(f.repository.createFirstAdmin(QStringLiteral("Eve"), pin("1234")).ok());

    auto added = f.repository.addStaff(f.adminId, QStringLiteral("Lee"), pin("13579"), false);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_FALSE(f.repository.addStaff(f.adminId, QStringLiteral("lee"), pin("11111"), false).ok());
    EXPECT_FALSE(f.repository.addStaff(added.value(), QStringLiteral("Max"), pin("11111"), false).ok()) << "not an administrator";
    EXPECT_FALSE(f.repository.addStaff(f.adminId, QStringLiteral("Max"), pin("12a4"), false).ok());
    EXPECT_FALSE(f.repository.addStaff(f.adminId, QStringLiteral("Max"), pin("123"), false).ok());
    EXPECT_FALSE(f.repository.addStaff(f.adminId, QStringLiteral("   "), pin("1234"), false).ok());

    auto signedIn = f.repository.signIn(QStringLiteral("Lee"), pin("13579"));
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    ASSERT_TRUE(signedIn->signedIn());
    EXPECT_EQ(signedIn->user->id, added.value());
    EXPECT_FALSE(signedIn->user->isAdmin);
    const auto wrongPin = f.repository.signIn(QStringLiteral("Lee"), pin("13570"));
    const auto wrongName = f.repository.signIn(QStringLiteral("Nobody"), pin("13579"));
    ASSERT_TRUE(wrongPin.ok() && wrongName.ok());
    EXPECT_FALSE(wrongPin->signedIn());
    EXPECT_FALSE(wrongName->signedIn());
    EXPECT_TRUE(wrongPin->checked && wrongName->checked);

    QSqlQuery query(f.repository.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT pin_hash FROM staff_users WHERE name = 'Lee'")) && query.next());
    EXPECT_TRUE(query.value(0).toString().startsWith(QLatin1String("$argon2id$")));
    EXPECT_FALSE(query.value(0).toString().contains(QLatin1String("13579")));

    ASSERT_TRUE(f.repository.disableStaff(f.adminId, added.value()).ok());
    EXPECT_FALSE(f.repository.signIn(QStringLiteral("Lee"), pin("13579")).value().signedIn());
    EXPECT_FALSE(f.repository.disableStaff(f.adminId, f.adminId).ok());
    const auto users = f.repository.staffUsers().value();
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users.at(0).name, QStringLiteral("Dana"));
    EXPECT_FALSE(users.at(1).active());
    const QStringList actions = auditActions(f.repository);
    EXPECT_EQ(actions.filter(QStringLiteral("staff.signed_in")).size(), 1);
    EXPECT_EQ(actions.filter(QStringLiteral("staff.signin_failed")).size(), 3);
}

TEST(ConsoleRepository, PairingTokensAreRedeemedOnceAndExpire)
{
    ConsoleFixture f;
    auto token = f.repository.issuePairingToken(f.adminId);
    ASSERT_TRUE(token.ok());
    EXPECT_EQ(token->token.size(), 32);
    EXPECT_EQ(token->expiresAt, f.now.addSecs(600));
    QSqlQuery query(f.repository.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM pairing_tokens WHERE token_hash LIKE '%") + token->token + u'\'')
                && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0) << "only the hash is stored";

    auto enrollment = f.repository.pairKiosk(token->token, QStringLiteral("Tablet 1"));
    ASSERT_TRUE(enrollment.ok()) << enrollment.error().message.toStdString();
    EXPECT_TRUE(enrollment->kioskId.startsWith(QLatin1String("kiosk-")));
    EXPECT_EQ(enrollment->credential.size(), 32u);
    auto stored = f.repository.kioskCredential(enrollment->kioskId);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_TRUE((*stored)->credential == enrollment->credential);
    EXPECT_EQ((*stored)->approval, KioskApproval::Pending);

    const auto reused = f.repository.pairKiosk(token->token, QStringLiteral("Tablet 2"));
    ASSERT_FALSE(reused.ok());
    EXPECT_EQ(reused.error().message, QStringLiteral("unknown, used or expired pairing token"));
    EXPECT_FALSE(f.repository.pairKiosk(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), QStringLiteral("Tablet 2")).ok());
    EXPECT_FALSE(f.repository.pairKiosk(QStringLiteral("short"), QStringLiteral("Tablet 2")).ok());

    auto late = f.repository.issuePairingToken(f.adminId);
    f.now = f.now.addSecs(601);
    EXPECT_FALSE(f.repository.pairKiosk(late->token, QStringLiteral("Tablet 3")).ok());
    EXPECT_EQ(f.repository.kiosks()->size(), 1);
}

TEST(ConsoleRepository, UnpairingDeletesTheCredentialAtOnce)
{
    ConsoleFixture f;
    const KioskEnrollment kiosk = f.pairKiosk();
    ASSERT_TRUE(f.repository.kioskCredential(kiosk.kioskId)->has_value());
    ASSERT_TRUE(f.repository.revokeKiosk(kiosk.kioskId, f.adminId).ok());
    EXPECT_FALSE(f.repository.kioskCredential(kiosk.kioskId)->has_value());
    EXPECT_FALSE(f.repository.revokeKiosk(kiosk.kioskId, f.adminId).ok());
    QSqlQuery query(f.repository.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT credential IS NULL FROM kiosks")) && query.next());
    EXPECT_TRUE(query.value(0).toBool());
    const auto kiosks = f.repository.kiosks().value();
    ASSERT_EQ(kiosks.size(), 1);
    EXPECT_FALSE(kiosks.at(0).paired());
    EXPECT_EQ(auditActions(f.repository).filter(QStringLiteral("kiosk.unpaired")).size(), 1);
}

TEST(ConsoleRepository, KioskAndStaffNamesRefuseMarkupControlAndBidirectionalCharacters)
{
    ConsoleFixture f;
    auto token = f.repository.issuePairingToken(f.adminId);
    ASSERT_TRUE(token.ok());
    const std::pair<QString, const char *> names[] = {
        {QStringLiteral("Tablet <1>"), "holds '<' or '>'"},
        {QStringLiteral("Tablet \u202E1"), "holds a Unicode bidirectional control"},
        {QStringLiteral("Tablet ") + QChar(u'\0') + QStringLiteral("1"), "holds a NUL character"},
        {QStringLiteral("Tablet\n1"), "holds a control, formatting or unassigned character"},
    };
    for (const auto &[name, problem] : names) {
        const auto refused = f.repository.pairKiosk(token->token, name);
        ASSERT_FALSE(refused.ok()) << problem;
        EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("a kiosk name ") + QLatin1String(problem))) << refused.error().message.toStdString();
        EXPECT_FALSE(refused.error().message.contains(QLatin1String("Tablet")));
        const auto staff = f.repository.addStaff(f.adminId, name, pin("1234"), false);
        ASSERT_FALSE(staff.ok()) << problem;
        EXPECT_TRUE(staff.error().message.startsWith(QStringLiteral("a staff name ") + QLatin1String(problem))) << staff.error().message.toStdString();
    }
    // the token was not spent on the refused names
    EXPECT_TRUE(f.repository.pairKiosk(token->token, QStringLiteral("Tablet 1")).ok());
}

TEST(ConsoleRepository, ANewPairingCodeWithdrawsTheEarlierOneAndAWithdrawnCodePairsNothing)
{
    ConsoleFixture f;
    auto first = f.repository.issuePairingToken(f.adminId);
    auto second = f.repository.issuePairingToken(f.adminId);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_FALSE(f.repository.pairKiosk(first->token, QStringLiteral("Tablet 1")).ok()) << "only the code on the screen pairs";
    EXPECT_TRUE(f.repository.pairKiosk(second->token, QStringLiteral("Tablet 1")).ok());
    EXPECT_EQ(f.repository.withdrawPairingTokens().value(), 0);

    auto third = f.repository.issuePairingToken(f.adminId);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(f.repository.withdrawPairingTokens().value(), 1);
    const auto refused = f.repository.pairKiosk(third->token, QStringLiteral("Tablet 2"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, ConsoleRepository::pairingRefusedMessage());
    EXPECT_EQ(f.repository.kiosks()->size(), 1);
    const QStringList actions = auditActions(f.repository);
    EXPECT_EQ(actions.filter(QStringLiteral("pairing.token_withdrawn")).size(), 1);
    EXPECT_EQ(actions.filter(QStringLiteral("pairing.token_issued")).size(), 3);
}

TEST(ConsoleRepository, TheShortCodePairsWithAProofForThisConsolesCertificateOnlyAndKeepsOnlyItsHash)
{
    ConsoleFixture f;
    const QString ours = QString(64, u'a');
    const QString theirs = QString(64, u'b');
    auto token = f.repository.issuePairingToken(f.adminId);
    ASSERT_TRUE(token.ok());
    ASSERT_EQ(token->shortCode.size(), ShortPairingCode::length);
    const QByteArray key = ShortPairingCode::key(token->shortCode);

    // neither the code nor its long token is in the store, only their hashes
    QSqlQuery query(f.temp.store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT token_hash || short_code_hash FROM pairing_tokens")) && query.next());
    EXPECT_FALSE(query.value(0).toString().contains(token->shortCode, Qt::CaseInsensitive));
    EXPECT_EQ(query.value(0).toString().right(64), QString::fromLatin1(key.toHex()));

    // a proof made for another certificate (relayed by a man in the middle), or no proof at all
    for (const QString &proof : {ShortPairingCode::kioskProof(key, theirs), token->shortCode, QString(64, u'0')}) {
        const auto refused = f.repository.pairKioskWithProof(proof, ours, QStringLiteral("Tablet 1"));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().message, ConsoleRepository::pairingRefusedMessage());
    }
    EXPECT_TRUE(f.repository.kiosks()->isEmpty());

    auto paired = f.repository.pairKioskWithProof(ShortPairingCode::kioskProof(key, ours), ours, QStringLiteral("Tablet 1"));
    ASSERT_TRUE(paired.ok()) << paired.error().message.toStdString();
    EXPECT_TRUE(ShortPairingCode::sameProof(paired->consoleProof, ShortPairingCode::consoleProof(key, ours, paired->kioskId)));
    EXPECT_TRUE(f.repository.kiosks()->constFirst().awaitingApproval());

    // spent, in both its forms
    EXPECT_FALSE(f.repository.pairKioskWithProof(ShortPairingCode::kioskProof(key, ours), ours, QStringLiteral("Tablet 2")).ok());
    EXPECT_FALSE(f.repository.pairKiosk(token->token, QStringLiteral("Tablet 2")).ok());
    EXPECT_EQ(f.repository.kiosks()->size(), 1);
    const QStringList actions = auditActions(f.repository);
    EXPECT_EQ(actions.filter(QStringLiteral("kiosk.pairing_refused")).size(), 4);  // the bad-hex proof is not a guess
}

TEST(ConsoleRepository, AShortCodeIsWithdrawnAndExpiresWithItsPairingCode)
{
    ConsoleFixture f;
    const QString ours = QString(64, u'a');
    auto first = f.repository.issuePairingToken(f.adminId);
    auto second = f.repository.issuePairingToken(f.adminId);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(first->shortCode, second->shortCode);
    const auto proofOf = [&](const PairingToken &token) { return ShortPairingCode::kioskProof(ShortPairingCode::key(token.shortCode), ours); };
    EXPECT_FALSE(f.repository.pairKioskWithProof(proofOf(*first), ours, QStringLiteral("Tablet 1")).ok()) << "only the code on the screen pairs";

    EXPECT_EQ(f.repository.withdrawPairingTokens().value(), 1);
    EXPECT_FALSE(f.repository.pairKioskWithProof(proofOf(*second), ours, QStringLiteral("Tablet 1")).ok());

    auto third = f.repository.issuePairingToken(f.adminId);
    ASSERT_TRUE(third.ok());
    f.now = f.now.addSecs(60 * ConsoleRepository::pairingTokenMinutes + 1);
    EXPECT_FALSE(f.repository.pairKioskWithProof(proofOf(*third), ours, QStringLiteral("Tablet 1")).ok()) << "expired";
    EXPECT_TRUE(f.repository.kiosks()->isEmpty());
}

TEST(ConsoleRepository, APairedKioskWaitsUntilAnAdministratorApprovesIt)
{
    ConsoleFixture f;
    const KioskEnrollment kiosk = f.pairPendingKiosk(QStringLiteral("Front tablet"));
    auto listed = f.repository.kiosks().value();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).approval, KioskApproval::Pending);
    EXPECT_TRUE(listed.at(0).awaitingApproval());
    EXPECT_FALSE(listed.at(0).decidedAt.isValid());
    // what staff compare with the kiosk's staff screen: derived from its credential, shown in groups
    EXPECT_EQ(listed.at(0).fingerprint, RequestSigner::fingerprint(kiosk.credential));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9A-F]{4}( [0-9A-F]{4}){3}$")).match(listed.at(0).fingerprint).hasMatch())
        << listed.at(0).fingerprint.toStdString();
    EXPECT_EQ(f.repository.kioskCredential(kiosk.kioskId).value()->approval, KioskApproval::Pending);

    // not by a staff member who is no administrator, nor for an unknown kiosk
    const auto lee = f.repository.addStaff(f.adminId, QStringLiteral("Lee"), pin("1357"), false);
    ASSERT_TRUE(lee.ok());
    const auto refused = f.repository.approveKiosk(kiosk.kioskId, lee.value());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("only an active administrator may approve a kiosk"));
    EXPECT_FALSE(f.repository.rejectKiosk(kiosk.kioskId, lee.value()).ok());
    EXPECT_FALSE(f.repository.approveKiosk(QStringLiteral("kiosk-unknown"), f.adminId).ok());
    EXPECT_EQ(f.repository.kiosks().value().at(0).approval, KioskApproval::Pending);

    f.now = f.now.addSecs(90);
    ASSERT_TRUE(f.repository.approveKiosk(kiosk.kioskId, f.adminId).ok());
    listed = f.repository.kiosks().value();
    EXPECT_EQ(listed.at(0).approval, KioskApproval::Approved);
    EXPECT_FALSE(listed.at(0).awaitingApproval());
    EXPECT_EQ(listed.at(0).decidedAt, f.now);
    EXPECT_EQ(listed.at(0).decidedBy, QStringLiteral("Dana"));
    EXPECT_EQ(f.repository.kioskCredential(kiosk.kioskId).value()->approval, KioskApproval::Approved);
    // decided once: neither approved again nor rejected afterwards (unpairing is the way back)
    EXPECT_FALSE(f.repository.approveKiosk(kiosk.kioskId, f.adminId).ok());
    EXPECT_FALSE(f.repository.rejectKiosk(kiosk.kioskId, f.adminId).ok());
    EXPECT_TRUE(auditActions(f.repository).contains(ConsoleRepository::staffActor(f.adminId) + QStringLiteral(" kiosk.approved")));
}

TEST(ConsoleRepository, ARejectedKioskKeepsItsKeySoThatItCanBeToldAndIsNeverApproved)
{
    ConsoleFixture f;
    const KioskEnrollment kiosk = f.pairPendingKiosk();
    ASSERT_TRUE(f.repository.rejectKiosk(kiosk.kioskId, f.adminId).ok());
    const auto credential = f.repository.kioskCredential(kiosk.kioskId).value();
    ASSERT_TRUE(credential.has_value());
    EXPECT_EQ(credential->approval, KioskApproval::Rejected);
    EXPECT_FALSE(f.repository.approveKiosk(kiosk.kioskId, f.adminId).ok());
    const auto listed = f.repository.kiosks().value();
    EXPECT_EQ(listed.at(0).approval, KioskApproval::Rejected);
    EXPECT_FALSE(listed.at(0).awaitingApproval());
    EXPECT_EQ(listed.at(0).decidedBy, QStringLiteral("Dana"));
    EXPECT_TRUE(auditActions(f.repository).contains(ConsoleRepository::staffActor(f.adminId) + QStringLiteral(" kiosk.rejected")));
    // unpairing it deletes the key; a kiosk unpaired while it waited can no longer be approved
    ASSERT_TRUE(f.repository.revokeKiosk(kiosk.kioskId, f.adminId).ok());
    EXPECT_FALSE(f.repository.kioskCredential(kiosk.kioskId).value().has_value());
    EXPECT_TRUE(f.repository.kiosks().value().at(0).fingerprint.isEmpty());
    const KioskEnrollment other = f.pairPendingKiosk(QStringLiteral("Other tablet"));
    ASSERT_TRUE(f.repository.revokeKiosk(other.kioskId, f.adminId).ok());
    EXPECT_FALSE(f.repository.approveKiosk(other.kioskId, f.adminId).ok());
}

TEST(ConsoleRepository, AStoreFromBeforeApprovalsKeepsItsKiosksApprovedAndNewOnesWait)
{
    // a console store at schema 1, as the build before approvals wrote it, with a paired and an
    // unpaired kiosk
    QTemporaryDir dir;
    const QString connection = QUuid::createUuid().toString();
    {
        auto *driver = new SqlCipherDriver();
        const QByteArray key(32, 'c');
        driver->setKey(SecretBytes::fromBytes(key.constData(), 32));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("console.db")));
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(Migrations::migrate(db, StoreSchema::Console, 1).ok());
        const QByteArray credential(32, 'k');
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO staff_users (name, pin_hash, is_admin, created_at) "
                                              "VALUES ('Dana', 'x', 1, '2026-01-01T00:00:00.000Z')")))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO kiosks (id, name, credential, paired_at) VALUES "
                                              "('kiosk-old', 'Old tablet', '%1', '2026-01-02T00:00:00.000Z')")
                                   .arg(QString::fromLatin1(credential.toBase64()))))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO kiosks (id, name, credential, paired_at, revoked_at) VALUES "
                                              "('kiosk-gone', 'Gone tablet', NULL, '2026-01-01T00:00:00.000Z', '2026-01-03T00:00:00.000Z')")))
            << query.lastError().text().toStdString();

        ASSERT_TRUE(Migrations::migrate(db, StoreSchema::Console).ok());
        EXPECT_EQ(Migrations::currentVersion(db).value(), Migrations::latestVersion(StoreSchema::Console));
        QDateTime now(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
        ConsoleRepository repository(db, [&now] { return now; });
        const auto kiosks = repository.kiosks().value();
        ASSERT_EQ(kiosks.size(), 2);
        for (const KioskInfo &kiosk : kiosks) {
            EXPECT_EQ(kiosk.approval, KioskApproval::Approved) << kiosk.id.toStdString();
            EXPECT_FALSE(kiosk.decidedAt.isValid());
        }
        const auto stored = repository.kioskCredential(QStringLiteral("kiosk-old")).value();
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->approval, KioskApproval::Approved);
        // a kiosk paired after the upgrade waits; the store refuses an approval it does not know
        auto token = repository.issuePairingToken(1);
        ASSERT_TRUE(token.ok());
        const auto fresh = repository.pairKiosk(token->token, QStringLiteral("New tablet"));
        ASSERT_TRUE(fresh.ok());
        EXPECT_EQ(repository.kioskCredential(fresh->kioskId).value()->approval, KioskApproval::Pending);
        EXPECT_FALSE(query.exec(QStringLiteral("UPDATE kiosks SET approval = 'maybe' WHERE id = 'kiosk-old'")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

TEST(ConsoleRetention, KeepsAYearUnlessAnAdministratorChoosesOtherwise)
{
    ConsoleFixture f;
    ConsoleRetention &retention = f.repository.retention();
    EXPECT_EQ(retention.days().value(), ConsoleRetention::defaultDays);
    EXPECT_EQ(ConsoleRetention::defaultDays, 365);
    ASSERT_TRUE(retention.setDays(f.adminId, 90).ok());
    EXPECT_EQ(retention.days().value(), 90);
    EXPECT_EQ(StoreSettings(f.repository.database()).value(ConsoleRetention::daysSetting).value(), QStringLiteral("90"));
    EXPECT_EQ(auditActions(f.repository).filter(QStringLiteral("retention.changed")),
              QStringList{ConsoleRepository::staffActor(f.adminId) + QStringLiteral(" retention.changed")});

    EXPECT_FALSE(retention.setDays(f.adminId, ConsoleRetention::minimumDays - 1).ok());
    EXPECT_FALSE(retention.setDays(f.adminId, ConsoleRetention::maximumDays + 1).ok());
    const auto lee = f.repository.addStaff(f.adminId, QStringLiteral("Lee"), pin("13579"), false);
    ASSERT_TRUE(lee.ok());
    EXPECT_FALSE(retention.setDays(lee.value(), 60).ok()) << "not an administrator";
    EXPECT_FALSE(retention.purgeNow(lee.value()).ok()) << "not an administrator";
    EXPECT_EQ(retention.days().value(), 90);
}

// A year on, a summary goes with its decisions and their notes, unless it still matters at the
// front desk: it waits for review, or the date it was rescheduled to is still to come. What the
// audit log says of it stays, and the log still verifies.
TEST(ConsoleRetention, APurgeDeletesWhatIsPastThePeriodAndKeepsWhatStillMatters)
{
    ConsoleFixture f;
    const QString kiosk = f.pairKiosk().kioskId;
    const QDateTime old = f.now.addDays(-400);
    const QDate comingUp = f.now.date().addDays(15);
    const auto store = [&](int index, const QDateTime &createdAt, bool clear = false) {
        QJsonObject json = sampleSummary(index);
        json.insert(QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs));
        if (clear) {
            json.insert(QStringLiteral("outcome"), QStringLiteral("clear"));
            json.insert(QStringLiteral("flags"), QJsonArray());
            json.remove(QStringLiteral("earliestDate"));
        }
        EXPECT_TRUE(f.repository.storeSummary(SummaryParser::validate(json).value(), kiosk).ok());
        return sampleIntake(index).uuid;
    };
    const auto decide = [&](const QString &uuid, Decision decision, std::optional<QDate> on = std::nullopt) {
        EXPECT_TRUE(f.repository.recordDecision(uuid, f.adminId, decision, on, QStringLiteral("Spoke with the client")).ok());
    };
    const QString decidedLongAgo = store(0, old);
    decide(decidedLongAgo, Decision::ProceedWithPrecautions);
    const QString stillWaiting = store(1, old);
    const QString rescheduled = store(2, old);
    decide(rescheduled, Decision::Reschedule, comingUp);
    const QString clearLongAgo = store(3, old, true);
    const QString recent = store(4, f.now.addDays(-10));
    decide(recent, Decision::Proceed);
    const QString decidedTwice = store(5, old);
    decide(decidedTwice, Decision::Reschedule, comingUp);
    decide(decidedTwice, Decision::Proceed);  // the latest decision is the one that counts

    const auto purged = f.repository.retention().purgeOnSchedule();
    ASSERT_TRUE(purged.ok()) << purged.error().message.toStdString();
    EXPECT_EQ(purged->summaries, 3);
    EXPECT_EQ(purged->decisions, 3);
    QStringList kept{stillWaiting, rescheduled, recent};
    kept.sort();
    EXPECT_EQ(storedUuids(f.repository), kept);
    for (const QString &uuid : {decidedLongAgo, clearLongAgo, decidedTwice})
        EXPECT_EQ(decisionsOf(f.repository, uuid), 0);
    EXPECT_EQ(decisionsOf(f.repository, rescheduled), 1);

    // counts only, by the console; the entries about the purged intakes stay
    const auto trail = f.repository.auditTrail();
    ASSERT_TRUE(trail.ok());
    const AuditEntry &last = trail->constLast();
    EXPECT_EQ(last.actor, QStringLiteral("console"));
    EXPECT_EQ(last.action, QStringLiteral("summaries.purged"));
    EXPECT_EQ(last.detail, QStringLiteral("summaries=3 decisions=3 retentionDays=365"));
    EXPECT_FALSE(f.repository.auditTrail(decidedLongAgo)->isEmpty());
    const auto problems = f.temp.store->verify();
    ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();

    // once the rescheduled date has passed, that one goes too
    f.now = f.now.addDays(16);
    const auto later = f.repository.retention().purgeNow(f.adminId);
    ASSERT_TRUE(later.ok()) << later.error().message.toStdString();
    EXPECT_EQ(later->summaries, 1);
    EXPECT_EQ(later->decisions, 1);
    kept.removeOne(rescheduled);
    EXPECT_EQ(storedUuids(f.repository), kept);
    EXPECT_EQ(f.repository.auditTrail()->constLast().actor, ConsoleRepository::staffActor(f.adminId));
}

TEST(ConsoleRetention, AShorterPeriodPurgesMore)
{
    ConsoleFixture f;
    const QString kiosk = f.pairKiosk().kioskId;
    ASSERT_TRUE(f.repository.storeSummary(received(0, f.now.addDays(-45)), kiosk).ok());
    ASSERT_TRUE(f.repository.recordDecision(sampleIntake(0).uuid, f.adminId, Decision::Proceed, std::nullopt, {}).ok());
    EXPECT_EQ(f.repository.retention().purgeOnSchedule()->summaries, 0);
    ASSERT_TRUE(f.repository.retention().setDays(f.adminId, 30).ok());
    EXPECT_EQ(f.repository.retention().purgeOnSchedule()->summaries, 1);
    EXPECT_TRUE(storedUuids(f.repository).isEmpty());
}
