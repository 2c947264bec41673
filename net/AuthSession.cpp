#include "AuthSession.h"

#include "ApiCache.h"
#include "BrowserSignIn.h"
#include "Keychain.h"
#include "LocalStore.h"
#include "NetLog.h"
#include "SignInService.h"

#include "Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTimer>

#include <utility>

namespace vt::net {
namespace {

constexpr int lockPollMs = 50;
const QString mePath = QStringLiteral("/api/v1/me");

ApiError signInError(const QString& type, const QString& message)
{
    ApiError e;
    e.type = type;
    e.message = message;
    return e;
}

} // namespace

void AuthSession::setIssuer(const QString& issuer)
{
    if (issuer == m_issuer)
        return;
    m_issuer = issuer;
    m_service.reset();
    m_client.setAuthServer({}, {});
}

void AuthSession::discover(std::function<void(const ApiError&)> done)
{
    if (m_issuer.isEmpty() || m_service) {
        done({});
        return;
    }
    const QString issuer = m_issuer;
    SignInService::discover(m_client, issuer,
        [this, issuer, done = std::move(done)](
            const std::optional<SignInService>& service, const ApiError& error) {
            if (issuer != m_issuer) { // the setting changed meanwhile
                discover(done);
                return;
            }
            if (service) {
                m_service = service;
                m_client.setAuthServer(service->tokenEndpoint, service->revocationEndpoint);
            }
            done(error);
        });
}

AuthSession::AuthSession(PlatformClient& client, LocalStore& store, Keychain* keychain,
    QString lockPath, const protocol::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_keychain(keychain)
    , m_lockPath(std::move(lockPath))
    , m_clock(clock)
{
    m_client.setRefresher([this](std::function<void(bool)> done) {
        renew([done = std::move(done)](bool renewed, const ApiError&) { done(renewed); });
    });
}

AuthSession::~AuthSession()
{
    m_client.setRefresher({});
}

QString AuthSession::keychainAccount() const
{
    return QStringLiteral("refresh-token@") + m_client.key();
}

std::optional<Account> AuthSession::account() const
{
    return readAccount(m_store, m_client.key());
}

void AuthSession::withLock(std::function<void(Lock)> work, int waitedMs)
{
    auto lock = std::make_shared<QLockFile>(m_lockPath);
    // A holder that died is recognised by its pid at once; one that hangs, after this long.
    lock->setStaleLockTime(lockWaitMs);
    if (lock->tryLock(0)) {
        work(std::move(lock));
        return;
    }
    if (waitedMs >= lockWaitMs) {
        qCWarning(lcNet, "sign-in: the lock %s stayed taken", qPrintable(m_lockPath));
        work(nullptr);
        return;
    }
    // Never block the thread (the UI's, in the app) waiting for another process.
    QTimer::singleShot(lockPollMs, this, [this, work = std::move(work), waitedMs]() mutable {
        withLock(std::move(work), waitedMs + lockPollMs);
    });
}

void AuthSession::readToken(std::function<void(const QString&, const ApiError&)> done)
{
    if (!m_keychain) {
        if (m_refreshToken.isEmpty())
            done({}, signInError(QStringLiteral("signed-out"), tr("You are not signed in.")));
        else
            done(m_refreshToken, {});
        return;
    }
    // `this` as the context: a session torn down meanwhile (another platform) hears nothing.
    m_keychain->read(
        keychainAccount(),
        [this, done = std::move(done)](const Keychain::Result& r) {
            if (r.ok()) {
                done(r.secret, {});
            } else if (r.status == Keychain::Result::Status::NotFound) {
                // A keychain that refused the last write leaves the token in memory only.
                if (!m_refreshToken.isEmpty())
                    done(m_refreshToken, {});
                else
                    done({},
                        signInError(QStringLiteral("signed-out"),
                            tr("You are not signed in to %1 on this computer; sign in again.")
                                .arg(m_client.key())));
            } else {
                done({},
                    signInError(QStringLiteral("keychain"),
                        tr("The system keychain cannot be read (%1).").arg(r.error)));
            }
        },
        this);
}

void AuthSession::renew(std::function<void(bool, const ApiError&)> done)
{
    discover([this, done = std::move(done)](const ApiError& error) {
        if (error.isError())
            done(false, error);
        else
            renewDiscovered(done);
    });
}

void AuthSession::renewDiscovered(std::function<void(bool, const ApiError&)> done)
{
    withLock([this, done = std::move(done)](Lock lock) {
        if (!lock) {
            done(false,
                signInError(QStringLiteral("busy"),
                    tr("Another Voice AI Training process is renewing the sign-in and "
                       "did not finish; try again.")));
            return;
        }
        // Read under the lock: another process may have renewed (and rotated) meanwhile.
        readToken([this, lock, done](const QString& token, const ApiError& error) {
            if (token.isEmpty())
                done(false, error);
            else
                refreshWith(token, lock, done);
        });
    });
}

void AuthSession::refreshWith(
    const QString& token, Lock lock, std::function<void(bool, const ApiError&)> done)
{
    m_client.refresh(token, [this, lock, done = std::move(done)](const ApiResult& r) {
        if (!r.error.isError()) {
            storeTokens(r, [lock, done](const QString&) { done(true, {}); });
            return;
        }
        if (r.status == 400 || r.status == 401) {
            // Expired, revoked or reused: this sign-in is over. Forget the dead token.
            qCInfo(lcNet, "sign-in to %s ended: %s", qPrintable(m_client.key()),
                qPrintable(r.error.message));
            m_refreshToken.clear();
            const ApiError ended = signInError(QStringLiteral("signed-out"),
                tr("Your sign-in to %1 has ended (%2); sign in again.")
                    .arg(m_client.key(), r.error.message));
            auto finish = [this, lock, done, ended] {
                Q_EMIT signInExpired(ended.message);
                done(false, ended);
            };
            if (m_keychain)
                m_keychain->remove(
                    keychainAccount(), [finish](const Keychain::Result&) { finish(); }, this);
            else
                finish();
            return;
        }
        done(false, r.error);
    });
}

void AuthSession::storeTokens(const ApiResult& tokens, std::function<void(QString)> done)
{
    const QString refresh = tokens.json.object().value(QStringLiteral("refresh_token")).toString();
    if (!m_keychain) {
        m_refreshToken = refresh;
        done({});
        return;
    }
    m_keychain->write(
        keychainAccount(), refresh,
        [this, refresh, done = std::move(done)](const Keychain::Result& r) {
            if (r.ok()) {
                m_refreshToken.clear();
                done({});
                return;
            }
            // Still signed in for this process; the next start asks again.
            m_refreshToken = refresh;
            done(tr("The system keychain did not keep your sign-in (%1), so you will have to "
                    "sign in again next time.")
                     .arg(r.error));
        },
        this);
}

void AuthSession::signInWithPassword(const QString& email, const QString& password, Callback done)
{
    if (!m_issuer.isEmpty()) {
        done(Outcome{false, false,
            signInError(QStringLiteral("sso"),
                tr("Your organisation signs you in through its sign-in service (%1), in the "
                   "browser, not with a password here.")
                    .arg(m_issuer)),
            {}});
        return;
    }
    m_client.signIn(email, password, [this, email, done = std::move(done)](const ApiResult& r) {
        if (r.error.isError()) {
            done(Outcome{false, false, r.error, {}});
            return;
        }
        signedIn(r, email, done);
    });
}

void AuthSession::signInWithBrowser(std::function<bool(const QUrl&)> openBrowser, Callback done)
{
    discover([this, openBrowser = std::move(openBrowser), done = std::move(done)](
                 const ApiError& error) mutable {
        if (error.isError())
            done(Outcome{false, false, error, {}});
        else
            signInWithBrowserDiscovered(std::move(openBrowser), std::move(done));
    });
}

void AuthSession::signInWithBrowserDiscovered(
    std::function<bool(const QUrl&)> openBrowser, Callback done)
{
    QUrl endpoint = m_client.base();
    endpoint.setPath(QStringLiteral("/oauth/authorize"));
    if (m_service)
        endpoint = m_service->authorizationEndpoint;
    auto* browser = new BrowserSignIn(endpoint, std::move(openBrowser), this);
    if (m_service)
        browser->expectIssuer(m_service->issuer, m_service->issParameter);
    browser->start([this, browser, done = std::move(done)](const BrowserSignIn::Result& b) {
        browser->deleteLater();
        if (!b.ok) {
            done(Outcome{false, false, signInError(QStringLiteral("browser"), b.error), {}});
            return;
        }
        m_client.exchangeCode(b.code, b.verifier, b.redirectUri, BrowserSignIn::clientId,
            [this, done](const ApiResult& r) {
                if (r.error.isError())
                    done(Outcome{false, false, r.error, {}});
                else
                    signedIn(r, {}, done);
            });
    });
}

void AuthSession::signedIn(const ApiResult& tokens, const QString& email, Callback done)
{
    Account account;
    account.platform = m_client.key();
    account.url = m_client.base();
    account.email = email;
    account.role = tokens.json.object().value(QStringLiteral("role")).toString();
    account.signedInAt = m_clock.nowMs();
    // Under the lock too: a renewal in another process must not interleave.
    withLock([this, tokens, account, done = std::move(done)](Lock lock) {
        storeTokens(tokens, [this, lock, account, done](const QString& warning) {
            Outcome outcome;
            outcome.warning = warning;
            outcome.kept = m_keychain && warning.isEmpty();
            fetchMe(account, outcome, done);
        });
    });
}

void AuthSession::fetchMe(Account account, Outcome outcome, Callback done)
{
    outcome.signedIn = true;
    const std::optional<CachedAnswer> cached = readCached(m_store, account.platform, mePath);
    m_client.get(
        mePath,
        [this, account, outcome, cached, done = std::move(done)](const ApiResult& r) mutable {
            const bool current = r.notModified() && cached;
            const bool fresh = !r.error.isError() && !r.notModified();
            const QByteArray body = current ? cached->body : r.json.toJson(QJsonDocument::Compact);
            const protocol::Parsed<protocol::Me> me = current || fresh
                ? protocol::parseMe(body)
                : protocol::malformed<protocol::Me>(r.error.message);
            if (me) {
                account.takeMe(*me);
                if (fresh)
                    writeCached(m_store, account.platform, mePath,
                        CachedAnswer{body, r.etag, m_clock.nowMs()});
                else
                    touchCached(m_store, account.platform, mePath, m_clock.nowMs());
            } else if (outcome.warning.isEmpty() && (r.error.isError() || fresh || current)) {
                const QString why = r.error.isError() ? r.error.message : me.error().summary();
                outcome.warning = tr("Your profile could not be read (%1).").arg(why);
            }
            if (!writeAccount(m_store, account))
                outcome.warning = tr("The sign-in could not be recorded on this computer (%1).")
                                      .arg(m_store.lastError());
            done(outcome);
        },
        cached ? cached->etag : QByteArray());
}

void AuthSession::resume(Callback done)
{
    const std::optional<Account> stored = account();
    if (!stored) {
        done(Outcome{false, false,
            signInError(QStringLiteral("signed-out"),
                tr("You are not signed in to %1 on this computer; sign in first.")
                    .arg(m_client.key())),
            {}});
        return;
    }
    renew([this, stored, done = std::move(done)](bool renewed, const ApiError& error) {
        if (renewed) {
            Outcome outcome;
            outcome.kept = m_keychain != nullptr;
            fetchMe(*stored, outcome, done);
        } else if (error.type == QLatin1String("network")) {
            // Offline: signed in as the store remembers; requests renew once it answers.
            done(Outcome{true, true, error, {}});
        } else {
            done(Outcome{false, false, error, {}});
        }
    });
}

void AuthSession::signOut(Callback done)
{
    // At once, nothing resumes this sign-in any more: another one may start before the
    // platform and the keychain have been told (and this session may be gone by then).
    const QString inMemory = std::exchange(m_refreshToken, QString());
    m_client.setAccessToken({});
    Outcome forgotten;
    if (!forgetAccount(m_store, m_client.key()))
        forgotten.error = signInError(QStringLiteral("store"),
            tr("The sign-in could not be removed from this computer (%1).")
                .arg(m_store.lastError()));
    withLock([this, done = std::move(done), forgotten, inMemory](Lock lock) {
        auto revokeAndRemove = [this, lock, done, forgotten](const QString& token) {
            auto finish = [done, forgotten](const QString& warning) {
                Outcome outcome = forgotten;
                outcome.warning = warning;
                done(outcome);
            };
            auto removeSecret = [this, finish](const QString& warning) {
                if (m_keychain)
                    m_keychain->remove(
                        keychainAccount(),
                        [finish, warning](const Keychain::Result&) { finish(warning); }, this);
                else
                    finish(warning);
            };
            if (token.isEmpty()) {
                removeSecret({});
                return;
            }
            // At the organisation's sign-in service when there is one (its metadata may not
            // have been read yet in this process); at the platform otherwise or failing that.
            discover([this, token, removeSecret](const ApiError&) {
                m_client.revoke(token, [removeSecret](const ApiResult& r) {
                    removeSecret(r.error.isError()
                            ? tr("The platform could not be told (%1); the sign-in lapses on "
                                 "its own within 30 days.")
                                  .arg(r.error.message)
                            : QString());
                });
            });
        };
        if (!m_keychain) {
            revokeAndRemove(inMemory);
            return;
        }
        m_keychain->read(
            keychainAccount(),
            [revokeAndRemove, inMemory](
                const Keychain::Result& r) { revokeAndRemove(r.ok() ? r.secret : inMemory); },
            this);
    });
}

} // namespace vt::net
