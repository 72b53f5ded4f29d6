#pragma once

#include "common/result.h"
#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace intake::cli {

/// Exit codes: 0 done, 1 the operation failed (I/O, store), 2 bad input (arguments, files).
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

/// Prints "intake-cli: <message>" as one line on stderr and returns `code`.
int fail(ExitCode code, const QString &message);

/// Prints text on stdout (UTF-8), as is.
void print(const QString &text);

/// Parses a subcommand's arguments (`arguments` starts with the command's name). On a parse
/// error prints it and returns false; with --help prints the command's help and exits 0.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

/// The questionnaire at `path`, or the shipped one when `path` is empty; the same for rules.
Result<Questionnaire> loadQuestionnaire(const QString &path);
Result<RuleSet> loadRules(const QString &path, const Questionnaire &questionnaire);

} // namespace intake::cli
