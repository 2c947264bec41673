#include "AppContext.h"

#include "AppLog.h"
#include "BuildInfo.h"

namespace vt::app {

AppContext::AppContext(Options options)
    : m_log(std::make_unique<LogFile>(LogFile::defaultDirectory()), options)
    , m_settings(Settings::openUserStore(), Policy::load(Policy::defaultSources()))
{
    qCInfo(lcApp).noquote() << "Voice AI Training" << appVersion() << "commit" << gitCommit()
                            << "starting";
    m_languages.follow(m_settings);
}

} // namespace vt::app
