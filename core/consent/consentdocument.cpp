#include "consent/consentdocument.h"

#include "common/jsonfile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace intake {

namespace {

const QString sourceLanguage = QStringLiteral("en");
// The kiosk offers English and Spanish; a consent missing either cannot be shown to every client.
const QStringList requiredLanguages{QStringLiteral("en"), QStringLiteral("es")};
const QString paragraphSeparator = QStringLiteral("\n\n");

// "en" first (the source language), then the rest in a stable order.
QStringList orderedLanguages(QStringList languages)
{
    std::sort(languages.begin(), languages.end(), [](const QString &a, const QString &b) {
        if ((a == sourceLanguage) != (b == sourceLanguage))
            return a == sourceLanguage;
        return a < b;
    });
    return languages;
}

/// Reads `{ "en": "...", "es": "...", ... }` holding a non-blank string for exactly `languages`.
Result<LocalizedText> parseText(const QJsonValue &value, const QStringList &languages, const QString &where,
                                const QString &field)
{
    if (!value.isObject()) {
        return Error{QStringLiteral("%1: \"%2\" must be an object of texts by language, like {\"en\": \"...\", \"es\": \"...\"}")
                         .arg(where, field)};
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isString())
            return Error{QStringLiteral("%1: \"%2\".\"%3\" must be a string").arg(where, field, it.key())};
        if (!languages.contains(it.key())) {
            return Error{QStringLiteral("%1: \"%2\" has a \"%3\" text, but the title has none; give every text in the same languages")
                             .arg(where, field, it.key())};
        }
    }
    for (const QString &language : languages) {
        if (map.value(language).toString().trimmed().isEmpty())
            return Error{QStringLiteral("%1: \"%2\" has no \"%3\" text").arg(where, field, language)};
    }
    return LocalizedText::fromLanguageMap(map);
}

/// Reads the "id" of a section or acknowledgement; `position` is e.g. "section #3".
Result<QString> parseId(const QJsonObject &json, const QString &sourceName, const QString &position,
                        QSet<QString> &seen)
{
    static const QRegularExpression idShape(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    const QString id = json.value(QLatin1String("id")).toString();
    if (!idShape.match(id).hasMatch())
        return Error{QStringLiteral("%1: %2: \"id\" must be lower_snake_case").arg(sourceName, position)};
    if (seen.contains(id)) {
        return Error{QStringLiteral("%1: %2: the id '%3' is used twice; every id must be unique")
                         .arg(sourceName, position, id)};
    }
    seen.insert(id);
    return id;
}

/// The elements of the non-empty array `field`, each checked to be a JSON object.
Result<QJsonArray> parseObjectArray(const QJsonObject &json, const QString &sourceName, const QString &field,
                                    const QString &elementName)
{
    const QJsonValue value = json.value(field);
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty())
        return Error{QStringLiteral("%1: needs a non-empty \"%2\" array").arg(sourceName, field)};
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Error{QStringLiteral("%1: %2 #%3: must be a JSON object").arg(sourceName, elementName).arg(i + 1)};
    }
    return array;
}

} // namespace

Result<ConsentDocument> ConsentDocument::fromJson(const QJsonObject &json, const QString &sourceName)
{
    const auto fail = [&sourceName](const QString &problem) { return Error{QStringLiteral("%1: %2").arg(sourceName, problem)}; };
    if (json.value(QLatin1String("resourceType")).toString() != QLatin1String("ConsentDocument"))
        return fail(QStringLiteral("\"resourceType\" must be \"ConsentDocument\""));

    ConsentDocument document;
    document.m_id = json.value(QLatin1String("id")).toString().trimmed();
    if (document.m_id.isEmpty())
        return fail(QStringLiteral("needs an \"id\" (a signed consent names the document it signs)"));
    document.m_version = json.value(QLatin1String("version")).toString().trimmed();
    if (document.m_version.isEmpty())
        return fail(QStringLiteral("needs a \"version\" (a signed consent names the version the client read)"));

    // The title sets the document's languages; every other text must come in the same ones.
    const QJsonValue titleValue = json.value(QLatin1String("title"));
    const QStringList titleLanguages = orderedLanguages(titleValue.toObject().keys());
    auto title = parseText(titleValue, titleLanguages, sourceName, QStringLiteral("title"));
    if (!title)
        return title.error();
    for (const QString &language : requiredLanguages) {
        if (!titleLanguages.contains(language))
            return fail(QStringLiteral("\"title\" has no \"%1\" text").arg(language));
    }
    document.m_title = title.value();
    document.m_languages = titleLanguages;

    auto sections = parseObjectArray(json, sourceName, QStringLiteral("sections"), QStringLiteral("section"));
    if (!sections)
        return sections.error();
    QSet<QString> sectionIds;
    for (qsizetype i = 0; i < sections->size(); ++i) {
        const QJsonObject sectionJson = sections->at(i).toObject();
        auto id = parseId(sectionJson, sourceName, QStringLiteral("section #%1").arg(i + 1), sectionIds);
        if (!id)
            return id.error();
        const QString where = QStringLiteral("%1: section '%2'").arg(sourceName, id.value());
        auto heading = parseText(sectionJson.value(QLatin1String("heading")), document.m_languages, where, QStringLiteral("heading"));
        if (!heading)
            return heading.error();
        auto body = parseText(sectionJson.value(QLatin1String("body")), document.m_languages, where, QStringLiteral("body"));
        if (!body)
            return body.error();
        document.m_sections.append(Section{id.value(), heading.value(), body.value()});
    }

    auto acknowledgements = parseObjectArray(json, sourceName, QStringLiteral("acknowledgements"),
                                             QStringLiteral("acknowledgement"));
    if (!acknowledgements)
        return acknowledgements.error();
    QSet<QString> acknowledgementIds;
    for (qsizetype i = 0; i < acknowledgements->size(); ++i) {
        const QJsonObject acknowledgementJson = acknowledgements->at(i).toObject();
        auto id = parseId(acknowledgementJson, sourceName, QStringLiteral("acknowledgement #%1").arg(i + 1),
                          acknowledgementIds);
        if (!id)
            return id.error();
        const QString where = QStringLiteral("%1: acknowledgement '%2'").arg(sourceName, id.value());
        auto text = parseText(acknowledgementJson.value(QLatin1String("text")), document.m_languages, where, QStringLiteral("text"));
        if (!text)
            return text.error();
        document.m_acknowledgements.append(Acknowledgement{id.value(), text.value()});
    }
    return document;
}

Result<ConsentDocument> ConsentDocument::load(const QString &path)
{
    auto json = readJsonObjectFile(path);
    if (!json)
        return json.error();
    return fromJson(json.value(), path);
}

QString ConsentDocument::fullText(const QString &language) const
{
    if (!m_languages.contains(language))
        return {};
    QStringList parts{m_title.text(language)};
    for (const Section &section : m_sections) {
        parts.append(section.heading.text(language));
        parts.append(section.body.text(language));
    }
    for (const Acknowledgement &acknowledgement : m_acknowledgements)
        parts.append(acknowledgement.text.text(language));
    return parts.join(paragraphSeparator);
}

QString ConsentDocument::textSha256(const QString &language) const
{
    if (!m_languages.contains(language))
        return {};
    const QByteArray digest = QCryptographicHash::hash(fullText(language).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

} // namespace intake
