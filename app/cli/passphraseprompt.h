#pragma once

#include "common/result.h"
#include "store/secretbytes.h"

#include <QString>

namespace intake::cli {

/// Reads passphrases for the store commands straight into secure memory. Never from the command
/// line: from the terminal with echo off when standard input is one (echo comes back even on
/// Ctrl-C), otherwise one line of standard input (scripts, tests). Errors never hold what was typed.
class PassphrasePrompt
{
public:
    /// The fewest characters a new passphrase may have.
    static constexpr int minimumLength = 12;
    /// The most bytes read for one passphrase.
    static constexpr int maximumBytes = 1024;

    /// An existing passphrase; `prompt` is shown on the terminal only.
    static Result<SecretBytes> read(const QString &prompt);

    /// A new passphrase of at least minimumLength characters; on a terminal it is asked twice
    /// and both must match.
    static Result<SecretBytes> readNew(const QString &prompt);

    /// True when standard input is a terminal (a person types the passphrase).
    static bool interactive();
};

} // namespace intake::cli
