#include "questionnaire/response.h"

#include "questionnaire/answer.h"

namespace intake {

Result<Response> Response::fromJson(const Questionnaire &questionnaire, const QJsonObject &answers)
{
    Response response;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const Item *item = questionnaire.item(it.key());
        if (!item)
            return Error{QStringLiteral("unknown item '%1': the questionnaire has no such linkId").arg(it.key())};
        auto value = answerFromJson(*item, it.value());
        if (!value)
            return value.error();
        response.setAnswer(it.key(), value.value());
    }
    return response;
}

QJsonObject Response::toJson() const
{
    QJsonObject json;
    for (auto it = m_answers.constBegin(); it != m_answers.constEnd(); ++it)
        json.insert(it.key(), answerToJson(it.value()));
    return json;
}

std::optional<AnswerValue> Response::answer(const QString &linkId) const
{
    const auto it = m_answers.constFind(linkId);
    if (it == m_answers.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace intake
