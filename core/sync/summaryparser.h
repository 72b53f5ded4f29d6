#pragma once

#include "common/result.h"
#include "screening/screeningresult.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace intake {

/// A summary as the console received it, after SummaryParser checked every field
/// (docs/SYNC.md, wire format version 1).
struct ReceivedSummary
{
    QString uuid;            ///< lowercase, hyphenated
    QString kiosk;           ///< the kiosk's own name for itself, as it wrote it in the summary
    QDateTime createdAt;     ///< UTC
    QString firstName;
    QString lastName;
    QDate birthDate;
    QDate appointmentDate;
    Severity outcome = Severity::Clear;
    std::optional<QDate> earliestDate;
    int flagCount = 0;
    QJsonObject json;        ///< the whole summary, exactly as validated
    QByteArray bytes;        ///< the UTF-8 JSON it was parsed from (parse() only): stored as is
};

/// Strict validation of an incoming summary: format and version, UUID, ISO dates and times,
/// outcome and severity names, bounded arrays and strings, no unknown keys and no key twice,
/// no text that would read differently on the console than it was written (textProblem()),
/// earliestDate present exactly when a flag has `until`, the outcome the most severe flag's.
/// Errors are one line that names the field (e.g. "flags[2].until: not a date (YYYY-MM-DD)")
/// and never repeat its value: a summary carries a client's name and answers.
class SummaryParser
{
public:
    /// What a text is: a line (a name, a kiosk name, an id, a date) or free text (an answer,
    /// the clinic's question, reason and guidance), which may hold line breaks and tabs.
    enum class Text { Line, FreeText };
    static constexpr qsizetype maxBytes = 256 * 1024;
    static constexpr qsizetype maxFlags = 64;
    static constexpr qsizetype maxNameLength = 100;
    static constexpr qsizetype maxIdLength = 128;
    static constexpr qsizetype maxTextLength = 4000;
    static constexpr qsizetype maxLanguages = 8;

    /// A batch holds 1 to this many summaries.
    static constexpr qsizetype maxBatchSummaries = 32;

    /// Parses and validates UTF-8 JSON bytes.
    static Result<ReceivedSummary> parse(const QByteArray &bytes);
    /// Parses a batch (docs/SYNC.md, "intake-summary-batch"): the envelope must be right, or
    /// nothing is taken; then each summary is validated on its own, so that one that does not
    /// validate (its error names it as "summaries[i]. …") does not refuse the others.
    static Result<QList<Result<ReceivedSummary>>> parseBatch(const QByteArray &bytes);
    /// Validates an already parsed object.
    static Result<ReceivedSummary> validate(const QJsonObject &json);

    /// What is wrong with `text` for staff to read it as sent, worded to follow a field's name
    /// ("holds a NUL character"), never quoting it; nullopt when nothing is. Refused, by the
    /// checks of common/text.h that the kiosk applies to what a client types: NUL and every
    /// other control or format character (among them the bidirectional overrides and isolates
    /// U+202A to U+202E and U+2066 to U+2069, which reorder what is shown; a line break or tab
    /// only in free text), unassigned code points, broken UTF-16, and '<' and '>' (Qt Quick's
    /// Text takes them as markup).
    static std::optional<QString> textProblem(const QString &text, Text kind);
};

} // namespace intake
