#include "clisupport.h"

#include "shippedassets.h"

#include <QTextStream>

#include <cstdio>

namespace intake::cli {

int fail(ExitCode code, const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    QTextStream(stderr) << "intake-cli: " << line << '\n';
    return code;
}

void print(const QString &text)
{
    QTextStream(stdout) << text;
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    const auto helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        fail(BadInput, parser.errorText());
        return false;
    }
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        std::exit(Success);
    }
    return true;
}

Result<Questionnaire> loadQuestionnaire(const QString &path)
{
    return Questionnaire::load(path.isEmpty() ? ShippedAssets::questionnairePath() : path);
}

Result<RuleSet> loadRules(const QString &path, const Questionnaire &questionnaire)
{
    return RuleSet::load(path.isEmpty() ? ShippedAssets::rulesPath() : path, questionnaire);
}

} // namespace intake::cli
