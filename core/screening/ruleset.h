#pragma once

#include "common/result.h"
#include "questionnaire/localizedtext.h"
#include "questionnaire/questionnaire.h"
#include "screening/condition.h"
#include "screening/screeningresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace intake {

/// One screening rule: when `when` holds, raise flag `code` with `severity` on item `linkId`.
struct Rule
{
    /// How a defer rule computes `until` from a date answer.
    struct Until
    {
        QString item;
        int days = 0;
        int months = 0;

        QDate from(QDate date) const { return date.addMonths(months).addDays(days); }
    };

    QString code;
    Severity severity = Severity::Review;
    QString linkId;
    Condition when;
    std::optional<Until> until;
    LocalizedText reason;
    LocalizedText guidance;
};

/// The clinic's screening rules (assets/rules/*.rules.json), checked against the questionnaire
/// they apply to: every item a rule names exists with a type that fits.
class RuleSet
{
public:
    static Result<RuleSet> fromJson(const QJsonObject &json, const Questionnaire &questionnaire, const QString &sourceName);
    static Result<RuleSet> load(const QString &path, const Questionnaire &questionnaire);

    QString id() const { return m_id; }
    QString version() const { return m_version; }
    const QList<Rule> &rules() const { return m_rules; }

private:
    QString m_id;
    QString m_version;
    QList<Rule> m_rules;
};

} // namespace intake
