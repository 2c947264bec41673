#include "Policy.h"
#include "VtTestConfig.h"

#include <QTest>

using vt::app::Policy;

namespace {

Policy::Source dataFile(const char* name)
{
    return {
        QStringLiteral(VT_TEST_DATA_DIR "/policy/") + QLatin1String(name), QSettings::IniFormat};
}

} // namespace

class TestPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noSourcesMeansNoLocks();
    void missingFileIsNoPolicy();
    void readsAndNormalisesValues();
    void rejectsUnknownKeysAndInvalidValues();
    void firstSourceWins();
    void brokenFileLocksNothingValid();
    void extraFileFromEnvironmentComesAfterSystem();
};

void TestPolicy::noSourcesMeansNoLocks()
{
    const Policy policy = Policy::load({});
    QVERIFY(policy.isEmpty());
    QVERIFY(!policy.value(QStringLiteral("platform.url")));
    QCOMPARE(policy.origin(QStringLiteral("platform.url")), QString());
}

void TestPolicy::missingFileIsNoPolicy()
{
    const Policy policy = Policy::load({dataFile("does-not-exist.conf")});
    QVERIFY(policy.isEmpty());
    QVERIFY(policy.warnings().isEmpty());
}

void TestPolicy::readsAndNormalisesValues()
{
    const Policy::Source source = dataFile("locks-url.conf");
    const Policy policy = Policy::load({source});
    QCOMPARE(policy.lockedKeys(), QStringList({"platform.url", "ui.language"}));
    QCOMPARE(policy.value(QStringLiteral("platform.url")).value_or(QString()),
        QStringLiteral("https://training.summitlending.example")); // trailing slash dropped
    QCOMPARE(policy.value(QStringLiteral("ui.language")).value_or(QString()), QStringLiteral("es"));
    QCOMPARE(policy.origin(QStringLiteral("platform.url")), source.location);
    QVERIFY(policy.warnings().isEmpty());
}

void TestPolicy::rejectsUnknownKeysAndInvalidValues()
{
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("unknown setting “platfrom.url”")));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("sets platform.url .*must use https")));
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("sets audio.input_device .*control characters")));
    const Policy policy = Policy::load({dataFile("mixed-problems.conf")});
    QCOMPARE(policy.lockedKeys(), QStringList({"ui.theme"}));
    QCOMPARE(policy.value(QStringLiteral("ui.theme")).value_or(QString()), QStringLiteral("dark"));
    QCOMPARE(policy.warnings().size(), 3);
}

void TestPolicy::firstSourceWins()
{
    const Policy policy
        = Policy::load({dataFile("locks-url.conf"), dataFile("second-source.conf")});
    QCOMPARE(policy.value(QStringLiteral("platform.url")).value_or(QString()),
        QStringLiteral("https://training.summitlending.example"));
    // Keys the first source does not name can still come from the second.
    QCOMPARE(policy.value(QStringLiteral("ui.theme")).value_or(QString()), QStringLiteral("light"));
    QVERIFY(
        policy.origin(QStringLiteral("ui.theme")).endsWith(QLatin1String("second-source.conf")));
}

void TestPolicy::brokenFileLocksNothingValid()
{
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("broken.conf could not be read; it is ignored")));
    const Policy policy = Policy::load({dataFile("broken.conf")});
    QVERIFY(policy.isEmpty());
    QCOMPARE(policy.warnings().size(), 1);
}

void TestPolicy::extraFileFromEnvironmentComesAfterSystem()
{
    qputenv("VT_POLICY_FILE", QByteArrayLiteral("/tmp/staged-policy.conf"));
    const QList<Policy::Source> sources = Policy::defaultSources();
    qunsetenv("VT_POLICY_FILE");
    const QList<Policy::Source> system = Policy::systemSources();
    QCOMPARE(sources.size(), system.size() + 1);
    QCOMPARE(sources.at(0).location, system.at(0).location);
    QCOMPARE(sources.last().location, QStringLiteral("/tmp/staged-policy.conf"));
    QCOMPARE(Policy::defaultSources().size(), system.size());
#ifdef Q_OS_LINUX
    QCOMPARE(system.size(), 1);
    QCOMPARE(system.at(0).location, QStringLiteral("/etc/xdg/VoiceTraining/policy.conf"));
#endif
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "TestPolicy.moc"
