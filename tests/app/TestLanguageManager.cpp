#include "LanguageManager.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vt::app;

namespace {

// A string of vt_app with a plural form, as voicetraining-cli prints it.
QString channels(int n)
{
    return QCoreApplication::translate(
        "vt::app::AudioCommand", "%1 [%2] %n channel(s), %3 Hz", nullptr, n);
}

QString unknownSetting()
{
    return QCoreApplication::translate("vt::app::Settings", "There is no setting “%1”.");
}

} // namespace

class TestLanguageManager final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolvesSettingAgainstSystemLocale();
    void switchesTranslationsLive();
    void englishHasPluralForms();
    void followsTheSetting();
};

void TestLanguageManager::resolvesSettingAgainstSystemLocale()
{
    QCOMPARE(LanguageManager::resolve(QStringLiteral("system"), QLocale(QStringLiteral("es_MX"))),
        QStringLiteral("es"));
    QCOMPARE(LanguageManager::resolve(QStringLiteral("system"), QLocale(QStringLiteral("fr_FR"))),
        QStringLiteral("en"));
    QCOMPARE(LanguageManager::resolve(QStringLiteral("es"), QLocale(QStringLiteral("en_US"))),
        QStringLiteral("es"));
    QCOMPARE(LanguageManager::resolve(QStringLiteral("en"), QLocale(QStringLiteral("es_ES"))),
        QStringLiteral("en"));
    QCOMPARE(LanguageManager::resolve(QStringLiteral("klingon"), QLocale(QStringLiteral("de_DE"))),
        QStringLiteral("en"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestLanguageManager::switchesTranslationsLive()
{
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    languages.apply(QStringLiteral("es"));
    QCOMPARE(languages.currentLanguage(), QStringLiteral("es"));
    QCOMPARE(unknownSetting(), QStringLiteral("No existe el ajuste «%1»."));
    QCOMPARE(QLocale().language(), QLocale::Spanish);

    languages.apply(QStringLiteral("es")); // no change, no signal
    languages.apply(QStringLiteral("en"));
    QCOMPARE(unknownSetting(), QStringLiteral("There is no setting “%1”."));
    QCOMPARE(changed.count(), 2);
}

void TestLanguageManager::englishHasPluralForms()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    QCOMPARE(channels(1), QStringLiteral("%1 [%2] 1 channel, %3 Hz"));
    QCOMPARE(channels(2), QStringLiteral("%1 [%2] 2 channels, %3 Hz"));
    languages.apply(QStringLiteral("es"));
    QCOMPARE(channels(1), QStringLiteral("%1 [%2] 1 canal, %3 Hz"));
    QCOMPARE(channels(2), QStringLiteral("%1 [%2] 2 canales, %3 Hz"));
}

void TestLanguageManager::followsTheSetting()
{
    QTemporaryDir dir;
    Settings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat),
        Policy());
    QVERIFY(!settings.setValue(QLatin1String(keys::language), QStringLiteral("en")));
    LanguageManager languages;
    languages.follow(settings);
    QCOMPARE(languages.currentLanguage(), QStringLiteral("en"));
    QVERIFY(!settings.setValue(QLatin1String(keys::language), QStringLiteral("es")));
    QCOMPARE(languages.currentLanguage(), QStringLiteral("es"));
    QCOMPARE(unknownSetting(), QStringLiteral("No existe el ajuste «%1»."));
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "TestLanguageManager.moc"
