#pragma once

#include "Cli.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace vt::net {
class AttemptJournal;
class LocalStore;
class PlatformClient;
class SyncEngine;
struct ApiResult;
} // namespace vt::net

namespace vt::app {

class LocalPlatform;

// The platform a CLI command works with: the embedded local one (--local, the default) or a
// given one (--server URL --user EMAIL --password-file FILE); the sign-in; and the app's local
// store with the sync engine for that platform.
class CliPlatform final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::CliPlatform)

public:
    using Request = std::function<void(std::function<void(const net::ApiResult&)>)>;

    explicit CliPlatform(CliIo io);
    ~CliPlatform();
    CliPlatform(const CliPlatform&) = delete;
    CliPlatform& operator=(const CliPlatform&) = delete;

    // The options' help lines, for a command's usage text.
    static QString optionsHelp();
    // Parses one connection option at args[i]; true when it was one (then `bad` says whether
    // its value is missing).
    bool option(const QStringList& args, qsizetype& i, bool* bad);
    // Starts the local platform or reads the password file, and signs in; false (said on
    // stderr) on failure.
    bool signIn();
    // Opens the local store, and the sync engine for the platform when signed in.
    bool openStore();
    // Runs a request to its answer (a nested event loop).
    std::optional<net::ApiResult> wait(const Request& request);

    net::PlatformClient& client() { return *m_client; }
    net::LocalStore& store() { return *m_store; }
    net::AttemptJournal& journal() { return *m_journal; }
    net::SyncEngine& sync() { return *m_sync; }

    // <app data>/journal.sqlite, and the folder the call recordings go to.
    static QString storePath();
    static QString recordingsDir();

private:
    CliIo m_io;
    bool m_local = false;
    QString m_server;
    QString m_user;
    QString m_passwordFile;
    QString m_dataDir;
    std::unique_ptr<LocalPlatform> m_localPlatform;
    std::unique_ptr<net::PlatformClient> m_client;
    std::unique_ptr<net::LocalStore> m_store;
    std::unique_ptr<net::AttemptJournal> m_journal;
    protocol::SystemClock m_clock;
    std::unique_ptr<net::SyncEngine> m_sync;
};

} // namespace vt::app
