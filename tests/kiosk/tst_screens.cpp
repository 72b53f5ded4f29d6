// Every kiosk screen, in English and in Spanish: every interactive control has an accessible
// name and a touch target of at least 48 px, and every text a client sees is translated (a text
// that reads the same in both languages fails, unless it is a name or a number). The screens
// are the intake's pages, the lock screen, and the dialogs over them: the idle warning, the
// staff PIN pad (empty, after a wrong PIN, and over the lock screen) and the admin panel, and
// on it the staff console found for a short pairing code, waiting for staff to confirm it.

#include "accessibledriver.h"
#include "admincontroller.h"
#include "idlemonitor.h"
#include "intakesession.h"
#include "kioskapplication.h"
#include "kioskstore.h"
#include "kiosksync.h"
#include "uilanguage.h"

#include "sync/consolediscovery.h"
#include "sync/shortpairingcode.h"

#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

namespace {

using Texts = QMap<QString, QSet<QString>>;  // screen → the texts on it

const QSet<QAccessible::Role> interactiveRoles{
    QAccessible::Button,   QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::EditableText,
    QAccessible::ComboBox, QAccessible::SpinBox,  QAccessible::Slider,      QAccessible::ButtonMenu,
};

// The same in every language: proper names, the language names, figures.
bool languageNeutral(const QString &text)
{
    static const QSet<QString> names{QStringLiteral("Blue Haven Medical Spa"), QStringLiteral("English"),
                                     QStringLiteral("Español"), QStringLiteral("Marisol"), QStringLiteral("Quintanilla"),
                                     QStringLiteral("Marisol Quintanilla"), QStringLiteral("marisol@example.com"),
                                     // the same word in English and Spanish
                                     QStringLiteral("No")};
    static const QRegularExpression noWords(QStringLiteral("^[^\\p{L}]*$"));
    static const QRegularExpression figure(QStringLiteral("^[\\d$:.,\\s]*(min|%)?[\\d$:.,\\s]*$"));
    return text.trimmed().isEmpty() || names.contains(text.trimmed()) || noWords.match(text).hasMatch()
           || figure.match(text).hasMatch();
}

class Screens : public ::testing::Test
{
protected:
    // A demo kiosk (the demo staff PIN); `idleTimeoutSeconds` short to reach the idle warning.
    // `discoveryPort`: where on 127.0.0.1 it asks for the staff console (0: the default).
    void startKiosk(int idleTimeoutSeconds = 60, int idleCountdownSeconds = 20, quint16 discoveryPort = 0)
    {
        KioskOptions options;
        if (discoveryPort != 0) {
            options.discoveryAddress = QStringLiteral("127.0.0.1");
            options.discoveryPort = discoveryPort;
        }
        options.demo = true;
        options.idleTimeoutSeconds = idleTimeoutSeconds;
        options.idleCountdownSeconds = idleCountdownSeconds;
        kiosk = std::make_unique<KioskApplication>(options);
        const auto started = kiosk->start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        kiosk->window()->resize(1280, 800);
        kiosk->window()->show();
        driver = std::make_unique<AccessibleDriver>(*kiosk->window());
        ASSERT_TRUE(driver->waitFor(QStringLiteral("Staff menu (press and hold)"), 10'000));
    }

    void capture(const QString &screen, Texts &texts)
    {
        AccessibleDriver::settle(450);
        for (const auto &control : driver->controls()) {
            if (!control.name.isEmpty())
                texts[screen].insert(control.name);
            if (!interactiveRoles.contains(control.role) || !control.enabled)
                continue;
            EXPECT_FALSE(control.name.trimmed().isEmpty())
                << screen.toStdString() << ": a control of role " << control.role << " has no accessible name";
            EXPECT_GE(std::min(control.rect.width(), control.rect.height()), 48)
                << screen.toStdString() << ": '" << control.name.toStdString() << "' is " << control.rect.width() << "x"
                << control.rect.height() << " px";
        }
    }

    // Walks every screen through the session's public API and captures each.
    Texts walk(const QString &language)
    {
        Texts texts;
        IntakeSession &session = kiosk->session();
        kiosk->languages().setLanguage(language);
        capture(QStringLiteral("welcome"), texts);
        session.start();
        capture(QStringLiteral("treatment"), texts);
        session.next();
        session.next();  // refused: shows every message
        capture(QStringLiteral("about-you"), texts);
        session.setFirstName(QStringLiteral("Marisol"));
        session.setLastName(QStringLiteral("Quintanilla"));
        session.setBirthDate(QStringLiteral("1988-04-17"));
        session.setContact(QStringLiteral("marisol@example.com"));
        session.next();
        int page = 0;
        while (session.step() == IntakeSession::Step::Questions && page < 12) {
            auto *model = session.questions();
            for (int row = 0; row < model->rowCount(); ++row) {
                const auto index = model->index(row);
                const QString linkId = model->data(index, QuestionListModel::LinkIdRole).toString();
                if (model->data(index, QuestionListModel::TypeRole).toString() == QLatin1String("boolean"))
                    session.setAnswer(linkId, linkId == QLatin1String("treatments.botox"));
            }
            capture(QStringLiteral("questions-%1").arg(page++), texts);
            session.next();
        }
        capture(QStringLiteral("review"), texts);
        session.next();
        capture(QStringLiteral("consent"), texts);
        for (const QVariant &acknowledgement : session.acknowledgements())
            session.setAcknowledged(acknowledgement.toMap().value(QStringLiteral("id")).toString(), true);
        QJsonArray stroke;
        for (int i = 0; i < 30; ++i)
            stroke.append(QJsonArray{0.1 + i * 0.025, 0.5 + (i % 2 ? 0.1 : -0.1), i * 16});
        session.setSignature(QJsonArray{stroke});
        session.next();
        capture(QStringLiteral("done"), texts);
        session.discard();
        kiosk->languages().setLanguage(language);  // a new client starts in English; staff choose again
        kiosk->store().lock();
        capture(QStringLiteral("locked"), texts);
        kiosk->store().unlockWithKeyFile();
        return texts;
    }

    // The dialogs over the screens, reached as a client or staff member reaches them: the idle
    // warning by waiting, the PIN pad by a long press in the staff corner, the admin panel by
    // the PIN typed on the pad.
    Texts walkDialogs(const QString &language)
    {
        // what the test looks for on the screen, as the client or staff member reads it
        const bool spanish = language == QLatin1String("es");
        const QString stillThere = spanish ? QStringLiteral("¿Sigue ahí?") : QStringLiteral("Are you still there?");
        const QString continueButton = spanish ? QStringLiteral("Continuar") : QStringLiteral("Continue");
        const QString digitsEntered = spanish ? QStringLiteral("dígitos escritos") : QStringLiteral("digits entered");
        const QString okKey = spanish ? QStringLiteral("Aceptar") : QStringLiteral("OK");
        Texts texts;
        IntakeSession &session = kiosk->session();
        session.start();
        kiosk->languages().setLanguage(language);
        const bool warned = QTest::qWaitFor([this] { return kiosk->idleMonitor().isWarning(); }, 10'000);
        EXPECT_TRUE(warned) << "the idle warning did not show";
        EXPECT_TRUE(driver->waitFor(stillThere)) << "the idle warning dialog is not on the screen";
        capture(QStringLiteral("idle-warning"), texts);
        EXPECT_TRUE(driver->tap(continueButton, QAccessible::Button));
        EXPECT_TRUE(QTest::qWaitFor([this] { return !kiosk->idleMonitor().isWarning(); }, 5'000))
            << "Continue did not close the idle warning";
        session.discard();
        kiosk->languages().setLanguage(language);

        const auto corner = driver->find(spanish ? QStringLiteral("Menú del personal (mantener presionado)")
                                                 : QStringLiteral("Staff menu (press and hold)"));
        EXPECT_TRUE(corner.has_value()) << "no staff corner";
        if (!corner)
            return texts;
        driver->longPressAt(corner->rect.center(), 3300);  // Theme.adminHoldMs is 3 s
        EXPECT_TRUE(QTest::qWaitFor([&] { return !driver->findAll(digitsEntered).isEmpty(); }, 5'000))
            << "the long press did not open the PIN pad";
        capture(QStringLiteral("pin-pad"), texts);
        const auto typePin = [&](const QString &pin) {
            for (const QChar digit : pin)
                EXPECT_TRUE(driver->tap(QString(digit), QAccessible::Button)) << "no key " << digit.toLatin1();
            EXPECT_TRUE(driver->tap(okKey, QAccessible::Button));
            AccessibleDriver::settle(300);
        };
        typePin(QStringLiteral("111111"));
        EXPECT_TRUE(QTest::qWaitFor([this] { return kiosk->admin().failedAttempts() == 1; }, 5'000))
            << "the wrong PIN was not tried";
        capture(QStringLiteral("pin-pad-wrong"), texts);
        typePin(KioskApplication::demoStaffPin);
        EXPECT_TRUE(QTest::qWaitFor([this] { return kiosk->admin().isOpen(); }, 5'000))
            << "the demo PIN did not open the admin panel";
        capture(QStringLiteral("admin-panel"), texts);
        kiosk->admin().close();
        AccessibleDriver::settle(300);

        // with the store locked, the pad says that the PIN is inside it, and takes no digit
        kiosk->store().lock();
        AccessibleDriver::settle(300);
        driver->longPressAt(corner->rect.center(), 3300);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !driver->findAll(digitsEntered).isEmpty(); }, 5'000))
            << "the long press did not open the PIN pad over the lock screen";
        EXPECT_EQ(kiosk->admin().pinState(), AdminController::PinState::StoreLocked);
        capture(QStringLiteral("pin-pad-store-locked"), texts);
        driver->tap(QStringLiteral("1"), QAccessible::Button);
        EXPECT_EQ(kiosk->admin().failedAttempts(), 0);
        kiosk->store().unlockWithKeyFile();
        EXPECT_TRUE(QTest::qWaitFor([&] { return driver->findAll(digitsEntered).isEmpty(); }, 5'000))
            << "the pad stayed open after the store opened";
        return texts;
    }

    std::unique_ptr<KioskApplication> kiosk;
    std::unique_ptr<AccessibleDriver> driver;
};

void expectTranslated(const Texts &english, const Texts &spanish)
{
    ASSERT_EQ(english.keys(), spanish.keys());
    for (auto it = english.constBegin(); it != english.constEnd(); ++it) {
        ASSERT_FALSE(it.value().isEmpty()) << it.key().toStdString();
        for (const QString &text : it.value()) {
            if (spanish.value(it.key()).contains(text) && !languageNeutral(text))
                ADD_FAILURE() << it.key().toStdString() << ": not translated into Spanish: \"" << text.toStdString() << "\"";
        }
    }
}

} // namespace

TEST_F(Screens, EveryControlIsNamedLargeEnoughAndEveryTextTranslated)
{
    startKiosk();
    ASSERT_TRUE(kiosk && kiosk->window());
    const Texts english = walk(QStringLiteral("en"));
    const Texts spanish = walk(QStringLiteral("es"));
    expectTranslated(english, spanish);
}

TEST_F(Screens, EveryDialogIsNamedLargeEnoughAndTranslated)
{
    // the idle warning after a second; a countdown long enough to inspect it
    startKiosk(1, 600);
    ASSERT_TRUE(kiosk && kiosk->window());
    const Texts english = walkDialogs(QStringLiteral("en"));
    const Texts spanish = walkDialogs(QStringLiteral("es"));
    EXPECT_EQ(english.keys(), (QStringList{QStringLiteral("admin-panel"), QStringLiteral("idle-warning"),
                                           QStringLiteral("pin-pad"), QStringLiteral("pin-pad-store-locked"),
                                           QStringLiteral("pin-pad-wrong")}));
    expectTranslated(english, spanish);
}

// With larger text in Spanish ("segundos"), the countdown's number and word stay inside the
// ring: every corner of the word lies within the ring's inner edge.
TEST_F(Screens, TheIdleCountdownFitsInItsRingWithLargerTextInSpanish)
{
    startKiosk(1, 600);
    ASSERT_TRUE(kiosk && kiosk->window());
    kiosk->session().start();
    kiosk->languages().setLanguage(QStringLiteral("es"));
    AccessibleDriver::settle(300);
    ASSERT_TRUE(driver->tap(QStringLiteral("Texto más grande"))) << "no larger-text switch";
    ASSERT_TRUE(QTest::qWaitFor([this] { return kiosk->idleMonitor().isWarning(); }, 10'000)) << "no idle warning";
    ASSERT_TRUE(driver->waitFor(QStringLiteral("¿Sigue ahí?")));
    AccessibleDriver::settle(300);

    auto *ring = kiosk->window()->findChild<QQuickItem *>(QStringLiteral("countdownRing"));
    auto *unit = kiosk->window()->findChild<QQuickItem *>(QStringLiteral("countdownUnit"));
    ASSERT_TRUE(ring && unit);
    EXPECT_EQ(unit->property("text").toString(), QStringLiteral("segundos"));
    const QPointF centre = ring->mapToScene(QPointF(ring->width() / 2, ring->height() / 2));
    const qreal inner = ring->width() / 2 - 16;  // Theme.countdownRingWidth is at most 16
    const QRectF word = unit->mapRectToScene(QRectF(0, 0, unit->width(), unit->height()));
    for (const QPointF corner : {word.topLeft(), word.topRight(), word.bottomLeft(), word.bottomRight()})
        EXPECT_LE(QLineF(centre, corner).length(), inner) << "the word sticks out of the ring";
    kiosk->idleMonitor().reset();
}

// Holding the staff corner shows a disc filling up while it counts; letting go early clears it
// and opens nothing.
TEST_F(Screens, HoldingTheStaffCornerShowsItCounting)
{
    startKiosk();
    ASSERT_TRUE(kiosk && kiosk->window());
    const auto corner = driver->find(QStringLiteral("Staff menu (press and hold)"));
    ASSERT_TRUE(corner.has_value());
    auto *feedback = kiosk->window()->findChild<QQuickItem *>(QStringLiteral("adminHoldFeedback"));
    auto *area = kiosk->window()->findChild<QQuickItem *>(QStringLiteral("adminCorner"));
    ASSERT_TRUE(feedback && area);
    EXPECT_FALSE(feedback->isVisible());

    QTest::mousePress(kiosk->window(), Qt::LeftButton, Qt::NoModifier, corner->rect.center());
    AccessibleDriver::settle(1000);
    EXPECT_TRUE(feedback->isVisible()) << "nothing shows that the press is counting";
    const qreal progress = area->property("holdProgress").toReal();
    EXPECT_GT(progress, 0.0);
    EXPECT_LT(progress, 1.0);
    QTest::mouseRelease(kiosk->window(), Qt::LeftButton, Qt::NoModifier, corner->rect.center());
    AccessibleDriver::settle(200);
    EXPECT_FALSE(feedback->isVisible());
    EXPECT_EQ(area->property("holdProgress").toReal(), 0.0);
    EXPECT_TRUE(driver->findAll(QStringLiteral("digits entered")).isEmpty()) << "a short press opened the PIN pad";
}

// The staff console found for a short pairing code (a console answering on 127.0.0.1), in both
// languages: its fingerprint as the console shows it, what to check, and the two answers, named,
// large enough and translated.
TEST_F(Screens, TheConsoleFoundForAShortCodeShowsItsFingerprintToConfirmInBothLanguages)
{
    const QString fingerprint(64, u'a');
    intake::DiscoveryResponder console(QStringLiteral("127.0.0.1"), 8443, fingerprint, [] { return QDateTime::currentDateTimeUtc(); });
    auto answering = console.listen(QHostAddress::LocalHost, 0);
    ASSERT_TRUE(answering.ok()) << answering.error().message.toStdString();
    startKiosk(60, 20, answering.value());
    ASSERT_TRUE(kiosk && kiosk->window());
    Texts english;
    Texts spanish;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        const bool inSpanish = language == QLatin1String("es");
        kiosk->languages().setLanguage(language);
        kiosk->admin().tryPin(KioskApplication::demoStaffPin);
        ASSERT_TRUE(kiosk->admin().isOpen());
        AccessibleDriver::settle(450);
        ASSERT_TRUE(driver->tap(inSpanish ? QStringLiteral("Emparejar con la consola del personal") : QStringLiteral("Pair with the staff console"),
                                QAccessible::Button));
        kiosk->sync().pair(QStringLiteral("7KQ4M-XT92H"));
        ASSERT_TRUE(QTest::qWaitFor([this] { return kiosk->sync().isConfirmingConsole(); }, 10'000))
            << kiosk->sync().pairingError().toStdString();
        const QString shown = (inSpanish ? QStringLiteral("Huella de la consola: %1") : QStringLiteral("Console fingerprint: %1"))
                                  .arg(intake::ShortPairingCode::forPeople(fingerprint));
        EXPECT_TRUE(driver->waitFor(shown)) << "no " << shown.toStdString();
        capture(QStringLiteral("console-found"), inSpanish ? spanish : english);
        ASSERT_TRUE(driver->tap(inSpanish ? QStringLiteral("No coinciden: cancelar") : QStringLiteral("They differ: cancel"),
                                QAccessible::Button));
        EXPECT_FALSE(kiosk->sync().isConfirmingConsole());
        EXPECT_FALSE(kiosk->sync().isPaired());
        kiosk->admin().close();
        AccessibleDriver::settle(300);
    }
    expectTranslated(english, spanish);
}
