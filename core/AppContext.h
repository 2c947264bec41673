#pragma once

#include "LanguageManager.h"
#include "MessageLog.h"
#include "Settings.h"

#include <memory>

namespace vt::net {
class ProxyRouting;
}

namespace vt::app {

// What both executables set up first, in this order: the log (so everything after it is
// logged and redacted), the settings with the managed policy, the interface language, which
// then follows the ui.language setting, and the network's proxy routing, which follows
// network.proxy. Create after the Q*Application and
// applyApplicationIdentity(); owned by main().
class AppContext final {
public:
    using Options = MessageLog::Options;

    explicit AppContext(Options options);
    ~AppContext();
    AppContext(const AppContext&) = delete;
    AppContext& operator=(const AppContext&) = delete;

    Settings& settings() { return m_settings; }
    LanguageManager& languages() { return m_languages; }
    const MessageLog& log() const { return m_log; }

private:
    MessageLog m_log;
    Settings m_settings;
    LanguageManager m_languages;
    std::unique_ptr<net::ProxyRouting> m_proxy;
};

} // namespace vt::app
