#pragma once

#include "common/result.h"
#include "questionnaire/questionnaire.h"

#include <QDate>
#include <QJsonValue>

#include <optional>

namespace intake {

/// Parses a strict ISO calendar date, YYYY-MM-DD, and nothing else (no times, no week dates).
std::optional<QDate> parseIsoDate(const QString &text);

/// Converts a JSON answer to the value type of `item`. The error message names what was
/// expected (not the value given, which may be personal).
Result<AnswerValue> answerFromJson(const Item &item, const QJsonValue &value);

QJsonValue answerToJson(const AnswerValue &value);

/// What an answer of this item looks like, for error messages: "true or false", ...
QString expectedAnswerDescription(const Item &item);

} // namespace intake
