#pragma once

#include <QString>

namespace intake {

/// The questionnaire and rules shipped with the product, compiled into the binaries. A clinic's
/// edited files are given by path instead (command line or settings).
struct ShippedAssets
{
    static QString questionnairePath() { return QStringLiteral(":/assets/questionnaires/microneedling.json"); }
    static QString rulesPath() { return QStringLiteral(":/assets/rules/microneedling.rules.json"); }
    static QString consentPath() { return QStringLiteral(":/assets/consent/microneedling.consent.json"); }
};

} // namespace intake
