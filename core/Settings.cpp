#include "Settings.h"

#include "AppLog.h"
#include "SettingsRegistry.h"

namespace vt::app {
namespace {

const QString windowGeometryKey = QStringLiteral("state/window_geometry");
const QString lastPageKey = QStringLiteral("state/last_page");
const QString platformChosenKey = QStringLiteral("state/platform_chosen");
const QString precheckKey = QStringLiteral("state/precheck_passed_on");
const QString remindedKey = QStringLiteral("state/reminded_on");

} // namespace

Settings::Settings(std::unique_ptr<QSettings> userStore, Policy policy, QObject* parent)
    : QObject(parent)
    , m_store(std::move(userStore))
    , m_policy(std::move(policy))
{
    Q_ASSERT(m_store);
}

Settings::~Settings()
{
    m_store->sync();
}

std::unique_ptr<QSettings> Settings::openUserStore()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
        QCoreApplication::organizationName(), QCoreApplication::applicationName());
}

QString Settings::userStorePath() const
{
    return m_store->fileName();
}

QString Settings::value(const QString& key) const
{
    const SettingSpec* spec = SettingsRegistry::find(key);
    Q_ASSERT_X(spec, "Settings::value", "unknown setting key");
    if (!spec)
        return {};
    if (std::optional<QString> locked = m_policy.value(key))
        return *locked;
    const QString storageKey = SettingsRegistry::storageKey(*spec);
    if (m_store->contains(storageKey)) {
        const SettingsRegistry::Checked checked
            = SettingsRegistry::check(*spec, m_store->value(storageKey).toString());
        if (checked.error.isEmpty())
            return checked.value;
        qCWarning(lcApp) << "ignoring invalid user value of" << key << ":" << checked.error;
    }
    return QString::fromLatin1(spec->defaultValue);
}

SettingSource Settings::source(const QString& key) const
{
    const SettingSpec* spec = SettingsRegistry::find(key);
    if (!spec)
        return SettingSource::Default;
    if (m_policy.value(key))
        return SettingSource::Policy;
    const QString storageKey = SettingsRegistry::storageKey(*spec);
    if (m_store->contains(storageKey)
        && SettingsRegistry::check(*spec, m_store->value(storageKey).toString()).error.isEmpty())
        return SettingSource::User;
    return SettingSource::Default;
}

bool Settings::isLocked(const QString& key) const
{
    return m_policy.value(key).has_value();
}

std::optional<SettingError> Settings::checkWritable(const QString& key) const
{
    if (!SettingsRegistry::find(key))
        return SettingError{
            SettingError::Code::UnknownKey, tr("There is no setting “%1”.").arg(key)};
    if (isLocked(key)) {
        return SettingError{SettingError::Code::Locked,
            tr("%1 is set by your organisation's policy (%2) and cannot be "
               "changed.")
                .arg(key, m_policy.origin(key))};
    }
    return std::nullopt;
}

std::optional<SettingError> Settings::setValue(const QString& key, const QString& value)
{
    if (auto error = checkWritable(key))
        return error;
    const SettingSpec& spec = *SettingsRegistry::find(key);
    const SettingsRegistry::Checked checked = SettingsRegistry::check(spec, value);
    if (!checked.error.isEmpty())
        return SettingError{SettingError::Code::Invalid, checked.error};
    const QString before = this->value(key);
    m_store->setValue(SettingsRegistry::storageKey(spec), checked.value);
    if (before != checked.value)
        Q_EMIT changed(key);
    return std::nullopt;
}

std::optional<SettingError> Settings::resetValue(const QString& key)
{
    if (auto error = checkWritable(key))
        return error;
    const QString before = value(key);
    m_store->remove(SettingsRegistry::storageKey(*SettingsRegistry::find(key)));
    if (before != value(key))
        Q_EMIT changed(key);
    return std::nullopt;
}

QString Settings::platformUrl() const
{
    return value(QLatin1String(keys::platformUrl));
}

QString Settings::aiUrl() const
{
    return value(QLatin1String(keys::aiUrl));
}

QString Settings::aiModel() const
{
    return value(QLatin1String(keys::aiModel));
}

bool Settings::pushToTalk() const
{
    return value(QLatin1String(keys::pushToTalk)) == QLatin1String("on");
}

QString Settings::caBundle() const
{
    return value(QString::fromLatin1(keys::caBundle));
}

QString Settings::localPracticeRefusal()
{
    return tr("Your organisation does not allow practising on this computer without its "
              "training platform (practice.local_allowed is off).");
}

bool Settings::localPracticeAllowed() const
{
    return value(QLatin1String(keys::localPracticeAllowed)) == QLatin1String("on");
}

QString Settings::ssoIssuer() const
{
    return value(QLatin1String(keys::ssoIssuer));
}

QString Settings::updateChannel() const
{
    return value(QLatin1String(keys::updateChannel));
}

QString Settings::proxy() const
{
    return value(QLatin1String(keys::proxy));
}

QString Settings::inputDevice() const
{
    return value(QLatin1String(keys::inputDevice));
}

QString Settings::outputDevice() const
{
    return value(QLatin1String(keys::outputDevice));
}

QString Settings::language() const
{
    return value(QLatin1String(keys::language));
}

ThemeMode Settings::theme() const
{
    const QString theme = value(QLatin1String(keys::theme));
    if (theme == QLatin1String("light"))
        return ThemeMode::Light;
    if (theme == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

QByteArray Settings::windowGeometry() const
{
    return m_store->value(windowGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_store->setValue(windowGeometryKey, geometry);
}

QString Settings::lastPage() const
{
    return m_store->value(lastPageKey).toString();
}

void Settings::setLastPage(const QString& pageId)
{
    m_store->setValue(lastPageKey, pageId);
}

bool Settings::platformChosen() const
{
    // An address set by the user or IT is a choice made.
    return m_store->value(platformChosenKey).toBool() || !platformUrl().isEmpty();
}

void Settings::setPlatformChosen(bool chosen)
{
    m_store->setValue(platformChosenKey, chosen);
}

QDate Settings::precheckPassedOn() const
{
    return QDate::fromString(m_store->value(precheckKey).toString(), Qt::ISODate);
}

void Settings::setPrecheckPassedOn(const QDate& day)
{
    m_store->setValue(precheckKey, day.toString(Qt::ISODate));
}

QDate Settings::remindedOn() const
{
    return QDate::fromString(m_store->value(remindedKey).toString(), Qt::ISODate);
}

void Settings::setRemindedOn(const QDate& day)
{
    m_store->setValue(remindedKey, day.toString(Qt::ISODate));
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace vt::app
