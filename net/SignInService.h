#pragma once

#include "PlatformClient.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace vt::net {

// The organisation's sign-in service (the auth.sso_issuer setting): an OAuth 2.0
// authorization server known by its issuer identifier, described by its RFC 8414 metadata.
// The metadata is read at {host}/.well-known/oauth-authorization-server{path} and used only
// when it names exactly that issuer (RFC 8414 3.3), offers the code flow with PKCE S256, and
// its endpoints are https (http only on loopback).
struct SignInService {
    Q_DECLARE_TR_FUNCTIONS(vt::net::SignInService)

public:
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;   // empty: the platform's
    bool issParameter = false; // RFC 9207: the browser's return names the issuer

    // Why `issuer` cannot be an issuer identifier (RFC 8414 2: https, no query or fragment);
    // empty when it can.
    static QString issuerError(const QString& issuer);
    // Where its metadata is (RFC 8414 3.1).
    static QUrl metadataUrl(const QString& issuer);

    using Callback = std::function<void(const std::optional<SignInService>&, const ApiError&)>;
    // Reads and checks the metadata through `client` (its TLS trust and proxy); the error
    // says why the service cannot be used (type "sso", or the request's own, e.g. "network").
    static void discover(PlatformClient& client, const QString& issuer, Callback done);
};

} // namespace vt::net
