#pragma once

#include "questionnaire/questionnaire.h"
#include "store/finishedintake.h"

#include <QJsonObject>

namespace intake {

/// What the kiosk sends the staff console about one intake (docs/SYNC.md): identity, outcome,
/// earliest date, each flag with its question, the answer and the clinic's texts, and the
/// consent status. Nothing else of the record leaves the tablet.
struct Summary
{
    static constexpr int formatVersion = 1;

    static QJsonObject build(const FinishedIntake &intake, const Questionnaire &questionnaire);
};

} // namespace intake
