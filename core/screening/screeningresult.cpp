#include "screening/screeningresult.h"

#include <QJsonArray>

namespace intake {

namespace {
const std::array<std::pair<Severity, QLatin1String>, 5> severityNames{{
    {Severity::Clear, QLatin1String("clear")},
    {Severity::Precaution, QLatin1String("precaution")},
    {Severity::Defer, QLatin1String("defer")},
    {Severity::Review, QLatin1String("review")},
    {Severity::Contraindicated, QLatin1String("contraindicated")},
}};
} // namespace

QString severityName(Severity severity)
{
    for (const auto &[value, name] : severityNames) {
        if (value == severity)
            return name;
    }
    Q_UNREACHABLE();
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (const auto &[value, text] : severityNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

QJsonObject Flag::toJson(const QString &language) const
{
    QJsonObject json{
        {QStringLiteral("code"), code},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("linkId"), linkId},
        {QStringLiteral("reason"), reason.text(language)},
        {QStringLiteral("guidance"), guidance.text(language)},
    };
    if (until)
        json.insert(QStringLiteral("until"), until->toString(Qt::ISODate));
    return json;
}

QJsonObject ScreeningResult::toJson(const QString &language) const
{
    QJsonArray flagArray;
    for (const auto &flag : flags)
        flagArray.append(flag.toJson(language));
    QJsonObject json{
        {QStringLiteral("outcome"), severityName(outcome)},
        {QStringLiteral("flags"), flagArray},
    };
    if (earliestDate)
        json.insert(QStringLiteral("earliestDate"), earliestDate->toString(Qt::ISODate));
    return json;
}

} // namespace intake
