// AdminPinGuard: the kiosk's staff PIN inside the encrypted store (6 to 12 digits), the lockout
// after wrong PINs kept across reopening the store (on a fake clock), and the move of an earlier
// release's plain admin-pin file into the store, on a real store that release made.

#include "storetestsupport.h"

#include "store/adminpinguard.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstring>

using namespace intake;
using namespace intake::test;

namespace {

const QString actor = QStringLiteral("kiosk:test");

SecretBytes pin(const char *digits)
{
    return SecretBytes::fromBytes(digits, std::strlen(digits));
}

QString legacyFile(const QString &directory)
{
    return QDir(directory).filePath(AdminPinGuard::legacyFileName);
}

// Every audit entry, "action detail" (the actor is always the same here).
QStringList auditTrail(const IntakeStore &store)
{
    QSqlQuery query(store.database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT action, detail FROM audit_log ORDER BY seq")));
    QStringList entries;
    while (query.next())
        entries.append(QString(query.value(0).toString() + u' ' + query.value(1).toString()).trimmed());
    return entries;
}

// The whole audit log as text, for "no PIN in it".
QString auditText(const IntakeStore &store)
{
    QSqlQuery query(store.database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM audit_log")));
    QString text;
    while (query.next()) {
        for (int column = 0; column < query.record().count(); ++column)
            text += query.value(column).toString() + u'|';
    }
    return text;
}

int schemaVersion(const IntakeStore &store)
{
    QSqlDatabase db = store.database();
    return Migrations::currentVersion(db).value();
}

/// A copy of a store that the release before schema 4 made (tests/data/stores/legacy-admin-pin:
/// schema 3, two demo intakes, a key file, and the staff PIN 4711 in the admin-pin file, written
/// by that release's `intake-cli set-admin-pin`). Returns the key file.
QString copyOfLegacyStore(const QTemporaryDir &dir)
{
    const QDir fixture(QStringLiteral(INTAKE_TEST_DATA "/stores/legacy-admin-pin"));
    EXPECT_TRUE(fixture.exists(AdminPinGuard::legacyFileName));
    for (const QString &name : fixture.entryList(QDir::Files)) {
        EXPECT_TRUE(QFile::copy(fixture.filePath(name), dir.filePath(name))) << name.toStdString();
        QFile::setPermissions(dir.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return dir.filePath(QStringLiteral("store.key"));
}

class AdminPinGuardTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(temp.store); }

    AdminPinGuard guard() { return AdminPinGuard(temp.store->database(), [this] { return now; }); }
    int secondsLeft() { return AdminPinGuard::lockoutSecondsLeft(guard().state().value(), now); }
    AdminPinGuard::Outcome attempt(const char *digits) { return guard().tryPin(pin(digits), actor).value(); }

    // Closes the store and opens it again, as a restarted kiosk does.
    void reopen()
    {
        temp.store.reset();
        auto reopened = IntakeStore::open(temp.path(), testPassphrase());
        ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
        temp.store = std::move(reopened).value();
    }

    TempStore temp;
    QDateTime now{QDate(2026, 11, 25), QTime(9, 0), Qt::UTC};
};

} // namespace

TEST_F(AdminPinGuardTest, APinIsSixToTwelveDigitsAndOnlyItsHashIsKept)
{
    EXPECT_FALSE(guard().state()->isSet);
    for (const char *bad : {"", "2580", "25802", "25802a", "1234567890123", "258 025"}) {
        const Status status = guard().set(pin(bad), actor, AdminPin::Cost::Minimal);
        ASSERT_FALSE(status.ok()) << bad;
        EXPECT_TRUE(status.error().message.contains(QLatin1String("6 to 12 digits"))) << status.error().message.toStdString();
    }
    EXPECT_FALSE(guard().state()->isSet);

    ASSERT_TRUE(guard().set(pin("258025"), actor, AdminPin::Cost::Minimal).ok());
    ASSERT_TRUE(guard().set(pin("987654321012"), actor, AdminPin::Cost::Minimal).ok());
    const auto state = guard().state();
    EXPECT_TRUE(state->isSet);
    EXPECT_EQ(state->length, AdminPinGuard::Length::Enough);
    EXPECT_EQ(attempt("258025"), AdminPinGuard::Outcome::Wrong);
    EXPECT_EQ(attempt("987654321012"), AdminPinGuard::Outcome::Right);

    QSqlQuery query(temp.store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT hash FROM staff_pin")) && query.next());
    EXPECT_TRUE(query.value(0).toString().startsWith(QLatin1String("$argon2id$")));
    EXPECT_FALSE(query.value(0).toString().contains(QLatin1String("987654321012")));
    EXPECT_FALSE(QFile::exists(legacyFile(temp.path())));
    EXPECT_FALSE(auditText(*temp.store).contains(QLatin1String("987654321012")));
    EXPECT_EQ(auditTrail(*temp.store).filter(QStringLiteral("kiosk.staff_pin_set")).size(), 2);
}

TEST_F(AdminPinGuardTest, WrongPinsLockOutWithAGrowingDelayThatReopeningDoesNotReset)
{
    ASSERT_TRUE(guard().set(pin("480126"), actor, AdminPin::Cost::Minimal).ok());
    for (int i = 0; i < AdminPinGuard::policy.freeFailures - 1; ++i) {
        EXPECT_EQ(attempt("804613"), AdminPinGuard::Outcome::Wrong);
        EXPECT_EQ(secondsLeft(), 0);
    }
    EXPECT_EQ(attempt("804613"), AdminPinGuard::Outcome::Wrong);  // the fifth
    EXPECT_EQ(secondsLeft(), 30);
    EXPECT_EQ(attempt("480126"), AdminPinGuard::Outcome::LockedOut);  // not even checked

    now = now.addSecs(12);
    reopen();
    EXPECT_EQ(guard().state()->failedAttempts, 5);
    EXPECT_EQ(secondsLeft(), 18);
    EXPECT_EQ(attempt("480126"), AdminPinGuard::Outcome::LockedOut);

    now = now.addSecs(18);
    EXPECT_EQ(attempt("551927"), AdminPinGuard::Outcome::Wrong);
    reopen();
    EXPECT_EQ(secondsLeft(), 60);
    now = now.addSecs(60);
    EXPECT_EQ(attempt("660318"), AdminPinGuard::Outcome::Wrong);
    reopen();
    EXPECT_EQ(secondsLeft(), 120);

    now = now.addSecs(120);
    EXPECT_EQ(attempt("480126"), AdminPinGuard::Outcome::Right);
    reopen();
    EXPECT_EQ(guard().state()->failedAttempts, 0);
    EXPECT_EQ(secondsLeft(), 0);

    // every wrong PIN is audited with its count and the wait it caused; no PIN anywhere
    const QStringList wrong = auditTrail(*temp.store).filter(QStringLiteral("kiosk.staff_pin_wrong"));
    EXPECT_EQ(wrong, (QStringList{QStringLiteral("kiosk.staff_pin_wrong attempt=1"), QStringLiteral("kiosk.staff_pin_wrong attempt=2"),
                                  QStringLiteral("kiosk.staff_pin_wrong attempt=3"), QStringLiteral("kiosk.staff_pin_wrong attempt=4"),
                                  QStringLiteral("kiosk.staff_pin_wrong attempt=5 lockout_seconds=30"),
                                  QStringLiteral("kiosk.staff_pin_wrong attempt=6 lockout_seconds=60"),
                                  QStringLiteral("kiosk.staff_pin_wrong attempt=7 lockout_seconds=120")}));
    EXPECT_EQ(auditTrail(*temp.store).filter(QStringLiteral("kiosk.staff_pin_right")).size(), 1);
    const QString audit = auditText(*temp.store);
    for (const char *typed : {"480126", "804613", "551927", "660318"})
        EXPECT_FALSE(audit.contains(QLatin1String(typed))) << typed;
}

TEST_F(AdminPinGuardTest, TheLockoutStopsDoublingAtAboutEightHours)
{
    using namespace std::chrono_literals;
    EXPECT_EQ(AdminPinGuard::policy.delayAfter(4), 0s);
    EXPECT_EQ(AdminPinGuard::policy.delayAfter(5), 30s);
    EXPECT_EQ(AdminPinGuard::policy.delayAfter(6), 60s);
    EXPECT_EQ(AdminPinGuard::policy.delayAfter(15), 30s * 1024);
    EXPECT_EQ(AdminPinGuard::policy.delayAfter(500), 30s * 1024);
}

TEST_F(AdminPinGuardTest, AClockSetBackDoesNotLengthenTheLockout)
{
    ASSERT_TRUE(guard().set(pin("480126"), actor, AdminPin::Cost::Minimal).ok());
    for (int i = 0; i < AdminPinGuard::policy.freeFailures; ++i)
        EXPECT_EQ(attempt("000000"), AdminPinGuard::Outcome::Wrong);
    ASSERT_EQ(secondsLeft(), 30);
    // the kiosk's clock goes back a day (a wrong clock corrected): 30 s from now, not a day and 30 s
    now = now.addDays(-1);
    EXPECT_EQ(secondsLeft(), 30);
    now = now.addSecs(30);
    reopen();
    EXPECT_EQ(secondsLeft(), 0);
    EXPECT_EQ(attempt("480126"), AdminPinGuard::Outcome::Right);
}

TEST_F(AdminPinGuardTest, AStoreWithoutAPinOpensNothing)
{
    EXPECT_EQ(attempt("000000"), AdminPinGuard::Outcome::NotSet);
    EXPECT_EQ(guard().state()->failedAttempts, 0);
}

TEST(AdminPinGuardLegacyFile, AStoreOfTheEarlierReleaseMovesItsPinFileIntoTheStore)
{
    QTemporaryDir dir;
    const KekSource key = KekSource::keyFile(copyOfLegacyStore(dir));
    const QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

    // a read-only look changes nothing
    {
        auto store = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadOnly);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_EQ(schemaVersion(*store.value()), 3);
    }
    ASSERT_TRUE(QFile::exists(legacyFile(dir.path())));

    // the first read-write open moves the hash into the store and deletes the file
    {
        auto store = IntakeStore::open(dir.path(), key);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_EQ(schemaVersion(*store.value()), Migrations::latestVersion());
        EXPECT_FALSE(QFile::exists(legacyFile(dir.path())));
        AdminPinGuard guard(store.value()->database(), [&now] { return now; });
        auto state = guard.state();
        ASSERT_TRUE(state.ok()) << state.error().message.toStdString();
        EXPECT_TRUE(state->isSet);
        EXPECT_EQ(state->length, AdminPinGuard::Length::Unknown);
        EXPECT_EQ(auditTrail(*store.value()).filter(QStringLiteral("kiosk.staff_pin_moved")).size(), 1);

        // the 4-digit PIN keeps working, and is then known to be too short
        EXPECT_EQ(guard.tryPin(pin("0000"), actor).value(), AdminPinGuard::Outcome::Wrong);
        EXPECT_EQ(guard.tryPin(pin("4711"), actor).value(), AdminPinGuard::Outcome::Right);
        EXPECT_EQ(guard.state()->length, AdminPinGuard::Length::TooShort);
        EXPECT_TRUE(store.value()->verify()->isEmpty());
    }

    // nothing more happens at the next open; the intakes are where they were
    auto store = IntakeStore::open(dir.path(), key);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    // the earlier release's "set", then moved, wrong, right: no entry of this open
    EXPECT_EQ(auditTrail(*store.value()).filter(QStringLiteral("kiosk.staff_pin")).size(), 4);
    QSqlQuery query(store.value()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM intakes")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
    AdminPinGuard guard(store.value()->database(), [&now] { return now; });
    ASSERT_TRUE(guard.set(pin("471102"), actor, AdminPin::Cost::Minimal).ok());
    EXPECT_EQ(guard.state()->length, AdminPinGuard::Length::Enough);
    EXPECT_EQ(guard.tryPin(pin("4711"), actor).value(), AdminPinGuard::Outcome::Wrong);
}

// Writing an admin-pin file into the folder once the PIN is in the store sets nothing: the file
// is not read, it is deleted, and that is audited. The same for a file beside a new store.
TEST(AdminPinGuardLegacyFile, APinFileWrittenLaterIsIgnoredAndDeleted)
{
    const QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    const auto writeFileFor = [](const QString &directory, const char *digits) {
        QFile file(legacyFile(directory));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_GT(file.write(AdminPin::fromPin(pin(digits), AdminPin::Cost::Minimal)->hash()), 0);
    };

    TempStore temp;
    ASSERT_TRUE(AdminPinGuard(temp.store->database(), [&now] { return now; }).set(pin("480126"), actor, AdminPin::Cost::Minimal).ok());
    temp.store.reset();
    writeFileFor(temp.path(), "999999");
    auto store = IntakeStore::open(temp.path(), testPassphrase());
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(legacyFile(temp.path())));
    AdminPinGuard guard(store.value()->database(), [&now] { return now; });
    EXPECT_EQ(guard.tryPin(pin("999999"), actor).value(), AdminPinGuard::Outcome::Wrong);
    EXPECT_EQ(guard.tryPin(pin("480126"), actor).value(), AdminPinGuard::Outcome::Right);
    EXPECT_TRUE(auditTrail(*store.value()).contains(
        QStringLiteral("kiosk.staff_pin_file_ignored written after the staff PIN moved into the store")));

    QTemporaryDir fresh;
    writeFileFor(fresh.path(), "999999");
    auto created = IntakeStore::create(fresh.path(), testPassphrase(), fastParams());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(legacyFile(fresh.path())));
    EXPECT_FALSE(AdminPinGuard(created.value()->database(), [&now] { return now; }).state()->isSet);
    EXPECT_TRUE(auditTrail(*created.value()).contains(QStringLiteral("kiosk.staff_pin_file_ignored left from an earlier store")));
}
