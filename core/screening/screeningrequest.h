#pragma once

#include "common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace intake {

/// The input of `intake-cli screen` (shared/design/SCREENING.md):
/// `{ "appointmentDate": "YYYY-MM-DD" (optional), "answers": { linkId: value, ... } }`.
struct ScreeningRequest
{
    QDate appointmentDate;
    QJsonObject answers;

    /// `today` is used when the request names no appointment date. Unknown keys are refused.
    static Result<ScreeningRequest> fromJson(const QJsonObject &json, QDate today, const QString &sourceName);
};

} // namespace intake
