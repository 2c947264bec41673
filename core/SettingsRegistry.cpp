#include "SettingsRegistry.h"

#include "PlatformUrl.h"
#include "ProxyRouting.h"
#include "SignInService.h"

#include <QUrl>

#include <algorithm>
#include <array>

namespace vt::app {
namespace {

constexpr std::array<const char*, 3> languageChoices{"system", "en", "es"};
constexpr std::array<const char*, 3> themeChoices{"system", "light", "dark"};
constexpr std::array<const char*, 2> switchChoices{"off", "on"};
constexpr std::array<const char*, 3> channelChoices{"stable", "beta", "off"};
constexpr int maxTextLength = 256;

const std::array<SettingSpec, 13> specs{{
    {keys::platformUrl, SettingKind::PlatformUrl, "", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "Address of your organisation's training platform; empty to practise "
            "on this computer")},
    {keys::localPracticeAllowed, SettingKind::Choice, "on", switchChoices,
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "Practising on this computer, without the organisation's platform: the embedded "
            "platform and offline practice (on or off)")},
    {keys::aiUrl, SettingKind::HttpUrl, "", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "When practising on this computer: an OpenAI-compatible server whose model plays the "
            "prospect (such as http://127.0.0.1:11434/v1 for Ollama); empty for the practice "
            "script")},
    {keys::aiModel, SettingKind::Text, "", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "The model the AI prospect server runs (such as llama3.1:8b)")},
    {keys::ssoIssuer, SettingKind::Issuer, "", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "The organisation's sign-in service (its OAuth issuer, https://...): reps sign in "
            "only through it, in the browser; empty for the platform's own sign-in")},
    {keys::caBundle, SettingKind::Text, "", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "A PEM file of certificate authorities to trust besides the system's, for a "
            "company proxy that inspects TLS; empty for none")},
    {keys::proxy, SettingKind::Proxy, "system", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "How to reach the network: system (the system's proxy configuration), none (direct) "
            "or one proxy, http://host:port or socks5://host:port")},
    {keys::updateChannel, SettingKind::Choice, "stable", channelChoices,
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "Which new versions the organisation's platform may offer: stable, beta (stable "
            "and beta) or off (never asked; IT installs the updates)")},
    {keys::inputDevice, SettingKind::Text, "", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "Microphone, by device name; empty for the system default")},
    {keys::outputDevice, SettingKind::Text, "", {},
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "Speaker or headset, by device name; empty for the system default")},
    {keys::pushToTalk, SettingKind::Choice, "off", switchChoices,
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry",
            "Push to talk during calls: the microphone is live only while Space is held (on "
            "or off)")},
    {keys::language, SettingKind::Choice, "system", languageChoices,
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry", "Interface language: system, en or es")},
    {keys::theme, SettingKind::Choice, "system", themeChoices,
        QT_TRANSLATE_NOOP("vt::app::SettingsRegistry", "Colour theme: system, light or dark")},
}};

} // namespace

std::span<const SettingSpec> SettingsRegistry::all()
{
    return specs;
}

const SettingSpec* SettingsRegistry::find(QStringView key)
{
    for (const SettingSpec& spec : specs) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

QString SettingsRegistry::storageKey(const SettingSpec& spec)
{
    return QString::fromLatin1(spec.key).replace(QLatin1Char('.'), QLatin1Char('/'));
}

QString SettingsRegistry::summary(const SettingSpec& spec)
{
    return tr(spec.summary);
}

SettingsRegistry::Checked SettingsRegistry::check(const SettingSpec& spec, const QString& value)
{
    Checked result;
    switch (spec.kind) {
    case SettingKind::Text:
        if (value.size() > maxTextLength) {
            result.error = tr("%1 is longer than %2 characters.")
                               .arg(QLatin1String(spec.key))
                               .arg(maxTextLength);
        } else if (std::any_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; })) {
            result.error = tr("%1 contains control characters.").arg(QLatin1String(spec.key));
        } else {
            result.value = value;
        }
        break;
    case SettingKind::PlatformUrl:
        if (value.trimmed().isEmpty())
            break; // empty: the embedded local platform
        if (const net::PlatformUrl url = net::PlatformUrl::parse(value); url.isValid())
            result.value = url.toString();
        else
            result.error = url.error();
        break;
    case SettingKind::Issuer:
        // Kept as written: an issuer is compared byte for byte (RFC 8414 3.3).
        if (const QString issuer = value.trimmed(); !issuer.isEmpty()) {
            if (const QString why = net::SignInService::issuerError(issuer); why.isEmpty())
                result.value = issuer;
            else
                result.error = QStringLiteral("%1: %2").arg(QLatin1String(spec.key), why);
        }
        break;
    case SettingKind::HttpUrl:
        if (const QString text = value.trimmed(); !text.isEmpty()) {
            const QUrl url(text, QUrl::StrictMode);
            if (url.isValid() && !url.host().isEmpty()
                && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                && url.userInfo().isEmpty())
                result.value = text;
            else
                result.error = tr("%1 must be an http(s) address such as "
                                  "http://127.0.0.1:11434/v1, without a user name or password.")
                                   .arg(QLatin1String(spec.key));
        }
        break;
    case SettingKind::Proxy: {
        if (const Result<net::ProxySetting> proxy = net::ProxySetting::parse(value))
            result.value = proxy->toString();
        else
            result.error = QStringLiteral("%1: %2").arg(QLatin1String(spec.key), proxy.error());
        break;
    }
    case SettingKind::Choice: {
        const QString lowered = value.trimmed().toLower();
        for (const char* choice : spec.choices) {
            if (lowered == QLatin1String(choice))
                result.value = lowered;
        }
        if (result.value.isEmpty()) {
            QStringList allowed;
            for (const char* choice : spec.choices)
                allowed << QString::fromLatin1(choice);
            result.error = tr("%1 must be one of: %2.")
                               .arg(QLatin1String(spec.key), allowed.join(QLatin1String(", ")));
        }
        break;
    }
    }
    return result;
}

} // namespace vt::app
