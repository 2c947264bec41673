#include "SignInService.h"

#include "NetLog.h"
#include "PlatformUrl.h"

#include "ApiResources.h"

#include <QJsonDocument>

namespace vt::net {
namespace {

// An endpoint the app may send the browser or a token to: absolute, https (http only on
// loopback), no credentials or fragment.
bool usableEndpoint(const QUrl& url)
{
    return url.isValid() && !url.isRelative() && url.userInfo().isEmpty() && !url.hasFragment()
        && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https")
            || (url.scheme() == QLatin1String("http") && PlatformUrl::isLoopbackHost(url.host())));
}

ApiError ssoError(const QString& message)
{
    ApiError e;
    e.type = QStringLiteral("sso");
    e.message = message;
    return e;
}

// Why the metadata cannot be used for `issuer`; empty when it can.
QString refusal(const protocol::Parsed<protocol::AuthServerMetadata>& parsed, const QString& issuer)
{
    if (!parsed)
        return parsed.error().summary();
    const protocol::AuthServerMetadata& m = *parsed;
    if (m.issuer != issuer) // RFC 8414 3.3: a document for another issuer is not to be used
        return SignInService::tr("it names itself %1").arg(m.issuer);
    if (!m.responseTypes.contains(QLatin1String("code")))
        return SignInService::tr("it does not offer the authorization code flow");
    if (!m.codeChallengeMethods.contains(QLatin1String("S256")))
        return SignInService::tr("it does not offer PKCE with S256");
    if (!usableEndpoint(QUrl(m.authorizationEndpoint)) || !usableEndpoint(QUrl(m.tokenEndpoint))
        || (!m.revocationEndpoint.isEmpty() && !usableEndpoint(QUrl(m.revocationEndpoint))))
        return SignInService::tr("its endpoints are not all https addresses");
    return {};
}

} // namespace

QString SignInService::issuerError(const QString& issuer)
{
    const QUrl url(issuer, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The sign-in service \"%1\" is not an address.").arg(issuer);
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return tr("The sign-in service \"%1\" may not have a query, a fragment or a user name "
                  "(RFC 8414).")
            .arg(issuer);
    if (!usableEndpoint(url))
        return tr("The sign-in service \"%1\" must use https (plain http only on this computer).")
            .arg(issuer);
    return {};
}

QUrl SignInService::metadataUrl(const QString& issuer)
{
    // RFC 8414 3.1: the well-known segment goes between the host and the issuer's path.
    QUrl url(issuer);
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    return url;
}

void SignInService::discover(PlatformClient& client, const QString& issuer, Callback done)
{
    if (const QString why = issuerError(issuer); !why.isEmpty()) {
        done(std::nullopt, ssoError(why));
        return;
    }
    client.getPublic(metadataUrl(issuer), [issuer, done = std::move(done)](const ApiResult& r) {
        if (r.error.isError()) {
            ApiError e = r.error;
            e.message = tr("Your organisation's sign-in service %1 did not describe itself: %2")
                            .arg(issuer, r.error.message);
            done(std::nullopt, e);
            return;
        }
        const protocol::Parsed<protocol::AuthServerMetadata> parsed
            = protocol::parseAuthServerMetadata(r.json.toJson(QJsonDocument::Compact));
        if (const QString why = refusal(parsed, issuer); !why.isEmpty()) {
            qCWarning(lcNet, "sign-in service %s refused: %s", qPrintable(issuer), qPrintable(why));
            done(std::nullopt,
                ssoError(tr("Your organisation's sign-in service %1 cannot be used: %2.")
                             .arg(issuer, why)));
            return;
        }
        SignInService service;
        service.issuer = issuer;
        service.authorizationEndpoint = QUrl(parsed->authorizationEndpoint);
        service.tokenEndpoint = QUrl(parsed->tokenEndpoint);
        service.revocationEndpoint = QUrl(parsed->revocationEndpoint);
        service.issParameter = parsed->issParameter;
        qCInfo(lcNet, "sign-in service %s: authorization at %s", qPrintable(issuer),
            qPrintable(service.authorizationEndpoint.toString()));
        done(service, {});
    });
}

} // namespace vt::net
