#include "clisupport.h"
#include "commands.h"

#include "common/jsonfile.h"

#include <QHash>

namespace intake::cli {

namespace {

/// A file given to `validate`, read once and sorted by what it claims to be.
struct InputFile
{
    QString path;
    QJsonObject json;
};

QString describe(const Questionnaire &questionnaire)
{
    const auto questions = std::count_if(questionnaire.allItems().cbegin(), questionnaire.allItems().cend(),
                                         [](const Item *item) { return item->isQuestion(); });
    return QStringLiteral("questionnaire %1 version %2, %3 questions")
        .arg(questionnaire.url(), questionnaire.version())
        .arg(questions);
}

} // namespace

int validateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks questionnaire and screening rules files. Rules are checked against the questionnaire\n"
        "given beside them (matched by url), or else against the shipped questionnaire.\n"
        "Exit 0 when every file is valid; exit 2 naming the file, the item and the problem."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Questionnaire and rules files."),
                                 QStringLiteral("FILE..."));
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(BadInput, QStringLiteral("validate: give at least one file"));

    int exitCode = Success;
    QList<InputFile> ruleFiles;
    QHash<QString, Questionnaire> questionnairesByUrl;
    for (const QString &path : paths) {
        auto json = readJsonObjectFile(path);
        if (!json) {
            exitCode = fail(BadInput, json.error().message);
            continue;
        }
        const QString resourceType = json->value(QLatin1String("resourceType")).toString();
        if (resourceType == QLatin1String("ScreeningRules")) {
            ruleFiles.append({path, json.value()});
        } else if (resourceType == QLatin1String("Questionnaire")) {
            auto questionnaire = Questionnaire::fromJson(json.value(), path);
            if (!questionnaire) {
                exitCode = fail(BadInput, questionnaire.error().message);
                continue;
            }
            print(QStringLiteral("%1: ok (%2)\n").arg(path, describe(questionnaire.value())));
            questionnairesByUrl.insert(questionnaire->url(), questionnaire.value());
        } else {
            exitCode = fail(BadInput, QStringLiteral("%1: \"resourceType\" must be \"Questionnaire\" or \"ScreeningRules\"").arg(path));
        }
    }

    for (const InputFile &file : std::as_const(ruleFiles)) {
        const QString url = file.json.value(QLatin1String("questionnaire")).toString();
        auto questionnaire = questionnairesByUrl.contains(url) ? Result<Questionnaire>(questionnairesByUrl.value(url))
                                                               : loadQuestionnaire(QString());
        if (!questionnaire) {
            exitCode = fail(BadInput, questionnaire.error().message);
            continue;
        }
        auto rules = RuleSet::fromJson(file.json, questionnaire.value(), file.path);
        if (!rules) {
            exitCode = fail(BadInput, rules.error().message);
            continue;
        }
        print(QStringLiteral("%1: ok (rules %2 version %3, %4 rules, for %5)\n")
                  .arg(file.path, rules->id(), rules->version())
                  .arg(rules->rules().size())
                  .arg(questionnaire->sourceName()));
    }
    return exitCode;
}

} // namespace intake::cli
