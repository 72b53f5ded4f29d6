#pragma once

#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "store/finishedintake.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace intake {

/// Realistic synthetic intakes for demos, staff training and benchmarks: invented names, a mix
/// of answers that exercises every outcome, a drawn signature. The same seed gives the same
/// intakes, so a demo store can be rebuilt exactly.
class DemoData
{
public:
    static constexpr quint32 defaultSeed = 20261125;

    DemoData(const Questionnaire &questionnaire, const RuleSet &rules, quint32 seed = defaultSeed);

    /// The next intake, created at `createdAt`, with an appointment on that day or soon after.
    FinishedIntake next(const QDateTime &createdAt);

private:
    const Questionnaire &m_questionnaire;
    const RuleSet &m_rules;
    QRandomGenerator m_random;
    int m_count = 0;
};

} // namespace intake
