#include "consent/signedconsent.h"

namespace intake {

QJsonArray SignedConsent::strokesToJson() const
{
    QJsonArray json;
    for (const SignatureStroke &stroke : strokes) {
        QJsonArray points;
        for (const SignaturePoint &point : stroke)
            points.append(QJsonArray{point.x, point.y, point.ms});
        json.append(points);
    }
    return json;
}

Result<QList<SignatureStroke>> SignedConsent::strokesFromJson(const QJsonArray &json)
{
    QList<SignatureStroke> strokes;
    for (const auto &strokeValue : json) {
        SignatureStroke stroke;
        for (const auto &pointValue : strokeValue.toArray()) {
            const QJsonArray point = pointValue.toArray();
            if (point.size() != 3 || !point.at(0).isDouble() || !point.at(1).isDouble() || !point.at(2).isDouble())
                return Error{QStringLiteral("a signature point must be [x, y, ms]")};
            stroke.append({point.at(0).toDouble(), point.at(1).toDouble(), static_cast<qint64>(point.at(2).toDouble())});
        }
        strokes.append(stroke);
    }
    return strokes;
}

} // namespace intake
