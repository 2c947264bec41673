#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace vt::app {

// Names of the user-facing settings. The same dotted names are used by the CLI
// (`config get platform.url`), the managed policy and (later) the ADMX and mobileconfig
// templates, which a test compares with this registry.
namespace keys {
inline constexpr char platformUrl[] = "platform.url";
inline constexpr char inputDevice[] = "audio.input_device";
inline constexpr char outputDevice[] = "audio.output_device";
inline constexpr char pushToTalk[] = "audio.push_to_talk";
inline constexpr char language[] = "ui.language";
inline constexpr char theme[] = "ui.theme";
inline constexpr char caBundle[] = "network.ca_bundle";
inline constexpr char proxy[] = "network.proxy";
inline constexpr char localPracticeAllowed[] = "practice.local_allowed";
inline constexpr char ssoIssuer[] = "auth.sso_issuer";
inline constexpr char updateChannel[] = "update.channel";
inline constexpr char aiUrl[] = "practice.ai_url";
inline constexpr char aiModel[] = "practice.ai_model";
} // namespace keys

enum class SettingKind {
    Text,        // free text (device names): bounded length, no control characters
    PlatformUrl, // empty (embedded local platform) or a valid platform address
    Choice,      // one of a fixed list
    Proxy,       // "system", "none" or a proxy address (net::ProxySetting)
    Issuer,      // empty or an OAuth issuer identifier (RFC 8414: https, no query)
    HttpUrl,     // empty or an http(s) address
};

struct SettingSpec {
    const char* key;
    SettingKind kind;
    const char* defaultValue;
    std::span<const char* const> choices; // Choice only
    const char* summary;                  // translated with SettingsRegistry::tr
};

class SettingsRegistry final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::SettingsRegistry)

public:
    static std::span<const SettingSpec> all();
    static const SettingSpec* find(QStringView key);
    // The QSettings key ("platform/url") for a dotted name ("platform.url").
    static QString storageKey(const SettingSpec& spec);
    static QString summary(const SettingSpec& spec);

    struct Checked {
        QString value; // normalised
        QString error; // translated; empty when valid
    };
    static Checked check(const SettingSpec& spec, const QString& value);
};

} // namespace vt::app
