#include "Policy.h"

#include "AppLog.h"
#include "SettingsRegistry.h"

#include <QFileInfo>

namespace vt::app {

QList<Policy::Source> Policy::systemSources()
{
#if defined(Q_OS_WIN)
    return {{QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\VoiceTraining"),
        QSettings::NativeFormat}};
#elif defined(Q_OS_MACOS)
    // A configuration profile (MDM, or packaging/macos/*.mobileconfig installed by hand) lands
    // in Managed Preferences; a plist IT copies itself goes to /Library/Preferences.
    return {{QStringLiteral("/Library/Managed Preferences/com.voicetraining.policy.plist"),
                QSettings::NativeFormat},
        {QStringLiteral("/Library/Preferences/com.voicetraining.policy.plist"),
            QSettings::NativeFormat}};
#else
    return {{QStringLiteral("/etc/xdg/VoiceTraining/policy.conf"), QSettings::IniFormat}};
#endif
}

QList<Policy::Source> Policy::defaultSources()
{
    QList<Source> sources = systemSources();
    const QString extra = qEnvironmentVariable("VT_POLICY_FILE");
    if (!extra.isEmpty())
        sources.append({extra, QSettings::IniFormat});
    return sources;
}

Policy Policy::load(const QList<Source>& sources)
{
    Policy policy;
    for (const Source& source : sources)
        policy.read(source);
    for (const QString& warning : std::as_const(policy.m_warnings))
        qCWarning(lcApp).noquote() << warning;
    return policy;
}

void Policy::read(const Source& source)
{
    if (source.format == QSettings::IniFormat && !QFileInfo::exists(source.location))
        return; // no policy deployed: the normal case
    QSettings store(source.location, source.format);
    const QStringList present = store.allKeys(); // reads the file; status() is known after
    if (store.status() != QSettings::NoError) {
        m_warnings << tr("Policy %1 could not be read; it is ignored.").arg(source.location);
        return;
    }
    for (const QString& storageKey : present) {
        const QString key = QString(storageKey).replace(QLatin1Char('/'), QLatin1Char('.'));
        const SettingSpec* spec = SettingsRegistry::find(key);
        if (!spec) {
            m_warnings << tr("Policy %1 names an unknown setting “%2”; it is ignored.")
                              .arg(source.location, key);
            continue;
        }
        if (m_entries.contains(key))
            continue; // an earlier source already decided this key
        const QVariant raw = store.value(storageKey);
        // INI turns "a,b" into a list; a policy value is always one string.
        const QString text = raw.userType() == QMetaType::QStringList
            ? raw.toStringList().join(QLatin1Char(','))
            : raw.toString();
        const SettingsRegistry::Checked checked = SettingsRegistry::check(*spec, text);
        if (!checked.error.isEmpty()) {
            m_warnings << tr("Policy %1 sets %2 to a value that is not allowed (%3); it is "
                             "ignored.")
                              .arg(source.location, key, checked.error);
            continue;
        }
        m_entries.insert(key, {checked.value, source.location});
    }
}

std::optional<QString> Policy::value(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->value;
}

QString Policy::origin(const QString& key) const
{
    return m_entries.value(key).origin;
}

QStringList Policy::lockedKeys() const
{
    QStringList keys = m_entries.keys();
    keys.sort();
    return keys;
}

} // namespace vt::app
