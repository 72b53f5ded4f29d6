#pragma once

#include "questionnaire/localizedtext.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace intake {

/// Flag severities and outcomes, least to most severe. `Clear` is an outcome only (no flags).
/// Names are the contract's (shared/design/SCREENING.md).
enum class Severity { Clear, Precaution, Defer, Review, Contraindicated };

QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);

/// One screening finding for staff: which rule fired on which item, and what to do about it.
struct Flag
{
    QString code;
    Severity severity = Severity::Review;
    QString linkId;
    std::optional<QDate> until;  ///< defer only: the first day the treatment may be done
    LocalizedText reason;
    LocalizedText guidance;

    QJsonObject toJson(const QString &language) const;
};

/// What screening concluded: the most severe flag's severity, the earliest treatment date when
/// something defers it, and every flag (most severe first, then in rule order).
struct ScreeningResult
{
    Severity outcome = Severity::Clear;
    std::optional<QDate> earliestDate;
    QList<Flag> flags;

    /// The contract's JSON (`intake-cli screen`), texts in `language`.
    QJsonObject toJson(const QString &language) const;
};

} // namespace intake
