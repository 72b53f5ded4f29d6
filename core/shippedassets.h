#pragma once

#include "common/result.h"
#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"

#include <QString>

namespace intake {

/// The shipped questionnaire and the rules written for it.
struct ShippedScreening
{
    Questionnaire questionnaire;
    RuleSet rules;
};

/// The questionnaire and rules shipped with the product, compiled into the binaries. A clinic's
/// edited files are given by path instead (command line or settings).
struct ShippedAssets
{
    static QString questionnairePath() { return QStringLiteral(":/assets/questionnaires/microneedling.json"); }
    static QString rulesPath() { return QStringLiteral(":/assets/rules/microneedling.rules.json"); }
    static QString consentPath() { return QStringLiteral(":/assets/consent/microneedling.consent.json"); }

    /// Loads and checks the shipped questionnaire and rules (rules against the questionnaire).
    static Result<ShippedScreening> loadScreening();
};

} // namespace intake
