#include "sync/summary.h"

#include "questionnaire/answer.h"

#include <QJsonArray>

namespace intake {

namespace {

QJsonObject bothLanguages(const LocalizedText &text)
{
    QJsonObject json;
    for (const QString &language : text.languages())
        json.insert(language, text.text(language));
    return json;
}

} // namespace

QJsonObject Summary::build(const FinishedIntake &intake, const Questionnaire &questionnaire)
{
    QJsonArray flags;
    for (const Flag &flag : intake.screening.flags) {
        const Item *item = questionnaire.item(flag.linkId);
        QJsonObject json{
            {QStringLiteral("code"), flag.code},
            {QStringLiteral("severity"), severityName(flag.severity)},
            {QStringLiteral("linkId"), flag.linkId},
            {QStringLiteral("question"), item ? bothLanguages(item->text) : QJsonObject()},
            {QStringLiteral("reason"), bothLanguages(flag.reason)},
            {QStringLiteral("guidance"), bothLanguages(flag.guidance)},
        };
        const auto answer = intake.response.answer(flag.linkId);
        json.insert(QStringLiteral("answer"), answer ? answerToJson(*answer) : QJsonValue());
        if (flag.until)
            json.insert(QStringLiteral("until"), flag.until->toString(Qt::ISODate));
        flags.append(json);
    }
    QJsonObject summary{
        {QStringLiteral("format"), QStringLiteral("intake-summary")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("intake"), intake.uuid},
        {QStringLiteral("kiosk"), intake.kioskId},
        {QStringLiteral("createdAt"), intake.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("firstName"), intake.client.firstName},
                                               {QStringLiteral("lastName"), intake.client.lastName},
                                               {QStringLiteral("birthDate"), intake.client.birthDate.toString(Qt::ISODate)}}},
        {QStringLiteral("appointmentDate"), intake.appointmentDate.toString(Qt::ISODate)},
        {QStringLiteral("outcome"), severityName(intake.screening.outcome)},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("consent"), QJsonObject{{QStringLiteral("documentId"), intake.consent.documentId},
                                                {QStringLiteral("version"), intake.consent.documentVersion},
                                                {QStringLiteral("language"), intake.consent.language},
                                                {QStringLiteral("signedAt"), intake.consent.signedAt.toUTC().toString(Qt::ISODateWithMs)}}},
    };
    if (intake.screening.earliestDate)
        summary.insert(QStringLiteral("earliestDate"), intake.screening.earliestDate->toString(Qt::ISODate));
    return summary;
}

QByteArray Summary::batchBody(const QList<QByteArray> &summaries)
{
    QByteArray body = QByteArrayLiteral("{\"format\":\"") + batchFormat + QByteArrayLiteral("\",\"version\":")
                      + QByteArray::number(batchFormatVersion) + QByteArrayLiteral(",\"summaries\":[");
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        if (i > 0)
            body += ',';
        body += summaries.at(i);
    }
    body += "]}";
    return body;
}

} // namespace intake
