#pragma once

#include <QStringList>

namespace intake::cli {

/// Each command takes its arguments (starting with its own name) and returns the exit code.
int screenCommand(const QStringList &arguments);
int validateCommand(const QStringList &arguments);

// The encrypted store (storecommands.cpp, recordcommands.cpp). Each takes --data-dir and
// --key-file; without a key file the passphrase is read by PassphrasePrompt, never from arguments.
int initCommand(const QStringList &arguments);
int statusCommand(const QStringList &arguments);
int listCommand(const QStringList &arguments);
int showCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int verifyCommand(const QStringList &arguments);
int backupCommand(const QStringList &arguments);
int rekeyCommand(const QStringList &arguments);
int passwdCommand(const QStringList &arguments);
int setAdminPinCommand(const QStringList &arguments);
int purgeCommand(const QStringList &arguments);
int seedDemoCommand(const QStringList &arguments);

// Sync with the staff console (synccommands.cpp).
int pairCommand(const QStringList &arguments);
int syncCommand(const QStringList &arguments);

// On the staff console's store (pairingcodecommand.cpp): a new pairing code for a kiosk.
int pairingCodeCommand(const QStringList &arguments);

} // namespace intake::cli
