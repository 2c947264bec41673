#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QString>

#include <memory>
#include <optional>

namespace vt::net {

// The network.proxy setting: "system" (the system's configuration: environment variables on
// Linux, the system settings and PAC files on Windows and macOS), "none" (always direct), or
// one proxy for everything, http://host:port or socks5://host:port. No user name or password:
// they would sit in a settings file in plain text.
struct ProxySetting {
    Q_DECLARE_TR_FUNCTIONS(vt::net::ProxySetting)

public:
    enum class Mode { System, None, Fixed };
    Mode mode = Mode::System;
    QNetworkProxy proxy; // Fixed only

    // The setting parsed, or a sentence naming what is wrong when the value is none of the
    // three forms.
    static Result<ProxySetting> parse(const QString& value);
    // "system", "none" or the proxy's address, as the setting writes it.
    QString toString() const;
};

// Where each connection goes: the setting's answer, except that connections to this computer
// (loopback: the embedded platform, the sign-in's redirect listener) and listening sockets
// never go through a proxy. Installed as the process's proxy factory, so the REST client, the
// voice WebSocket and the diagnostics all follow it; the factory asks from whichever thread
// connects (the voice transport has its own), so the setting is guarded.
class ProxyRouting final {
public:
    // Installs the factory with the setting "system".
    ProxyRouting();
    // Puts Qt's default factory back.
    ~ProxyRouting();
    ProxyRouting(const ProxyRouting&) = delete;
    ProxyRouting& operator=(const ProxyRouting&) = delete;

    void apply(const ProxySetting& setting);
    ProxySetting setting() const;

    // What `setting` gives for one connection (the factory's answer).
    static QList<QNetworkProxy> route(const ProxySetting& setting, const QNetworkProxyQuery& query);

    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace vt::net
