#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace vt::net {

// The browser half of the OAuth 2.0 code flow with PKCE for a native app (RFC 8252, RFC 7636):
// a code verifier and its S256 challenge, a loopback listener on 127.0.0.1 and an ephemeral
// port as the redirect URI, the authorization page (the platform's /oauth/authorize, or the
// organisation's authorization server's endpoint) opened in the system browser
// (by the opener the caller passes: QDesktopServices in the app; the CLI prints the address),
// and the browser's return caught, its state checked. What comes out is the one-time code, to
// be exchanged with the verifier (AuthSession::signInWithCode). Nothing here is written
// anywhere: the verifier lives in memory for the one sign-in. With an expected issuer, the
// return's `iss` must name it (RFC 9207), so that a code from another server is never taken.
//
// Qt 6.4's QOAuth2AuthorizationCodeFlow is not used: it has no PKCE, and its token handling
// would duplicate AuthSession's (keychain, rotation under a lock).
class BrowserSignIn final : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 5 * 60 * 1000;
    static inline const QString clientId = QStringLiteral("voicetraining-desktop");

    struct Result {
        bool ok = false;
        QString code;
        QString verifier;
        QString redirectUri;
        QString error; // a sentence when not ok
    };
    using Opener = std::function<bool(const QUrl&)>;

    // `authorizationEndpoint`: absolute; its own query, if any, is kept.
    BrowserSignIn(QUrl authorizationEndpoint, Opener openBrowser, QObject* parent = nullptr);
    ~BrowserSignIn() override;

    // The return must carry `iss` equal to `issuer` when it has one, and must have one when
    // `required` (the server's metadata says it sends it); otherwise the sign-in fails.
    void expectIssuer(const QString& issuer, bool required);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Listens, opens the browser, and calls `done` once the browser came back (or it failed,
    // or the time ran out). One run per object.
    void start(std::function<void(const Result&)> done);

    // RFC 7636: a verifier of 43 characters from 32 random bytes, and its S256 challenge.
    static QString newVerifier();
    static QString challengeOf(const QString& verifier);

private:
    void onConnection();
    void onRequest(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int status, const QString& title, const QString& text);
    void finish(Result result);

    QUrl m_endpoint;
    QString m_issuer;
    bool m_issuerRequired = false;
    Opener m_open;
    QTcpServer* m_server;
    QTimer* m_timer;
    int m_timeoutMs = defaultTimeoutMs;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    std::function<void(const Result&)> m_done;
};

} // namespace vt::net
