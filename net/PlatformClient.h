#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace vt::net {

// What went wrong with a request, for the user: `status` 0 when no HTTP answer came.
struct ApiError {
    int status = 0;
    QString type;    // the problem type's last path segment ("validation"), or "network"
    QString message; // a sentence fit to show
    bool isError() const { return !message.isEmpty(); }
};

struct ApiResult {
    int status = 0;
    QJsonDocument json;
    ApiError error;
    QByteArray retryAfter; // the Retry-After header, when the answer had one
    QByteArray etag;       // the ETag header, when the answer had one
    bool notModified() const { return status == 304; }
};

// The platform's REST API v1 (docs/api/openapi.yaml) at the HTTP level, over one
// QNetworkAccessManager: the access token kept in memory only, per-request timeouts,
// problem+json turned into messages, conditional GETs, and one silent re-send after the
// access token was renewed (setRefresher). PlatformApi types the resources on top of it.
// Callbacks run on the thread the client lives on.
class PlatformClient final : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult&)>;
    static constexpr int timeoutMs = 30000;

    // `base`: http(s)://host[:port], already checked (PlatformUrl).
    explicit PlatformClient(QUrl base, QObject* parent = nullptr);

    // POST /auth/token with the password grant (the reference and local platforms), the
    // refresh_token grant or the authorization_code grant; a success keeps the new access token.
    // The answer (with the refresh token) goes to `done` only.
    void signIn(const QString& email, const QString& password, Callback done);
    void refresh(const QString& refreshToken, Callback done);
    // The authorization_code grant with its PKCE verifier (RFC 6749 4.1.3, RFC 7636 4.5).
    void exchangeCode(const QString& code, const QString& verifier, const QString& redirectUri,
        const QString& clientId, Callback done);
    // POST /auth/revoke (RFC 7009) for a refresh token; forgets the access token.
    void revoke(const QString& refreshToken, Callback done);
    // The organisation's authorization server (auth.sso_issuer, from its RFC 8414 metadata):
    // token requests go to `tokenEndpoint`, revocations to `revocationEndpoint` (the
    // platform's own when empty). Absolute URLs, already checked.
    void setAuthServer(const QUrl& tokenEndpoint, const QUrl& revocationEndpoint);
    // GET of an absolute URL outside the API (an authorization server's metadata), without
    // the access token.
    void getPublic(const QUrl& url, Callback done);
    void setAccessToken(const QString& token) { m_accessToken = token; }
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }

    // When a request that carried the access token is answered 401, the refresher is asked
    // for a new one (it calls back true after setAccessToken) and the request goes out once
    // more. Requests answered 401 while a refresh runs wait for it.
    using Refresher = std::function<void(std::function<void(bool renewed)>)>;
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }

    // `etag` non-empty: a conditional GET (If-None-Match); a 304 answer has notModified().
    void get(const QString& path, Callback done, const QByteArray& etag = {});
    // GET without following a redirect: a 3xx comes back as it is (with its JSON body), for
    // the signed links the platform answers with.
    void getLink(const QString& path, Callback done);
    // Downloads `url` (absolute: a signed link, sent without the access token) into
    // `filePath`, written whole or not at all; more than `maxBytes` fails with type "too_large",
    // a file that cannot be written with type "file".
    void download(const QUrl& url, const QString& filePath, qint64 maxBytes, Callback done);
    void send(const QByteArray& verb, const QString& path, const QJsonDocument& body,
        const QString& idempotencyKey, Callback done);
    // Sends `bytes` as they are (a body queued earlier goes out byte for byte).
    void sendBytes(const QByteArray& verb, const QString& path, const QByteArray& bytes,
        const QByteArray& contentType, const QString& idempotencyKey, Callback done);
    // Streams a file as the body; a file that cannot be read fails with type "file".
    void sendFile(const QByteArray& verb, const QString& path, const QString& filePath,
        const QByteArray& contentType, const QString& idempotencyKey, Callback done);
    QUrl base() const { return m_base; }

    // Whose data this is, for the local store: the platform's origin, or what setKey() set
    // (the embedded local platform, whose port changes with every start, is "local").
    QString key() const;
    void setKey(const QString& key) { m_key = key; }
    // How long a request may go without a byte moving before it fails (default timeoutMs).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // The TLS configuration of every request (TlsTrust: the system's authorities and the
    // ones the network.ca_bundle setting adds).
    // Connections made under the old trust are dropped.
    void setSslConfiguration(const QSslConfiguration& config);
    const QSslConfiguration& sslConfiguration() const { return m_ssl; }

private:
    struct Call;
    void tokenRequest(const QList<std::pair<QString, QString>>& fields, Callback done);
    void dispatch(const std::shared_ptr<Call>& call);
    QNetworkRequest request(const Call& call) const;
    void finish(QNetworkReply* reply, const std::shared_ptr<Call>& call);
    void renewAndResend(const std::shared_ptr<Call>& call, const ApiResult& first);

    QUrl m_base;
    QUrl m_tokenEndpoint;      // empty: the platform's /api/v1/auth/token
    QUrl m_revocationEndpoint; // empty: the platform's /api/v1/auth/revoke
    QNetworkAccessManager* m_network;
    QString m_accessToken;
    Refresher m_refresher;
    bool m_refreshing = false;
    QList<std::pair<std::shared_ptr<Call>, ApiResult>> m_waitingForRefresh;
    QString m_key;
    int m_timeoutMs = timeoutMs;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};

// The user's sentence for a failed request.
ApiError errorOf(int status, const QJsonDocument& problem, const QString& networkError);

} // namespace vt::net
