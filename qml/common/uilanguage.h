#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QQmlEngine;

// Switches an app's language while it runs: installs the embedded translation of the chosen
// language (English is the source language and needs none) and re-translates every qsTr() in
// the engine's QML. One per app, built by its composition root with the app's translation
// file prefix (":/i18n/<prefix><code>.qm", as qt_add_translations embeds it); QML reads and
// sets `language` through the app's singleton of this type.
class UiLanguage : public QObject
{
    Q_OBJECT
    // "en" or "es".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    // `engine` must outlive this object. `translationPrefix`: e.g. "staff_" for
    // assets/translations/staff_es.ts.
    UiLanguage(QQmlEngine &engine, QString translationPrefix, QObject *parent = nullptr);
    ~UiLanguage() override;

    // The language codes shipped, source language first.
    static QStringList supportedLanguages();
    static QString sourceLanguage();

    QString language() const { return m_language; }
    // Unsupported codes, or a translation that does not load, leave the language unchanged
    // (and are logged).
    void setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged();

private:
    QQmlEngine &m_engine;
    QString m_prefix;
    std::unique_ptr<QTranslator> m_translator;  // null while the source language is shown
    QString m_language;
};
