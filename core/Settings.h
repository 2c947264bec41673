#pragma once

#include "Policy.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace vt::app {

enum class SettingSource { Default, User, Policy };
enum class ThemeMode { System, Light, Dark };

struct SettingError {
    enum class Code { UnknownKey, Locked, Invalid };
    Code code;
    QString message; // translated
};

// The application's settings: typed accessors over the user's QSettings store, with the
// managed policy on top. The effective value of a key is the policy's when it names the key,
// else the user's when it is valid, else the registry default. All writes go through the
// registry's checks; a policy-locked key cannot be written. Never holds a secret (tokens live
// in the OS keychain).
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings(std::unique_ptr<QSettings> userStore, Policy policy, QObject* parent = nullptr);
    ~Settings() override;

    // The per-user INI file in the platform's config location.
    static std::unique_ptr<QSettings> openUserStore();

    QString value(const QString& key) const;
    SettingSource source(const QString& key) const;
    bool isLocked(const QString& key) const;
    const Policy& policy() const { return m_policy; }
    QString userStorePath() const;

    [[nodiscard]] std::optional<SettingError> setValue(const QString& key, const QString& value);
    // Forget the user's value, back to the default.
    [[nodiscard]] std::optional<SettingError> resetValue(const QString& key);

    QString platformUrl() const;
    QString caBundle() const; // a PEM file path; empty: the system's authorities only
    QString proxy() const;    // "system", "none" or a proxy address (net::ProxySetting)
    // practice.local_allowed: the embedded platform and offline practice may be used.
    bool localPracticeAllowed() const;
    // auth.sso_issuer: the organisation's sign-in service; empty for the platform's own.
    QString ssoIssuer() const;
    // update.channel: "stable", "beta" or "off".
    QString updateChannel() const;
    // Why there is no platform when none is configured and practice.local_allowed is off.
    static QString localPracticeRefusal();
    QString inputDevice() const;
    QString outputDevice() const;
    bool pushToTalk() const;
    // The AI prospect of practice on this computer (practice.ai_url, practice.ai_model); the
    // URL empty when the practice script plays it.
    QString aiUrl() const;
    QString aiModel() const;
    QString language() const; // "system", "en" or "es"
    ThemeMode theme() const;

    // Window state: not user settings (not in the registry, never locked).
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QString lastPage() const;
    void setLastPage(const QString& pageId);
    // The first run's choice was made (an organisation, or practice on this computer).
    bool platformChosen() const;
    void setPlatformChosen(bool chosen);
    // The day the pre-call check last passed (invalid: never).
    QDate precheckPassedOn() const;
    void setPrecheckPassedOn(const QDate& day);
    // The day the tray last reminded of due assignments (invalid: never).
    QDate remindedOn() const;
    void setRemindedOn(const QDate& day);

    void sync();

Q_SIGNALS:
    void changed(const QString& key);

private:
    std::optional<SettingError> checkWritable(const QString& key) const;

    std::unique_ptr<QSettings> m_store;
    Policy m_policy;
};

} // namespace vt::app
