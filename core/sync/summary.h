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
    /// Several summaries in one request (a backlog): {"format", "version", "summaries": […]}.
    static constexpr auto batchFormat = "intake-summary-batch";
    static constexpr int batchFormatVersion = 1;

    static QJsonObject build(const FinishedIntake &intake, const Questionnaire &questionnaire);
    /// A batch body around summaries that are each already UTF-8 JSON (the outbox's payloads),
    /// joined as they are, not parsed again.
    static QByteArray batchBody(const QList<QByteArray> &summaries);
};

} // namespace intake
