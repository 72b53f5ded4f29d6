#pragma once

#include "clisupport.h"

#include "questionnaire/questionnaire.h"
#include "store/intakerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace intake::cli {

/// Why a command stops: its exit code and the one line to print (never a secret or a client's data).
struct CommandError
{
    ExitCode code = Failure;
    QString message;
};

/// A step's value, or the CommandError that stopped the command.
template <typename T>
class [[nodiscard]] Outcome
{
public:
    Outcome(T value) : m_value(std::move(value)) {}
    Outcome(CommandError error) : m_error(std::move(error)) {}

    explicit operator bool() const { return m_value.has_value(); }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }

    /// Prints the error's line on stderr and returns its exit code.
    int report() const { return fail(m_error.code, m_error.message); }
    /// Why the step failed (when it did).
    const CommandError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    CommandError m_error;
};

/// The options every store command takes: --data-dir DIR and --key-file FILE. A passphrase is
/// never an option: it is read by PassphrasePrompt.
class StoreOptions
{
public:
    /// Adds the options to `parser`; `keyFileHelp` replaces the --key-file description.
    explicit StoreOptions(QCommandLineParser &parser, const QString &keyFileHelp = {});

    /// --data-dir, or defaultStoreDirectory(); empty when neither exists.
    QString directory() const;
    /// --key-file, or empty.
    QString keyFile() const;
    bool hasKeyFile() const { return !keyFile().isEmpty(); }

private:
    const QCommandLineParser &m_parser;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_keyFile;
};

/// An open store with what unlocked it: backup, rekey and passwd need the KEK again.
struct UnlockedStore
{
    std::unique_ptr<IntakeStore> store;
    KekSource kek;
    KeyVault vault;  ///< the envelope as read before opening (kind and Argon2 parameters)
};

/// Finds the store, reads the passphrase when there is no key file, and opens the store if it is
/// of one of `kinds` (a kiosk's or a staff console's: both are unlocked alike, by their key
/// envelope). Bad input (no store there, a wrong passphrase or key file, the wrong kind of
/// secret, a store of another kind, refused before anything is written) fails with BadInput; a
/// damaged envelope or database, or an I/O error, with Failure.
Outcome<UnlockedStore> openStore(const StoreOptions &options, IntakeStore::Access access,
                                 const QList<StoreSchema> &kinds = {StoreSchema::Kiosk});

/// "cli:" and the login name of the person running the command, for the audit log.
QString cliActor();

/// The shipped questionnaire (the repository needs its texts for sync summaries).
Outcome<Questionnaire> shippedQuestionnaire();

/// A repository on `store` stamped by the system clock: the CLI is a composition root.
IntakeRepository repositoryFor(const IntakeStore &store, const Questionnaire &questionnaire);
/// The same with the shipped questionnaire, for commands that need nothing else of it.
Outcome<IntakeRepository> repositoryFor(const IntakeStore &store);

/// The one-line error for a surplus positional argument. The argument itself is not echoed: it
/// may be a secret typed in the wrong place.
int unexpectedArgument(const QString &command);

} // namespace intake::cli
