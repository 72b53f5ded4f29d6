#include "languagecontroller.h"

#include "kiosklogging.h"

#include <QCoreApplication>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace {
// Where qt_add_translations (Qt 6.4, default RESOURCE_PREFIX "/i18n") embeds the compiled
// translations: assets/translations/intake_es.ts becomes :/i18n/intake_es.qm.
QString translationDirectory()
{
    return u":/i18n"_s;
}

QString translationFile(const QString &code)
{
    return u"intake_"_s + code;
}
} // namespace

LanguageController::LanguageController(QQmlEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_language(sourceLanguage())
{
    m_engine.setUiLanguage(m_language);
}

LanguageController::~LanguageController() = default;

QStringList LanguageController::supportedLanguages()
{
    return {u"en"_s, u"es"_s};
}

QString LanguageController::sourceLanguage()
{
    return u"en"_s;
}

QString LanguageController::language() const
{
    return m_language;
}

void LanguageController::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    if (!supportedLanguages().contains(code)) {
        qCWarning(lcKiosk) << "Language" << code << "is not supported; supported:"
                           << supportedLanguages();
        return;
    }

    // Load first, switch after: a translation that fails to load leaves the screens as they are.
    std::unique_ptr<QTranslator> translator;
    if (code != sourceLanguage()) {
        translator = std::make_unique<QTranslator>();
        if (!translator->load(translationFile(code), translationDirectory())) {
            qCWarning(lcKiosk) << "Could not load translation" << translationFile(code) << "from"
                               << translationDirectory() << "- the language stays" << m_language;
            return;
        }
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());

    m_language = code;
    m_engine.setUiLanguage(m_language);
    // Re-evaluates every binding that calls qsTr(), in every window of the engine, now.
    m_engine.retranslate();
    qCDebug(lcKiosk) << "Language is now" << m_language;
    Q_EMIT languageChanged();
}
