#pragma once

#include "Cli.h"
#include "Result.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

class QJsonObject;

namespace vt::net {
class AttemptJournal;
class AuthSession;
class Keychain;
class LocalStore;
class PlatformClient;
class SyncEngine;
} // namespace vt::net

namespace vt::app {

class OfflinePractice;
class PlatformSession;
class Settings;

// A CLI command's platform: the connection options, and the PlatformSession they choose,
// driven step by step to each answer, with what goes wrong said on stderr. The platform:
// --server URL, or --local (the embedded one), else the platform.url setting, else the
// embedded one. The sign-in: the local platform's own account; with --user and
// --password-file a fresh sign-in kept in the OS keychain; else the sign-in
// `voicetraining-cli login` (or the app) stored, renewed from the keychain.
class CliPlatform final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::CliPlatform)

public:
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
    net::PlatformClient& offlineClient();
    // Opens the local store (once); scores and queues calls a killed app left in progress.
    bool openStore();
    // Signs in to the chosen (hosted) platform in the system browser: the address to open is
    // printed (a terminal cannot open a browser for the user); waits for the browser's return.
    bool signInWithBrowser();
    // Signs out of the chosen platform (revoked there, forgotten here); false (said on
    // stderr) when it could not be forgotten here.
    bool signOut();
    bool isLocal() const;
    // The sign-in asked for a fresh password sign-in (--user).
    bool hasUser() const
    {
        return !m_user.isEmpty() || !m_passwordFile.isEmpty() || m_passwordStdin;
    }
    bool isOffline() const;
    // The last password sign-in's refresh token is in the OS keychain.
    bool signInKept() const { return m_kept; }
    // The chosen platform's address: false (said on stderr) when --server is not valid.
    bool resolve(QUrl* url, bool* local);

    net::PlatformClient& client();
    net::LocalStore& store();
    net::AttemptJournal& journal();
    net::SyncEngine& sync();
    net::AuthSession& auth();
    net::Keychain& keychain();
    // PlatformSession::applyTrust.
    Result<int> applyTrust(net::PlatformClient& client);

private:
    PlatformSession& session();
    // Opens the store and builds the chosen platform's client and sign-in; false (said).
    bool prepare();
    bool signInWithPassword(const QString& email, const QString& password);
    // Reads the password of --password-file or --password-stdin; false (said) when it cannot.
    bool readPassword(QString* password);
    void fail(const QString& message);

    CliIo m_io;
    const Settings& m_settings;
    bool m_local = false;
    bool m_kept = false;
    QString m_server;
    QString m_user;
    QString m_passwordFile;
    bool m_passwordStdin = false;
    QString m_dataDir;
    protocol::SystemClock m_clock;
    std::unique_ptr<PlatformSession> m_session;
    std::unique_ptr<OfflinePractice> m_offline;
};

} // namespace vt::app
