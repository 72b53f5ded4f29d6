#include "screening/ruleset.h"

#include "common/jsonfile.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace intake {

namespace {

constexpr int largestUntilDays = 3650;
constexpr int largestUntilMonths = 120;

Result<LocalizedText> parseStaffText(const QJsonValue &value, const QString &where, const QString &field)
{
    const auto map = value.toObject();
    if (!value.isObject() || map.value(QLatin1String("en")).toString().trimmed().isEmpty())
        return Error{QStringLiteral("%1: \"%2\" needs at least an \"en\" text").arg(where, field)};
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isString())
            return Error{QStringLiteral("%1: \"%2\".\"%3\" must be a string").arg(where, field, it.key())};
    }
    return LocalizedText::fromLanguageMap(map);
}

Result<Rule::Until> parseUntil(const QJsonValue &value, const Questionnaire &questionnaire, const QString &where)
{
    const auto object = value.toObject();
    Rule::Until until;
    until.item = object.value(QLatin1String("item")).toString();
    const Item *item = questionnaire.item(until.item);
    if (!item || item->type != Item::Type::Date)
        return Error{QStringLiteral("%1: \"until\" needs \"item\", a date question of the questionnaire").arg(where)};
    const double days = object.value(QLatin1String("plusDays")).toDouble(0);
    const double months = object.value(QLatin1String("plusMonths")).toDouble(0);
    const bool wholeNumbers = days == static_cast<int>(days) && months == static_cast<int>(months);
    if (!wholeNumbers || days < 0 || months < 0 || days > largestUntilDays || months > largestUntilMonths
        || (days == 0 && months == 0) || object.size() != 2) {
        return Error{QStringLiteral("%1: \"until\" needs \"item\" and one of \"plusDays\" (1-%2) or \"plusMonths\" (1-%3)")
                         .arg(where)
                         .arg(largestUntilDays)
                         .arg(largestUntilMonths)};
    }
    until.days = static_cast<int>(days);
    until.months = static_cast<int>(months);
    return until;
}

Result<Rule> parseRule(const QJsonValue &value, const Questionnaire &questionnaire, const QString &position)
{
    static const QRegularExpression codeShape(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    const auto json = value.toObject();
    if (!value.isObject())
        return Error{QStringLiteral("%1: must be a JSON object").arg(position)};

    Rule rule;
    rule.code = json.value(QLatin1String("code")).toString();
    if (!codeShape.match(rule.code).hasMatch())
        return Error{QStringLiteral("%1: \"code\" must be lower_snake_case").arg(position)};
    const QString where = QStringLiteral("%1 '%2'").arg(position, rule.code);

    const auto severity = severityFromName(json.value(QLatin1String("severity")).toString());
    if (!severity || *severity == Severity::Clear)
        return Error{QStringLiteral("%1: \"severity\" must be contraindicated, review, defer or precaution").arg(where)};
    rule.severity = *severity;

    rule.linkId = json.value(QLatin1String("linkId")).toString();
    const Item *item = questionnaire.item(rule.linkId);
    if (!item || !item->isQuestion())
        return Error{QStringLiteral("%1: \"linkId\" '%2' is not a question of the questionnaire").arg(where, rule.linkId)};

    auto when = Condition::fromJson(json.value(QLatin1String("when")), questionnaire, where);
    if (!when)
        return when.error();
    rule.when = std::move(when).value();

    const bool hasUntil = json.contains(QLatin1String("until"));
    if (rule.severity == Severity::Defer) {
        if (!hasUntil)
            return Error{QStringLiteral("%1: a defer rule needs \"until\"").arg(where)};
        auto until = parseUntil(json.value(QLatin1String("until")), questionnaire, where);
        if (!until)
            return until.error();
        if (!rule.when.requiresAnswer(until->item))
            return Error{QStringLiteral("%1: \"when\" must require an answer to '%2', which \"until\" counts from")
                             .arg(where, until->item)};
        rule.until = until.value();
    } else if (hasUntil) {
        return Error{QStringLiteral("%1: only defer rules have \"until\"").arg(where)};
    }

    auto reason = parseStaffText(json.value(QLatin1String("reason")), where, QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    auto guidance = parseStaffText(json.value(QLatin1String("guidance")), where, QStringLiteral("guidance"));
    if (!guidance)
        return guidance.error();
    rule.reason = reason.value();
    rule.guidance = guidance.value();
    return rule;
}

} // namespace

Result<RuleSet> RuleSet::fromJson(const QJsonObject &json, const Questionnaire &questionnaire, const QString &sourceName)
{
    const auto fail = [&sourceName](const QString &problem) { return Error{QStringLiteral("%1: %2").arg(sourceName, problem)}; };
    if (json.value(QLatin1String("resourceType")).toString() != QLatin1String("ScreeningRules"))
        return fail(QStringLiteral("\"resourceType\" must be \"ScreeningRules\""));
    RuleSet ruleSet;
    ruleSet.m_id = json.value(QLatin1String("id")).toString();
    ruleSet.m_version = json.value(QLatin1String("version")).toString();
    if (ruleSet.m_id.isEmpty() || ruleSet.m_version.isEmpty())
        return fail(QStringLiteral("needs an \"id\" and a \"version\" (results name the rules that made them)"));
    const auto target = json.value(QLatin1String("questionnaire")).toString();
    if (target != questionnaire.url()) {
        return fail(QStringLiteral("the rules are for questionnaire '%1', not for '%2' (%3)")
                        .arg(target, questionnaire.url(), questionnaire.sourceName()));
    }
    const auto rules = json.value(QLatin1String("rules")).toArray();
    if (rules.isEmpty())
        return fail(QStringLiteral("needs a non-empty \"rules\" array"));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = parseRule(rules.at(i), questionnaire, QStringLiteral("%1: rule #%2").arg(sourceName).arg(i + 1));
        if (!rule)
            return rule.error();
        ruleSet.m_rules.append(std::move(rule).value());
    }
    return ruleSet;
}

Result<RuleSet> RuleSet::load(const QString &path, const Questionnaire &questionnaire)
{
    auto json = readJsonObjectFile(path);
    if (!json)
        return json.error();
    return fromJson(json.value(), questionnaire, path);
}

} // namespace intake
