// Consent documents: the shipped one loads and says what the clinic's page says; its text hash is
// stable and follows the canonical form; every kind of bad file is refused with its place named.

#include "common/jsonfile.h"
#include "consent/consentdocument.h"
#include "shippedassets.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace intake;

namespace {

const QString en = QStringLiteral("en");
const QString es = QStringLiteral("es");

QJsonObject shippedConsentJson()
{
    return readJsonObjectFile(ShippedAssets::consentPath()).value();
}

const ConsentDocument &shippedConsent()
{
    static const ConsentDocument document = ConsentDocument::load(ShippedAssets::consentPath()).value();
    return document;
}

QJsonObject languageMap(const QString &english, const QString &spanish)
{
    return QJsonObject{{en, english}, {es, spanish}};
}

// The smallest valid document, for checking the canonical text against a hash computed elsewhere.
QJsonObject tinyConsentJson()
{
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("ConsentDocument")},
        {QStringLiteral("id"), QStringLiteral("tiny")},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("title"), languageMap(QStringLiteral("Consent"), QStringLiteral("Consentimiento"))},
        {QStringLiteral("sections"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("what")},
                                {QStringLiteral("heading"), languageMap(QStringLiteral("What it is"), QStringLiteral("Qué es"))},
                                {QStringLiteral("body"), languageMap(QStringLiteral("A body."), QStringLiteral("Un texto."))}}}},
        {QStringLiteral("acknowledgements"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("agree")},
                                {QStringLiteral("text"), languageMap(QStringLiteral("I agree."), QStringLiteral("Acepto."))}}}}};
}

// Applies `change` to the element with `id` of the array `field` of the shipped document.
QJsonObject withElement(const QString &field, const QString &id, const std::function<void(QJsonObject &)> &change)
{
    auto json = shippedConsentJson();
    auto elements = json.value(field).toArray();
    bool found = false;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        auto element = elements.at(i).toObject();
        if (element.value(QLatin1String("id")).toString() == id) {
            change(element);
            elements.replace(i, element);
            found = true;
            break;
        }
    }
    EXPECT_TRUE(found) << "no " << field.toStdString() << " element " << id.toStdString();
    json.insert(field, elements);
    return json;
}

QJsonObject withSection(const QString &id, const std::function<void(QJsonObject &)> &change)
{
    return withElement(QStringLiteral("sections"), id, change);
}

QJsonObject withAcknowledgement(const QString &id, const std::function<void(QJsonObject &)> &change)
{
    return withElement(QStringLiteral("acknowledgements"), id, change);
}

// Sets `field`.`language` of `object` (a language map) to `text`; a null text removes it.
void setText(QJsonObject &object, const QString &field, const QString &language, const QJsonValue &text)
{
    auto map = object.value(field).toObject();
    if (text.isNull())
        map.remove(language);
    else
        map.insert(language, text);
    object.insert(field, map);
}

QString loadError(const QJsonObject &json)
{
    auto result = ConsentDocument::fromJson(json, QStringLiteral("consent.json"));
    return result.ok() ? QString() : result.error().message;
}

} // namespace

TEST(ConsentDocument, ShippedDocumentLoads)
{
    auto result = ConsentDocument::load(ShippedAssets::consentPath());
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->id(), QStringLiteral("microneedling-consent"));
    EXPECT_FALSE(result->version().isEmpty());
    EXPECT_EQ(result->languages(), (QStringList{en, es}));
    EXPECT_GE(result->sections().size(), 8);
    EXPECT_GE(result->acknowledgements().size(), 3);
    EXPECT_LE(result->acknowledgements().size(), 5);
}

TEST(ConsentDocument, EveryTextIsInEnglishAndSpanishAndTranslated)
{
    const auto &document = shippedConsent();
    const auto check = [](const LocalizedText &text, const std::string &where) {
        EXPECT_TRUE(text.hasTranslation(en)) << where;
        EXPECT_TRUE(text.hasTranslation(es)) << where;
        EXPECT_FALSE(text.text(en).trimmed().isEmpty()) << where;
        EXPECT_FALSE(text.text(es).trimmed().isEmpty()) << where;
        EXPECT_NE(text.text(en), text.text(es)) << where << " is not translated";
    };
    check(document.title(), "title");
    for (const auto &section : document.sections()) {
        check(section.heading, "heading of " + section.id.toStdString());
        check(section.body, "body of " + section.id.toStdString());
    }
    for (const auto &acknowledgement : document.acknowledgements())
        check(acknowledgement.text, "acknowledgement " + acknowledgement.id.toStdString());
}

TEST(ConsentDocument, EnglishTextSaysWhatTheClinicPageSays)
{
    const QString text = shippedConsent().fullText(en);
    for (const char *expected : {"Blanca Gutierrez", "Blue Haven Medical Spa", "60 minutes", "$300", "24", "SPF 30",
                                 "10 days", "14 days", "28 days", "anti-viral"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // the clinic's page says "anti-viral antibiotics"; antivirals are not antibiotics
    EXPECT_FALSE(text.contains(QLatin1String("antibiotic"), Qt::CaseInsensitive));
}

TEST(ConsentDocument, SpanishTextUsesTheUiTermsAndNumbers)
{
    const QString text = shippedConsent().fullText(es);
    for (const char *expected : {"tratamiento con microagujas", "nuestra esteticista", "Blanca Gutierrez", "60 minutos",
                                 "$300", "24", "30", "14 días", "28 días", "antiviral"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(text.contains(QLatin1String("antibiótico"), Qt::CaseInsensitive));
}

TEST(ConsentDocument, FullTextFollowsTheCanonicalForm)
{
    const auto &document = shippedConsent();
    const QString text = document.fullText(en);
    const QString expectedStart = document.title().text(en) + QStringLiteral("\n\n") + document.sections().first().heading.text(en)
                                  + QStringLiteral("\n\n") + document.sections().first().body.text(en) + QStringLiteral("\n\n");
    EXPECT_TRUE(text.startsWith(expectedStart));
    EXPECT_TRUE(text.endsWith(QStringLiteral("\n\n") + document.acknowledgements().last().text.text(en)));
    const qsizetype parts = 1 + 2 * document.sections().size() + document.acknowledgements().size();
    EXPECT_EQ(text.count(QStringLiteral("\n\n")), parts - 1);
}

TEST(ConsentDocument, HashIsSha256OfTheUtf8CanonicalText)
{
    auto document = ConsentDocument::fromJson(tinyConsentJson(), QStringLiteral("tiny.json"));
    ASSERT_TRUE(document.ok()) << document.error().message.toStdString();
    EXPECT_EQ(document->fullText(en), QStringLiteral("Consent\n\nWhat it is\n\nA body.\n\nI agree."));
    // computed independently: printf 'Consent\n\nWhat it is\n\nA body.\n\nI agree.' | sha256sum
    EXPECT_EQ(document->textSha256(en), QStringLiteral("03edf7bb13f8ba9e7af5e17042ac489d4f6ea23de19d376a97e7e3f714a1cb7d"));
    EXPECT_EQ(document->textSha256(es), QStringLiteral("1181595dd5bd25322c34c29c7d5973c8f34d040bcaebd0ffd1a789aae32b0d2c"));
}

TEST(ConsentDocument, ShippedHashIsStableAndPerLanguage)
{
    static const QRegularExpression lowercaseHex(QStringLiteral("^[0-9a-f]{64}$"));
    const auto &document = shippedConsent();
    const QString english = document.textSha256(en);
    const QString spanish = document.textSha256(es);
    EXPECT_TRUE(lowercaseHex.match(english).hasMatch()) << english.toStdString();
    EXPECT_TRUE(lowercaseHex.match(spanish).hasMatch()) << spanish.toStdString();
    EXPECT_NE(english, spanish);
    EXPECT_EQ(document.textSha256(en), english);

    auto reloaded = ConsentDocument::load(ShippedAssets::consentPath());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->textSha256(en), english);
    EXPECT_EQ(reloaded->textSha256(es), spanish);
}

TEST(ConsentDocument, HashChangesWhenOneCharacterOfABodyChanges)
{
    const auto &document = shippedConsent();
    auto changed = ConsentDocument::fromJson(withSection(QStringLiteral("afterwards"), [](QJsonObject &section) {
        const QString body = section.value(QLatin1String("body")).toObject().value(QLatin1String("en")).toString();
        QString edited = body;
        edited.replace(body.indexOf(QLatin1String("24")), 2, QStringLiteral("25"));
        ASSERT_NE(edited, body);
        setText(section, QStringLiteral("body"), QStringLiteral("en"), edited);
    }), QStringLiteral("changed.json"));
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_NE(changed->textSha256(en), document.textSha256(en));
    EXPECT_EQ(changed->textSha256(es), document.textSha256(es));
}

TEST(ConsentDocument, NoTextInALanguageTheDocumentLacks)
{
    const auto &document = shippedConsent();
    EXPECT_TRUE(document.fullText(QStringLiteral("fr")).isEmpty());
    EXPECT_TRUE(document.textSha256(QStringLiteral("fr")).isEmpty());
    EXPECT_TRUE(document.textSha256(QString()).isEmpty());
}

TEST(ConsentDocument, LoadErrorNamesThePath)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.consent.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    auto json = shippedConsentJson();
    json.remove(QStringLiteral("version"));
    file.write(QJsonDocument(json).toJson());
    file.close();

    auto result = ConsentDocument::load(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.startsWith(path + QStringLiteral(": "))) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QLatin1String("\"version\""))) << result.error().message.toStdString();

    auto missing = ConsentDocument::load(dir.filePath(QStringLiteral("missing.json")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("missing.json")));
}

struct BadConsentCase
{
    const char *name;
    std::function<QJsonObject()> make;
    const char *expected;
};

// names the case in test output instead of a byte dump
void PrintTo(const BadConsentCase &testCase, std::ostream *out)
{
    *out << testCase.name;
}

class ConsentDocumentBadFiles : public ::testing::TestWithParam<BadConsentCase>
{
};

TEST_P(ConsentDocumentBadFiles, ErrorNamesFilePartAndProblem)
{
    const QString message = loadError(GetParam().make());
    EXPECT_TRUE(message.startsWith(QLatin1String("consent.json: "))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    ConsentDocument, ConsentDocumentBadFiles,
    ::testing::Values(
        BadConsentCase{"WrongResourceType", [] {
            auto json = shippedConsentJson();
            json.insert(QStringLiteral("resourceType"), QStringLiteral("Questionnaire"));
            return json;
        }, "\"resourceType\" must be \"ConsentDocument\""},
        BadConsentCase{"MissingVersion", [] {
            auto json = shippedConsentJson();
            json.remove(QStringLiteral("version"));
            return json;
        }, "needs a \"version\""},
        BadConsentCase{"BlankVersion", [] {
            auto json = shippedConsentJson();
            json.insert(QStringLiteral("version"), QStringLiteral("  "));
            return json;
        }, "needs a \"version\""},
        BadConsentCase{"MissingId", [] {
            auto json = shippedConsentJson();
            json.remove(QStringLiteral("id"));
            return json;
        }, "needs an \"id\""},
        BadConsentCase{"TitleWithoutSpanish", [] {
            auto json = shippedConsentJson();
            json.insert(QStringLiteral("title"), QJsonObject{{en, QStringLiteral("Consent")}});
            return json;
        }, "\"title\" has no \"es\" text"},
        BadConsentCase{"TitleNotAnObject", [] {
            auto json = shippedConsentJson();
            json.insert(QStringLiteral("title"), QStringLiteral("Consent"));
            return json;
        }, "\"title\" must be an object of texts by language"},
        BadConsentCase{"SectionBodyWithoutSpanish", [] {
            return withSection(QStringLiteral("aftercare"), [](QJsonObject &section) {
                setText(section, QStringLiteral("body"), es, QJsonValue());
            });
        }, "section 'aftercare': \"body\" has no \"es\" text"},
        BadConsentCase{"SectionHeadingWithoutEnglish", [] {
            return withSection(QStringLiteral("price"), [](QJsonObject &section) {
                setText(section, QStringLiteral("heading"), en, QJsonValue());
            });
        }, "section 'price': \"heading\" has no \"en\" text"},
        BadConsentCase{"SectionBodyBlank", [] {
            return withSection(QStringLiteral("duration"), [](QJsonObject &section) {
                setText(section, QStringLiteral("body"), es, QStringLiteral("   "));
            });
        }, "section 'duration': \"body\" has no \"es\" text"},
        BadConsentCase{"SectionTextNotAString", [] {
            return withSection(QStringLiteral("duration"), [](QJsonObject &section) {
                setText(section, QStringLiteral("body"), en, 60);
            });
        }, "section 'duration': \"body\".\"en\" must be a string"},
        BadConsentCase{"SectionInALanguageTheTitleLacks", [] {
            return withSection(QStringLiteral("duration"), [](QJsonObject &section) {
                setText(section, QStringLiteral("body"), QStringLiteral("fr"), QStringLiteral("En 60 minutes."));
            });
        }, "section 'duration': \"body\" has a \"fr\" text, but the title has none"},
        BadConsentCase{"SectionWithoutBody", [] {
            return withSection(QStringLiteral("procedure"), [](QJsonObject &section) {
                section.remove(QStringLiteral("body"));
            });
        }, "section 'procedure': \"body\" must be an object of texts by language"},
        BadConsentCase{"AcknowledgementWithoutSpanish", [] {
            return withAcknowledgement(QStringLiteral("read_and_understood"), [](QJsonObject &acknowledgement) {
                setText(acknowledgement, QStringLiteral("text"), es, QJsonValue());
            });
        }, "acknowledgement 'read_and_understood': \"text\" has no \"es\" text"},
        BadConsentCase{"DuplicateSectionId", [] {
            return withSection(QStringLiteral("price"), [](QJsonObject &section) {
                section.insert(QStringLiteral("id"), QStringLiteral("duration"));
            });
        }, "section #4: the id 'duration' is used twice"},
        BadConsentCase{"DuplicateAcknowledgementId", [] {
            return withAcknowledgement(QStringLiteral("answers_true"), [](QJsonObject &acknowledgement) {
                acknowledgement.insert(QStringLiteral("id"), QStringLiteral("read_and_understood"));
            });
        }, "acknowledgement #2: the id 'read_and_understood' is used twice"},
        BadConsentCase{"SectionWithoutId", [] {
            return withSection(QStringLiteral("procedure"), [](QJsonObject &section) {
                section.remove(QStringLiteral("id"));
            });
        }, "section #1: \"id\" must be lower_snake_case"},
        BadConsentCase{"SectionNotAnObject", [] {
            auto json = shippedConsentJson();
            auto sections = json.value(QLatin1String("sections")).toArray();
            sections.prepend(QStringLiteral("Extra text"));
            json.insert(QStringLiteral("sections"), sections);
            return json;
        }, "section #1: must be a JSON object"},
        BadConsentCase{"EmptySections", [] {
            auto json = shippedConsentJson();
            json.insert(QStringLiteral("sections"), QJsonArray());
            return json;
        }, "needs a non-empty \"sections\" array"},
        BadConsentCase{"MissingSections", [] {
            auto json = shippedConsentJson();
            json.remove(QStringLiteral("sections"));
            return json;
        }, "needs a non-empty \"sections\" array"},
        BadConsentCase{"EmptyAcknowledgements", [] {
            auto json = shippedConsentJson();
            json.insert(QStringLiteral("acknowledgements"), QJsonArray());
            return json;
        }, "needs a non-empty \"acknowledgements\" array"}),
    [](const auto &testCase) { return std::string(testCase.param.name); });
