#include "store/demodata.h"

#include "screening/screener.h"

#include <QCryptographicHash>
#include <QUuid>

#include <cmath>

namespace intake {

namespace {

const QStringList firstNames{
    QStringLiteral("Ana"),    QStringLiteral("Lucía"),  QStringLiteral("Grace"),  QStringLiteral("Maya"),
    QStringLiteral("Sofía"),  QStringLiteral("Olivia"), QStringLiteral("Daniela"), QStringLiteral("Priya"),
    QStringLiteral("Hannah"), QStringLiteral("Camila"), QStringLiteral("Jordan"), QStringLiteral("Elena"),
    QStringLiteral("Marcus"), QStringLiteral("Noor"),   QStringLiteral("Valeria"), QStringLiteral("Chloe"),
};
const QStringList lastNames{
    QStringLiteral("Alvarez"), QStringLiteral("Brooks"), QStringLiteral("Castillo"), QStringLiteral("Delgado"),
    QStringLiteral("Evans"),   QStringLiteral("Flores"), QStringLiteral("Garcia"),   QStringLiteral("Huang"),
    QStringLiteral("Ibarra"),  QStringLiteral("Jensen"), QStringLiteral("Khan"),     QStringLiteral("Lopez"),
    QStringLiteral("Moreno"),  QStringLiteral("Nguyen"), QStringLiteral("Ortiz"),    QStringLiteral("Patel"),
};

} // namespace

DemoData::DemoData(const Questionnaire &questionnaire, const RuleSet &rules, quint32 seed)
    : m_questionnaire(questionnaire), m_rules(rules), m_random(seed)
{
}

FinishedIntake DemoData::next(const QDateTime &createdAt)
{
    ++m_count;
    const auto pick = [this](const QStringList &list) { return list.at(m_random.bounded(static_cast<int>(list.size()))); };
    const auto chance = [this](int percent) { return static_cast<int>(m_random.bounded(100)) < percent; };

    FinishedIntake intake;
    // UUIDs from the generator (not the system's), so the same seed rebuilds the same store
    intake.uuid = QUuid(m_random.generate(), static_cast<ushort>(m_random.bounded(65536)),
                        static_cast<ushort>(0x4000 | m_random.bounded(0x1000)),
                        static_cast<uchar>(0x80 | m_random.bounded(0x40)), static_cast<uchar>(m_random.bounded(256)),
                        static_cast<uchar>(m_random.bounded(256)), static_cast<uchar>(m_random.bounded(256)),
                        static_cast<uchar>(m_random.bounded(256)), static_cast<uchar>(m_random.bounded(256)),
                        static_cast<uchar>(m_random.bounded(256)), static_cast<uchar>(m_random.bounded(256)))
                      .toString(QUuid::WithoutBraces);
    intake.createdAt = createdAt;
    intake.kioskId = QStringLiteral("demo-kiosk");
    intake.questionnaireUrl = m_questionnaire.url();
    intake.questionnaireVersion = m_questionnaire.version();
    intake.rulesVersion = m_rules.version();
    intake.appointmentDate = createdAt.date().addDays(chance(80) ? 0 : m_random.bounded(1, 8));
    intake.language = chance(35) ? QStringLiteral("es") : QStringLiteral("en");
    intake.client.firstName = pick(firstNames);
    intake.client.lastName = pick(lastNames);
    intake.client.birthDate = QDate(1950 + m_random.bounded(55), 1 + m_random.bounded(12), 1 + m_random.bounded(28));
    intake.client.contact = chance(50) ? QStringLiteral("+1 555 01%1").arg(m_random.bounded(100), 2, 10, QLatin1Char('0'))
                                       : QStringLiteral("%1.%2@example.com").arg(intake.client.firstName.toLower(),
                                                                                 intake.client.lastName.toLower());

    // Most clients answer "no" throughout; each "yes" is drawn rarely, so every outcome shows up.
    for (const Item *item : m_questionnaire.allItems()) {
        if (item->type == Item::Type::Boolean && item->required)
            intake.response.setAnswer(item->linkId, chance(4));
    }
    for (const auto &[question, date, days] : {std::tuple{"treatments.botox", "treatments.botox_date", 40},
                                               std::tuple{"treatments.filler", "treatments.filler_date", 60}}) {
        const QString linkId = QString::fromLatin1(question);
        if (!chance(12)) {
            intake.response.setAnswer(linkId, false);
            continue;
        }
        intake.response.setAnswer(linkId, true);
        if (chance(85))
            intake.response.setAnswer(QString::fromLatin1(date), intake.appointmentDate.addDays(-m_random.bounded(days)));
    }
    if (const Item *goals = m_questionnaire.item(QStringLiteral("goals.main")); goals && !goals->answerOptions.isEmpty())
        intake.response.setAnswer(goals->linkId, goals->answerOptions.at(m_random.bounded(static_cast<int>(goals->answerOptions.size()))).code);

    auto screening = Screener::screen(m_questionnaire, m_rules, intake.response, intake.appointmentDate);
    if (screening)
        intake.screening = screening.value();

    // a signature: two strokes of a smooth scribble, sampled every 16 ms
    intake.consent.documentId = QStringLiteral("microneedling-consent");
    intake.consent.documentVersion = QStringLiteral("1.0.0");
    intake.consent.language = intake.language;
    intake.consent.textSha256 = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("demo consent text " + intake.language.toUtf8()), QCryptographicHash::Sha256).toHex());
    intake.consent.printedName = intake.client.firstName + u' ' + intake.client.lastName;
    qint64 ms = 0;
    for (int stroke = 0; stroke < 2; ++stroke) {
        SignatureStroke points;
        const double phase = m_random.bounded(6.28);
        for (int i = 0; i < 40; ++i) {
            const double t = i / 40.0;
            points.append({0.1 + 0.35 * t + 0.45 * stroke, 0.5 + 0.2 * std::sin(phase + t * 9.0), ms});
            ms += 16;
        }
        intake.consent.strokes.append(points);
        ms += 300;
    }
    intake.consent.signedAt = createdAt.addSecs(-60);
    return intake;
}

} // namespace intake
