#include "uilanguage.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcUi, "intake.ui", QtInfoMsg)

// Where qt_add_translations (Qt 6.4, default RESOURCE_PREFIX "/i18n") embeds the .qm files.
const QString translationDirectory = u":/i18n"_s;
} // namespace

UiLanguage::UiLanguage(QQmlEngine &engine, QString translationPrefix, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_prefix(std::move(translationPrefix))
    , m_language(sourceLanguage())
{
    m_engine.setUiLanguage(m_language);
}

UiLanguage::~UiLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList UiLanguage::supportedLanguages()
{
    return {u"en"_s, u"es"_s};
}

QString UiLanguage::sourceLanguage()
{
    return u"en"_s;
}

void UiLanguage::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    if (!supportedLanguages().contains(code)) {
        qCWarning(lcUi) << "Language" << code << "is not supported; supported:" << supportedLanguages();
        return;
    }
    // Load first, switch after: a translation that fails to load leaves the screens as they are.
    std::unique_ptr<QTranslator> translator;
    if (code != sourceLanguage()) {
        translator = std::make_unique<QTranslator>();
        if (!translator->load(m_prefix + code, translationDirectory)) {
            qCWarning(lcUi) << "Could not load translation" << m_prefix + code << "from" << translationDirectory
                            << "- the language stays" << m_language;
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
    Q_EMIT languageChanged();
}
