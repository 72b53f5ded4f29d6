#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace intake {

/// One sampled point of a signature: position in the pad's own coordinates (0..1 on both axes,
/// so the drawing does not depend on the screen) and milliseconds since the first touch.
struct SignaturePoint
{
    double x = 0;
    double y = 0;
    qint64 ms = 0;

    friend bool operator==(const SignaturePoint &, const SignaturePoint &) = default;
};

using SignatureStroke = QList<SignaturePoint>;

/// The consent a client signed: which document, in which language, the hash of the exact text
/// shown, the printed name and the signature strokes with their timing.
struct SignedConsent
{
    QString documentId;
    QString documentVersion;
    QString language;
    QString textSha256;  ///< hex SHA-256 of the UTF-8 text the client read
    QString printedName;
    QList<SignatureStroke> strokes;
    QDateTime signedAt;

    /// `[[ [x, y, ms], ... ], ...]`: compact, and enough to redraw and to replay the timing.
    QJsonArray strokesToJson() const;
    static Result<QList<SignatureStroke>> strokesFromJson(const QJsonArray &json);
};

} // namespace intake
