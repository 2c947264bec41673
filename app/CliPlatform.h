#pragma once

#include "Cli.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace vt::net {
class AttemptJournal;
class AuthSession;
class Keychain;
class LocalStore;
class PlatformClient;
class SyncEngine;
struct ApiResult;
} // namespace vt::net

namespace vt::app {

class LocalPlatform;
class Settings;

// The platform a CLI command works with, the sign-in, and the app's local store with the sync
// engine for that platform. The platform: --server URL, or --local (the embedded one), else
// the platform.url setting, else the embedded one. The sign-in: the local platform's own
// account; with --user and --password-file a fresh sign-in kept in the OS keychain; else the
// sign-in `voicetraining-cli login` (or the app) stored, renewed from the keychain.
class CliPlatform final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::CliPlatform)

public:
    using Request = std::function<void(std::function<void(const net::ApiResult&)>)>;

    CliPlatform(CliIo io, const Settings& settings);
    ~CliPlatform();
    CliPlatform(const CliPlatform&) = delete;
    CliPlatform& operator=(const CliPlatform&) = delete;

    // The options' help lines, for a command's usage text.
    static QString optionsHelp();
    // Parses one connection option at args[i]; true when it was one (then `bad` says whether
    // its value is missing).
    bool option(const QStringList& args, qsizetype& i, bool* bad);
    // Opens the store, starts the local platform or reads the password file, and signs in;
    // false (said on stderr) on failure. An unreachable platform with a stored sign-in is
    // signed in offline (isOffline()).
    bool signIn();
    // For a platform that cannot be reached: starts the practice platform on this computer,
    // gives it `scenario` (the platform's, from the cache, with its practice agent) and signs
    // in there; offlineClient() then runs the call. False (said on stderr) when it cannot.
    bool startOfflinePractice(const QJsonObject& scenario);
    net::PlatformClient& offlineClient() { return *m_offlineClient; }
    // Opens the local store (once); scores and queues calls a killed app left in progress.
    bool openStore();
    // Signs in to the chosen (hosted) platform in the system browser: the address to open is
    // printed (a terminal cannot open a browser for the user); waits for the browser's return.
    bool signInWithBrowser();
    // Signs out of the chosen platform (revoked there, forgotten here); false (said on
    // stderr) when it could not be forgotten here.
    bool signOut();
    bool isLocal() const { return m_localPlatform != nullptr; }
    // The sign-in asked for a fresh password sign-in (--user).
    bool hasUser() const
    {
        return !m_user.isEmpty() || !m_passwordFile.isEmpty() || m_passwordStdin;
    }
    bool isOffline() const { return m_offline; }
    // The last password sign-in's refresh token is in the OS keychain.
    bool signInKept() const { return m_kept; }
    // The chosen platform's address: false (said on stderr) when --server is not valid.
    bool resolve(QUrl* url, bool* local);
    // Runs a request to its answer (a nested event loop).
    std::optional<net::ApiResult> wait(const Request& request);

    net::PlatformClient& client() { return *m_client; }
    net::LocalStore& store() { return *m_store; }
    net::AttemptJournal& journal() { return *m_journal; }
    // The sync engine for the signed-in platform (created on first use).
    net::SyncEngine& sync();
    net::AuthSession& auth() { return *m_auth; }
    net::Keychain& keychain();
    // Gives `client` the TLS trust of the network.ca_bundle setting; false (said on stderr)
    // when the bundle is set but cannot be used.
    bool applyTrust(net::PlatformClient& client);
    // Where the app and the CLI serialise sign-in renewals.
    static QString signInLockPath();

    // <app data>/journal.sqlite, and the folder the call recordings go to.
    static QString storePath();
    static QString recordingsDir();

private:
    bool signInWithPassword(const QString& email, const QString& password);
    // The sign-in to the organisation's platform: the keychain, and its sign-in service.
    void makeHostedAuth();

    CliIo m_io;
    const Settings& m_settings;
    bool m_local = false;
    bool m_offline = false;
    bool m_kept = false;
    QString m_server;
    QString m_user;
    QString m_passwordFile;
    bool m_passwordStdin = false;
    QString m_dataDir;
    std::unique_ptr<LocalPlatform> m_localPlatform;
    std::unique_ptr<net::PlatformClient> m_client;
    std::unique_ptr<LocalPlatform> m_offlinePlatform;
    std::unique_ptr<net::PlatformClient> m_offlineClient;
    std::unique_ptr<net::Keychain> m_keychain;
    std::unique_ptr<net::AuthSession> m_auth;
    std::unique_ptr<net::LocalStore> m_store;
    std::unique_ptr<net::AttemptJournal> m_journal;
    protocol::SystemClock m_clock;
    std::unique_ptr<net::SyncEngine> m_sync;
};

} // namespace vt::app
