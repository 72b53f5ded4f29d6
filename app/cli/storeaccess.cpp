#include "storeaccess.h"

#include "passphraseprompt.h"
#include "store/storelocation.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

namespace intake::cli {

StoreOptions::StoreOptions(QCommandLineParser &parser, const QString &keyFileHelp)
    : m_parser(parser),
      m_dataDir(QStringLiteral("data-dir"),
                QStringLiteral("The store's folder (default: %1).")
                    .arg(defaultStoreDirectory().isEmpty() ? QStringLiteral("none on this system") : defaultStoreDirectory()),
                QStringLiteral("dir")),
      m_keyFile(QStringLiteral("key-file"),
                keyFileHelp.isEmpty() ? QStringLiteral("Unlock the store with this key file (without it, the passphrase is "
                                                       "asked for on the terminal, or read as one line of standard input).")
                                      : keyFileHelp,
                QStringLiteral("file"))
{
    parser.addOption(m_dataDir);
    parser.addOption(m_keyFile);
}

QString StoreOptions::directory() const
{
    return m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir) : defaultStoreDirectory();
}

QString StoreOptions::keyFile() const
{
    return m_parser.value(m_keyFile);
}

Outcome<UnlockedStore> openStore(const StoreOptions &options, IntakeStore::Access access, const QList<StoreSchema> &kinds)
{
    const QString directory = options.directory();
    if (directory.isEmpty())
        return CommandError{BadInput, QStringLiteral("this system has no data folder for the store; give --data-dir DIR")};
    const QDir folder(directory);
    if (!QFileInfo::exists(folder.filePath(IntakeStore::databaseFileName))
        || !QFileInfo::exists(folder.filePath(IntakeStore::keyVaultFileName))) {
        return CommandError{BadInput, QStringLiteral("%1: no intake store here (give --data-dir DIR, or create one with "
                                                     "'intake-cli init')").arg(directory)};
    }
    auto vault = KeyVault::open(folder.filePath(IntakeStore::keyVaultFileName));
    if (!vault)
        return CommandError{Failure, vault.error().message};

    std::optional<KekSource> kek;
    if (options.hasKeyFile()) {
        if (vault->kekKind() != KekSource::Kind::KeyFile) {
            return CommandError{BadInput, QStringLiteral("%1: this store is locked with a passphrase, not a key file; "
                                                         "leave out --key-file").arg(directory)};
        }
        kek = KekSource::keyFile(options.keyFile());
        // Cheap for a key file (no Argon2): an unreadable or wrong key file is bad input, told
        // apart here from a damaged database before anything else is opened.
        if (auto key = vault->unlock(*kek); !key)
            return CommandError{BadInput, key.error().message};
    } else {
        if (vault->kekKind() != KekSource::Kind::Passphrase) {
            return CommandError{BadInput, QStringLiteral("%1: this store is locked with a key file; give --key-file FILE")
                                              .arg(directory)};
        }
        auto passphrase = PassphrasePrompt::read(QStringLiteral("Passphrase of the store in %1: ").arg(directory));
        if (!passphrase)
            return CommandError{BadInput, passphrase.error().message};
        kek = KekSource::passphrase(std::move(passphrase).value());
    }

    std::optional<StoreSchema> refusedKind;
    auto store = IntakeStore::openAnyOf(directory, *kek, access, kinds, &refusedKind);
    if (refusedKind == StoreSchema::Console) {
        return CommandError{BadInput, QStringLiteral("%1: this is a staff console's store; this command works on a kiosk's "
                                                     "store only (on a console's store: status, verify, backup); nothing "
                                                     "was changed").arg(directory)};
    }
    if (refusedKind == StoreSchema::Kiosk) {
        return CommandError{BadInput, QStringLiteral("%1: this is a kiosk's store; this command works on a staff console's "
                                                     "store only; nothing was changed").arg(directory)};
    }
    if (!store)
        return CommandError{KeyVault::isWrongKey(store.error()) ? BadInput : Failure, store.error().message};
    return UnlockedStore{std::move(store).value(), std::move(*kek), std::move(vault).value()};
}

QString cliActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name)
            name = QString::fromLocal8Bit(entry->pw_name);
    }
    if (name.isEmpty())
        name = QStringLiteral("uid%1").arg(::getuid());
    return QStringLiteral("cli:") + name;
}

Outcome<Questionnaire> shippedQuestionnaire()
{
    auto questionnaire = loadQuestionnaire(QString());
    if (!questionnaire)
        return CommandError{Failure, questionnaire.error().message};
    return std::move(questionnaire).value();
}

IntakeRepository repositoryFor(const IntakeStore &store, const Questionnaire &questionnaire)
{
    return IntakeRepository(store.database(), questionnaire, [] { return QDateTime::currentDateTimeUtc(); });
}

Outcome<IntakeRepository> repositoryFor(const IntakeStore &store)
{
    auto questionnaire = shippedQuestionnaire();
    if (!questionnaire)
        return questionnaire.error();
    return repositoryFor(store, *questionnaire);
}

int unexpectedArgument(const QString &command)
{
    return fail(BadInput, QStringLiteral("%1: unexpected argument; see 'intake-cli %1 --help'").arg(command));
}

} // namespace intake::cli
