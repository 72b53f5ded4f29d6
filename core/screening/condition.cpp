#include "screening/condition.h"

#include "questionnaire/answer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace intake {

namespace {
constexpr int largestWait = 3650;  // days; longer is a typo, not a rule
} // namespace

Result<Condition> Condition::fromJson(const QJsonValue &json, const Questionnaire &questionnaire, const QString &where)
{
    const auto fail = [&where](const QString &problem) { return Error{QStringLiteral("%1: %2").arg(where, problem)}; };
    if (!json.isObject())
        return fail(QStringLiteral("a condition must be a JSON object"));
    const auto object = json.toObject();
    Condition condition;

    for (const auto &[name, kind] : {std::pair{QLatin1String("all"), Kind::All}, std::pair{QLatin1String("any"), Kind::Any}}) {
        if (!object.contains(name))
            continue;
        const auto children = object.value(name).toArray();
        if (children.isEmpty() || object.size() != 1)
            return fail(QStringLiteral("\"%1\" must be the only key and hold a non-empty array of conditions").arg(name));
        condition.m_kind = kind;
        for (const auto &child : children) {
            auto parsed = fromJson(child, questionnaire, where);
            if (!parsed)
                return parsed.error();
            condition.m_children.push_back(std::move(parsed).value());
        }
        return condition;
    }
    if (object.contains(QLatin1String("not"))) {
        if (object.size() != 1)
            return fail(QStringLiteral("\"not\" must be the only key"));
        auto parsed = fromJson(object.value(QLatin1String("not")), questionnaire, where);
        if (!parsed)
            return parsed.error();
        condition.m_kind = Kind::Not;
        condition.m_children.push_back(std::move(parsed).value());
        return condition;
    }

    condition.m_item = object.value(QLatin1String("item")).toString();
    const Item *item = questionnaire.item(condition.m_item);
    if (!item || !item->isQuestion())
        return fail(QStringLiteral("condition on '%1', which is not a question of the questionnaire").arg(condition.m_item));
    if (object.size() != 2)
        return fail(QStringLiteral("a condition on '%1' needs exactly one test: equals, answered, withinDays or withinMonths").arg(condition.m_item));

    if (object.contains(QLatin1String("equals"))) {
        condition.m_kind = Kind::Equals;
        auto value = answerFromJson(*item, object.value(QLatin1String("equals")));
        if (!value)
            return fail(QStringLiteral("\"equals\": %1").arg(value.error().message));
        condition.m_value = value.value();
        return condition;
    }
    if (object.contains(QLatin1String("answered"))) {
        if (!object.value(QLatin1String("answered")).isBool())
            return fail(QStringLiteral("\"answered\" must be true or false"));
        condition.m_kind = Kind::Answered;
        condition.m_value = object.value(QLatin1String("answered")).toBool();
        return condition;
    }
    for (const auto &[name, kind] : {std::pair{QLatin1String("withinDays"), Kind::WithinDays},
                                     std::pair{QLatin1String("withinMonths"), Kind::WithinMonths}}) {
        if (!object.contains(name))
            continue;
        if (item->type != Item::Type::Date)
            return fail(QStringLiteral("\"%1\" needs a date item; '%2' is a %3").arg(name, item->linkId, itemTypeName(item->type)));
        const double amount = object.value(name).toDouble(-1);
        if (amount < 1 || amount > largestWait || amount != static_cast<int>(amount))
            return fail(QStringLiteral("\"%1\" must be a whole number from 1 to %2").arg(name).arg(largestWait));
        condition.m_kind = kind;
        condition.m_amount = static_cast<int>(amount);
        return condition;
    }
    return fail(QStringLiteral("unknown test in the condition on '%1' (use equals, answered, withinDays or withinMonths)").arg(condition.m_item));
}

bool Condition::holds(const Enablement &answers, QDate appointmentDate) const
{
    const auto holdsFor = [&](const Condition &child) { return child.holds(answers, appointmentDate); };
    switch (m_kind) {
    case Kind::All:
        return std::all_of(m_children.cbegin(), m_children.cend(), holdsFor);
    case Kind::Any:
        return std::any_of(m_children.cbegin(), m_children.cend(), holdsFor);
    case Kind::Not:
        return !holdsFor(m_children.front());
    default:
        break;
    }
    const auto answer = answers.effectiveAnswer(m_item);
    switch (m_kind) {
    case Kind::Equals:
        return answer && *answer == m_value;
    case Kind::Answered:
        return answer.has_value() == std::get<bool>(m_value);
    case Kind::WithinDays:
        // whole calendar days: a date D is within 14 days of D + 13, not of D + 14
        return answer && std::get<QDate>(*answer).daysTo(appointmentDate) < m_amount;
    case Kind::WithinMonths:
        return answer && std::get<QDate>(*answer).addMonths(m_amount) > appointmentDate;
    default:
        return false;
    }
}

bool Condition::requiresAnswer(const QString &linkId) const
{
    const auto needs = [&linkId](const Condition &child) { return child.requiresAnswer(linkId); };
    switch (m_kind) {
    case Kind::All:
        return std::any_of(m_children.cbegin(), m_children.cend(), needs);
    case Kind::Any:
        return std::all_of(m_children.cbegin(), m_children.cend(), needs);
    case Kind::Not:
        return false;
    case Kind::Answered:
        return m_item == linkId && std::get<bool>(m_value);
    case Kind::Equals:
    case Kind::WithinDays:
    case Kind::WithinMonths:
        return m_item == linkId;
    }
    return false;
}

} // namespace intake
