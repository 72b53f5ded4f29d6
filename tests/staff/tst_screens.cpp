// Every staff-console screen in English and in Spanish, in the real application (StaffApplication
// as intake-staff builds it, on a demo store): every interactive control has an accessible name
// and is at least 48 px (Theme.touchTargetMin; the console's smallest controls are
// Theme.consoleControlHeight = 48), and every text differs between the languages unless it is a
// name, a number or a code.

#include "arrivalchime.h"
#include "pairingcontroller.h"
#include "receiverstatus.h"
#include "retentionsettings.h"
#include "reviewqueuemodel.h"
#include "staffapplication.h"
#include "staffsession.h"
#include "uilanguage.h"
#include "intakedetail.h"
#include "decisionform.h"

#include "console/consolerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "store/storesettings.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"
#include "sync/summaryparser.h"
#include "sync/summaryreceiver.h"
#include "synctestsupport.h"

#include <QAccessible>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>

using namespace intake;
using namespace Qt::StringLiterals;

namespace {

constexpr int minimumControlSize = 48;

struct Control
{
    QString name;
    QAccessible::Role role;
    QRect rect;
    bool enabled;
};

const QSet<QAccessible::Role> interactiveRoles{
    QAccessible::Button,   QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::EditableText,
    QAccessible::ComboBox, QAccessible::SpinBox,  QAccessible::Slider,      QAccessible::ButtonMenu,
};

using Texts = QMap<QString, QSet<QString>>;  // screen → the texts on it

class StaffScreens : public ::testing::Test
{
protected:
    // The demo, empty (the first start is one of the screens).
    virtual StaffOptions startOptions() const
    {
        StaffOptions options;
        options.demo = true;
        options.seedDemo = false;
        return options;
    }

    void SetUp() override
    {
        QAccessible::setActive(true);
        clock.start();
        console = std::make_unique<StaffApplication>(startOptions());
        const auto started = console->start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        window = console->window();
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        ASSERT_NE(QAccessible::queryAccessibleInterface(window), nullptr) << "no accessibility for Qt Quick";
    }

    // The visible accessible nodes under `root` (the window when null), in tree order.
    QList<Control> controls(QAccessibleInterface *root = nullptr) const
    {
        QList<Control> out;
        QList<QAccessibleInterface *> pending{root ? root : QAccessible::queryAccessibleInterface(window)};
        while (!pending.isEmpty()) {
            QAccessibleInterface *node = pending.takeFirst();
            if (!node || !node->isValid() || node->state().invisible)
                continue;
            const QRect global = node->rect();
            out.append({node->text(QAccessible::Name), node->role(),
                        QRect(window->mapFromGlobal(global.topLeft()), global.size()), !node->state().disabled});
            QList<QAccessibleInterface *> children;
            for (int i = 0; i < node->childCount(); ++i)
                children.append(node->child(i));
            pending = children + pending;
        }
        return out;
    }

    // The first visible node with this role (and name, unless empty); null when none.
    QAccessibleInterface *find(QAccessible::Role role, const QString &name = {}) const
    {
        QList<QAccessibleInterface *> pending{QAccessible::queryAccessibleInterface(window)};
        while (!pending.isEmpty()) {
            QAccessibleInterface *node = pending.takeFirst();
            if (!node || !node->isValid() || node->state().invisible)
                continue;
            if (node->role() == role && (name.isEmpty() || node->text(QAccessible::Name) == name))
                return node;
            for (int i = 0; i < node->childCount(); ++i)
                pending.append(node->child(i));
        }
        return nullptr;
    }

    QRect rectOf(QAccessibleInterface *node) const
    {
        const QRect global = node->rect();
        return QRect(window->mapFromGlobal(global.topLeft()), global.size());
    }

    // The demo's staff and intakes, the demo admin signed in, on the review queue.
    void signInOnTheDemo()
    {
        StaffSession &session = console->session();
        ASSERT_TRUE(session.createFirstAdmin(StaffApplication::demoAdminName, StaffApplication::demoAdminPin,
                                             StaffApplication::demoAdminPin));
        const auto seeded = StaffApplication::seedDemo(*session.repository());
        ASSERT_TRUE(seeded.ok()) << seeded.error().message.toStdString();
        console->queue().refresh();
        QTest::qWait(450);
    }

    // A kiosk named `name` redeems the code on the Pairing screen through the console's own
    // receiver (TLS on 127.0.0.1), as a kiosk's staff screen does; the code then leaves the screen.
    Result<KioskPairing> pairAKiosk(const QString &name)
    {
        auto code = PairingCode::parse(console->pairing().code());
        if (!code)
            return code.error();
        auto paired = PairingClient::pairAndWait(*code, name, QDateTime::currentDateTimeUtc(), std::chrono::seconds(10));
        QTest::qWait(450);
        return paired;
    }

    // The visible nodes under the window whose name is `name`.
    int visibleNamed(const QString &name) const
    {
        const QList<Control> all = controls();
        return static_cast<int>(std::count_if(all.cbegin(), all.cend(), [&name](const Control &control) { return control.name == name; }));
    }

    // Turns the mouse wheel over the open intake far more than it needs: it stops at its end.
    void scrollTheDetailToItsEnd()
    {
        const QPointF at(window->width() * 0.75, window->height() * 0.6);
        for (int i = 0; i < 40; ++i) {
            QWheelEvent wheel(at, window->mapToGlobal(at), QPoint(0, -120), QPoint(0, -QWheelEvent::DefaultDeltasPerStep),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            wheel.setTimestamp(static_cast<quint64>(clock.elapsed()));  // Flickable measures the wheel's speed
            QCoreApplication::sendEvent(window, &wheel);
            QTest::qWait(20);
        }
        QTest::qWait(450);
    }

    bool tap(const QString &name)
    {
        for (const Control &control : controls()) {
            if (control.role != QAccessible::Button || !(control.name == name || control.name.startsWith(name + u',')))
                continue;
            const QPointF at = control.rect.center();
            QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, at.toPoint());
            QTest::qWait(300);
            return true;
        }
        return false;
    }

    void capture(const QString &screen, Texts &texts)
    {
        QTest::qWait(450);  // transitions end
        for (const Control &control : controls()) {
            if (!control.name.isEmpty())
                texts[screen].insert(control.name);
            if (!interactiveRoles.contains(control.role) || !control.enabled)
                continue;
            EXPECT_FALSE(control.name.trimmed().isEmpty())
                << screen.toStdString() << ": a control of role " << control.role << " has no accessible name";
            EXPECT_GE(std::min(control.rect.width(), control.rect.height()), minimumControlSize)
                << screen.toStdString() << ": '" << control.name.toStdString() << "' is " << control.rect.width() << "x"
                << control.rect.height() << " px";
        }
    }

    // Every screen, reached through the view-models (and the tabs by a click), in `language`.
    Texts walk(const QString &language)
    {
        Texts texts;
        StaffSession &session = console->session();
        console->language().setLanguage(language);
        if (session.state() == StaffSession::State::FirstStart) {
            capture(u"first-start"_s, texts);
            EXPECT_TRUE(session.createFirstAdmin(StaffApplication::demoAdminName, StaffApplication::demoAdminPin,
                                                 StaffApplication::demoAdminPin));
            const auto seeded = StaffApplication::seedDemo(*session.repository());
            EXPECT_TRUE(seeded.ok()) << seeded.error().message.toStdString();
        } else {
            texts[u"first-start"_s] = {};  // seen once only (the store has staff after it)
        }
        session.signOut();
        session.signIn(StaffApplication::demoAdminName, u"0000"_s);
        capture(u"sign-in"_s, texts);
        EXPECT_TRUE(session.signIn(StaffApplication::demoAdminName, StaffApplication::demoAdminPin));
        ReviewQueueModel &queue = console->queue();
        queue.setFilter(ReviewQueueModel::Filter::NeedsReview);
        capture(u"queue"_s, texts);
        queue.setFilter(ReviewQueueModel::Filter::All);
        EXPECT_GT(queue.rowCount(), 0);
        const QString uuid = queue.data(queue.index(0), ReviewQueueModel::UuidRole).toString();
        queue.summariesArrived({{uuid, queue.data(queue.index(0), ReviewQueueModel::OutcomeRole).toString()}});
        capture(u"queue-arrival"_s, texts);
        queue.dismissArrival();
        // by treatment date: today's, and a day with none
        queue.setDayOf(ReviewQueueModel::DayOf::Treatment);
        capture(u"queue-treatment"_s, texts);
        for (int i = 0; i < 5; ++i)
            queue.previousDay();
        capture(u"queue-treatment-none"_s, texts);
        queue.showToday();
        queue.setDayOf(ReviewQueueModel::DayOf::Arrival);
        // a flagged intake, with the decision panel on reschedule
        for (int row = 0; row < queue.rowCount(); ++row) {
            if (queue.data(queue.index(row), ReviewQueueModel::FlagCountRole).toInt() > 0) {
                EXPECT_TRUE(console->detail().open(queue.data(queue.index(row), ReviewQueueModel::UuidRole).toString()));
                break;
            }
        }
        console->decisionForm().setDecision(u"reschedule"_s);
        capture(u"detail"_s, texts);
        EXPECT_TRUE(tap(u"Pairing"_s) || tap(u"Emparejamiento"_s));
        EXPECT_TRUE(console->pairing().issueCode()) << console->pairing().lastError().toStdString();
        capture(u"pairing"_s, texts);
        const auto paired = pairAKiosk(u"Tablet by the door"_s);
        EXPECT_TRUE(paired.ok()) << paired.error().message.toStdString();
        EXPECT_TRUE(console->pairing().code().isEmpty());
        capture(u"pairing-pending"_s, texts);
        EXPECT_TRUE(tap(u"Staff users"_s) || tap(u"Personal"_s));
        capture(u"staff-users"_s, texts);
        EXPECT_TRUE(tap(u"Data retention"_s) || tap(u"Retención"_s));
        EXPECT_TRUE(console->retention().purgeNow()) << console->retention().lastError().toStdString();
        capture(u"retention"_s, texts);
        EXPECT_TRUE(tap(u"Review queue"_s) || tap(u"Cola de revisión"_s));
        session.setIdleTiming({std::chrono::milliseconds(50), std::chrono::minutes(1), std::chrono::seconds(1)});
        const QDeadlineTimer deadline(5000);
        while (!session.idleWarning() && !deadline.hasExpired())
            QTest::qWait(50);
        EXPECT_TRUE(session.idleWarning());
        capture(u"idle"_s, texts);
        session.setIdleTiming({std::chrono::hours(1), std::chrono::minutes(1), std::chrono::seconds(1)});
        session.stayActive();
        session.lock();
        capture(u"locked"_s, texts);
        EXPECT_TRUE(session.unlockWithKeyFile());
        return texts;
    }

    // Names (clients, staff, kiosks), the languages' own names, numbers, times and codes.
    bool languageNeutral(const QString &text) const
    {
        static const QRegularExpression noWords(u"^[^\\p{L}]*$"_s);
        static const QRegularExpression timeOrNumber(u"^[\\d:./,\\s]*(AM|PM)?$"_s);
        static const QSet<QString> fixed{u"Blue Haven Medical Spa"_s, u"English"_s, u"Español"_s, u"PIN"_s,
                                         StaffApplication::demoAdminName, u"Blanca"_s, u"Waiting-room tablet"_s,
                                         u"Tablet by the door"_s};
        const QString trimmed = text.trimmed();
        return trimmed.isEmpty() || fixed.contains(trimmed) || clientNames.contains(trimmed)
               || noWords.match(trimmed).hasMatch() || timeOrNumber.match(trimmed).hasMatch()
               || trimmed.startsWith(u"intake-pair:"_s);
    }

    std::unique_ptr<StaffApplication> console;
    QQuickWindow *window = nullptr;
    QElapsedTimer clock;
    QSet<QString> clientNames;
};

} // namespace

TEST_F(StaffScreens, EveryControlIsNamedLargeEnoughAndEveryTextTranslated)
{
    const Texts english = walk(u"en"_s);
    const Texts spanish = walk(u"es"_s);
    // today's intakes and those of other days that wait
    for (const auto &listed : {console->session().repository()->listSummaries({ReviewFilter::Show::All, {}}),
                               console->session().repository()->listWaiting()}) {
        ASSERT_TRUE(listed.ok());
        for (const SummaryListing &listing : listed.value())
            clientNames.insert(listing.firstName + u' ' + listing.lastName);
    }
    ASSERT_FALSE(clientNames.isEmpty());

    // the walk saw the screens it meant to, in each language
    EXPECT_TRUE(english.value(u"detail"_s).contains(u"Record decision"_s));
    EXPECT_TRUE(spanish.value(u"detail"_s).contains(u"Registrar decisión"_s));
    EXPECT_TRUE(english.value(u"pairing"_s).contains(u"The pairing code as a QR code"_s));
    EXPECT_TRUE(english.value(u"pairing-pending"_s).contains(u"Approve Tablet by the door"_s));
    EXPECT_TRUE(spanish.value(u"pairing-pending"_s).contains(u"Aprobar Tablet by the door"_s));
    EXPECT_TRUE(spanish.value(u"idle"_s).contains(u"Sigo aquí"_s));
    EXPECT_TRUE(english.value(u"locked"_s).contains(u"The staff console is locked"_s));
    EXPECT_TRUE(english.value(u"retention"_s).contains(u"No intake is past the retention period."_s));

    ASSERT_EQ(english.keys(), spanish.keys());
    for (auto it = english.constBegin(); it != english.constEnd(); ++it) {
        if (it.key() != u"first-start"_s) {
            ASSERT_FALSE(it.value().isEmpty()) << it.key().toStdString();
        }
        for (const QString &text : it.value()) {
            if (spanish.value(it.key()).contains(text) && !languageNeutral(text))
                ADD_FAILURE() << it.key().toStdString() << ": not translated into Spanish: \"" << text.toStdString() << "\"";
        }
    }
}

// After one intake was read to its end, the next opens at its top with its client's name in
// view, and the decision box names the client it records for.
TEST_F(StaffScreens, AnotherIntakeOpensAtItsTopAndItsDecisionNamesItsClient)
{
    signInOnTheDemo();
    ReviewQueueModel &queue = console->queue();
    ASSERT_GE(queue.rowCount(), 2);
    const QString first = queue.data(queue.index(0), ReviewQueueModel::UuidRole).toString();
    const QString second = queue.data(queue.index(1), ReviewQueueModel::UuidRole).toString();
    const QString secondName = queue.data(queue.index(1), ReviewQueueModel::ClientNameRole).toString();
    const QDate secondBorn = QDate::fromString(queue.data(queue.index(1), ReviewQueueModel::BirthDateRole).toString(), Qt::ISODate);
    int contentTop = 0;  // under the tabs
    for (const Control &control : controls()) {
        if (control.role == QAccessible::Button && control.name.startsWith(u"Review queue"_s))
            contentTop = control.rect.bottom();
    }
    ASSERT_GT(contentTop, 0);

    ASSERT_TRUE(console->detail().open(first));
    QTest::qWait(450);
    QAccessibleInterface *firstHeading = find(QAccessible::Heading, console->detail().clientName());
    ASSERT_NE(firstHeading, nullptr);
    EXPECT_GT(rectOf(firstHeading).top(), contentTop);
    scrollTheDetailToItsEnd();
    ASSERT_LT(rectOf(find(QAccessible::Heading, console->detail().clientName())).top(), contentTop)
        << "the test did not scroll the intake";

    ASSERT_TRUE(console->detail().open(second));
    QTest::qWait(450);
    QAccessibleInterface *heading = find(QAccessible::Heading, secondName);
    ASSERT_NE(heading, nullptr);
    EXPECT_GT(rectOf(heading).top(), contentTop) << "the client's name is scrolled out of view";
    const QString born = QLocale(QLocale::English).toString(secondBorn, u"MMMM d, yyyy"_s);
    EXPECT_NE(find(QAccessible::Heading, u"Decision for %1, born %2"_s.arg(secondName, born)), nullptr);
}

// Signed in, the line that counts what waits is one line tall, so the queue starts right under
// it: the page is laid out while its width settles, and Qt 6.4's layouts keep the height of a
// line that wrapped at a narrower width.
TEST_F(StaffScreens, TheQueueStartsRightUnderTheLineThatCountsWhatWaits)
{
    signInOnTheDemo();
    console->language().setLanguage(u"en"_s);
    QTest::qWait(450);
    const QList<Control> all = controls();
    const auto counting = std::find_if(all.cbegin(), all.cend(), [](const Control &control) {
        return control.name.startsWith(u"Waiting for review:"_s);
    });
    ASSERT_NE(counting, all.cend());
    const auto chip = std::find_if(all.cbegin(), all.cend(), [](const Control &control) {
        return control.name == u"Needs review"_s;
    });
    ASSERT_NE(chip, all.cend());
    EXPECT_LT(counting->rect.height(), chip->rect.height())
        << "the line is " << counting->rect.height() << " px tall, as tall as two lines";
}

// The Pairing screen shows the short code to type on a kiosk and this console's fingerprint as
// the kiosk shows it; a kiosk that pairs with the short code (over real TLS, having found this
// console) takes both off the screen.
TEST_F(StaffScreens, ThePairingScreenShowsTheShortCodeAndTheFingerprintTheKioskMustShow)
{
    signInOnTheDemo();
    console->language().setLanguage(u"en"_s);
    ASSERT_TRUE(tap(u"Pairing"_s));
    ASSERT_TRUE(console->pairing().issueCode()) << console->pairing().lastError().toStdString();
    QTest::qWait(450);
    const QString shortCode = console->pairing().shortCode();
    ASSERT_TRUE(ShortPairingCode::parse(shortCode).ok()) << shortCode.toStdString();
    EXPECT_EQ(visibleNamed(u"Short pairing code: %1"_s.arg(shortCode)), 1);
    const auto code = PairingCode::parse(console->pairing().code());
    ASSERT_TRUE(code.ok());
    const QString shown = ShortPairingCode::forPeople(code->fingerprint);
    EXPECT_EQ(console->pairing().fingerprintForPeople(), shown);
    EXPECT_EQ(visibleNamed(u"Console fingerprint: %1"_s.arg(shown)), 1);

    const FoundConsole found{code->host, code->port, code->fingerprint};
    auto paired = PairingClient::pairWithShortCodeAndWait(found, ShortPairingCode::parse(shortCode).value(), u"Tablet by the door"_s,
                                                          QDateTime::currentDateTimeUtc(), std::chrono::seconds(10));
    ASSERT_TRUE(paired.ok()) << paired.error().message.toStdString();
    QTest::qWait(450);
    EXPECT_TRUE(console->pairing().shortCode().isEmpty());
    EXPECT_EQ(visibleNamed(u"Short pairing code: %1"_s.arg(shortCode)), 0) << "the used code is still on the screen";
    EXPECT_EQ(visibleNamed(u"“Tablet by the door” waits for approval"_s), 1);
}

// A kiosk that used the code on the Pairing screen: the code is gone, the kiosk waits there with
// its name and the key fingerprint its own staff screen shows, the Pairing tab counts it, a staff
// member who is no administrator cannot approve it, and the administrator's Approve does.
TEST_F(StaffScreens, AKioskThatUsedTheCodeWaitsWithItsFingerprintUntilAnAdministratorApprovesIt)
{
    signInOnTheDemo();
    console->language().setLanguage(u"en"_s);
    ASSERT_TRUE(tap(u"Pairing"_s));
    ASSERT_TRUE(console->pairing().issueCode()) << console->pairing().lastError().toStdString();
    QTest::qWait(450);
    EXPECT_EQ(visibleNamed(u"The pairing code as a QR code"_s), 1);

    const auto paired = pairAKiosk(u"Tablet by the door"_s);
    ASSERT_TRUE(paired.ok()) << paired.error().message.toStdString();
    const QString fingerprint = paired->keyFingerprint();
    ASSERT_FALSE(fingerprint.isEmpty());
    EXPECT_TRUE(console->pairing().code().isEmpty());
    EXPECT_EQ(visibleNamed(u"The pairing code as a QR code"_s), 0) << "the used code is still on the screen";
    EXPECT_EQ(visibleNamed(u"“Tablet by the door” waits for approval"_s), 1);
    EXPECT_GE(visibleNamed(u"Key fingerprint: %1"_s.arg(fingerprint)), 1);
    EXPECT_EQ(visibleNamed(u"Pairing, 1 waiting"_s), 1);
    // in view at 1280x800, without scrolling
    int actions = 0;
    for (const Control &control : controls()) {
        if (control.role != QAccessible::Button || !control.name.endsWith(u" Tablet by the door"_s))
            continue;
        ++actions;
        EXPECT_TRUE(QRect(QPoint(0, 0), window->size()).contains(control.rect))
            << control.name.toStdString() << " is out of view at " << control.rect.y();
    }
    EXPECT_EQ(actions, 2);  // Approve and Reject

    // Blanca is no administrator: she sees it wait, with no Approve
    StaffSession &session = console->session();
    session.signOut();
    ASSERT_TRUE(session.signIn(u"Blanca"_s, u"1357"_s));
    ASSERT_TRUE(tap(u"Pairing"_s));
    QTest::qWait(450);
    EXPECT_EQ(visibleNamed(u"“Tablet by the door” waits for approval"_s), 1);
    EXPECT_EQ(visibleNamed(u"Approve Tablet by the door"_s), 0);
    EXPECT_EQ(visibleNamed(u"An administrator approves or rejects new kiosks."_s), 1);

    session.signOut();
    ASSERT_TRUE(session.signIn(StaffApplication::demoAdminName, StaffApplication::demoAdminPin));
    ASSERT_TRUE(tap(u"Pairing"_s));
    ASSERT_TRUE(tap(u"Approve Tablet by the door"_s));
    EXPECT_EQ(visibleNamed(u"“Tablet by the door” waits for approval"_s), 0);
    EXPECT_EQ(visibleNamed(u"Pairing"_s), 1) << "the tab still counts a kiosk";
    const auto kiosks = session.repository()->kiosks().value();
    const auto approved = std::find_if(kiosks.cbegin(), kiosks.cend(), [&](const KioskInfo &kiosk) { return kiosk.id == paired->kioskId; });
    ASSERT_NE(approved, kiosks.cend());
    EXPECT_EQ(approved->approval, KioskApproval::Approved);
    EXPECT_EQ(approved->decidedBy, StaffApplication::demoAdminName);
    const auto trail = session.repository()->auditTrail().value();
    EXPECT_TRUE(std::any_of(trail.cbegin(), trail.cend(), [&](const AuditEntry &entry) {
        return entry.action == u"kiosk.approved"_s && entry.actor == ConsoleRepository::staffActor(session.userId())
               && entry.detail == u"kiosk=%1"_s.arg(paired->kioskId);
    }));
}

// At 1280x800 the arrival banner holds its buttons, whatever the outcome's badge, in both
// languages.
TEST_F(StaffScreens, TheArrivalBannerHoldsItsButtons)
{
    signInOnTheDemo();
    ReviewQueueModel &queue = console->queue();
    QString contraindicated;
    for (int row = 0; row < queue.rowCount(); ++row) {
        if (queue.data(queue.index(row), ReviewQueueModel::OutcomeRole).toString() == u"contraindicated"_s)
            contraindicated = queue.data(queue.index(row), ReviewQueueModel::UuidRole).toString();
    }
    ASSERT_FALSE(contraindicated.isEmpty());
    queue.summariesArrived({{contraindicated, u"contraindicated"_s}});
    for (const QString &language : {u"en"_s, u"es"_s}) {
        console->language().setLanguage(language);
        QTest::qWait(450);
        QAccessibleInterface *banner = find(QAccessible::AlertMessage);
        ASSERT_NE(banner, nullptr) << language.toStdString();
        const QRect inside = rectOf(banner);
        int buttons = 0;
        for (const Control &control : controls(banner)) {
            if (control.role != QAccessible::Button)
                continue;
            ++buttons;
            EXPECT_TRUE(inside.contains(control.rect)) << language.toStdString() << ": '" << control.name.toStdString()
                                                       << "' sticks out of the banner";
        }
        EXPECT_EQ(buttons, 2) << language.toStdString();
    }
}

// A console whose receiver has stopped taking up connections: its TLS handshakes outlast the test,
// and its watchdog speaks after a second.
class StaffScreensWithAStalledReceiver : public StaffScreens
{
protected:
    StaffOptions startOptions() const override
    {
        StaffOptions options = StaffScreens::startOptions();
        options.receiverLimits.handshakeTimeout = std::chrono::seconds(60);
        options.receiverLimits.acceptStallTimeout = std::chrono::seconds(1);
        return options;
    }

    // The alert whose text starts so, or null.
    QAccessibleInterface *alertStarting(const QString &start) const
    {
        for (const Control &control : controls()) {
            if (control.role == QAccessible::AlertMessage && control.name.startsWith(start))
                return find(QAccessible::AlertMessage, control.name);
        }
        return nullptr;
    }
};

// Connections that hold every TLS handshake slot and say nothing: kiosks cannot reach the
// console. Over every screen it says so, and what to do, in both languages, until it takes up
// connections again.
TEST_F(StaffScreensWithAStalledReceiver, SaysWhileKiosksCannotReachIt)
{
    signInOnTheDemo();
    const QString english = u"Kiosks cannot reach this console right now"_s;
    const QString spanish = u"Los quioscos no pueden comunicarse con esta consola en este momento"_s;
    console->language().setLanguage(u"en"_s);
    QTest::qWait(450);
    EXPECT_EQ(alertStarting(english), nullptr) << "a console that takes up connections says it does not";
    const SummaryReceiver *receiver = console->receiver();
    ASSERT_NE(receiver, nullptr) << console->receiverError().toStdString();

    // 30 connections take every handshake slot (QTcpServer::maxPendingConnections); 5 more wait
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 35; ++i) {
        flood.push_back(std::make_unique<QTcpSocket>());
        flood.back()->connectToHost(u"127.0.0.1"_s, receiver->port());
    }
    ASSERT_TRUE(QTest::qWaitFor([this] { return console->receiverStatus().notAccepting(); }, 20'000))
        << "the receiver did not stop taking up connections";
    ASSERT_FALSE(receiver->isAccepting());
    QTest::qWait(450);
    QAccessibleInterface *banner = alertStarting(english);
    ASSERT_NE(banner, nullptr) << "nothing on the screen says that kiosks cannot reach the console";
    EXPECT_TRUE(banner->text(QAccessible::Name).contains(u"call your IT contact"_s)) << banner->text(QAccessible::Name).toStdString();
    const QRect inside = QRect(QPoint(0, 0), window->size());
    EXPECT_TRUE(inside.contains(rectOf(banner))) << "the banner is out of view";
    // on every tab
    ASSERT_TRUE(tap(u"Pairing"_s));
    EXPECT_NE(alertStarting(english), nullptr) << "the banner left with the review queue";
    console->language().setLanguage(u"es"_s);
    QTest::qWait(450);
    banner = alertStarting(spanish);
    ASSERT_NE(banner, nullptr) << "the banner is not in Spanish";
    EXPECT_TRUE(banner->text(QAccessible::Name).contains(u"llame a su contacto de soporte técnico"_s)) << banner->text(QAccessible::Name).toStdString();

    // once they go, it takes up connections again, and the banner goes
    for (const auto &socket : flood)
        socket->close();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !console->receiverStatus().notAccepting(); }, 20'000))
        << "the console still says it is not accepting";
    EXPECT_TRUE(receiver->isAccepting());
    QTest::qWait(450);
    EXPECT_EQ(alertStarting(spanish), nullptr);
    console->language().setLanguage(u"en"_s);
    QTest::qWait(450);
    EXPECT_EQ(alertStarting(english), nullptr);
}

// A console store holding an intake as an earlier release stored it, before the console refused
// markup in what kiosks send: its name, free text, flag and decision note carry HTML that would
// fetch images from a local test server if any of it were read as markup.
class StaffScreensOnALegacyStore : public StaffScreens
{
protected:
    void SetUp() override
    {
        // a request must reach the test server directly, whatever proxy the environment names
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->deleteLater();
            }
        });
        ASSERT_NO_FATAL_FAILURE(writeLegacyStore());
        StaffScreens::SetUp();
    }

    StaffOptions startOptions() const override
    {
        StaffOptions options;
        options.dataDirectory = directory.filePath(u"console"_s);
        options.keyFile = directory.filePath(u"console.key"_s);
        options.listenAddress = u"127.0.0.1"_s;
        options.port = 0;
        return options;
    }

    // Markup that fetches http://127.0.0.1:<port>/<path> when it is read as HTML.
    QString image(const QString &path) const
    {
        return u"<img src=\"http://127.0.0.1:%1/%2\">"_s.arg(server.serverPort()).arg(path);
    }

    // The demo, and an intake of a few minutes ago with markup in every text a client or staff
    // typed, decided with a note that has markup too, written with SQL as an earlier release did.
    void writeLegacyStore()
    {
        const QString keyFile = directory.filePath(u"console.key"_s);
        ASSERT_TRUE(KeyVault::createKeyFile(keyFile).ok());
        auto created = IntakeStore::create(directory.filePath(u"console"_s), KekSource::keyFile(keyFile),
                                           Argon2Params::fastForTests(), StoreSchema::Console);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        QSqlDatabase db = created.value()->database();
        ConsoleRepository repository(db, [] { return QDateTime::currentDateTimeUtc(); });
        ASSERT_TRUE(StaffApplication::seedDemo(repository).ok());

        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"SELECT kiosk_id, appointment_date, birth_date, outcome, earliest_date, flag_count, payload "
                               "FROM summaries WHERE flag_count > 0 LIMIT 1"_s) && query.next());
        QList<QVariant> row;
        for (int column = 0; column < 7; ++column)
            row.append(query.value(column));
        query.finish();
        QJsonObject payload = QJsonDocument::fromJson(row.takeLast().toString().toUtf8()).object();
        QJsonArray flags = payload.value(u"flags"_s).toArray();
        ASSERT_FALSE(flags.isEmpty());
        QJsonObject flag = flags.first().toObject();
        flag.insert(u"answer"_s, u"Botox %1<a href=\"http://127.0.0.1:%2/link\">more</a>"_s.arg(image(u"answer"_s)).arg(server.serverPort()));
        flag.insert(u"question"_s, QJsonObject{{u"en"_s, u"Question %1"_s.arg(image(u"question"_s))}, {u"es"_s, u"Pregunta %1"_s.arg(image(u"question"_s))}});
        flag.insert(u"reason"_s, QJsonObject{{u"en"_s, u"Reason %1"_s.arg(image(u"reason"_s))}, {u"es"_s, u"Motivo %1"_s.arg(image(u"reason"_s))}});
        flags.replace(0, flag);
        payload.insert(u"flags"_s, flags);

        const QString now = QDateTime::currentDateTimeUtc().addSecs(-5 * 60).toString(Qt::ISODateWithMs);
        legacyUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        firstName = u"Ana%1"_s.arg(image(u"name"_s));
        lastName = u"<b style=\"color:red\">Ortiz</b>"_s;
        ASSERT_TRUE(query.prepare(u"INSERT INTO summaries (uuid, kiosk_id, created_at, received_at, appointment_date, first_name, "
                                  "last_name, birth_date, outcome, earliest_date, flag_count, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
        for (const QVariant &value : QList<QVariant>{legacyUuid, row[0], now, now, row[1], firstName, lastName, row[2], row[3], row[4], row[5],
                                                     QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})
            query.addBindValue(value);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        ASSERT_TRUE(query.prepare(u"INSERT INTO decisions (summary_uuid, staff_id, decision, note, decided_at) "
                                  "VALUES (?, (SELECT min(id) FROM staff_users), 'proceed', ?, ?)"_s));
        query.addBindValue(legacyUuid);
        query.addBindValue(u"Called her %1<h1>twice</h1>"_s.arg(image(u"note"_s)));
        query.addBindValue(now);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        ASSERT_TRUE(query.prepare(u"UPDATE summaries SET decision_id = (SELECT max(id) FROM decisions WHERE summary_uuid = ?) "
                                  "WHERE uuid = ?"_s));
        query.addBindValue(legacyUuid);
        query.addBindValue(legacyUuid);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(u"UPDATE kiosks SET name = 'Tablet %1'"_s.arg(image(u"kiosk"_s).replace(u'\'', u"''"_s))));
    }

    // The visible texts on the window that hold markup, each with whether it is plain text.
    QList<std::pair<QString, bool>> textsWithMarkup() const
    {
        QList<std::pair<QString, bool>> found;
        QList<QQuickItem *> pending{window->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeFirst();
            if (!item->isVisible())
                continue;
            pending += item->childItems();
            if (!item->inherits("QQuickText"))
                continue;
            const QString text = item->property("text").toString();
            if (text.contains(u'<'))
                found.append({text, item->property("textFormat").toInt() == 0 /* Text.PlainText */});
        }
        return found;
    }

    QTemporaryDir directory;
    QTcpServer server;
    int connections = 0;
    QString legacyUuid;
    QString firstName;
    QString lastName;
};

// The queue, the arrival banner, the open intake with its flags and decisions, the decision panel
// and the paired kiosks show the stored markup as the characters it is made of, and the console
// asks the local server for nothing.
TEST_F(StaffScreensOnALegacyStore, ShowsStoredMarkupAsTextAndFetchesNothing)
{
    StaffSession &session = console->session();
    ASSERT_EQ(session.state(), StaffSession::State::SignedOut) << session.lastError().toStdString();
    ASSERT_TRUE(session.signIn(StaffApplication::demoAdminName, StaffApplication::demoAdminPin));
    ReviewQueueModel &queue = console->queue();
    queue.setFilter(ReviewQueueModel::Filter::All);
    queue.summariesArrived({{legacyUuid, u"contraindicated"_s}});
    ASSERT_TRUE(console->detail().open(legacyUuid)) << console->detail().lastError().toStdString();
    console->decisionForm().setDecision(u"reschedule"_s);
    console->decisionForm().setNote(u"Moved %1"_s.arg(image(u"form"_s)));
    QTest::qWait(450);
    ASSERT_FALSE(window->grabWindow().isNull());

    const QString name = firstName + u' ' + lastName;
    int showingName = 0;
    for (const auto &[text, plain] : textsWithMarkup()) {
        EXPECT_TRUE(plain) << "read as markup: " << text.toStdString();
        if (text.contains(name))
            ++showingName;
    }
    // the queue's row, the arrival banner, the intake's heading and its decision panel
    EXPECT_GE(showingName, 4);
    EXPECT_GE(visibleNamed(u"Answer: Botox %1<a href=\"http://127.0.0.1:%2/link\">more</a>"_s.arg(image(u"answer"_s)).arg(server.serverPort())), 1);
    EXPECT_GE(visibleNamed(u"“Called her %1<h1>twice</h1>”"_s.arg(image(u"note"_s))), 1);

    EXPECT_TRUE(tap(u"Pairing"_s));
    const auto onPairing = textsWithMarkup();
    EXPECT_TRUE(std::any_of(onPairing.cbegin(), onPairing.cend(), [this](const auto &text) {
        return text.first.contains(u"Tablet %1"_s.arg(image(u"kiosk"_s)));
    })) << "the kiosk's name is not on the Pairing screen";
    for (const auto &[text, plain] : onPairing)
        EXPECT_TRUE(plain) << "read as markup: " << text.toStdString();
    ASSERT_FALSE(window->grabWindow().isNull());

    // an image is asked for as soon as its text is laid out; give it time, bounded
    EXPECT_FALSE(QTest::qWaitFor([this] { return connections > 0; }, 3000));
    EXPECT_EQ(connections, 0) << "the console fetched from the URL in stored markup";
}

// By treatment date, clicked on the queue: the headings say which day of which date they list;
// an intake that arrived yesterday for a treatment today (and was reviewed) is under today's
// treatments and not among today's arrivals; a day with none says so.
TEST_F(StaffScreens, TheQueueByTreatmentDateListsYesterdaysArrivalForTodayUnderItsHeading)
{
    signInOnTheDemo();
    console->language().setLanguage(u"en"_s);
    StaffSession &session = console->session();
    ConsoleRepository &repository = *session.repository();
    const auto kiosks = repository.kiosks();
    ASSERT_TRUE(kiosks.ok() && !kiosks->isEmpty());
    const QDate today = QDate::currentDate();
    QJsonObject json = test::sampleSummary(9);
    json.insert(u"createdAt"_s, QDateTime(today.addDays(-1), QTime(15, 0)).toUTC().toString(Qt::ISODateWithMs));
    json.insert(u"appointmentDate"_s, today.toString(Qt::ISODate));
    auto arrivedYesterday = SummaryParser::validate(json);
    ASSERT_TRUE(arrivedYesterday.ok()) << arrivedYesterday.error().message.toStdString();
    ASSERT_TRUE(repository.storeSummaries({{arrivedYesterday.value(), kiosks->constFirst().id, {}}}).ok());
    ASSERT_TRUE(repository.recordDecision(arrivedYesterday->uuid, session.userId(), Decision::Proceed, std::nullopt, {}).ok());
    console->queue().refresh();
    const QString client = arrivedYesterday->firstName + u' ' + arrivedYesterday->lastName + u',';
    // where in the queue (in reading order) the first text that starts with `text` is; -1: nowhere
    const auto position = [this](const QString &text) {
        const QList<Control> all = controls();
        const auto found = std::find_if(all.cbegin(), all.cend(), [&text](const Control &control) { return control.name.startsWith(text); });
        return found == all.cend() ? -1 : static_cast<int>(found - all.cbegin());
    };

    ASSERT_TRUE(tap(u"All"_s));
    EXPECT_EQ(position(client), -1) << "listed among today's arrivals";
    EXPECT_EQ(position(u"Treatment today"_s), -1);

    ASSERT_TRUE(tap(u"Treatment date"_s));
    const int heading = position(u"Treatment today: reviewed or clear"_s);
    EXPECT_GE(heading, 0);
    EXPECT_GT(position(client), heading);
    EXPECT_EQ(position(u"Arrived today"_s), -1);

    // a day without treatments, and Next day back (treatment dates go on past today)
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(tap(u"Previous day"_s));
    const QString threeDaysAgo = QLocale(QLocale::English).toString(today.addDays(-3), u"MMMM d, yyyy"_s);
    EXPECT_EQ(visibleNamed(u"No intakes for treatment on %1."_s.arg(threeDaysAgo)), 1);
    EXPECT_EQ(position(client), -1);
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(tap(u"Next day"_s));
    EXPECT_TRUE(console->queue().hasNextDay());
    EXPECT_EQ(console->queue().day(), today.addDays(1).toString(Qt::ISODate));

    // arrivals again: today's, as no one arrives after today
    ASSERT_TRUE(tap(u"Arrival date"_s));
    EXPECT_TRUE(console->queue().showingToday());
    EXPECT_EQ(position(client), -1);
    EXPECT_EQ(position(u"Treatment"_s), position(u"Treatment date"_s));  // the chip only
}

// The review queue with nothing to review says so once.
TEST_F(StaffScreens, AnEmptyQueueSaysOnceThatNothingWaits)
{
    StaffSession &session = console->session();
    ASSERT_TRUE(session.createFirstAdmin(StaffApplication::demoAdminName, StaffApplication::demoAdminPin,
                                         StaffApplication::demoAdminPin));
    console->language().setLanguage(u"en"_s);
    QTest::qWait(450);
    QStringList saying;
    for (const Control &control : controls()) {
        if (control.name.contains(u"wait"_s, Qt::CaseInsensitive))
            saying.append(control.name);
    }
    EXPECT_EQ(saying, QStringList{u"Nothing waits for review."_s});
}

// Too many failed sign-ins: the sign-in screen says how long to wait, counting down, in both
// languages; while the whole console waits its Sign in button is off.
TEST_F(StaffScreens, TheSignInScreenCountsDownAfterTooManyFailedSignIns)
{
    signInOnTheDemo();
    StaffSession &session = console->session();
    session.signOut();
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(session.signIn(StaffApplication::demoAdminName, u"0000"_s));
    const auto alertMatching = [this](const QString &pattern) -> QAccessibleInterface * {
        const QRegularExpression expression(pattern);
        for (const Control &control : controls()) {
            if (control.role == QAccessible::AlertMessage && expression.match(control.name).hasMatch())
                return find(QAccessible::AlertMessage, control.name);
        }
        return nullptr;
    };
    // (Qt 6.4's accessibility does not report a disabled Qt Quick control: ask the item)
    const auto signInEnabled = [this](const QString &label) {
        QAccessibleInterface *button = find(QAccessible::Button, label);
        const auto *item = button ? qobject_cast<QQuickItem *>(button->object()) : nullptr;
        return item && item->isEnabled();
    };
    const QString countdown = u"0:[0-3][0-9]"_s;
    console->language().setLanguage(u"en"_s);
    QTest::qWait(450);
    EXPECT_NE(alertMatching(u"^Too many failed sign-ins with that name\\. Try again in %1, or sign in with another name\\.$"_s.arg(countdown)), nullptr);
    EXPECT_TRUE(signInEnabled(u"Sign in"_s)) << "others may sign in while one name waits";
    console->language().setLanguage(u"es"_s);
    QTest::qWait(450);
    EXPECT_NE(alertMatching(u"^Demasiados intentos fallidos con ese nombre\\. Inténtelo de nuevo en %1 o inicie sesión con otro nombre\\.$"_s.arg(countdown)), nullptr);

    // guesses under other names: the whole console waits
    for (int i = 0; i < 7; ++i)
        EXPECT_FALSE(session.signIn(u"Guess %1"_s.arg(i), u"0000"_s));
    ASSERT_TRUE(session.consoleWaits());
    QTest::qWait(450);
    EXPECT_NE(alertMatching(u"^Demasiados intentos fallidos en esta consola\\. Podrá iniciar sesión de nuevo en %1\\.$"_s.arg(countdown)), nullptr);
    console->language().setLanguage(u"en"_s);
    QTest::qWait(450);
    EXPECT_NE(alertMatching(u"^Too many failed sign-ins on this console\\. Sign-in opens again in %1\\.$"_s.arg(countdown)), nullptr);
    EXPECT_FALSE(signInEnabled(u"Sign in"_s)) << "nobody may sign in while the console waits";
}

TEST_F(StaffScreens, TheFirstStartIsTranslatedToo)
{
    Texts english;
    Texts spanish;
    console->language().setLanguage(u"en"_s);
    capture(u"first-start"_s, english);
    console->language().setLanguage(u"es"_s);
    capture(u"first-start"_s, spanish);
    ASSERT_FALSE(english.value(u"first-start"_s).isEmpty());
    for (const QString &text : english.value(u"first-start"_s)) {
        if (spanish.value(u"first-start"_s).contains(text) && !languageNeutral(text))
            ADD_FAILURE() << "first-start: not translated into Spanish: \"" << text.toStdString() << "\"";
    }
}

// The window asks for 1440x900 but fits a smaller screen (the offscreen one is 800x600): never
// larger than the screen's free area unless its minimum size says so, and that minimum fits a
// 1280x800 screen with a panel and a title bar.
TEST(StaffApplicationStart, TheWindowFitsItsScreen)
{
    StaffOptions options;
    options.demo = true;
    options.seedDemo = false;
    StaffApplication console(options);
    const auto started = console.start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    QQuickWindow *window = console.window();
    EXPECT_LE(window->minimumWidth(), 1280);
    EXPECT_LE(window->minimumHeight(), 720);
    const QSize available = window->screen()->availableSize();
    EXPECT_LE(window->width(), std::max(available.width(), window->minimumWidth()));
    EXPECT_LE(window->height(), std::max(available.height(), window->minimumHeight()));
}

// Staff's choice to mute the arrival chime is kept in the console's store for the next start.
TEST(StaffApplicationStart, KeepsTheChimeMutedInTheStore)
{
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(u"console.key"_s);
    ASSERT_TRUE(KeyVault::createKeyFile(keyFile).ok());
    StaffOptions options;
    options.dataDirectory = dir.filePath(u"console"_s);
    options.keyFile = keyFile;
    options.listenAddress = u"127.0.0.1"_s;
    options.port = 0;
    for (const bool muted : {true, false}) {
        {
            StaffApplication console(options);
            ASSERT_TRUE(console.start().ok());
            console.chime().setMuted(muted);
        }
        StaffApplication console(options);
        ASSERT_TRUE(console.start().ok());
        EXPECT_EQ(console.chime().isMuted(), muted);
        StoreSettings settings(console.session().store()->database());
        EXPECT_EQ(settings.value(StaffApplication::chimeMutedSetting).value().value_or(QString()), muted ? u"true"_s : u"false"_s);
    }
}

// Creating a passphrase store takes a second or two: the lock screen shows that it is busy.
TEST(StaffApplicationStart, CreatingTheStoreShowsThatItIsBusy)
{
    QAccessible::setActive(true);
    QTemporaryDir dir;
    StaffOptions options;
    options.dataDirectory = dir.filePath(u"console"_s);
    options.listenAddress = u"127.0.0.1"_s;
    options.port = 0;
    StaffApplication console(options);
    ASSERT_TRUE(console.start().ok());
    QQuickWindow *window = console.window();
    window->resize(1280, 800);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    StaffSession &session = console.session();
    ASSERT_EQ(session.state(), StaffSession::State::Locked);
    ASSERT_FALSE(session.storeExists());

    const QString passphrase = u"correct horse battery"_s;
    ASSERT_TRUE(session.createStore(passphrase, passphrase)) << session.lastError().toStdString();
    const QString busyText = u"Creating the encrypted store. This takes a few seconds."_s;
    const auto showsBusy = [window, &busyText] {
        QList<QAccessibleInterface *> pending{QAccessible::queryAccessibleInterface(window)};
        while (!pending.isEmpty()) {
            QAccessibleInterface *node = pending.takeFirst();
            if (!node || !node->isValid() || node->state().invisible)
                continue;
            if (node->text(QAccessible::Name) == busyText)
                return true;
            for (int i = 0; i < node->childCount(); ++i)
                pending.append(node->child(i));
        }
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return showsBusy() || !session.isBusy(); }, 10'000));
    EXPECT_TRUE(showsBusy()) << "nothing on the lock screen says the store is being made";
    ASSERT_TRUE(QTest::qWaitFor([&session] { return !session.isBusy(); }, 30'000));
    EXPECT_EQ(session.state(), StaffSession::State::FirstStart) << session.lastError().toStdString();
    QTest::qWait(450);
    EXPECT_FALSE(showsBusy());
}

// The composition root on a real (non-demo) console: the store is made on the first start with
// the key file, the receiver listens on the address given, and that address and port are kept
// in the store for the next start.
TEST(StaffApplicationStart, KeepsTheListeningAddressAndPortInTheStore)
{
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(u"console.key"_s);
    ASSERT_TRUE(KeyVault::createKeyFile(keyFile).ok());
    quint16 firstPort = 0;
    {
        StaffOptions options;
        options.dataDirectory = dir.filePath(u"console"_s);
        options.keyFile = keyFile;
        options.listenAddress = u"127.0.0.1"_s;
        options.port = 0;  // any free port (kept as "0": any free port again next time)
        StaffApplication console(options);
        const auto started = console.start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        EXPECT_EQ(console.session().state(), StaffSession::State::FirstStart);
        ASSERT_NE(console.receiver(), nullptr) << console.receiverError().toStdString();
        firstPort = console.receiver()->port();
        EXPECT_GT(firstPort, 0);
        EXPECT_EQ(console.pairing().endpoint(), u"127.0.0.1:%1"_s.arg(firstPort));
        StoreSettings settings(console.session().store()->database());
        EXPECT_EQ(settings.value(StaffApplication::listenAddressSetting).value().value_or(QString()), u"127.0.0.1"_s);
        EXPECT_EQ(settings.value(StaffApplication::listenPortSetting).value().value_or(QString()), u"0"_s);
    }
    {
        StaffOptions options;  // no --listen, no --port: as kept
        options.dataDirectory = dir.filePath(u"console"_s);
        options.keyFile = keyFile;
        StaffApplication console(options);
        const auto started = console.start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        ASSERT_NE(console.receiver(), nullptr) << console.receiverError().toStdString();
        EXPECT_TRUE(console.pairing().endpoint().startsWith(u"127.0.0.1:"_s));
    }
}

// The console deletes what is past its retention period when it starts (and daily), audited as
// the console's with counts only.
TEST(StaffApplicationStart, PurgesWhatIsPastTheRetentionPeriodWhenItStarts)
{
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(u"console.key"_s);
    ASSERT_TRUE(KeyVault::createKeyFile(keyFile).ok());
    const QString storePath = dir.filePath(u"console"_s);
    QString decided;
    {
        auto created = IntakeStore::create(storePath, KekSource::keyFile(keyFile), Argon2Params::fastForTests(), StoreSchema::Console);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        ConsoleRepository repository(created.value()->database(), [] { return QDateTime::currentDateTimeUtc(); });
        ASSERT_TRUE(StaffApplication::seedDemo(repository).ok());
        // the demo's decided intake, as if it had come in 400 days ago
        QSqlQuery query(created.value()->database());
        ASSERT_TRUE(query.exec(u"SELECT uuid FROM summaries WHERE decision_id IS NOT NULL"_s) && query.next());
        decided = query.value(0).toString();
        query.finish();
        query.prepare(u"UPDATE summaries SET created_at = ? WHERE uuid = ?"_s);
        query.addBindValue(QDateTime::currentDateTimeUtc().addDays(-400).toString(Qt::ISODateWithMs));
        query.addBindValue(decided);
        ASSERT_TRUE(query.exec());
    }
    StaffOptions options;
    options.dataDirectory = storePath;
    options.keyFile = keyFile;
    options.listenAddress = u"127.0.0.1"_s;
    options.port = 0;
    StaffApplication console(options);
    ASSERT_TRUE(console.start().ok());
    ConsoleRepository *repository = console.session().repository();
    ASSERT_NE(repository, nullptr);
    QSqlQuery query(repository->database());
    query.prepare(u"SELECT count(*) FROM summaries WHERE uuid = ?"_s);
    query.addBindValue(decided);
    ASSERT_TRUE(query.exec() && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0) << "the old intake is still there";
    const auto trail = repository->auditTrail();
    ASSERT_TRUE(trail.ok());
    QStringList purges;
    for (const AuditEntry &entry : trail.value()) {
        if (entry.action == u"summaries.purged"_s)
            purges.append(entry.actor + u' ' + entry.detail);
    }
    EXPECT_EQ(purges, QStringList{u"console summaries=1 decisions=1 retentionDays=365"_s});
}
