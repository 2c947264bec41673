#include "PlatformUrl.h"

#include <QHostAddress>

namespace vt::net {

PlatformUrl PlatformUrl::parse(const QString& text)
{
    PlatformUrl result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.m_error = tr("The platform address is empty.");
        return result;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative()) {
        result.m_error = tr("“%1” is not a web address. Use the form https://training.example.com.")
                             .arg(trimmed);
    } else if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        result.m_error = tr("The platform address must start with https://.");
    } else if (url.host().isEmpty()) {
        result.m_error = tr("The platform address has no host name.");
    } else if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        result.m_error = tr("The platform address must not contain a user name or password.");
    } else if (url.hasQuery() || url.hasFragment()) {
        result.m_error = tr("The platform address must not contain “?” or “#” parts.");
    } else if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        result.m_error = tr("The platform address must use https://. Plain http:// is allowed "
                            "only for this computer (localhost).");
    }
    if (result.m_error.isEmpty()) {
        result.m_url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        if (result.m_url.path() == QLatin1String("/")) // StripTrailingSlash keeps a bare "/"
            result.m_url.setPath(QString());
    }
    return result;
}

QString PlatformUrl::toString() const
{
    return isValid() ? m_url.toString() : QString();
}

bool PlatformUrl::isLoopback() const
{
    return isValid() && isLoopbackHost(m_url.host());
}

bool PlatformUrl::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace vt::net
