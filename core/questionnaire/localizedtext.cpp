#include "questionnaire/localizedtext.h"

#include <QJsonArray>

namespace intake {

namespace {
const QString sourceLanguage = QStringLiteral("en");
const QString translationExtensionUrl = QStringLiteral("http://hl7.org/fhir/StructureDefinition/translation");
} // namespace

LocalizedText LocalizedText::fromFhir(const QString &source, const QJsonValue &translationElement)
{
    LocalizedText result(source);
    const auto extensions = translationElement.toObject().value(QLatin1String("extension")).toArray();
    for (const auto &extension : extensions) {
        const auto object = extension.toObject();
        if (object.value(QLatin1String("url")).toString() != translationExtensionUrl)
            continue;
        QString language;
        QString content;
        for (const auto &part : object.value(QLatin1String("extension")).toArray()) {
            const auto partObject = part.toObject();
            const auto url = partObject.value(QLatin1String("url")).toString();
            if (url == QLatin1String("lang"))
                language = partObject.value(QLatin1String("valueCode")).toString();
            else if (url == QLatin1String("content"))
                content = partObject.value(QLatin1String("valueString")).toString();
        }
        if (!language.isEmpty() && !content.isEmpty())
            result.setTranslation(language, content);
    }
    return result;
}

LocalizedText LocalizedText::fromLanguageMap(const QJsonObject &map)
{
    LocalizedText result(map.value(sourceLanguage).toString());
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.key() != sourceLanguage && it.value().isString() && !it.value().toString().isEmpty())
            result.setTranslation(it.key(), it.value().toString());
    }
    return result;
}

QString LocalizedText::text(const QString &language) const
{
    return m_translations.value(language, m_source);
}

bool LocalizedText::hasTranslation(const QString &language) const
{
    return language == sourceLanguage ? !m_source.isEmpty() : m_translations.contains(language);
}

QStringList LocalizedText::languages() const
{
    QStringList result{sourceLanguage};
    result += m_translations.keys();
    return result;
}

void LocalizedText::setTranslation(const QString &language, const QString &text)
{
    m_translations.insert(language, text);
}

} // namespace intake
