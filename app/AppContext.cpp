#include "AppContext.h"

#include "AppLog.h"
#include "BuildInfo.h"

#include <QNetworkProxyFactory>

namespace vt::app {

AppContext::AppContext(Options options)
    : m_log(std::make_unique<LogFile>(LogFile::defaultDirectory()), options)
    , m_settings(Settings::openUserStore(), Policy::load(Policy::defaultSources()))
{
    qCInfo(lcApp).noquote() << "Voice AI Training" << appVersion() << "commit" << gitCommit()
                            << "starting";
    m_languages.follow(m_settings);
    // Every request goes through the proxy the system is configured with (environment
    // variables on Linux, the system settings on Windows and macOS; PAC files there too).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace vt::app
