#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QQmlEngine;

// Switches the kiosk's language while it runs: installs the embedded translation of the chosen
// language (English is the source language and needs none) and re-translates every qsTr() in
// the engine's QML. QML reads and sets `language` through the LanguageController singleton.
class LanguageController : public QObject
{
    Q_OBJECT
    // "en" or "es": the language of the kiosk's screens.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    // `engine` must outlive this object; main() makes the engine its parent.
    explicit LanguageController(QQmlEngine &engine, QObject *parent = nullptr);
    ~LanguageController() override;

    // The language codes the kiosk ships, source language first.
    static QStringList supportedLanguages();
    static QString sourceLanguage();

    QString language() const;
    // Unsupported codes, or a translation that does not load, leave the language unchanged
    // (and are logged).
    void setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged();

private:
    QQmlEngine &m_engine;
    std::unique_ptr<QTranslator> m_translator; // null while the source language is shown
    QString m_language;
};
