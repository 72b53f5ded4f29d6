// Any bytes a kiosk (or anyone who got past TLS and the signature) could send as a summary
// body or a batch of them: a clear one-line error or a ReceivedSummary, never a crash, and an accepted summary
// always obeys the wire format's invariants (docs/SYNC.md).

#include "sync/summaryparser.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

namespace {

bool oneLine(const intake::Error &error)
{
    return !error.message.isEmpty() && !error.message.contains(u'\n');
}

/// The same bytes as a batch body: refused whole with one line, or 1 to 32 verdicts, each a
/// summary or one line.
void checkAsBatch(const QByteArray &bytes)
{
    const auto batch = intake::SummaryParser::parseBatch(bytes);
    if (!batch) {
        if (!oneLine(batch.error()))
            __builtin_trap();
        return;
    }
    if (batch->isEmpty() || batch->size() > intake::SummaryParser::maxBatchSummaries)
        __builtin_trap();
    for (const auto &item : *batch) {
        if (!item && !oneLine(item.error()))
            __builtin_trap();
        if (item && item->uuid.size() != 36)
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkAsBatch(bytes);
    const auto parsed = intake::SummaryParser::parse(bytes);
    if (!parsed) {
        if (!oneLine(parsed.error()))
            __builtin_trap();
        return 0;
    }
    const intake::ReceivedSummary &summary = *parsed;
    const QJsonArray flags = summary.json.value(QStringLiteral("flags")).toArray();
    bool anyUntil = false;
    intake::Severity worst = intake::Severity::Clear;
    for (const auto &value : flags) {
        const QJsonObject flag = value.toObject();
        anyUntil = anyUntil || flag.contains(QStringLiteral("until"));
        worst = std::max(worst, intake::severityFromName(flag.value(QStringLiteral("severity")).toString()).value_or(intake::Severity::Clear));
    }
    if (flags.size() > intake::SummaryParser::maxFlags || summary.flagCount != flags.size() || worst != summary.outcome
        || anyUntil != summary.earliestDate.has_value() || summary.uuid.size() != 36 || !summary.createdAt.isValid()
        || !summary.birthDate.isValid() || !summary.appointmentDate.isValid()
        || summary.firstName.size() > intake::SummaryParser::maxNameLength)
        __builtin_trap();
    // what staff read is what was sent: no NUL, control character, markup or bidirectional
    // control in a name or the kiosk's name
    for (const QString &line : {summary.firstName, summary.lastName, summary.kiosk}) {
        if (intake::SummaryParser::textProblem(line, intake::SummaryParser::Text::Line))
            __builtin_trap();
    }
    // validating the accepted object again gives the same answer
    if (!intake::SummaryParser::validate(summary.json))
        __builtin_trap();
    return 0;
}
