#include "staffsession.h"

#include "stafflogging.h"

#include "store/keyvault.h"
#include "store/secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QThread>

using namespace intake;
using namespace Qt::StringLiterals;

namespace {
bool isStaffInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        return true;
    default:
        return false;
    }
}

bool isPinShaped(const QString &pin)
{
    if (pin.size() < StaffSession::minPinLength || pin.size() > StaffSession::maxPinLength)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

StaffSession::StaffSession(QString directory, QString keyFile, Clock clock, IdleTiming idle, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_keyFile(std::move(keyFile))
    , m_clock(std::move(clock))
    , m_timing(idle)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_timing.timeout);
    connect(&m_idle, &QTimer::timeout, this, &StaffSession::idleTimeout);
    m_countdown.setInterval(std::min(m_timing.tick, m_timing.warning));
    connect(&m_countdown, &QTimer::timeout, this, &StaffSession::tick);
    m_signInWaitTicker.setInterval(m_timing.tick);
    connect(&m_signInWaitTicker, &QTimer::timeout, this, &StaffSession::signInWaitTick);
}

StaffSession::~StaffSession()
{
    if (m_creating) {
        m_creating->wait();
        delete m_creating;
    }
}

int StaffSession::idleMinutes() const
{
    return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(m_timing.timeout).count());
}

int StaffSession::signInWaitSeconds() const
{
    if (!m_signInWait.active())
        return 0;
    // whole seconds, rounded up: the countdown shows 0:01 until the wait is over
    const qint64 ms = m_clock().msecsTo(m_signInWait.until);
    return ms > 0 ? static_cast<int>((ms + 999) / 1000) : 0;
}

QString StaffSession::signInWaitClock() const
{
    const int seconds = signInWaitSeconds();
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

void StaffSession::setSignInWait(const SignInWait &wait)
{
    m_signInWait = wait;
    if (signInWaitSeconds() > 0)
        m_signInWaitTicker.start();
    else
        m_signInWaitTicker.stop();
    Q_EMIT signInWaitChanged();
}

void StaffSession::signInWaitTick()
{
    if (signInWaitSeconds() == 0) {
        m_signInWaitTicker.stop();
        m_signInWait = {};
    }
    Q_EMIT signInWaitChanged();
}

bool StaffSession::storeExists() const
{
    return QFileInfo::exists(QDir(m_directory).filePath(IntakeStore::databaseFileName));
}

void StaffSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcStaff) << "console is now" << state;
    Q_EMIT stateChanged();
}

void StaffSession::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

bool StaffSession::open(const KekSource &kek)
{
    if (m_store)
        return true;
    // No store yet (a key file's first start; createStore() makes a passphrase's): made here.
    // Argon2 parameters serve a passphrase only; a key file's KEK does not use them.
    return adopt(storeExists() ? IntakeStore::open(m_directory, kek, IntakeStore::Access::ReadWrite, StoreSchema::Console)
                               : IntakeStore::create(m_directory, kek, Argon2Params::fastForTests(), StoreSchema::Console));
}

bool StaffSession::adopt(Result<std::unique_ptr<IntakeStore>> opened)
{
    if (!opened) {
        setLastError(KeyVault::isWrongKey(opened.error())
                         ? tr("That passphrase does not open this console's store. Check it and try again.")
                         : opened.error().message);
        return false;
    }
    m_store = std::move(opened).value();
    m_repository.emplace(m_store->database(), m_clock);
    setLastError({});
    const auto hasStaff = m_repository->hasStaff();
    if (!hasStaff) {
        setLastError(hasStaff.error().message);
        return false;
    }
    // a wait that began before the store was closed (or the console restarted) still runs
    const auto wait = m_repository->signInWait();
    setSignInWait(wait ? wait.value() : SignInWait{});
    setState(hasStaff.value() ? State::SignedOut : State::FirstStart);
    Q_EMIT storeOpened();
    return true;
}

bool StaffSession::unlockWithKeyFile()
{
    if (!usesKeyFile()) {
        setLastError(tr("This console has no key file: enter the store's passphrase."));
        return false;
    }
    return open(KekSource::keyFile(m_keyFile));
}

bool StaffSession::unlock(const QString &passphrase)
{
    if (passphrase.isEmpty()) {
        setLastError(tr("Enter the store's passphrase."));
        return false;
    }
    if (!storeExists()) {
        setLastError(tr("There is no console store yet: create it first."));
        return false;
    }
    return open(KekSource::passphrase(SecretBytes::fromUtf8(passphrase)));
}

bool StaffSession::createStore(const QString &passphrase, const QString &repeated)
{
    if (isBusy())
        return false;
    if (storeExists()) {
        setLastError(tr("This console already has a store: unlock it with its passphrase."));
        return false;
    }
    if (passphrase.size() < minPassphraseLength) {
        setLastError(tr("Choose a passphrase of at least %n characters.", nullptr, minPassphraseLength));
        return false;
    }
    if (passphrase != repeated) {
        setLastError(tr("The two passphrases are not the same."));
        return false;
    }
    setLastError({});
    // Measuring Argon2id on this machine (a real passphrase gets parameters tuned to it) and
    // deriving the key take a second or two: on a worker thread, so that the lock screen can
    // say that it is busy. The worker makes the store and closes it again (a database
    // connection belongs to the thread that opened it); this thread then opens it with the data
    // key the worker unwrapped, without deriving the key a second time.
    auto created = std::make_shared<std::optional<Result<IntakeStore::Reopener>>>();
    m_creating = QThread::create([directory = m_directory, kek = KekSource::passphrase(SecretBytes::fromUtf8(passphrase)), created] {
        auto store = IntakeStore::create(directory, kek, Argon2Params::calibrate(), StoreSchema::Console);
        created->emplace(store ? Result<IntakeStore::Reopener>(store.value()->reopener()) : Result<IntakeStore::Reopener>(store.error()));
    });
    connect(m_creating, &QThread::finished, this, [this, created] {
        m_creating->deleteLater();
        m_creating = nullptr;
        storeCreated(std::move(created->value()));
    });
    m_creating->start();
    Q_EMIT busyChanged();
    return true;
}

void StaffSession::storeCreated(Result<IntakeStore::Reopener> created)
{
    if (!created)
        setLastError(created.error().message);
    else
        adopt(created.value()());
    Q_EMIT busyChanged();
}

bool StaffSession::createFirstAdmin(const QString &name, const QString &pin, const QString &repeatedPin)
{
    if (m_state != State::FirstStart || !m_repository)
        return false;
    if (name.trimmed().isEmpty()) {
        setLastError(tr("Enter your name."));
        return false;
    }
    if (!isPinShaped(pin)) {
        setLastError(tr("Choose a PIN of %1 to %2 digits.").arg(minPinLength).arg(maxPinLength));
        return false;
    }
    if (pin != repeatedPin) {
        setLastError(tr("The two PINs are not the same."));
        return false;
    }
    auto created = m_repository->createFirstAdmin(name.trimmed(), SecretBytes::fromUtf8(pin));
    if (!created) {
        setLastError(created.error().message);
        return false;
    }
    setState(State::SignedOut);
    return signIn(name.trimmed(), pin);
}

bool StaffSession::signIn(const QString &name, const QString &pin)
{
    if (!m_repository || m_state == State::FirstStart)
        return false;
    if (name.trimmed().isEmpty() || pin.isEmpty()) {
        setLastError(tr("Enter your name and your PIN."));
        return false;
    }
    auto attempt = m_repository->signIn(name.trimmed(), SecretBytes::fromUtf8(pin));
    if (!attempt) {
        // the store failed (its message never holds the PIN)
        setLastError(attempt.error().message);
        return false;
    }
    if (!attempt->signedIn()) {
        // The same words for a wrong name and a wrong PIN. Once a wait starts, its countdown says
        // it all: too many failed attempts (and during a wait no PIN is looked at).
        setSignInWait(attempt->wait);
        setLastError(attempt->checked && signInWaitSeconds() == 0 ? tr("That name and PIN do not match an active staff member.")
                                                                  : QString());
        qCInfo(lcStaff) << "sign-in refused" << (attempt->checked ? "" : "(waiting after failed attempts)");
        return false;
    }
    m_user = std::move(attempt.value().user);
    setSignInWait({});
    setLastError({});
    setWarning(false);
    m_idle.start();
    setState(State::SignedIn);
    return true;
}

void StaffSession::signOut()
{
    m_idle.stop();
    m_countdown.stop();
    setWarning(false);
    if (!m_user)
        return;
    if (m_repository)
        (void)m_repository->audit(ConsoleRepository::staffActor(m_user->id), u"staff.signed_out"_s);
    m_user.reset();
    setState(State::SignedOut);
}

void StaffSession::lock()
{
    signOut();
    if (!m_store)
        return;
    Q_EMIT aboutToLock();
    m_repository.reset();
    m_store.reset();
    setState(State::Locked);
}

void StaffSession::setIdleTiming(IdleTiming idle)
{
    m_timing = idle;
    m_idle.setInterval(m_timing.timeout);
    m_countdown.setInterval(std::min(m_timing.tick, m_timing.warning));
    m_signInWaitTicker.setInterval(m_timing.tick);
    if (m_user && !m_idleWarning)
        m_idle.start();
}

void StaffSession::stayActive()
{
    if (!m_user)
        return;
    m_countdown.stop();
    setWarning(false);
    m_idle.start();
}

void StaffSession::setWarning(bool on)
{
    if (on == m_idleWarning)
        return;
    m_idleWarning = on;
    Q_EMIT idleWarningChanged();
}

void StaffSession::idleTimeout()
{
    if (!m_user)
        return;
    m_warningLeft = m_timing.warning;
    m_secondsLeft = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(m_warningLeft).count());
    Q_EMIT idleSecondsLeftChanged();
    setWarning(true);
    m_countdown.start();
}

void StaffSession::tick()
{
    m_warningLeft -= std::chrono::milliseconds(m_countdown.interval());
    if (m_warningLeft.count() <= 0) {
        m_countdown.stop();
        if (m_user && m_repository)
            (void)m_repository->audit(ConsoleRepository::staffActor(m_user->id), u"staff.idle_logoff"_s);
        m_user.reset();
        setWarning(false);
        setState(State::SignedOut);
        Q_EMIT idleLoggedOff();
        return;
    }
    const int seconds = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(m_warningLeft).count());
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT idleSecondsLeftChanged();
    }
}

bool StaffSession::eventFilter(QObject *watched, QEvent *event)
{
    // While the warning shows, only its button keeps the session (a stray mouse move must not
    // hide it unseen); otherwise any input restarts the idle time.
    if (m_user && !m_idleWarning && isStaffInput(event->type()))
        m_idle.start();
    return QObject::eventFilter(watched, event);
}
