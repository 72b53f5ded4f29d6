#include "questionnaire/responsevalidator.h"

#include "common/text.h"
#include "questionnaire/enablement.h"

namespace intake {

namespace {

bool isBlank(const AnswerValue &value)
{
    const auto *text = std::get_if<QString>(&value);
    return text && text->trimmed().isEmpty();
}

std::optional<ValidationIssue> checkValue(const Item &item, const AnswerValue &value, QDate appointmentDate)
{
    using Kind = ValidationIssue::Kind;
    if (const auto *date = std::get_if<QDate>(&value)) {
        if (*date > appointmentDate) {
            return ValidationIssue{Kind::DateAfterAppointment, item.linkId,
                                   QStringLiteral("item '%1' has a date after the appointment date").arg(item.linkId)};
        }
    }
    const auto *text = std::get_if<QString>(&value);
    if (!text)
        return std::nullopt;
    if (item.type == Item::Type::Choice) {
        const bool known = std::any_of(item.answerOptions.cbegin(), item.answerOptions.cend(),
                                       [text](const AnswerOption &option) { return option.code == *text; });
        if (!known)
            return ValidationIssue{Kind::NotAnOption, item.linkId,
                                   QStringLiteral("item '%1' has an answer that is not one of its options").arg(item.linkId)};
        return std::nullopt;
    }
    if (text->size() > item.maxLength) {
        return ValidationIssue{Kind::TooLong, item.linkId,
                               QStringLiteral("item '%1' is longer than %2 characters").arg(item.linkId).arg(item.maxLength)};
    }
    if (hasControlCharacters(*text, item.type == Item::Type::Text)) {
        return ValidationIssue{Kind::ControlCharacters, item.linkId,
                               QStringLiteral("item '%1' contains control or unassigned characters").arg(item.linkId)};
    }
    if (hasMarkupCharacters(*text)) {
        return ValidationIssue{Kind::MarkupCharacters, item.linkId,
                               QStringLiteral("item '%1' contains '<' or '>'").arg(item.linkId)};
    }
    return std::nullopt;
}

} // namespace

QList<ValidationIssue> ResponseValidator::validate(const Questionnaire &questionnaire, const Response &response,
                                                   QDate appointmentDate)
{
    using Kind = ValidationIssue::Kind;
    const Enablement enablement(questionnaire, response);
    QList<ValidationIssue> issues;
    for (const Item *item : questionnaire.allItems()) {
        if (!item->isQuestion())
            continue;
        const auto answer = response.answer(item->linkId);
        const bool enabled = enablement.isEnabled(item->linkId);
        if (answer && !enabled) {
            issues.append({Kind::NotEnabled, item->linkId,
                           QStringLiteral("item '%1' is answered but not asked: its enableWhen conditions do not hold")
                               .arg(item->linkId)});
            continue;
        }
        if (!enabled)
            continue;
        if (!answer || isBlank(*answer)) {
            if (item->required)
                issues.append({Kind::Missing, item->linkId,
                               QStringLiteral("required item '%1' is missing").arg(item->linkId)});
            continue;
        }
        if (auto issue = checkValue(*item, *answer, appointmentDate))
            issues.append(*issue);
    }
    return issues;
}

} // namespace intake
