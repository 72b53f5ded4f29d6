#include "questionnaire/responsevalidator.h"

#include "questionnaire/enablement.h"

namespace intake {

namespace {

// Control and format characters (bidi overrides, zero-width joiners, NUL) have no place in an
// answer: they hide or reorder what staff read. Lone surrogates mean broken text.
bool hasControlCharacters(const QString &text, bool multiline)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (text.at(i).isSurrogate()) {
            return true;
        }
        if (multiline && (codePoint == U'\n' || codePoint == U'\t'))
            continue;
        const auto category = QChar::category(codePoint);
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_NotAssigned || QChar::isNonCharacter(codePoint))
            return true;
    }
    return false;
}

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
