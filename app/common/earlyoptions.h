#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>

// The command line of the GUI programs (intake-kiosk, intake-staff): --help and --version
// answered before the GUI application exists, and the one-line exits on bad input. `program`
// is the name that starts every message ("intake-kiosk").

// Exit codes, as for every intake program: 1 something failed, 2 bad command line.
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;

enum class ParseMode {
    // Before the GUI exists: answer --help and --version (so that they work without a display)
    // and leave every other check for later, when Qt has taken its own options (-platform, ...).
    HelpAndVersionOnly,
    // With the GUI application: everything, strictly.
    Full,
};

// The command line as main() gets it, for the few choices made before an application object
// exists (which would convert it).
QStringList localArguments(int argc, const char *const *argv);

// The start of main(): names the program as Qt reports it (--version prints the name and
// version, the data folders are named after it, window titles show the clinic); then, when the
// command line asks for --help or --version, calls `parse` with it in HelpAndVersionOnly mode,
// which prints the answer and exits the process.
void answerHelpAndVersionEarly(const QString &program, int &argc, char **argv,
                               const std::function<void(const QStringList &arguments, ParseMode mode)> &parse);

// Parses `arguments` with `parser`, which has addHelpOption() and addVersionOption() among its
// options: prints the help or the version and exits 0 when asked to. In Full mode, an unknown
// option, a missing value or a positional argument then exits as exitWithUsageError() does.
// Returns whether to go on and read the program's own options (false in HelpAndVersionOnly).
bool parseHelpVersionAndErrors(QCommandLineParser &parser, const QStringList &arguments, ParseMode mode,
                               const QString &program);

// Prints "<program>: <message> (see --help)" and exits with exitUsage.
[[noreturn]] void exitWithUsageError(const QString &program, const QString &message);
