#include "synctestsupport.h"

#include "shippedassets.h"
#include "storetestsupport.h"
#include "sync/summary.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace intake::test {

const Questionnaire &shippedQuestionnaire()
{
    static const Questionnaire questionnaire = Questionnaire::load(ShippedAssets::questionnairePath()).value();
    return questionnaire;
}

QJsonObject sampleSummary(int index)
{
    return Summary::build(sampleIntake(index), shippedQuestionnaire());
}

QByteArray sampleSummaryBytes(int index)
{
    return QJsonDocument(sampleSummary(index)).toJson(QJsonDocument::Compact);
}

TempKeyFileStore::TempKeyFileStore(StoreSchema schema)
{
    const auto key = KeyVault::createKeyFile(keyFile());
    EXPECT_TRUE(key.ok()) << key.error().message.toStdString();
    auto created = IntakeStore::create(storePath(), kek(), Argon2Params::fastForTests(), schema);
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    if (created)
        store = std::move(created).value();
}

ConsoleFixture::ConsoleFixture()
{
    const char pin[] = "2468";
    auto admin = repository.createFirstAdmin(QStringLiteral("Dana"), SecretBytes::fromBytes(pin, 4));
    EXPECT_TRUE(admin.ok()) << admin.error().message.toStdString();
    if (admin)
        adminId = admin.value();
}

KioskEnrollment ConsoleFixture::pairKiosk(const QString &name)
{
    KioskEnrollment enrollment = pairPendingKiosk(name);
    const auto approved = repository.approveKiosk(enrollment.kioskId, adminId);
    EXPECT_TRUE(approved.ok()) << approved.error().message.toStdString();
    return enrollment;
}

KioskEnrollment ConsoleFixture::pairPendingKiosk(const QString &name)
{
    auto token = repository.issuePairingToken(adminId);
    EXPECT_TRUE(token.ok()) << token.error().message.toStdString();
    auto enrollment = repository.pairKiosk(token->token, name);
    EXPECT_TRUE(enrollment.ok()) << enrollment.error().message.toStdString();
    return std::move(enrollment).value();
}

} // namespace intake::test
