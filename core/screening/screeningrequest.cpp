#include "screening/screeningrequest.h"

#include "questionnaire/answer.h"

namespace intake {

Result<ScreeningRequest> ScreeningRequest::fromJson(const QJsonObject &json, QDate today, const QString &sourceName)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() != QLatin1String("appointmentDate") && it.key() != QLatin1String("answers")) {
            return Error{QStringLiteral("%1: unknown key '%2' (expected \"appointmentDate\" and \"answers\")")
                             .arg(sourceName, it.key())};
        }
    }
    ScreeningRequest request;
    request.appointmentDate = today;
    if (json.contains(QLatin1String("appointmentDate"))) {
        const auto date = parseIsoDate(json.value(QLatin1String("appointmentDate")).toString());
        if (!date)
            return Error{QStringLiteral("%1: \"appointmentDate\" must be an existing date as YYYY-MM-DD").arg(sourceName)};
        request.appointmentDate = *date;
    }
    const auto answers = json.value(QLatin1String("answers"));
    if (!answers.isObject())
        return Error{QStringLiteral("%1: needs an \"answers\" object").arg(sourceName)};
    request.answers = answers.toObject();
    return request;
}

} // namespace intake
