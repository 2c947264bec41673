#include "Settings.h"
#include "SettingsRegistry.h"
#include "VtTestConfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vt::app;

namespace {

const QString urlKey = QLatin1String(keys::platformUrl);

} // namespace

class TestSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void setPersistsAndNormalises();
    void invalidValuesAreRefused();
    void unknownKeyIsRefused();
    void changedOnlyWhenValueChanges();
    void resetReturnsToDefault();
    void policyOverridesAndLocks();
    void invalidUserValueFallsBackToDefault();
    void windowStateRoundTrips();
    void registryIsConsistent();

private:
    std::unique_ptr<QSettings> store() const
    {
        return std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::defaults()
{
    Settings settings(store(), Policy());
    QCOMPARE(settings.platformUrl(), QString());
    QCOMPARE(settings.inputDevice(), QString());
    QCOMPARE(settings.outputDevice(), QString());
    QCOMPARE(settings.language(), QStringLiteral("system"));
    QCOMPARE(settings.theme(), ThemeMode::System);
    for (const SettingSpec& spec : SettingsRegistry::all()) {
        QCOMPARE(settings.source(QLatin1String(spec.key)), SettingSource::Default);
        QVERIFY(!settings.isLocked(QLatin1String(spec.key)));
    }
}

void TestSettings::setPersistsAndNormalises()
{
    {
        Settings settings(store(), Policy());
        QVERIFY(!settings.setValue(urlKey, QStringLiteral(" https://training.example.com/ ")));
        QVERIFY(!settings.setValue(QLatin1String(keys::theme), QStringLiteral("DARK")));
        QVERIFY(!settings.setValue(
            QLatin1String(keys::inputDevice), QStringLiteral("USB Headset: Audio (hw:2,0)")));
    }
    Settings reopened(store(), Policy());
    QCOMPARE(reopened.platformUrl(), QStringLiteral("https://training.example.com"));
    QCOMPARE(reopened.theme(), ThemeMode::Dark);
    QCOMPARE(reopened.inputDevice(), QStringLiteral("USB Headset: Audio (hw:2,0)"));
    QCOMPARE(reopened.source(urlKey), SettingSource::User);
    // Stored with groups, as IT would write it in a policy file.
    QSettings raw(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("platform/url")).toString(),
        QStringLiteral("https://training.example.com"));
}

void TestSettings::invalidValuesAreRefused()
{
    Settings settings(store(), Policy());
    QVERIFY(!settings.setValue(urlKey, QStringLiteral("https://good.example")));
    QSignalSpy changed(&settings, &Settings::changed);

    auto error = settings.setValue(urlKey, QStringLiteral("http://plain.example.com"));
    QVERIFY(error);
    QCOMPARE(error->code, SettingError::Code::Invalid);
    QVERIFY2(error->message.contains(QLatin1String("https")), qPrintable(error->message));

    error = settings.setValue(QLatin1String(keys::language), QStringLiteral("fr"));
    QVERIFY(error);
    QCOMPARE(error->message, QStringLiteral("ui.language must be one of: system, en, es."));

    error = settings.setValue(QLatin1String(keys::outputDevice), QString(300, QLatin1Char('x')));
    QVERIFY(error);
    QVERIFY(error->message.contains(QLatin1String("longer than 256")));

    // An issuer identifier: https, no query or fragment (RFC 8414 2).
    const QLatin1String issuer(keys::ssoIssuer);
    for (const char* bad : {"http://login.example.com", "https://login.example.com/?tenant=1",
             "https://login.example.com/#x", "login.example.com"}) {
        error = settings.setValue(issuer, QString::fromLatin1(bad));
        QVERIFY2(error, bad);
        QVERIFY2(error->message.startsWith(QLatin1String("auth.sso_issuer: ")),
            qPrintable(error->message));
    }

    QCOMPARE(settings.platformUrl(), QStringLiteral("https://good.example")); // unchanged
    QCOMPARE(changed.count(), 0);
    // Kept exactly as written (an issuer is compared byte for byte), but for the spaces.
    QVERIFY(!settings.setValue(issuer, QStringLiteral(" https://login.example.com/tenants/s/ ")));
    QCOMPARE(settings.ssoIssuer(), QStringLiteral("https://login.example.com/tenants/s/"));
}

void TestSettings::unknownKeyIsRefused()
{
    Settings settings(store(), Policy());
    const auto error = settings.setValue(QStringLiteral("platform.token"), QStringLiteral("x"));
    QVERIFY(error);
    QCOMPARE(error->code, SettingError::Code::UnknownKey);
    QVERIFY(settings.resetValue(QStringLiteral("nope")));
}

void TestSettings::changedOnlyWhenValueChanges()
{
    Settings settings(store(), Policy());
    QSignalSpy changed(&settings, &Settings::changed);
    QVERIFY(!settings.setValue(QLatin1String(keys::theme), QStringLiteral("light")));
    QVERIFY(!settings.setValue(QLatin1String(keys::theme), QStringLiteral("light")));
    QVERIFY(
        !settings.setValue(QLatin1String(keys::language), QStringLiteral("system"))); // = default
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QLatin1String(keys::theme));
}

void TestSettings::resetReturnsToDefault()
{
    Settings settings(store(), Policy());
    QVERIFY(!settings.setValue(QLatin1String(keys::theme), QStringLiteral("dark")));
    QSignalSpy changed(&settings, &Settings::changed);
    QVERIFY(!settings.resetValue(QLatin1String(keys::theme)));
    QCOMPARE(settings.theme(), ThemeMode::System);
    QCOMPARE(settings.source(QLatin1String(keys::theme)), SettingSource::Default);
    QCOMPARE(changed.count(), 1);
}

void TestSettings::policyOverridesAndLocks()
{
    {
        Settings user(store(), Policy());
        QVERIFY(!user.setValue(urlKey, QStringLiteral("https://mine.example")));
        QVERIFY(!user.setValue(QLatin1String(keys::theme), QStringLiteral("dark")));
    }
    const QString policyFile = QStringLiteral(VT_TEST_DATA_DIR "/policy/locks-url.conf");
    Settings settings(store(), Policy::load({{policyFile, QSettings::IniFormat}}));
    QCOMPARE(settings.platformUrl(), QStringLiteral("https://training.summitlending.example"));
    QCOMPARE(settings.source(urlKey), SettingSource::Policy);
    QVERIFY(settings.isLocked(urlKey));
    QCOMPARE(settings.language(), QStringLiteral("es"));
    // Unlocked keys keep the user's value.
    QCOMPARE(settings.theme(), ThemeMode::Dark);
    QVERIFY(!settings.isLocked(QLatin1String(keys::theme)));

    QSignalSpy changed(&settings, &Settings::changed);
    auto error = settings.setValue(urlKey, QStringLiteral("https://other.example"));
    QVERIFY(error);
    QCOMPARE(error->code, SettingError::Code::Locked);
    QVERIFY(error->message.contains(policyFile));
    error = settings.resetValue(urlKey);
    QVERIFY(error);
    QCOMPARE(error->code, SettingError::Code::Locked);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings.platformUrl(), QStringLiteral("https://training.summitlending.example"));
}

void TestSettings::invalidUserValueFallsBackToDefault()
{
    {
        QSettings raw(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        raw.setValue(QStringLiteral("platform/url"), QStringLiteral("http://hand-edited.example"));
        raw.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
    }
    Settings settings(store(), Policy());
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("invalid user value of \"platform.url\"")));
    QCOMPARE(settings.platformUrl(), QString());
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("invalid user value of \"ui.theme\"")));
    QCOMPARE(settings.theme(), ThemeMode::System);
    QCOMPARE(settings.source(urlKey), SettingSource::Default);
}

void TestSettings::windowStateRoundTrips()
{
    const QByteArray geometry("\x01\x02\x00\xff geometry", 14);
    {
        Settings settings(store(), Policy());
        settings.setWindowGeometry(geometry);
        settings.setLastPage(QStringLiteral("settings"));
    }
    Settings reopened(store(), Policy());
    QCOMPARE(reopened.windowGeometry(), geometry);
    QCOMPARE(reopened.lastPage(), QStringLiteral("settings"));
}

void TestSettings::registryIsConsistent()
{
    QStringList seen;
    for (const SettingSpec& spec : SettingsRegistry::all()) {
        const QString key = QLatin1String(spec.key);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen << key;
        QCOMPARE(SettingsRegistry::find(key), &spec);
        QVERIFY(!SettingsRegistry::summary(spec).isEmpty());
        // Every default passes its own checks.
        const auto checked = SettingsRegistry::check(spec, QLatin1String(spec.defaultValue));
        QVERIFY2(checked.error.isEmpty(), qPrintable(key + QLatin1String(": ") + checked.error));
        QCOMPARE(checked.value, QLatin1String(spec.defaultValue));
    }
    QVERIFY(!SettingsRegistry::find(QStringLiteral("platform")));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
