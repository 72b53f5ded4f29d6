#pragma once

#include "common/result.h"
#include "questionnaire/localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace intake {

/// The consent text a client reads and signs (assets/consent/*.consent.json): a versioned
/// document in every language the kiosk offers, whose exact text is hashed into SignedConsent.
class ConsentDocument
{
public:
    struct Section
    {
        QString id;
        LocalizedText heading;
        LocalizedText body;
    };

    /// One statement the client confirms with its own checkbox.
    struct Acknowledgement
    {
        QString id;
        LocalizedText text;
    };

    /// Every text must be given in English and Spanish (the kiosk's languages), and every text in
    /// the same languages as the title, so that no language silently falls back to English.
    static Result<ConsentDocument> fromJson(const QJsonObject &json, const QString &sourceName);
    static Result<ConsentDocument> load(const QString &path);

    QString id() const { return m_id; }
    QString version() const { return m_version; }
    const LocalizedText &title() const { return m_title; }
    const QList<Section> &sections() const { return m_sections; }
    const QList<Acknowledgement> &acknowledgements() const { return m_acknowledgements; }
    /// The document's languages, "en" first, then the others in alphabetical order.
    QStringList languages() const { return m_languages; }

    /// The exact text the client reads in `language`, in this canonical form: the title, then
    /// each section's heading and body in order, then each acknowledgement's text in order, each
    /// text as written in the file, joined by one blank line ("\n\n"), with no line break at the
    /// end. Empty when the document is not written in `language`: no one may sign a text that
    /// was never shown.
    QString fullText(const QString &language) const;
    /// Lowercase hex SHA-256 of fullText(language) encoded as UTF-8 (SignedConsent::textSha256);
    /// empty when the document is not written in `language`.
    QString textSha256(const QString &language) const;

private:
    QString m_id;
    QString m_version;
    LocalizedText m_title;
    QList<Section> m_sections;
    QList<Acknowledgement> m_acknowledgements;
    QStringList m_languages;
};

} // namespace intake
