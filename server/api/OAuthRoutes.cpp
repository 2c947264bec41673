// GET and POST /oauth/authorize: the authorization endpoint of the OAuth 2.0 code flow with
// PKCE for native apps (RFC 6749 4.1, RFC 7636, RFC 8252), which the desktop app opens in the
// system browser. GET shows the sign-in page; POST checks the credentials and sends the
// browser back to the app's loopback redirect with a one-time code, which the app exchanges
// (with its code verifier) at POST /api/v1/auth/token. A request that is not valid, or names
// an unknown client or a redirect URI that is not loopback, gets an error page and is never
// redirected (RFC 6749 4.1.2.1). The redirect names the issuer (RFC 9207), and
// GET /.well-known/oauth-authorization-server describes the server (RFC 8414) for apps whose
// organisation pins its sign-in service (the auth.sso_issuer setting). The issuer is the
// platform's public address (--public-url, else the request's Host).
#include "ApiService.h"
#include "Platform.h"

#include "ApiRequests.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace vt::server {
namespace {

// The one public client the reference platform knows: the desktop app.
const QString desktopClient = QStringLiteral("voicetraining-desktop");

QJsonObject queryObject(const QUrlQuery& query)
{
    QJsonObject o;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        o.insert(key, value);
    return o;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

HttpResponse page(int status, const QString& title, const QString& body)
{
    HttpResponse r;
    r.status = status;
    r.headers.add("Content-Type", "text/html; charset=utf-8");
    r.headers.add("Cache-Control", "no-store");
    r.headers.add("X-Frame-Options", "DENY");
    r.headers.add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    r.headers.add("Referrer-Policy", "no-referrer");
    r.body = QStringLiteral(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1 · Voice AI Training</title><style>"
        "body{font-family:system-ui,sans-serif;background:#f4f6f8;color:#1d2733;margin:0}"
        "main{max-width:26rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;"
        "box-shadow:0 1px 4px rgba(0,0,0,.12)}h1{font-size:1.4rem;margin-top:0}"
        "label{display:block;margin:1rem 0 .3rem}input{width:100%;box-sizing:border-box;"
        "padding:.6rem;font-size:1rem;border:1px solid #9aa5b1;border-radius:4px}"
        "button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;border:0;"
        "border-radius:4px;background:#1f5fbf;color:#fff}.error{color:#a4161a}"
        ".note{color:#52606d;font-size:.9rem}</style></head><body><main>%2</main></body></html>")
                 .arg(escaped(title), body)
                 .toUtf8();
    return r;
}

HttpResponse errorPage(int status, const QString& why)
{
    return page(status, QStringLiteral("Sign-in problem"),
        QStringLiteral("<h1>This sign-in link is not valid</h1><p class=\"error\">%1</p>"
                       "<p class=\"note\">Start the sign-in again from the Voice AI Training app."
                       "</p>")
            .arg(escaped(why)));
}

HttpResponse signInPage(const protocol::AuthorizeRequest& a, const QString& email,
    const QString& error, int status = 200)
{
    const auto hidden = [](const char* name, const QString& value) {
        return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
            .arg(QLatin1String(name), escaped(value));
    };
    const QString fields = hidden("response_type", QStringLiteral("code"))
        + hidden("client_id", a.clientId) + hidden("redirect_uri", a.redirectUri)
        + hidden("code_challenge", a.codeChallenge)
        + hidden("code_challenge_method", QStringLiteral("S256")) + hidden("state", a.state);
    return page(status, QStringLiteral("Sign in"),
        QStringLiteral(
            "<h1>Sign in to Voice AI Training</h1>%1"
            "<form method=\"post\" action=\"/oauth/authorize\">%2"
            "<label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\" "
            "autocomplete=\"username\" required autofocus value=\"%3\">"
            "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" "
            "type=\"password\" autocomplete=\"current-password\" required>"
            "<button type=\"submit\">Sign in</button></form>"
            "<p class=\"note\">You return to the app once you are signed in.</p>")
            .arg(error.isEmpty() ? QString()
                                 : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                                       .arg(escaped(error)),
                fields, escaped(email)));
}

// The request's fields checked; an error page already sent when they are not right.
std::optional<protocol::AuthorizeRequest> validated(
    const ApiCallPtr& call, const QJsonObject& fields, bool withCredentials)
{
    const protocol::Parsed<protocol::AuthorizeRequest> parsed
        = protocol::parseAuthorizeRequest(fields, withCredentials);
    if (!parsed) {
        call->reply(errorPage(400, parsed.error().fields.summary()));
        return std::nullopt;
    }
    if (parsed->clientId != desktopClient) {
        call->reply(errorPage(400,
            QStringLiteral("the client \"%1\" is not known to this platform")
                .arg(parsed->clientId)));
        return std::nullopt;
    }
    return *parsed;
}

} // namespace

void addOAuthRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/.well-known/oauth-authorization-server"), false, std::nullopt,
        BodyKind::None, false, [&platform](const ApiCallPtr& call) {
            const QString issuer = platform.baseUrl(call->request());
            const auto words = [](std::initializer_list<const char*> list) {
                QJsonArray a;
                for (const char* word : list)
                    a.append(QLatin1String(word));
                return a;
            };
            call->json(200,
                QJsonObject{{QStringLiteral("issuer"), issuer},
                    {QStringLiteral("authorization_endpoint"),
                        issuer + QStringLiteral("/oauth/authorize")},
                    {QStringLiteral("token_endpoint"),
                        issuer + QStringLiteral("/api/v1/auth/token")},
                    {QStringLiteral("revocation_endpoint"),
                        issuer + QStringLiteral("/api/v1/auth/revoke")},
                    {QStringLiteral("response_types_supported"), words({"code"})},
                    {QStringLiteral("grant_types_supported"),
                        words({"authorization_code", "refresh_token", "password"})},
                    {QStringLiteral("token_endpoint_auth_methods_supported"), words({"none"})},
                    {QStringLiteral("revocation_endpoint_auth_methods_supported"), words({"none"})},
                    {QStringLiteral("code_challenge_methods_supported"), words({"S256"})},
                    {QStringLiteral("authorization_response_iss_parameter_supported"), true}});
        }});
    add({"GET", QStringLiteral("/oauth/authorize"), false, std::nullopt, BodyKind::None, false,
        [](const ApiCallPtr& call) {
            const std::optional<protocol::AuthorizeRequest> a
                = validated(call, queryObject(call->request().query), false);
            if (a)
                call->reply(signInPage(*a, {}, {}));
        }});
    add({"POST", QStringLiteral("/oauth/authorize"), false, std::nullopt, BodyKind::Form, false,
        [&platform](const ApiCallPtr& call) {
            QString formError;
            const std::optional<QJsonObject> form
                = protocol::parseForm(call->request().body, &formError);
            if (!form) {
                call->reply(errorPage(400, formError));
                return;
            }
            // The page itself without credentials: show it again rather than a bare error.
            const std::optional<protocol::AuthorizeRequest> page = validated(call, *form, false);
            if (!page)
                return;
            const protocol::Parsed<protocol::AuthorizeRequest> full
                = protocol::parseAuthorizeRequest(*form, true);
            if (!full) {
                call->reply(signInPage(*page, form->value(QStringLiteral("email")).toString(),
                    QStringLiteral("Enter your email and password."), 400));
                return;
            }
            const protocol::AuthorizeRequest a = *full;
            checkCredentials(call, platform, a.email, a.password,
                [call, &platform, a](const CredentialCheck& check) {
                    if (check.retryAfterSeconds > 0) {
                        HttpResponse r = signInPage(a, a.email,
                            QStringLiteral("Too many sign-in attempts; try again in %1 seconds.")
                                .arg(check.retryAfterSeconds),
                            429);
                        r.headers.add("Retry-After", QByteArray::number(check.retryAfterSeconds));
                        call->reply(r);
                        return;
                    }
                    if (!check.user) {
                        call->reply(signInPage(
                            a, a.email, QStringLiteral("The email or password is wrong."), 401));
                        return;
                    }
                    const QString code = platform.authorizationCodes.issue(check.user->id,
                        check.user->orgId, a.clientId, a.redirectUri, a.codeChallenge);
                    QUrl back(a.redirectUri);
                    QUrlQuery query(back.query());
                    query.addQueryItem(QStringLiteral("code"), code);
                    query.addQueryItem(QStringLiteral("state"),
                        QString::fromLatin1(QUrl::toPercentEncoding(a.state)));
                    query.addQueryItem(QStringLiteral("iss"),
                        QString::fromLatin1(
                            QUrl::toPercentEncoding(platform.baseUrl(call->request()))));
                    back.setQuery(query);
                    HttpResponse r;
                    r.status = 302;
                    r.headers.add("Location", back.toEncoded());
                    r.headers.add("Cache-Control", "no-store");
                    r.logUser = check.user->id.toLatin1();
                    r.logOrg = check.user->orgId.toLatin1();
                    call->reply(r);
                });
        }});
}

} // namespace vt::server
