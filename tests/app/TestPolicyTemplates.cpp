// The managed-settings templates IT deploys name exactly the settings the app reads: the Group
// Policy template (packaging/windows/VoiceTraining.admx with its en-US and es-ES .adml) and the
// example configuration profile (packaging/macos/VoiceTraining.mobileconfig). Each file is
// well-formed XML; each ADMX policy writes the registry value Policy reads for its setting
// (HKLM\SOFTWARE\Policies\VoiceTraining\<group>, value <name>), offers exactly the setting's
// choices, and has its strings and presentation in both languages; the profile's example values
// are ones the app accepts.
#include "SettingsRegistry.h"
#include "VtTestConfig.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace vt::app;

namespace {

const QString windowsDir = QStringLiteral(VT_SOURCE_DIR "/packaging/windows");
const QString profilePath
    = QStringLiteral(VT_SOURCE_DIR "/packaging/macos/VoiceTraining.mobileconfig");
const QString policyRoot = QStringLiteral("Software\\Policies\\VoiceTraining\\");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Parses the whole document; empty when it is well-formed, else the error and its line.
QString wellFormedError(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (!reader.hasError())
        return {};
    return QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
}

QSet<QString> registryKeys()
{
    QSet<QString> keys;
    for (const SettingSpec& spec : SettingsRegistry::all())
        keys.insert(QString::fromLatin1(spec.key));
    return keys;
}

QStringList choicesOf(const SettingSpec& spec)
{
    QStringList choices;
    for (const char* choice : spec.choices)
        choices << QString::fromLatin1(choice);
    return choices;
}

struct AdmxPolicy {
    QString name;
    QString policyClass;
    QString key;       // registry key
    QString valueName; // registry value
    QString elementId;
    bool isEnum = false;
    QStringList enumValues;
    QString explainRef;
    QString presentationRef;
};

struct Admx {
    QList<AdmxPolicy> policies;
    QSet<QString> stringRefs; // every $(string.X) used
};

QString refName(const QString& ref, const QString& kind)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\$\((\w+)\.(\w+)\)$)"));
    const QRegularExpressionMatch match = pattern.match(ref);
    return match.hasMatch() && match.captured(1) == kind ? match.captured(2) : QString();
}

Admx parseAdmx(const QByteArray& xml)
{
    Admx admx;
    QXmlStreamReader reader(xml);
    AdmxPolicy* current = nullptr;
    bool inEnumValue = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("value"))
                inEnumValue = false;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        for (const QXmlStreamAttribute& attribute : attributes) {
            const QString ref = refName(attribute.value().toString(), QStringLiteral("string"));
            if (!ref.isEmpty())
                admx.stringRefs.insert(ref);
        }
        const QStringView name = reader.name();
        if (name == QLatin1String("policy")) {
            admx.policies.append(AdmxPolicy{});
            current = &admx.policies.last();
            current->name = attributes.value(QLatin1String("name")).toString();
            current->policyClass = attributes.value(QLatin1String("class")).toString();
            current->key = attributes.value(QLatin1String("key")).toString();
            current->explainRef = refName(attributes.value(QLatin1String("explainText")).toString(),
                QStringLiteral("string"));
            current->presentationRef
                = refName(attributes.value(QLatin1String("presentation")).toString(),
                    QStringLiteral("presentation"));
        } else if (current && (name == QLatin1String("text") || name == QLatin1String("enum"))) {
            current->isEnum = name == QLatin1String("enum");
            current->valueName = attributes.value(QLatin1String("valueName")).toString();
            current->elementId = attributes.value(QLatin1String("id")).toString();
        } else if (current && name == QLatin1String("value")) {
            inEnumValue = true;
        } else if (current && inEnumValue && name == QLatin1String("string")) {
            current->enumValues << reader.readElementText();
            inEnumValue = false;
        }
    }
    return admx;
}

struct Adml {
    QMap<QString, QString> strings;
    QMap<QString, QString> presentationRefIds; // presentation id -> its control's refId
};

Adml parseAdml(const QByteArray& xml)
{
    Adml adml;
    QXmlStreamReader reader(xml);
    QString presentation;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("string")) {
            const QString id = attributes.value(QLatin1String("id")).toString();
            adml.strings.insert(id, reader.readElementText());
        } else if (reader.name() == QLatin1String("presentation")) {
            presentation = attributes.value(QLatin1String("id")).toString();
        } else if (attributes.hasAttribute(QLatin1String("refId"))) {
            adml.presentationRefIds.insert(
                presentation, attributes.value(QLatin1String("refId")).toString());
        }
    }
    return adml;
}

// The payload of the profile's PayloadContent whose PayloadType is the app's policy domain:
// its keys and values, each as "type:text" (string:off).
QMap<QString, QString> profileSettings(const QByteArray& xml)
{
    QMap<QString, QString> settings;
    QXmlStreamReader reader(xml);
    int depth = 0;
    QMap<QString, QString> dict;
    QString key;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("dict")) {
            ++depth;
            if (depth == 2)
                dict.clear();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("dict")) {
            if (depth == 2
                && dict.value(QStringLiteral("PayloadType"))
                    == QLatin1String("string:com.voicetraining.policy"))
                settings = dict;
            --depth;
        } else if (reader.isStartElement() && depth == 2) {
            if (reader.name() == QLatin1String("key")) {
                key = reader.readElementText();
            } else {
                const QString type = reader.name().toString();
                dict.insert(key, type + QLatin1Char(':') + reader.readElementText());
            }
        }
    }
    return settings;
}

} // namespace

class TestPolicyTemplates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filesAreWellFormed_data();
    void filesAreWellFormed();
    void admxNamesExactlyTheAppsSettings();
    void admlHasEveryStringAndPresentation_data();
    void admlHasEveryStringAndPresentation();
    void profileNamesExactlyTheAppsSettingsWithValuesTheAppAccepts();
};

void TestPolicyTemplates::filesAreWellFormed_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("admx") << windowsDir + QStringLiteral("/VoiceTraining.admx");
    QTest::newRow("adml en-US") << windowsDir + QStringLiteral("/en-US/VoiceTraining.adml");
    QTest::newRow("adml es-ES") << windowsDir + QStringLiteral("/es-ES/VoiceTraining.adml");
    QTest::newRow("mobileconfig") << profilePath;
    QTest::newRow("wxs") << windowsDir + QStringLiteral("/voicetraining.wxs");
}

void TestPolicyTemplates::filesAreWellFormed()
{
    QFETCH(QString, path);
    const QString error = wellFormedError(readAll(path));
    QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
}

void TestPolicyTemplates::admxNamesExactlyTheAppsSettings()
{
    const Admx admx = parseAdmx(readAll(windowsDir + QStringLiteral("/VoiceTraining.admx")));
    QSet<QString> named;
    for (const AdmxPolicy& policy : admx.policies) {
        // Policy reads HKLM only: a user-class policy would never be seen.
        QCOMPARE(policy.policyClass, QStringLiteral("Machine"));
        QVERIFY2(policy.key.startsWith(policyRoot), qPrintable(policy.key));
        const QString group = policy.key.mid(policyRoot.size());
        QVERIFY2(!group.contains(QLatin1Char('\\')), qPrintable(policy.key));
        QVERIFY2(!policy.valueName.isEmpty(), qPrintable(policy.name));
        const QString dotted = group + QLatin1Char('.') + policy.valueName;
        const SettingSpec* spec = SettingsRegistry::find(dotted);
        QVERIFY2(spec,
            qPrintable(
                QStringLiteral("%1 writes %2, not a setting of the app").arg(policy.name, dotted)));
        // QSettings reads "group/name" as the value "name" of the key "group".
        QCOMPARE(SettingsRegistry::storageKey(*spec), group + QLatin1Char('/') + policy.valueName);
        QVERIFY2(!named.contains(dotted), qPrintable(dotted + QStringLiteral(" twice")));
        named.insert(dotted);
        if (spec->kind == SettingKind::Choice) {
            QVERIFY2(policy.isEnum, qPrintable(dotted + QStringLiteral(" should be a list")));
            QCOMPARE(policy.enumValues, choicesOf(*spec));
        } else {
            QVERIFY2(!policy.isEnum, qPrintable(dotted + QStringLiteral(" should be text")));
        }
    }
    QCOMPARE(named, registryKeys());
}

void TestPolicyTemplates::admlHasEveryStringAndPresentation_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en-US") << QStringLiteral("en-US");
    QTest::newRow("es-ES") << QStringLiteral("es-ES");
}

void TestPolicyTemplates::admlHasEveryStringAndPresentation()
{
    QFETCH(QString, language);
    const Admx admx = parseAdmx(readAll(windowsDir + QStringLiteral("/VoiceTraining.admx")));
    const Adml adml = parseAdml(
        readAll(windowsDir + QLatin1Char('/') + language + QStringLiteral("/VoiceTraining.adml")));
    for (const QString& ref : admx.stringRefs)
        QVERIFY2(!adml.strings.value(ref).trimmed().isEmpty(),
            qPrintable(QStringLiteral("%1 lacks the string %2").arg(language, ref)));
    for (const AdmxPolicy& policy : admx.policies) {
        QVERIFY2(adml.presentationRefIds.value(policy.presentationRef) == policy.elementId,
            qPrintable(QStringLiteral("%1: the presentation of %2 does not show %3")
                           .arg(language, policy.name, policy.elementId)));
        // The explanation names the setting, as `voicetraining-cli config` and the docs do.
        const QString dotted
            = policy.key.mid(policyRoot.size()) + QLatin1Char('.') + policy.valueName;
        QVERIFY2(adml.strings.value(policy.explainRef).contains(dotted),
            qPrintable(QStringLiteral("%1: the help of %2 does not name %3")
                           .arg(language, policy.name, dotted)));
    }
}

void TestPolicyTemplates::profileNamesExactlyTheAppsSettingsWithValuesTheAppAccepts()
{
    const QMap<QString, QString> payload = profileSettings(readAll(profilePath));
    QVERIFY2(!payload.isEmpty(), "no payload of type com.voicetraining.policy");
    QSet<QString> named;
    for (auto it = payload.cbegin(); it != payload.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("Payload")))
            continue;
        const SettingSpec* spec = SettingsRegistry::find(it.key());
        QVERIFY2(spec, qPrintable(it.key() + QStringLiteral(" is not a setting of the app")));
        // Policy reads every value as a string.
        QVERIFY2(it.value().startsWith(QLatin1String("string:")), qPrintable(it.key()));
        const QString value = it.value().section(QLatin1Char(':'), 1);
        const SettingsRegistry::Checked checked = SettingsRegistry::check(*spec, value);
        QVERIFY2(
            checked.error.isEmpty(), qPrintable(it.key() + QStringLiteral(": ") + checked.error));
        named.insert(it.key());
    }
    QCOMPARE(named, registryKeys());
}

QTEST_GUILESS_MAIN(TestPolicyTemplates)
#include "TestPolicyTemplates.moc"
