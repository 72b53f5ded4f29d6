// kiosk_e2e_driver: the hands of the end-to-end test. A shared library that tst_endtoend.cpp
// preloads (LD_PRELOAD) into the real, unmodified intake-kiosk binary. When the kiosk's
// QGuiApplication is created, the library waits for the kiosk window's first frame and then
// plays the scenario named by INTAKE_E2E_SCENARIO as a client would: it finds controls through
// the accessibility tree and taps, scrolls and draws with synthetic mouse events
// (AccessibleDriver), and types by tapping the keys of the on-screen keyboard. It knows nothing
// of the kiosk's C++ objects: everything it checks is what is on the screen. Each step, and the verdict, is written to the file named by
// INTAKE_E2E_REPORT; then the kiosk process is ended with exit code 0 (passed) or 3 (failed).
// What was stored is checked afterwards by the test, through intake-cli.
//
// Every wait is bounded (a count of attempts and a time), so a kiosk that does not react
// produces a failed step, not a hung test.

#include "accessibledriver.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Longer than the kiosk's page cross-fade: taps go to the new page, not the one fading out.
constexpr int pageChangeMs = 450;
// How long the kiosk may take to show its first frame.
constexpr int firstFrameTimeoutMs = 30'000;
constexpr int exitPassed = 0;
constexpr int exitFailed = 3;

const QString startButton = u"Start the health questionnaire"_s;
const QString notesQuestion = u"Is there anything else you would like our esthetician to know?"_s;
// What the notes box holds after the typing below: the keyboard capitalises the first word of each line.
const QString notesExpected = u"Hi, my skin is sensitive\nSí, gracias"_s;

// The report file: one line a step ("step …"), then "passed" or "failed: …".
class Report
{
public:
    explicit Report(const QString &path) : m_file(path)
    {
        if (!path.isEmpty() && !m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            qWarning("e2e driver: cannot write the report to %s", qPrintable(path));
    }

    void line(const QString &text)
    {
        std::fprintf(stderr, "e2e: %s\n", qPrintable(text));
        if (m_file.isOpen()) {
            m_file.write(text.toUtf8() + '\n');
            m_file.flush();
        }
    }
    void step(const QString &text) { line(u"step "_s + text); }

private:
    QFile m_file;
};

// A scenario fails at its first unmet check, with a message that says which.
struct Failure
{
    QString message;
};

class Scenario
{
public:
    Scenario(QQuickWindow &window, Report &report) : m_window(window), m_driver(window), m_report(report) {}

    void check(bool condition, const QString &what)
    {
        if (!condition)
            throw Failure{what};
    }

    // Waits until `condition` holds, checking every 50 ms for at most `timeoutMs`.
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        for (int attempt = 0; attempt < timeoutMs / 50 + 1; ++attempt) {
            if (condition())
                return true;
            if (timer.elapsed() > timeoutMs)
                break;
            QTest::qWait(50);
        }
        return condition();
    }

    bool visible(const QString &name) const { return m_driver.find(name).has_value(); }
    bool anyVisible(const QString &part) const { return !m_driver.findAll(part).isEmpty(); }

    void tap(const QString &name, QAccessible::Role role = QAccessible::NoRole)
    {
        check(m_driver.tap(name, role), u"no control \""_s + name + u"\" to tap"_s);
    }

    // Next, Continue or Sign and finish: the page's one forward button.
    void tapForward()
    {
        for (const QString &name : {u"Next"_s, u"Continue"_s, u"Sign and finish"_s}) {
            if (m_driver.tap(name)) {
                AccessibleDriver::settle(pageChangeMs);  // the old page fades out
                return;
            }
        }
        check(false, u"no forward button on this page"_s);
    }

    void startIntake()
    {
        check(m_driver.waitFor(startButton, 10'000), u"the Welcome page did not show"_s);
        m_report.step(u"Welcome is shown"_s);
        tap(startButton);
        // the page fades out in pageChangeMs on a quick machine; a slow one (or ASan) takes longer
        check(waitUntil([this] { return !visible(startButton); }, 10'000), u"Start did not leave the Welcome page"_s);
        m_report.step(u"started; about the treatment"_s);
        tapForward();
        check(waitUntil([this] { return visible(u"First name"_s); }, 5'000), u"About you did not show"_s);
        m_report.step(u"About you is shown"_s);
    }

    // The keys of the on-screen keyboard (Qt Virtual Keyboard) now shown, by the text on them
    // (the space bar as " ", Enter as "Enter", Backspace as "Backspace"). They are not in the
    // accessibility tree: they are found among the window's items (a key has `key` and `text`
    // properties) and tapped where they are drawn.
    QHash<QString, QQuickItem *> keyboardKeys() const
    {
        QHash<QString, QQuickItem *> keys;
        visitKeys([&](QQuickItem *item) {
            // a character key shows its `text`; a key that changes the page shows `displayText`
            for (const char *property : {"displayText", "text"}) {
                const QString label = item->property(property).toString();
                if (!label.isEmpty())
                    keys.insert(label, item);
            }
            switch (item->property("key").toInt()) {
            case Qt::Key_Return: keys.insert(u"Enter"_s, item); break;  // shows an arrow
            case Qt::Key_Space: keys.insert(u" "_s, item); break;  // shows the language
            case Qt::Key_Backspace: keys.insert(u"Backspace"_s, item); break;
            case Qt::Key_Shift: keys.insert(u"Shift"_s, item); break;
            default: break;
            }
        });
        return keys;
    }

    // The letter key that offers `character` among the letters a long press shows ("a" for "á").
    QQuickItem *keyWithAlternative(const QString &character) const
    {
        QQuickItem *found = nullptr;
        visitKeys([&](QQuickItem *item) {
            if (!found && item->property("alternativeKeys").toString().contains(character))
                found = item;
        });
        return found;
    }

    void visitKeys(const std::function<void(QQuickItem *)> &onKey) const
    {
        std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
            if (!item->isVisible())
                return;
            if (item->property("key").isValid() && item->width() > 0
                && QByteArray(item->metaObject()->className()).contains("Key"))
                onKey(item);
            for (QQuickItem *child : item->childItems())
                visit(child);
        };
        visit(m_window.contentItem());
    }

    // A scenario ends once the on-screen keyboard, which the kiosk loads in the background after
    // start-up, has loaded: a kiosk ended half-way through prints TypeErrors from Qt Virtual
    // Keyboard's own QML (a short scenario outruns the load on a slow machine, or under ASan).
    void finish()
    {
        const auto keyboardLoading = [this] {
            bool loading = false;
            std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
                if (QByteArray(item->metaObject()->className()) == "QQuickLoader"
                    && item->property("source").toUrl().fileName() == u"KioskKeyboard.qml"_s
                    && item->property("status").toInt() == 2)  // Loader.Loading
                    loading = true;
                for (QQuickItem *child : item->childItems())
                    visit(child);
            };
            visit(m_window.contentItem());
            return loading;
        };
        check(waitUntil([&] { return !keyboardLoading(); }, 30'000), u"the on-screen keyboard did not finish loading"_s);
    }

    // Waits for the on-screen keyboard to come up and settle: Qt Virtual Keyboard may first show
    // a layout it then replaces with the kiosk's (the keys of the first one type nothing), and
    // slides in. On a slow machine (or under ASan) taps before then are lost or land elsewhere.
    void waitForTheKeyboard()
    {
        check(waitUntil([this] { return !keyboardKeys().isEmpty(); }, 5'000), u"the on-screen keyboard did not come up"_s);
        QList<QQuickItem *> previousKeys;
        QRectF previousRect;
        int stillFor = 0;  // polls in a row with the same keys in the same place
        check(waitUntil([&] {
                  QList<QQuickItem *> keys = keyboardKeys().values();
                  std::sort(keys.begin(), keys.end());
                  const QRectF rect = QGuiApplication::inputMethod()->keyboardRectangle();
                  const bool same = keys == previousKeys && rect == previousRect && !QGuiApplication::inputMethod()->isAnimating();
                  stillFor = same ? stillFor + 1 : 0;
                  previousKeys = keys;
                  previousRect = rect;
                  return stillFor >= 4;  // 200 ms
              }, 10'000),
              u"the on-screen keyboard did not settle"_s);
    }

    // The kinds of key shown (for a failure's message).
    QString keyClassNames() const
    {
        QStringList names;
        visitKeys([&](QQuickItem *item) { names << QString::fromLatin1(item->metaObject()->className()); });
        names.removeDuplicates();
        return names.join(u' ');
    }

    static QPoint centreOf(QQuickItem *item)
    {
        return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    }

    void tapKey(QQuickItem *key) { m_driver.tapAt(centreOf(key)); }

    // An accented letter, as a client types it: a long press on its letter opens a row of
    // alternatives above the key; the finger slides to the one it wants and lifts.
    bool typeAlternative(const QString &character)
    {
        QQuickItem *key = keyWithAlternative(character);
        if (!key)
            return false;
        const QString alternatives = key->property("alternativeKeys").toString();
        const QPoint pressed = centreOf(key);
        QTest::mousePress(&m_window, Qt::LeftButton, Qt::NoModifier, pressed);
        AccessibleDriver::settle(900);
        // the row of alternatives: a visible item that shows them one a cell, where `character` is drawn
        QQuickItem *cell = nullptr;
        std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
            if (cell || !item->isVisible())
                return;
            if (item->property("text").toString() == character && item->width() > 0
                && !QByteArray(item->metaObject()->className()).contains("Key") && item->mapToScene(QPointF()).y() < pressed.y())
                cell = item;
            for (QQuickItem *child : item->childItems())
                visit(child);
        };
        visit(m_window.contentItem());
        if (!cell) {
            QTest::mouseRelease(&m_window, Qt::LeftButton, Qt::NoModifier, pressed);
            check(false, u"a long press on the key \""_s + key->property("text").toString() + u"\" showed no \""_s + character
                             + u"\" among \""_s + alternatives + u"\""_s);
        }
        const QPoint target = centreOf(cell);
        // slide along the row, as a finger does
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(&m_window, pressed + (target - pressed) * step / 6, 20);
        QTest::mouseRelease(&m_window, Qt::LeftButton, Qt::NoModifier, target, 20);
        AccessibleDriver::settle(80);
        return true;
    }

    // Types by tapping the keys of the on-screen keyboard, as a client does: lower-case letters
    // (the keyboard capitalises the first letter of a name or sentence itself), Shift for any
    // other capital, a long press for
    // an accented letter, symbols from its "&123" page ("ABC" goes back to the letters), Enter
    // for a new line. `expected` is what the field then holds.
    void typeOnKeyboard(const QString &field, const QString &typed, const QString &expected)
    {
        tap(field, QAccessible::EditableText);
        waitForTheKeyboard();
        for (const QChar character : typed) {
            // a capital the keyboard does not offer by itself: Shift first
            if (character.isUpper()) {
                QQuickItem *letter = keyboardKeys().value(QString(character.toLower()));
                if (letter && !letter->property("uppercased").toBool()) {
                    QQuickItem *shift = keyboardKeys().value(u"Shift"_s);
                    check(shift, u"no Shift key on the on-screen keyboard"_s);
                    tapKey(shift);
                }
            }
            const QString lower = QString(character.toLower());
            const QString text = character == u'\n' ? u"Enter"_s : lower;
            QQuickItem *key = keyboardKeys().value(text);
            if (!key && typeAlternative(text))
                continue;
            // the other page of the keyboard: letters or symbols
            for (int page = 0; !key && page < 2; ++page) {
                const auto keys = keyboardKeys();
                QQuickItem *pageKey = keys.value(u"&123"_s, keys.value(u"ABC"_s));
                check(pageKey, u"no key \""_s + text + u"\" and no other page on the on-screen keyboard"_s);
                tapKey(pageKey);
                // the other page takes its time to come up on a slow machine: a second tap on
                // the page key before then would land on a keyboard half-way through changing
                waitUntil([&] { return keyboardKeys().value(u"&123"_s, keyboardKeys().value(u"ABC"_s)) != pageKey
                                       || keyboardKeys().contains(text); }, 3'000);
                key = keyboardKeys().value(text);
            }
            check(key, u"no key \""_s + text + u"\" on the on-screen keyboard (it shows \""_s
                           + QStringList(keyboardKeys().keys()).join(u' ') + u"\" and "_s + keyClassNames() + u")"_s);
            tapKey(key);
        }
        const auto control = m_driver.find(field, QAccessible::EditableText);
        check(control && control->value == expected,
              u"the field \""_s + field + u"\" holds \""_s + (control ? control->value : QString()) + u"\" after tapping \""_s
                  + typed + u"\" on the on-screen keyboard, not \""_s + expected + u"\""_s);
    }

    // Empties a field with the on-screen keyboard's Backspace.
    void eraseOnKeyboard(const QString &field)
    {
        tap(field, QAccessible::EditableText);
        waitForTheKeyboard();
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto control = m_driver.find(field, QAccessible::EditableText);
            check(control.has_value(), u"the field \""_s + field + u"\" went away while erasing"_s);
            if (control->value.isEmpty())
                return;
            QQuickItem *backspace = keyboardKeys().value(u"Backspace"_s);
            check(backspace, u"no Backspace key on the on-screen keyboard"_s);
            tapKey(backspace);
        }
        check(false, u"Backspace did not empty the field \""_s + field + u"\""_s);
    }

    // Closes the on-screen keyboard with its hide key, as a client does when done typing.
    void closeKeyboard()
    {
        QQuickItem *hide = nullptr;
        visitKeys([&](QQuickItem *item) {
            if (QByteArray(item->metaObject()->className()).contains("HideKeyboardKey"))
                hide = item;
        });
        check(hide, u"the on-screen keyboard has no key that hides it"_s);
        tapKey(hide);
        check(waitUntil([this] { return keyboardKeys().isEmpty(); }, 3'000), u"the hide key did not close the on-screen keyboard"_s);
    }

    void completeIntake()
    {
        startIntake();
        typeOnKeyboard(u"First name"_s, u"maría"_s, u"María"_s);
        typeOnKeyboard(u"Last name"_s, u"núñez"_s, u"Núñez"_s);
        m_report.step(u"names typed on the on-screen keyboard"_s);
        typeOnKeyboard(u"Phone or email"_s, u"maria@example.com"_s, u"maria@example.com"_s);
        // Back and Next stay on the screen while the keyboard is up
        check(visible(u"Next"_s) && visible(u"Back"_s), u"Back and Next are hidden while the on-screen keyboard is up"_s);
        // a tap beside the fields (in the page's margin, level with the field) closes the keyboard
        const auto contact = m_driver.find(u"Phone or email"_s, QAccessible::EditableText);
        check(contact.has_value() && contact->rect.left() > 60, u"no room beside the contact field"_s);
        m_driver.tapAt(QPoint(contact->rect.left() / 2, contact->rect.center().y()));
        check(waitUntil([this] { return keyboardKeys().isEmpty(); }, 3'000),
              u"a tap beside the fields did not close the on-screen keyboard"_s);
        // the wheels start at a typical adult's age; a client five years older types the year on
        // the keypad and closes it
        const int birthYear = QDate::currentDate().year() - 45;
        const auto year = m_driver.find(u"Year: "_s + QString::number(birthYear + 5));
        check(year.has_value(), u"the birth-date wheels do not start 40 years back"_s);
        typeOnKeyboard(u"Date of birth: year"_s, QString::number(birthYear), QString::number(birthYear));
        check(keyboardKeys().contains(u"0"_s) && !keyboardKeys().contains(u"a"_s),
              u"the year field did not bring up the keypad"_s);
        check(m_driver.find(u"Year: "_s + QString::number(birthYear)).has_value(),
              u"the year wheel did not follow the typed year"_s);
        closeKeyboard();
        m_report.step(u"About you filled in"_s);
        tapForward();
        check(waitUntil([this] { return !visible(u"First name"_s) && anyVisible(u"Yes: "_s); }, 5'000),
              u"About you was not accepted (no health questions after Next)"_s);

        bool botoxAnswered = false;
        bool notesTyped = false;
        int pages = 0;
        // "Health questions, part 2 of 6" above every section
        while (anyVisible(u"Health questions, part"_s)) {
            check(++pages <= 12, u"more than 12 pages of health questions"_s);
            // every page opens at its top: "part N of 6" is on the screen, not scrolled above it
            const auto overline = m_driver.findAll(u"Health questions, part"_s);
            check(!overline.isEmpty() && overline.first().visibleArea.contains(overline.first().rect),
                  u"health questions, page "_s + QString::number(pages) + u" opened part-way down (\""_s
                      + (overline.isEmpty() ? QString() : overline.first().name) + u"\" is not on the screen)"_s);
            const auto botox = m_driver.findAll(u"Yes: In the last 3 months, have you had Botox"_s);
            if (!botox.isEmpty()) {
                tap(botox.first().name);
                // the follow-up date question appears; ten days back from today
                QString previousDay;
                const bool appeared = waitUntil(
                    [&] {
                        for (const auto &control : m_driver.findAll(u"When was your most recent Botox"_s)) {
                            if (control.name.endsWith(QLatin1String(": previous day")))
                                previousDay = control.name;
                        }
                        return !previousDay.isEmpty();
                    },
                    3'000);
                check(appeared, u"the Botox date question did not appear after Yes"_s);
                for (int i = 0; i < 10; ++i)
                    tap(previousDay);
                botoxAnswered = true;
                m_report.step(u"Botox: yes, 10 days ago"_s);
            }
            // every other yes/no question of the page: "No"
            for (const auto &control : m_driver.findAll(u"No: "_s)) {
                if (!control.checked && !control.name.contains(QLatin1String("Botox")))
                    m_driver.tap(control.name);
            }
            // the notes box: two lines, with spaces and accents
            if (visible(notesQuestion)) {
                typeOnKeyboard(notesQuestion, u"hi, my skin is sensitive\nsí, gracias"_s, notesExpected);
                closeKeyboard();
                notesTyped = true;
                m_report.step(u"notes typed on the on-screen keyboard"_s);
            }
            m_report.step(u"health questions, page "_s + QString::number(pages) + u" answered"_s);
            tapForward();
        }
        check(botoxAnswered, u"no Botox question was found"_s);
        check(notesTyped, u"no notes box was found"_s);

        check(waitUntil([this] { return anyVisible(u"Change: "_s); }, 5'000), u"the Review page did not show"_s);
        m_report.step(u"Review is shown"_s);
        tapForward();
        check(waitUntil([this] { return visible(u"Signature pad"_s); }, 5'000), u"the Consent page did not show"_s);
        m_report.step(u"Consent is shown"_s);

        // every acknowledgement (the header's larger-text switch is a check box too)
        int acknowledged = 0;
        for (const auto &control : m_driver.findAll(QString(), QAccessible::CheckBox)) {
            if (control.checked || control.name == QLatin1String("Larger text"))
                continue;
            tap(control.name, QAccessible::CheckBox);
            const auto after = m_driver.find(control.name, QAccessible::CheckBox);
            check(after && after->checked, u"the acknowledgement \""_s + control.name.left(60) + u"\" did not check"_s);
            ++acknowledged;
        }
        check(acknowledged > 0, u"no acknowledgements on the consent page"_s);
        m_report.step(u"acknowledged "_s + QString::number(acknowledged) + u" statements"_s);
        const auto printedName = m_driver.find(u"Printed name"_s, QAccessible::EditableText);
        check(printedName && printedName->value == u"María Núñez"_s,
              u"the printed name is not the client's name"_s);
        // the client writes it herself
        eraseOnKeyboard(u"Printed name"_s);
        typeOnKeyboard(u"Printed name"_s, u"maría J. núñez"_s, u"María J. Núñez"_s);
        // Enter on a one-line field closes the keyboard
        QQuickItem *enter = keyboardKeys().value(u"Enter"_s);
        check(enter, u"no Enter key on the on-screen keyboard"_s);
        tapKey(enter);
        check(waitUntil([this] { return keyboardKeys().isEmpty(); }, 3'000), u"Enter did not close the on-screen keyboard"_s);
        m_report.step(u"printed name typed on the on-screen keyboard"_s);

        // a signature: a long zig-zag, as a finger would write it
        QList<QPointF> signature;
        for (int i = 0; i <= 40; ++i)
            signature.append({0.1 + 0.8 * i / 40.0, 0.5 + 0.25 * std::sin(i * 0.7)});
        check(m_driver.draw(u"Signature pad"_s, signature), u"the signature pad cannot be drawn on"_s);
        m_report.step(u"signed"_s);
        tapForward();

        const bool done = waitUntil(
            [this] { return visible(u"Thank you!"_s) || visible(u"Please hand the tablet to the front desk."_s); }, 10'000);
        check(done, u"the Done page did not show after Sign and finish"_s);
        check(visible(u"Thank you!"_s), u"the kiosk asks for the front desk: the intake was not saved"_s);
        m_report.step(u"Done: Thank you!"_s);
    }

    // Nothing of the client who walked away may remain on the screen.
    void checkNothingLeft(const QString &screen)
    {
        for (const auto &control : m_driver.controls()) {
            check(!control.name.contains(QLatin1String("Marisol")) && !control.value.contains(QLatin1String("Marisol")),
                  screen + u" still shows the client's name in \""_s + control.name + u"\""_s);
        }
    }

    void walkAway(int idleTimeoutSeconds, int idleCountdownSeconds)
    {
        startIntake();
        typeOnKeyboard(u"First name"_s, u"marisol"_s, u"Marisol"_s);
        m_report.step(u"first name typed; the client walks away"_s);

        const int warningDeadlineMs = (idleTimeoutSeconds + 10) * 1000;
        check(waitUntil([this] { return visible(u"Are you still there?"_s); }, warningDeadlineMs),
              u"the idle warning did not show"_s);
        m_report.step(u"the idle warning is shown"_s);
        const int wipeDeadlineMs = (idleCountdownSeconds + 10) * 1000;
        check(waitUntil([this] { return visible(startButton) && !visible(u"Are you still there?"_s); }, wipeDeadlineMs),
              u"the kiosk did not return to Welcome after the countdown"_s);
        check(waitUntil([this] { return !visible(u"First name"_s); }, 10'000), u"About you is still on the screen"_s);
        checkNothingLeft(u"Welcome"_s);
        m_report.step(u"back at Welcome"_s);

        // the next client finds empty fields
        startIntake();
        AccessibleDriver::settle(400);
        int fields = 0;
        for (const auto &control : m_driver.controls()) {
            if (control.role != QAccessible::EditableText)
                continue;
            ++fields;
            check(control.value.isEmpty(), u"the field \""_s + control.name + u"\" still holds \""_s + control.value + u"\""_s);
        }
        check(fields >= 3, u"About you shows only "_s + QString::number(fields) + u" text fields"_s);
        checkNothingLeft(u"About you"_s);
        m_report.step(u"the next client's About you has "_s + QString::number(fields) + u" empty fields"_s);
    }

    // Staff open the staff screen: a long press in the corner, a wrong PIN, then `pin`, typed on
    // the PIN pad's keys. A PIN of fewer than 6 digits (an earlier release's) still opens it, and
    // the staff screen asks for a new one.
    void openStaffScreen(const QString &pin)
    {
        check(m_driver.waitFor(startButton, 10'000), u"the Welcome page did not show"_s);
        const auto corner = m_driver.find(u"Staff menu (press and hold)"_s);
        check(corner.has_value(), u"no staff corner"_s);
        m_driver.longPressAt(corner->rect.center(), 3300);  // Theme.adminHoldMs is 3 s
        check(waitUntil([this] { return anyVisible(u"digits entered"_s); }, 5'000), u"the long press did not open the PIN pad"_s);
        m_report.step(u"the PIN pad is shown"_s);

        QString wrong;
        for (const QChar digit : pin)
            wrong += QChar(u'0' + (digit.digitValue() + 1) % 10);
        typePin(wrong);
        check(waitUntil([this] { return anyVisible(u"Wrong PIN"_s); }, 10'000), u"a wrong PIN was not said to be wrong"_s);
        m_report.step(u"a wrong PIN is refused"_s);
        typePin(pin);
        check(waitUntil([this] { return visible(u"Exit for staff"_s); }, 10'000), u"the PIN did not open the staff screen"_s);
        m_report.step(u"the staff screen is open"_s);
        const bool notice = anyVisible(u"This staff PIN is too short"_s);
        check(notice == (pin.size() < 6), notice ? u"a long enough PIN is said to be too short"_s
                                                 : u"the staff screen does not ask to replace a short PIN"_s);
        if (notice)
            m_report.step(u"the staff screen asks for a new PIN of 6 to 12 digits"_s);
    }

    // Staff pair the kiosk with the staff console by its short code, on the staff screen: the
    // code typed on the on-screen keyboard (which sits above the dimmed window, with the field
    // above it), the console found on the network and its fingerprint compared with the one the
    // console shows, then the kiosk waits for approval.
    void pairWithShortCode(const QString &pin, const QString &shortCode, const QString &consoleFingerprint)
    {
        openStaffScreen(pin);
        tap(u"Pair with the staff console"_s, QAccessible::Button);
        AccessibleDriver::settle(300);
        const QString field = u"Pairing code"_s;
        tap(field, QAccessible::EditableText);
        waitForTheKeyboard();
        AccessibleDriver::settle(400);  // the staff screen moves up above the keyboard
        qreal keyboardTop = m_window.height();
        visitKeys([&](QQuickItem *key) { keyboardTop = std::min(keyboardTop, key->mapToScene(QPointF()).y()); });
        const auto control = m_driver.find(field, QAccessible::EditableText);
        check(control && control->rect.bottom() <= keyboardTop,
              u"the pairing code field is hidden behind the on-screen keyboard"_s);
        // the keys are drawn: a key does not show the colour beside the keyboard (its backdrop)
        {
            const QImage frame = m_window.grabWindow();
            const QColor backdrop = frame.pixelColor(2, static_cast<int>(keyboardTop) + 2);
            QQuickItem *key = keyboardKeys().value(u"q"_s);
            check(key, u"no key q on the on-screen keyboard"_s);
            const QRect area = key->mapRectToScene(QRectF(0, 0, key->width(), key->height())).toRect() & frame.rect();
            int same = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    same += frame.pixelColor(x, y) == backdrop ? 1 : 0;
            }
            check(area.width() > 0 && same < area.width() * area.height() / 2,
                  u"the on-screen keyboard's keys are not drawn (hidden under its backdrop)"_s);
        }
        // the keys take taps: the dimmer of the staff screen is not over them
        typeOnKeyboard(field, shortCode.toLower(), shortCode.toLower());
        m_report.step(u"the short code typed on the on-screen keyboard"_s);
        // Pair is in reach with the keyboard still up
        const auto pair = m_driver.find(u"Pair"_s, QAccessible::Button);
        check(pair && pair->rect.bottom() <= keyboardTop, u"Pair is hidden behind the on-screen keyboard"_s);
        tap(u"Pair"_s, QAccessible::Button);
        const QString shown = u"Console fingerprint: "_s;
        check(waitUntil([&] { return anyVisible(shown); }, 10'000), u"the kiosk did not find the staff console"_s);
        check(visible(shown + consoleFingerprint), u"the kiosk shows another fingerprint than the console: "_s
                                                       + m_driver.findAll(shown).value(0).name);
        m_report.step(u"the console's fingerprint is shown: "_s + consoleFingerprint);
        tap(u"They match: pair"_s, QAccessible::Button);
        check(waitUntil([this] { return anyVisible(u"Waiting for approval at the front desk"_s); }, 20'000),
              u"the kiosk did not pair (or does not say it waits for approval)"_s);
        check(!anyVisible(shown), u"the console's fingerprint is still asked about after pairing"_s);
        m_report.step(u"paired; waiting for approval"_s);
    }

private:
    void typePin(const QString &pin)
    {
        for (const QChar digit : pin)
            tap(QString(digit), QAccessible::Button);
        tap(u"OK"_s, QAccessible::Button);
        AccessibleDriver::settle(300);
    }

    QQuickWindow &m_window;
    AccessibleDriver m_driver;
    Report &m_report;
};

int intFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

void run(QQuickWindow &window, Report &report, const QByteArray &name)
{
    int exitCode = exitPassed;
    try {
        // keys go to the focused field of the active window, as on the tablet (a scenario that
        // only looks at the window needs no focus: with no window manager there may be none)
        window.requestActivate();
        if (name != "fills-screen" && !QTest::qWaitForWindowActive(&window, 5'000))
            throw Failure{u"the kiosk window did not become active"_s};
        Scenario scenario(window, report);
        if (name == "complete-intake") {
            scenario.completeIntake();
        } else if (name == "fills-screen") {
            // a full-screen kiosk covers its whole screen, window manager or not
            const QRect screen = window.screen()->geometry();
            QElapsedTimer waited;
            waited.start();
            while (window.geometry() != screen && waited.elapsed() < 3'000)
                QTest::qWait(50);
            report.step(u"window "_s + QString::number(window.width()) + u"x"_s + QString::number(window.height()) + u", screen "_s
                        + QString::number(screen.width()) + u"x"_s + QString::number(screen.height()));
            if (window.geometry() != screen || window.visibility() != QWindow::FullScreen)
                throw Failure{u"the kiosk window does not fill the screen"_s};
        } else if (name == "walk-away") {
            scenario.walkAway(intFromEnvironment("INTAKE_E2E_IDLE_TIMEOUT", 60), intFromEnvironment("INTAKE_E2E_IDLE_COUNTDOWN", 20));
        } else if (name == "pair-short-code") {
            scenario.pairWithShortCode(qEnvironmentVariable("INTAKE_E2E_PIN"), qEnvironmentVariable("INTAKE_E2E_SHORT_CODE"),
                                       qEnvironmentVariable("INTAKE_E2E_CONSOLE_FINGERPRINT"));
        } else if (name == "staff-pin") {
            scenario.openStaffScreen(qEnvironmentVariable("INTAKE_E2E_PIN"));
        } else {
            throw Failure{u"no scenario named "_s + QString::fromUtf8(name)};
        }
        scenario.finish();
        report.line(u"passed"_s);
    } catch (const Failure &failure) {
        // what was on the screen, for whoever reads the failure
        for (const auto &control : AccessibleDriver(window).controls()) {
            report.line(u"  on screen: "_s + QString::number(control.role, 16) + u" \""_s + control.name.left(70) + u"\" "_s
                        + (control.value.isEmpty() ? QString() : u"value \""_s + control.value + u"\" "_s)
                        + QString::number(control.rect.x()) + u","_s + QString::number(control.rect.y()) + u" "_s
                        + QString::number(control.rect.width()) + u"x"_s + QString::number(control.rect.height()));
        }
        report.line(u"failed: "_s + failure.message);
        // and what it looked like, where the test asks for a picture
        if (const QString picture = qEnvironmentVariable("INTAKE_E2E_FAILURE_PNG"); !picture.isEmpty())
            window.grabWindow().save(picture);
        exitCode = exitFailed;
    }
    // exit(), not quit(): Qt 6's quit() asks the windows first, and the kiosk window refuses
    QCoreApplication::exit(exitCode);
}

// Polls for the kiosk window (every 50 ms, for at most firstFrameTimeoutMs), then plays the
// scenario once the window has shown a frame.
void awaitFirstFrame(std::shared_ptr<Report> report, QByteArray scenario)
{
    auto *poll = new QTimer(qApp);
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, deadline, report, scenario] {
        QQuickWindow *window = nullptr;
        for (QWindow *candidate : QGuiApplication::topLevelWindows()) {
            if (auto *quick = qobject_cast<QQuickWindow *>(candidate); quick && quick->isExposed())
                window = quick;
        }
        if (!window) {
            if (deadline->elapsed() > firstFrameTimeoutMs) {
                poll->stop();
                report->line(u"failed: no kiosk window was shown"_s);
                QCoreApplication::exit(exitFailed);
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        report->step(u"the kiosk window is shown"_s);
        // the next frame swapped is one the client sees; update() asks for it in case the first
        // one has already gone by
        auto started = std::make_shared<bool>(false);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            window, &QQuickWindow::frameSwapped, qApp,
            [window, connection, started, report, scenario] {
                QObject::disconnect(*connection);
                *started = true;
                report->step(u"first frame"_s);
                run(*window, *report, scenario);
            },
            Qt::QueuedConnection);
        window->update();
        QTimer::singleShot(firstFrameTimeoutMs, qApp, [started, report] {
            if (*started)
                return;
            report->line(u"failed: the kiosk window showed no frame"_s);
            QCoreApplication::exit(exitFailed);
        });
    });
    poll->start();
}

// Runs when the kiosk creates its application object.
void startDriver()
{
    const QByteArray scenario = qgetenv("INTAKE_E2E_SCENARIO");
    if (scenario.isEmpty() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    auto report = std::make_shared<Report>(qEnvironmentVariable("INTAKE_E2E_REPORT"));
    report->step(u"driver loaded for "_s + QString::fromUtf8(scenario));
    awaitFirstFrame(report, scenario);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(startDriver)
