#pragma once

#include "common/result.h"
#include "questionnaire/questionnaire.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace intake {

/// The client's answers, keyed by linkId. Holds only values of the right type for their item
/// (fromJson checks); whether the set is complete and consistent is ResponseValidator's job.
class Response
{
public:
    /// Reads `{ "<linkId>": <value>, ... }`. Fails on an unknown linkId or a value of the wrong
    /// type; the error names the item and what it expects.
    static Result<Response> fromJson(const Questionnaire &questionnaire, const QJsonObject &answers);
    QJsonObject toJson() const;

    std::optional<AnswerValue> answer(const QString &linkId) const;
    bool hasAnswer(const QString &linkId) const { return m_answers.contains(linkId); }
    void setAnswer(const QString &linkId, const AnswerValue &value) { m_answers.insert(linkId, value); }
    void clearAnswer(const QString &linkId) { m_answers.remove(linkId); }
    const QMap<QString, AnswerValue> &answers() const { return m_answers; }

private:
    QMap<QString, AnswerValue> m_answers;
};

} // namespace intake
