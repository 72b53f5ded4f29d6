#pragma once

#include "common/result.h"
#include "console/consoleretention.h"
#include "console/signinlockout.h"
#include "screening/screeningresult.h"
#include "store/auditlog.h"
#include "store/secretbytes.h"
#include "sync/requestsigning.h"
#include "sync/summaryparser.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace intake {

/// What staff decided about one intake (the console store's `decisions.decision`).
enum class Decision { Proceed, ProceedWithPrecautions, Reschedule, DoNotTreat };

/// "proceed", "proceed_with_precautions", "reschedule", "do_not_treat".
QString decisionName(Decision decision);
std::optional<Decision> decisionFromName(const QString &name);

/// One staff member who signs in on the console. The PIN hash never leaves the repository.
struct StaffUser
{
    qint64 id = 0;
    QString name;
    bool isAdmin = false;
    QDateTime createdAt;
    QDateTime disabledAt;  ///< invalid while the account is active

    bool active() const { return !disabledAt.isValid(); }
};

/// A paired (or formerly paired) kiosk. Its credential never leaves the repository except to
/// the kiosk at pairing and to RequestVerifier; its fingerprint is what staff compare.
struct KioskInfo
{
    QString id;
    QString name;
    QDateTime pairedAt;
    QDateTime revokedAt;  ///< invalid while paired
    KioskApproval approval = KioskApproval::Pending;
    QDateTime decidedAt;  ///< when an administrator approved or rejected it; invalid while pending,
                          ///< and for a kiosk paired before approvals existed (approved by the upgrade)
    QString decidedBy;    ///< that administrator's name
    QString fingerprint;  ///< RequestSigner::fingerprint of its credential; empty once unpaired

    bool paired() const { return !revokedAt.isValid(); }
    /// Paired and waiting for an administrator's approval: its summaries are refused.
    bool awaitingApproval() const { return paired() && approval == KioskApproval::Pending; }
};

/// What a kiosk receives once, when it redeems a pairing token.
struct KioskEnrollment
{
    QString kioskId;
    SecretBytes credential;  ///< 32 random bytes: the HMAC key of the kiosk's requests
    /// Paired with the short code: ShortPairingCode::consoleProof, which shows the kiosk that
    /// this console knows the code; empty when paired with the token.
    QString consoleProof;
};

/// A fresh one-time pairing token (shown in the pairing code) and its short code (typed on a
/// kiosk); only their hashes are stored. Either pairs one kiosk; then both are spent.
struct PairingToken
{
    QString token;      ///< RFC 4648 base32, no padding (32 characters, 160 bits)
    QString shortCode;  ///< ShortPairingCode, canonical (10 characters, 50 bits)
    QDateTime expiresAt;
};

/// One line of the review queue: enough to find and sort an intake. No answers.
struct SummaryListing
{
    QString uuid;
    QString kioskId;           ///< the paired kiosk that sent it
    QDateTime createdAt;       ///< when the client finished, UTC
    QDateTime receivedAt;      ///< when the console stored it, UTC
    QDate appointmentDate;
    QString firstName;
    QString lastName;
    QDate birthDate;
    Severity outcome = Severity::Clear;
    std::optional<QDate> earliestDate;
    int flagCount = 0;
    bool reviewed = false;     ///< a decision has been recorded

    /// Flagged (an outcome other than clear) and no decision yet: staff still have to look at it.
    bool needsReview() const { return outcome != Severity::Clear && !reviewed; }
};

/// One recorded decision, with who made it.
struct DecisionRecord
{
    qint64 id = 0;
    QString summaryUuid;
    qint64 staffId = 0;
    QString staffName;
    Decision decision = Decision::Proceed;
    std::optional<QDate> rescheduleOn;  ///< reschedule only
    QString note;
    QDateTime decidedAt;
};

/// What came of one sign-in attempt (ConsoleRepository::signIn).
struct SignInAttempt
{
    std::optional<StaffUser> user;  ///< set when signed in
    /// When refused: what the next attempt under this name waits for. An attempt refused while
    /// a wait ran (`checked` false) leaves it as it was.
    SignInWait wait;
    bool checked = true;  ///< false: refused during a wait, the PIN not looked at

    bool signedIn() const { return user.has_value(); }
};

/// One authenticated summary as the receiver hands it over: what, from which paired kiosk,
/// under which request nonce.
struct IncomingSummary
{
    ReceivedSummary summary;
    QString kioskId;
    QString nonce;  ///< empty: no nonce to record
};

/// A summary the console has just stored (not a resend): its intake and outcome (severity name).
struct ArrivedSummary
{
    QString uuid;
    QString outcome;
};

/// The whole of one received intake for the detail screen.
struct SummaryDetail
{
    SummaryListing listing;
    QJsonObject summary;               ///< the validated wire summary: flags with question,
                                       ///< answer, reason, guidance, until; consent status
    QList<DecisionRecord> decisions;   ///< oldest first; the last one is the current decision
};

/// Which summaries the review queue shows.
struct ReviewFilter
{
    enum class Show {
        NeedsReview,  ///< flagged (outcome other than clear) and no decision yet
        All,
    };
    /// Which of an intake's dates `day` is.
    enum class DayOf {
        Arrival,    ///< the clinic's local calendar day the intake was finished on
        Treatment,  ///< its treatment date: the day its screening's waits were computed for
    };
    Show show = Show::All;
    QDate day;  ///< invalid: today (by the clock)
    DayOf dayOf = DayOf::Arrival;
};

/// What a console store holds, in counts (intake-cli status): nothing about a client.
struct ConsoleCounts
{
    qint64 summaries = 0;
    qint64 waitingForReview = 0;  ///< flagged and not decided
    qint64 decisions = 0;
    qint64 kiosksPaired = 0;      ///< not unpaired, approved or waiting for approval
    qint64 kiosksWaiting = 0;     ///< of those, waiting for an administrator's approval
    qint64 staffUsers = 0;        ///< not disabled
    qint64 auditEntries = 0;
    QDateTime oldest;             ///< when the oldest summary's intake was finished; invalid without any
    QDateTime newest;
};

/// The staff console's encrypted store (StoreSchema::Console): received summaries, staff users,
/// decisions, paired kiosks, pairing tokens and seen nonces. Writes are all-or-nothing; each
/// staff view of an intake, each decision, each pairing, approval, rejection and unpairing is
/// an audit entry with who did it. The clock is an argument, as in IntakeRepository. The waits
/// after failed sign-ins (SignInLockout) and the retention period and purge (ConsoleRetention)
/// are classes of their own on the same connection, clock and audit log. Use on the thread that
/// opened the database.
class ConsoleRepository
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int pairingTokenMinutes = 10;
    /// The HTTPS port kiosks reach the console on unless told otherwise.
    static constexpr quint16 defaultListenPort = 8443;
    /// Where the console keeps the address and port it listens on (StoreSettings keys).
    static QString listenAddressSetting() { return QStringLiteral("console.listen_address"); }
    static QString listenPortSetting() { return QStringLiteral("console.listen_port"); }

    ConsoleRepository(QSqlDatabase db, Clock clock);

    // --- summaries (SummaryReceiver, review queue) ------------------------------------------

    /// Stores a received summary once by UUID, from the paired kiosk `kioskId`, with an audit
    /// entry; returns true when it was already there (a resend: nothing changed).
    Result<bool> storeSummary(const ReceivedSummary &summary, const QString &kioskId);
    /// The same, recording the request's nonce (rememberNonce) in the same transaction, so
    /// that storing a summary costs one commit.
    Result<bool> storeSummary(const ReceivedSummary &summary, const QString &kioskId, const QString &nonce);
    /// Several received summaries (a burst from kiosks sending in parallel) in one transaction
    /// and one commit, each stored once by UUID with its nonce and audit entry; for each, true
    /// when it was already there. All or nothing.
    Result<QList<bool>> storeSummaries(const QList<IncomingSummary> &summaries);
    /// The review queue: the filter's day, newest first (by when the client finished).
    Result<QList<SummaryListing>> listSummaries(const ReviewFilter &filter) const;
    /// Every summary that needs review (flagged, no decision), whatever day it was finished
    /// on, oldest first: what is left for the front desk. With `treatmentDay`, only those whose
    /// treatment date is that day.
    Result<QList<SummaryListing>> listWaiting(std::optional<QDate> treatmentDay = std::nullopt) const;
    /// How many summaries the filter selects (e.g. the "needs review" badge).
    Result<int> countSummaries(const ReviewFilter &filter) const;
    /// One summary with its decisions, audited as a view by staff member `staffId`.
    Result<SummaryDetail> readSummary(const QString &uuid, qint64 staffId);
    /// Records staff member `staffId`'s decision (audited); `rescheduleOn` is required for
    /// Reschedule and refused otherwise. Returns the decision's id.
    Result<qint64> recordDecision(const QString &uuid, qint64 staffId, Decision decision,
                                  std::optional<QDate> rescheduleOn, const QString &note);

    // --- staff users ------------------------------------------------------------------------

    /// True once any staff user exists (the console's first start asks for an admin otherwise).
    Result<bool> hasStaff() const;
    /// The first administrator, at setup; refused when any staff user exists. Returns the id.
    Result<qint64> createFirstAdmin(const QString &name, const SecretBytes &pin);
    /// A new staff user, added by administrator `adminId`; names are unique (case-insensitive),
    /// PINs at least 4 digits, kept as Argon2id hashes (crypto_pwhash_str). Returns the id.
    Result<qint64> addStaff(qint64 adminId, const QString &name, const SecretBytes &pin, bool isAdmin);
    /// Signs in the active user `name` whose PIN matches. A wrong name, a wrong PIN and a
    /// disabled user are refused alike; failures count towards a wait (SignInLockout), and
    /// while one runs the attempt is refused without the PIN being looked at. Every attempt is
    /// audited (never with the PIN). An Error means the store failed.
    Result<SignInAttempt> signIn(const QString &name, const SecretBytes &pin);
    /// What a sign-in attempt under any name waits for now (the console's own wait), for the
    /// sign-in screen when it opens.
    Result<SignInWait> signInWait();
    /// Every staff user, by name.
    Result<QList<StaffUser>> staffUsers() const;
    /// Disables a staff user's sign-in (administrator `adminId`, audited); the history stays.
    Status disableStaff(qint64 adminId, qint64 staffId);

    // --- pairing and kiosks -----------------------------------------------------------------

    /// A new one-time pairing token, valid pairingTokenMinutes, issued by `staffId` (audited).
    /// Tokens issued before it and not used stop working: only the code on the screen pairs.
    Result<PairingToken> issuePairingToken(qint64 staffId);
    /// The same, issued by `actor` ("cli:<login>", for a code asked for on the command line).
    Result<PairingToken> issuePairingToken(const QString &actor);
    /// Every unused token stops working (the code left the screen); audited when there was one.
    /// Returns how many.
    Result<int> withdrawPairingTokens();
    /// Redeems a token once (known, unused, unexpired) and registers the kiosk with a new id
    /// and random credential, waiting for approval, in one transaction (audited). Any bad token
    /// gives one error, pairingRefusedMessage().
    Result<KioskEnrollment> pairKiosk(const QString &token, const QString &kioskName);
    /// The same for a kiosk that typed the short code: `proof` must be
    /// ShortPairingCode::kioskProof of an unused, unexpired short code for `fingerprint`, this
    /// console's certificate (a proof made for another certificate, relayed by a man in the
    /// middle, is refused). The enrollment carries the console's proof. The same one error.
    Result<KioskEnrollment> pairKioskWithProof(const QString &proof, const QString &fingerprint, const QString &kioskName);
    /// The error of pairKiosk() for an unknown, used or expired token.
    static QString pairingRefusedMessage();
    /// Every kiosk ever paired, newest first.
    Result<QList<KioskInfo>> kiosks() const;
    /// Administrator `adminId` approves a kiosk waiting for approval (audited): its summaries
    /// are stored from its next request on. Refused for anyone but an active administrator and
    /// for a kiosk that is not waiting.
    Status approveKiosk(const QString &kioskId, qint64 adminId);
    /// Administrator `adminId` rejects a kiosk waiting for approval (audited): its requests are
    /// refused for good, and it is told so. The same refusals as approveKiosk().
    Status rejectKiosk(const QString &kioskId, qint64 adminId);
    /// Unpairs a kiosk (`staffId`, audited): its credential is deleted, so its next request is
    /// refused.
    Status revokeKiosk(const QString &kioskId, qint64 staffId);
    /// The credential and approval of a paired kiosk; nullopt when unknown or unpaired
    /// (RequestVerifier).
    Result<std::optional<KioskCredential>> kioskCredential(const QString &kioskId) const;

    // --- replay guard persistence (ReplayGuard) ---------------------------------------------

    /// Records an authenticated request's nonce; false when it was already recorded.
    Result<bool> rememberNonce(const QString &kioskId, const QString &nonce, const QDateTime &seenAt);
    /// Deletes nonces seen before `before`. Returns how many.
    Result<int> pruneNonces(const QDateTime &before);
    /// Nonces seen at or after `since` (ReplayGuard reloads them after a restart).
    Result<QList<std::pair<QString, QString>>> recentNonces(const QDateTime &since) const;

    // --- retention ---------------------------------------------------------------------------

    /// How long the console keeps summaries, and the purge (ConsoleRetention).
    ConsoleRetention &retention() { return m_retention; }

    // --- other ------------------------------------------------------------------------------

    /// The store's contents in counts.
    Result<ConsoleCounts> counts() const;

    /// Records something done outside this class (e.g. "console.started").
    Status audit(const QString &actor, const QString &action, const QString &intakeUuid = {},
                 const QString &detail = {});

    /// The audit entries about one intake (or, with an empty uuid, every entry), oldest first:
    /// who viewed and decided what, for the detail screen and for tests.
    Result<QList<AuditEntry>> auditTrail(const QString &intakeUuid = {}) const;

    /// "staff:<id>", the audit actor of a staff member.
    static QString staffActor(qint64 staffId);

    QSqlDatabase database() const { return m_db; }

private:
    /// The SQL condition (with its values) that selects the summaries of `filter`.
    std::pair<QString, QVariantList> condition(const ReviewFilter &filter) const;
    /// The listings `where` selects (with `values` bound), in `order`.
    Result<QList<SummaryListing>> listWhere(const QString &where, const QVariantList &values, const QString &order) const;
    /// approveKiosk() and rejectKiosk().
    Status decideKiosk(const QString &kioskId, qint64 adminId, KioskApproval verdict);
    /// pairKiosk() and pairKioskWithProof() once the token is known by its hash.
    Result<KioskEnrollment> redeemPairingToken(const QString &hash, const QString &kioskName);

    QSqlDatabase m_db;
    Clock m_clock;
    AuditLog m_audit;
    SignInLockout m_lockout;
    ConsoleRetention m_retention;
};

} // namespace intake
