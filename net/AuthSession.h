#pragma once

#include "Accounts.h"
#include "PlatformClient.h"
#include "SignInService.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace vt::protocol {
class Clock;
}

namespace vt::net {

class Keychain;
class LocalStore;

// The sign-in to one platform: getting tokens, keeping the refresh token in the OS keychain
// (never on disk in the app's files), renewing the access token silently when the platform
// answers 401, and signing out (the platform revokes the sign-in, the keychain entry and the
// local account go). Who is signed in (user, role, org, team) is kept in the local store, so
// the app starts signed in from it when the platform is unreachable.
//
// Refresh tokens rotate and are single use: two processes (the app and the CLI) refreshing
// with the same token would look like theft to the platform, which then revokes the whole
// sign-in. Each renewal therefore runs under a lock file shared by all processes of this
// user, re-reads the keychain once it holds the lock, and writes the successor before
// releasing it.
//
// Without a keychain (nullptr: the embedded local platform, whose password the app holds)
// the refresh token is kept in memory for this process only.
class AuthSession final : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        bool signedIn = false;
        bool offline = false; // signed in from the local store; the platform did not answer
        ApiError error;       // why not signed in, or what went wrong along the way
        QString warning;      // signed in, but something the user should know
        bool kept = false;    // the refresh token is in the keychain (a later start resumes)
    };
    using Callback = std::function<void(const Outcome&)>;

    static constexpr int lockWaitMs = 60000;

    AuthSession(PlatformClient& client, LocalStore& store, Keychain* keychain, QString lockPath,
        const protocol::Clock& clock, QObject* parent = nullptr);
    ~AuthSession() override;

    // The organisation's authorization server (the auth.sso_issuer setting; empty: the
    // platform itself). With one, sign-in is through the browser only, at the endpoints of
    // the issuer's RFC 8414 metadata (read once, before the first token request), whose
    // `issuer` must be exactly this one; the browser's return must name it (RFC 9207).
    void setIssuer(const QString& issuer);
    QString issuer() const { return m_issuer; }

    // The password grant; stores the refresh token and the account.
    void signInWithPassword(const QString& email, const QString& password, Callback done);
    // The hosted platform's sign-in: the system browser (BrowserSignIn, through `openBrowser`),
    // then the code exchanged with its PKCE verifier; stores the refresh token and the account.
    void signInWithBrowser(std::function<bool(const QUrl&)> openBrowser, Callback done);
    // Signs in again with what was stored by an earlier sign-in to this platform.
    void resume(Callback done);
    // Revokes the sign-in on the platform, then forgets it here whatever the platform said
    // (an unreachable platform leaves a warning: the sign-in then lapses on its own).
    void signOut(Callback done);

    std::optional<Account> account() const;
    QString platform() const { return m_client.key(); }

Q_SIGNALS:
    // The platform no longer accepts this sign-in (expired or revoked): sign in again.
    void signInExpired(const QString& reason);

private:
    // Reads the issuer's metadata once (nothing to do without an issuer); an error that says
    // why it cannot be used.
    void discover(std::function<void(const ApiError& error)> done);
    void renew(std::function<void(bool renewed, const ApiError& error)> done);
    void renewDiscovered(std::function<void(bool renewed, const ApiError& error)> done);
    void signInWithBrowserDiscovered(std::function<bool(const QUrl&)> openBrowser, Callback done);
    using Lock = std::shared_ptr<QLockFile>;
    // Runs `work` once this process holds the sign-in lock (nullptr: it could not be had).
    void withLock(std::function<void(Lock)> work, int waitedMs = 0);
    void readToken(std::function<void(const QString& token, const ApiError& error)> done);
    void refreshWith(
        const QString& token, Lock lock, std::function<void(bool, const ApiError&)> done);
    // `done` gets a warning when the keychain refused the token (kept in memory instead).
    void storeTokens(const ApiResult& tokens, std::function<void(QString warning)> done);
    void fetchMe(Account account, Outcome outcome, Callback done);
    // After a token answer: keeps the tokens and the account (the email comes from /me when
    // empty).
    void signedIn(const ApiResult& tokens, const QString& email, Callback done);
    QString keychainAccount() const;

    PlatformClient& m_client;
    LocalStore& m_store;
    Keychain* m_keychain;
    QString m_lockPath;
    const protocol::Clock& m_clock;
    QString m_refreshToken; // without a keychain only
    QString m_issuer;
    std::optional<SignInService> m_service; // read from m_issuer's metadata
};

} // namespace vt::net
