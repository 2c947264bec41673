#include "ProxyRouting.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QUrl>

#include <mutex>

namespace vt::net {

Result<ProxySetting> ProxySetting::parse(const QString& value)
{
    const QString trimmed = value.trimmed();
    ProxySetting setting;
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return setting;
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        setting.mode = Mode::None;
        return setting;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QString why;
    if (!url.isValid() || url.host().isEmpty())
        why = tr("“%1” is not a proxy address. Use system, none, or the form "
                 "http://proxy.example.com:3128.")
                  .arg(trimmed);
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("socks5"))
        why = tr("The proxy must be an http:// or socks5:// address, not %1://.").arg(scheme);
    else if (!url.userInfo().isEmpty())
        why = tr("The proxy address must not contain a user name or password.");
    else if (url.port() <= 0)
        why = tr("The proxy address needs a port, as in http://%1:3128.").arg(url.host());
    else if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        why = tr("The proxy address must not have a path (%1).").arg(url.path());
    else if (url.hasQuery() || url.hasFragment())
        why = tr("The proxy address must not have a query or fragment.");
    if (!why.isEmpty())
        return failure(why);
    setting.mode = Mode::Fixed;
    setting.proxy = QNetworkProxy(
        scheme == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
        url.host(), quint16(url.port()));
    return setting;
}

QString ProxySetting::toString() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Fixed:
        break;
    }
    QUrl url;
    url.setScheme(proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                             : QStringLiteral("http"));
    url.setHost(proxy.hostName());
    url.setPort(proxy.port());
    return url.toString();
}

namespace {

bool isThisComputer(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QList<QNetworkProxy> ProxyRouting::route(
    const ProxySetting& setting, const QNetworkProxyQuery& query)
{
    const QList<QNetworkProxy> direct{QNetworkProxy(QNetworkProxy::NoProxy)};
    if (query.queryType() != QNetworkProxyQuery::TcpSocket
        && query.queryType() != QNetworkProxyQuery::UrlRequest)
        return direct; // listening sockets and UDP
    const QString host = query.peerHostName().isEmpty() ? query.url().host() : query.peerHostName();
    if (isThisComputer(host))
        return direct;
    switch (setting.mode) {
    case ProxySetting::Mode::System: {
        QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(query);
        return system.isEmpty() ? direct : system;
    }
    case ProxySetting::Mode::None:
        return direct;
    case ProxySetting::Mode::Fixed:
        break;
    }
    // An HTTP proxy carries plain HTTP requests as they are and everything else (TLS, the
    // voice WebSocket) through CONNECT; a SOCKS5 proxy carries any TCP connection.
    return {setting.proxy};
}

struct ProxyRouting::Shared {
    mutable std::mutex mutex;
    ProxySetting setting;
};

namespace {

class RoutingFactory final : public QNetworkProxyFactory {
public:
    explicit RoutingFactory(std::shared_ptr<ProxyRouting::Shared> shared)
        : m_shared(std::move(shared))
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

private:
    std::shared_ptr<ProxyRouting::Shared> m_shared;
};

} // namespace

QList<QNetworkProxy> RoutingFactory::queryProxy(const QNetworkProxyQuery& query)
{
    ProxySetting setting;
    {
        const std::lock_guard lock(m_shared->mutex);
        setting = m_shared->setting;
    }
    return ProxyRouting::route(setting, query);
}

ProxyRouting::ProxyRouting()
    : m_shared(std::make_shared<Shared>())
{
    // Qt owns the factory; the setting it reads is shared with this object.
    QNetworkProxyFactory::setApplicationProxyFactory(new RoutingFactory(m_shared));
}

ProxyRouting::~ProxyRouting()
{
    QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
}

void ProxyRouting::apply(const ProxySetting& setting)
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->setting = setting;
}

ProxySetting ProxyRouting::setting() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->setting;
}

} // namespace vt::net
