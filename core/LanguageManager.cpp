#include "LanguageManager.h"

#include "AppLog.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace vt::app {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString LanguageManager::resolve(const QString& setting, const QLocale& system)
{
    if (supportedLanguages().contains(setting))
        return setting;
    const QString systemLanguage = QLocale::languageToCode(system.language());
    return supportedLanguages().contains(systemLanguage) ? systemLanguage : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString& language)
{
    // Fixed endonyms: CLDR's for "es" depends on the region ("español de España").
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

void LanguageManager::follow(const Settings& settings)
{
    apply(settings.language());
    connect(&settings, &Settings::changed, this, [this, &settings](const QString& key) {
        if (key == QLatin1String(keys::language))
            apply(settings.language());
    });
}

void LanguageManager::apply(const QString& setting)
{
    const QString language = resolve(setting);
    if (language == m_current)
        return;

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(QStringLiteral(":/i18n/voicetraining_%1.qm").arg(language)))
        qCWarning(lcApp) << "no translation of the app for" << language;
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool haveQt = language != QLatin1String("en")
        && qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = haveQt ? std::move(qtTranslator) : nullptr;
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());

    QLocale::setDefault(QLocale(language));
    m_current = language;
    qCInfo(lcApp).noquote() << "interface language" << language;
    Q_EMIT languageChanged(language);
}

} // namespace vt::app
