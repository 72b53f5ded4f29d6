#include "storetestsupport.h"

#include "shippedassets.h"
#include "screening/screener.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstring>

namespace intake::test {

namespace {
KekSource passphraseFrom(const char *text)
{
    return KekSource::passphrase(SecretBytes::fromBytes(text, std::strlen(text)));
}
} // namespace

KekSource testPassphrase()
{
    return KekSource::passphrase(SecretBytes::fromUtf8(testPassphraseText()));
}

QString testPassphraseText()
{
    return QStringLiteral("front desk opens at 8, lavender 2291");
}

KekSource otherPassphrase()
{
    return passphraseFrom("not the passphrase 5531");
}

FinishedIntake sampleIntake(int index, QDateTime createdAt)
{
    static const Questionnaire questionnaire = Questionnaire::load(ShippedAssets::questionnairePath()).value();
    static const RuleSet rules = RuleSet::load(ShippedAssets::rulesPath(), questionnaire).value();

    FinishedIntake intake;
    intake.uuid = QUuid::createUuidV5(QUuid(), QStringLiteral("sample-%1").arg(index)).toString(QUuid::WithoutBraces);
    intake.createdAt = createdAt;
    intake.kioskId = QStringLiteral("kiosk-test");
    intake.questionnaireUrl = questionnaire.url();
    intake.questionnaireVersion = questionnaire.version();
    intake.rulesVersion = rules.version();
    intake.appointmentDate = QDate(2026, 12, 1);
    intake.language = index % 2 ? QStringLiteral("es") : QStringLiteral("en");
    intake.client = {QStringLiteral("Marisol%1").arg(index), QStringLiteral("Quintanilla"), QDate(1988, 4, 17),
                     QStringLiteral("marisol%1@example.com").arg(index)};
    for (const Item *item : questionnaire.allItems()) {
        if (item->type == Item::Type::Boolean)
            intake.response.setAnswer(item->linkId, false);
    }
    intake.response.setAnswer(QStringLiteral("treatments.botox"), true);
    intake.response.setAnswer(QStringLiteral("treatments.botox_date"), QDate(2026, 11, 21));
    intake.response.setAnswer(QStringLiteral("health.cold_sores"), true);
    intake.response.setAnswer(QStringLiteral("notes.other"), distinctiveAnswer);
    auto screening = Screener::screen(questionnaire, rules, intake.response, intake.appointmentDate);
    EXPECT_TRUE(screening.ok()) << screening.error().message.toStdString();
    intake.screening = screening.value();
    intake.consent = {QStringLiteral("microneedling-consent"), QStringLiteral("1.0.0"), intake.language,
                      QString(64, u'a'), intake.client.firstName + u' ' + intake.client.lastName,
                      {{{0.1, 0.5, 0}, {0.2, 0.4, 16}, {0.35, 0.6, 33}}, {{0.5, 0.5, 400}, {0.7, 0.45, 420}}},
                      createdAt.addSecs(240)};
    return intake;
}

QString copyOfFixtureStore(const QString &name, const QTemporaryDir &dir)
{
    const QDir fixture(QStringLiteral(INTAKE_TEST_DATA "/stores/") + name);
    EXPECT_TRUE(fixture.exists()) << name.toStdString();
    for (const QString &file : fixture.entryList(QDir::Files)) {
        EXPECT_TRUE(QFile::copy(fixture.filePath(file), dir.filePath(file))) << file.toStdString();
        QFile::setPermissions(dir.filePath(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return dir.filePath(QStringLiteral("store.key"));
}

TempStore::TempStore()
{
    auto created = IntakeStore::create(dir.path(), testPassphrase(), fastParams());
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    if (created)
        store = std::move(created).value();
}

QList<std::pair<QString, QByteArray>> filesIn(const QString &directory)
{
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), file.readAll()});
    }
    return files;
}

QList<QByteArray> encodingsOf(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray utf16le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);
    return {utf8, utf16le, utf16be, utf8.toBase64(), utf8.toHex(), text.toLatin1()};
}

Connection::Connection(const QString &path, SecretBytes key, const QString &options) : m_name(QUuid::createUuid().toString())
{
    m_driver = new SqlCipherDriver();
    m_driver->setKey(std::move(key));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_driver, m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    m_opened = db.open();
}

Connection::~Connection()
{
    database().close();
    QSqlDatabase::removeDatabase(m_name);
}

SecretBytes keyOf(char fill)
{
    const QByteArray bytes(32, fill);
    return SecretBytes::fromBytes(bytes.constData(), 32);
}

} // namespace intake::test
