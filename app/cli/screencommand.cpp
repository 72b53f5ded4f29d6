#include "clisupport.h"
#include "commands.h"

#include "common/jsonfile.h"
#include "questionnaire/response.h"
#include "screening/screener.h"
#include "screening/screeningrequest.h"

#include <QJsonDocument>

namespace intake::cli {

namespace {
constexpr qint64 largestAnswersFile = 1024 * 1024;
} // namespace

int screenCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Screens a client's answers by the clinic's rules and prints the outcome as JSON.\n"
        "Exit 0 with the result; exit 2 with one line on stderr on bad input."));
    const QCommandLineOption answersOption(QStringLiteral("answers"),
        QStringLiteral("JSON file: { \"appointmentDate\": \"YYYY-MM-DD\" (optional, default today), \"answers\": {...} }."),
        QStringLiteral("file"));
    const QCommandLineOption questionnaireOption(QStringLiteral("questionnaire"),
        QStringLiteral("Questionnaire file (default: the shipped micro-needling questionnaire)."), QStringLiteral("file"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
        QStringLiteral("Screening rules file (default: the shipped micro-needling rules)."), QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QStringLiteral("Language of the reasons and guidance: en (default) or es."), QStringLiteral("code"),
        QStringLiteral("en"));
    parser.addOptions({answersOption, questionnaireOption, rulesOption, languageOption});
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return fail(BadInput, QStringLiteral("screen: unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(answersOption))
        return fail(BadInput, QStringLiteral("screen: --answers FILE is required"));
    const QString language = parser.value(languageOption);
    if (language != QLatin1String("en") && language != QLatin1String("es"))
        return fail(BadInput, QStringLiteral("screen: --lang must be en or es"));

    auto questionnaire = loadQuestionnaire(parser.value(questionnaireOption));
    if (!questionnaire)
        return fail(BadInput, questionnaire.error().message);
    auto rules = loadRules(parser.value(rulesOption), questionnaire.value());
    if (!rules)
        return fail(BadInput, rules.error().message);

    const QString answersPath = parser.value(answersOption);
    auto json = readJsonObjectFile(answersPath, largestAnswersFile);
    if (!json)
        return fail(BadInput, json.error().message);
    // The command line is a composition root: the only place that reads the clock.
    auto request = ScreeningRequest::fromJson(json.value(), QDate::currentDate(), answersPath);
    if (!request)
        return fail(BadInput, request.error().message);
    auto response = Response::fromJson(questionnaire.value(), request->answers);
    if (!response)
        return fail(BadInput, QStringLiteral("%1: %2").arg(answersPath, response.error().message));

    auto result = Screener::screen(questionnaire.value(), rules.value(), response.value(), request->appointmentDate);
    if (!result)
        return fail(BadInput, QStringLiteral("%1: %2").arg(answersPath, result.error().message));
    print(QString::fromUtf8(QJsonDocument(result->toJson(language)).toJson(QJsonDocument::Indented)));
    return Success;
}

} // namespace intake::cli
