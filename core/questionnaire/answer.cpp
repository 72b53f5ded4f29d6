#include "questionnaire/answer.h"

#include <QRegularExpression>
#include <QStringList>

namespace intake {

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString expectedAnswerDescription(const Item &item)
{
    switch (item.type) {
    case Item::Type::Boolean:
        return QStringLiteral("true or false");
    case Item::Type::Date:
        return QStringLiteral("a date as YYYY-MM-DD");
    case Item::Type::String:
    case Item::Type::Text:
        return QStringLiteral("text of at most %1 characters").arg(item.maxLength);
    case Item::Type::Choice: {
        QStringList codes;
        for (const auto &option : item.answerOptions)
            codes.append(option.code);
        return QStringLiteral("one of: %1").arg(codes.join(QStringLiteral(", ")));
    }
    case Item::Type::Group:
    case Item::Type::Display:
        break;
    }
    return QStringLiteral("no answer (it is not a question)");
}

Result<AnswerValue> answerFromJson(const Item &item, const QJsonValue &value)
{
    const auto wrongType = [&item] {
        return Error{QStringLiteral("item '%1' expects %2").arg(item.linkId, expectedAnswerDescription(item))};
    };
    switch (item.type) {
    case Item::Type::Boolean:
        if (!value.isBool())
            return wrongType();
        return AnswerValue{value.toBool()};
    case Item::Type::Date: {
        if (!value.isString())
            return wrongType();
        const auto date = parseIsoDate(value.toString());
        if (!date)
            return Error{QStringLiteral("item '%1' has an impossible or non-ISO date (expected YYYY-MM-DD)").arg(item.linkId)};
        return AnswerValue{*date};
    }
    case Item::Type::String:
    case Item::Type::Text:
    case Item::Type::Choice:
        if (!value.isString())
            return wrongType();
        return AnswerValue{value.toString()};
    case Item::Type::Group:
    case Item::Type::Display:
        break;
    }
    return Error{QStringLiteral("item '%1' is a %2, not a question: it takes no answer")
                     .arg(item.linkId, itemTypeName(item.type))};
}

QJsonValue answerToJson(const AnswerValue &value)
{
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag;
    if (const auto *date = std::get_if<QDate>(&value))
        return date->toString(Qt::ISODate);
    return std::get<QString>(value);
}

} // namespace intake
