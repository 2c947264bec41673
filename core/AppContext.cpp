#include "AppContext.h"

#include "AppLog.h"
#include "BuildInfo.h"
#include "ProxyRouting.h"
#include "SettingsRegistry.h"

namespace vt::app {

AppContext::AppContext(Options options)
    : m_log(std::make_unique<LogFile>(LogFile::defaultDirectory()), options)
    , m_settings(Settings::openUserStore(), Policy::load(Policy::defaultSources()))
    , m_proxy(std::make_unique<net::ProxyRouting>())
{
    qCInfo(lcApp).noquote() << "Voice AI Training" << appVersion() << "commit" << gitCommit()
                            << "starting";
    m_languages.follow(m_settings);
    const auto applyProxy = [this] {
        const Result<net::ProxySetting> proxy = net::ProxySetting::parse(m_settings.proxy());
        // Settings only gives valid values; the system's configuration is the safe fallback.
        m_proxy->apply(proxy.value_or(net::ProxySetting{}));
        qCInfo(lcApp).noquote() << "network proxy:" << m_proxy->setting().toString();
    };
    applyProxy();
    QObject::connect(
        &m_settings, &Settings::changed, &m_settings, [applyProxy](const QString& key) {
            if (key == QLatin1String(keys::proxy))
                applyProxy();
        });
}

AppContext::~AppContext() = default;

} // namespace vt::app
