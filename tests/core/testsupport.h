#pragma once

#include "questionnaire/questionnaire.h"
#include "questionnaire/response.h"
#include "screening/ruleset.h"
#include "screening/screeningresult.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace intake::test {

QJsonObject shippedQuestionnaireJson();
QJsonObject shippedRulesJson();
const Questionnaire &shippedQuestionnaire();
const RuleSet &shippedRules();

/// Every required boolean of the shipped questionnaire answered "no": the outcome is clear.
QJsonObject allNo();
/// allNo() with `changes` applied; a null value in `changes` removes the answer.
QJsonObject answersWith(const QJsonObject &changes);

/// Parses and screens with the shipped files; fails the test on bad input.
ScreeningResult screenOk(const QJsonObject &answers, QDate appointment);
/// The error message of screening `answers` (empty when it succeeded).
QString screenError(const QJsonObject &answers, QDate appointment);

/// The flag with `code`, if raised.
std::optional<Flag> findFlag(const ScreeningResult &result, const QString &code);

/// Replaces, at the JSON path of linkIds, the first item with `linkId` by `change(item)`.
QJsonObject editItem(QJsonObject questionnaire, const QString &linkId,
                     const std::function<QJsonObject(QJsonObject)> &change);

} // namespace intake::test
