#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace intake {

/// A text in the source language (English) with its translations, keyed by language code.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QString source) : m_source(std::move(source)) {}

    /// Reads FHIR's translation extension from the `_text`-style sibling of a string element.
    static LocalizedText fromFhir(const QString &source, const QJsonValue &translationElement);
    /// Reads `{ "en": "...", "es": "..." }` (the rules file's form); "en" is the source.
    static LocalizedText fromLanguageMap(const QJsonObject &map);

    /// The text in `language`, falling back to the source text.
    QString text(const QString &language) const;
    QString source() const { return m_source; }
    bool hasTranslation(const QString &language) const;
    bool isEmpty() const { return m_source.isEmpty(); }
    QStringList languages() const;

    void setTranslation(const QString &language, const QString &text);

private:
    QString m_source;
    QHash<QString, QString> m_translations;
};

} // namespace intake
