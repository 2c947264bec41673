#pragma once

#include "AttemptRecovery.h"
#include "LocalPlatform.h"

#include "Accounts.h"
#include "AuthSession.h"
#include "CatalogSync.h"
#include "Result.h"
#include "SyncStatus.h"
#include "UpdateCheck.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;

namespace vt::protocol {
class Clock;
}
namespace vt::net {
class AttemptJournal;
class Connectivity;
class Keychain;
class LocalStore;
class PlatformApi;
class PlatformClient;
class SyncEngine;
} // namespace vt::net

namespace vt::app {

class LocalPlatform;
class OfflinePractice;
class Settings;

// The connection to a platform, for both front ends; the one place that assembles the platform
// stack: the local store (calls a killed app left are recovered when it opens), the platform
// the settings name (the embedded one when none), the sign-in (resumed from the keychain, or by
// password, or in the browser), the typed API with its offline cache, the sync engine, and the
// practice agent on this computer for a platform that cannot be reached. Everything is
// asynchronous: the GUI follows the signals, the CLI waits for each step's callback (CliWait).
// With `background` (the GUI), a sign-in also starts the sync engine, follows the network and
// the machine's sleep, refreshes the offline catalog and asks for updates.
class PlatformSession final : public QObject {
    Q_OBJECT

public:
    enum class State {
        Closed,    // the store is not open
        SignedOut, // a hosted platform with no usable sign-in: sign in
        SigningIn,
        SignedIn, // online, or offline on the stored sign-in (isOffline())
    };
    Q_ENUM(State)
    // Which platform, when not the settings' (the CLI's --server, --local, --data-dir).
    struct Options {
        QString server;       // a platform's address instead of platform.url
        bool local = false;   // the embedded platform, whatever platform.url says
        QString localDataDir; // where the embedded platform keeps its data (empty: the default)
        bool background = true;
    };
    // The platform the options and settings name: the embedded one (`local`), or `url`; else
    // `error` says what is wrong with the address named by `field`.
    struct Target {
        bool local = false;
        QUrl url;
        QString field; // "platform.url" or "--server"
        QString error;
    };
    using SignedInCallback = std::function<void(const net::AuthSession::Outcome&)>;

    PlatformSession(const Settings& settings, const protocol::Clock& clock, Options options,
        QObject* parent = nullptr);
    PlatformSession(
        const Settings& settings, const protocol::Clock& clock, QObject* parent = nullptr);
    ~PlatformSession() override;

    // Opens the local store and recovers interrupted calls; false with a sentence.
    Result<void> open();
    Target target() const;
    // Builds the client and sign-in for target() (starts the embedded platform); false (state
    // SignedOut with lastError()) when it cannot.
    bool prepare();
    // After prepare(): signs in to the embedded platform with its own account, or resumes the
    // sign-in stored for a hosted one (SignedOut when there is none).
    void signIn(SignedInCallback done = {});
    // prepare(), then signIn().
    void connectToPlatform(SignedInCallback done = {});
    // After prepare(): signs in again with what was stored.
    void resume(SignedInCallback done = {});
    void signInWithPassword(
        const QString& email, const QString& password, SignedInCallback done = {});
    // After prepare(): the hosted platform's page in the system browser, opened by `opener`;
    // the platform is asked first, so a wrong address is said at once.
    void signInWithBrowser(std::function<bool(const QUrl&)> opener, SignedInCallback done = {});
    void signOut(SignedInCallback done = {});
    // Refreshes the offline catalog (profile, scenarios, tracks, assignments, leaderboard).
    void refreshCatalog();
    // For a hosted platform that cannot be reached: the practice agent on this computer with
    // `scenario` (the platform's, from the cache). `done` gets an empty error once the practice
    // is signed in; it is not called once the returned object (a child of `parent`) is gone.
    OfflinePractice* startOfflinePractice(const QJsonObject& scenario, QObject* parent,
        std::function<void(const QString& error)> done);
    // Gives `client` the TLS trust of the network.ca_bundle setting (`added`: how many
    // authorities it adds); false with why not.
    Result<int> applyTrust(net::PlatformClient& client) const;

    State state() const { return m_state; }
    bool isLocal() const { return m_local != nullptr; }
    bool isOffline() const { return m_offline; }
    // Why the last sign-in or connection failed (a sentence); empty when it did not.
    QString lastError() const { return m_error; }
    QString platformKey() const;
    std::optional<net::Account> account() const;
    net::SyncStatus syncStatus() const;
    const QList<AttemptRecovery::Recovered>& recovered() const { return m_recovered; }
    const QStringList& recoveryProblems() const { return m_recoveryProblems; }
    // A newer version the organisation's platform offers (update.channel), once asked.
    const std::optional<UpdateOffer>& update() const { return m_update; }

    // Valid once signed in (nullptr before).
    net::PlatformApi* api() { return m_api.get(); }
    net::SyncEngine* sync() { return m_sync.get(); }
    // Valid once prepared.
    net::PlatformClient* client() { return m_client.get(); }
    net::AuthSession* auth() { return m_auth.get(); }
    // Valid once open.
    net::AttemptJournal* journal() { return m_journal.get(); }
    net::LocalStore* store() { return m_store.get(); }
    // The OS keychain (made on first use).
    net::Keychain& keychain();
    // Practice on this computer: the AI prospect the settings name (practice.ai_url), its key
    // from the keychain; the practice script when none is set.
    LocalPlatform::AiProspect aiProspect();
    // Keeps the AI prospect server's key in the keychain (empty: forgets it); `done` gets an
    // error sentence, or nothing.
    void setAiKey(const QString& key, std::function<void(const QString&)> done);
    static constexpr char aiKeyAccount[] = "practice-ai-key";

Q_SIGNALS:
    void stateChanged(vt::app::PlatformSession::State state);
    // An attempt's sync state moved, or the network did.
    void syncStatusChanged();
    void catalogRefreshed(const vt::net::CatalogSync::Report& report);
    void updateChanged();

private:
    void setState(State state, const QString& error = {});
    // Keeps the outcome of a sign-in: signed in (signedIn()) or signed out with its error.
    void finishSignIn(const net::AuthSession::Outcome& outcome, const SignedInCallback& done);
    void signedIn(bool offline);
    void followNetwork();
    void setOnline();
    void teardown();
    // Asks the organisation's platform for a newer version (never the embedded one).
    void checkForUpdate();

    const Settings& m_settings;
    const protocol::Clock& m_clock;
    const Options m_options;
    State m_state = State::Closed;
    bool m_offline = false;
    QString m_error;
    QList<AttemptRecovery::Recovered> m_recovered;
    QStringList m_recoveryProblems;
    std::optional<UpdateOffer> m_update;
    std::unique_ptr<net::LocalStore> m_store;
    std::unique_ptr<net::AttemptJournal> m_journal;
    std::unique_ptr<net::Keychain> m_keychain;
    std::shared_ptr<QByteArray> m_aiKey; // the AI prospect's, once read
    std::unique_ptr<LocalPlatform> m_local;
    std::unique_ptr<net::PlatformClient> m_client;
    std::unique_ptr<net::AuthSession> m_auth;
    std::unique_ptr<net::PlatformApi> m_api;
    std::unique_ptr<net::SyncEngine> m_sync;
    std::unique_ptr<net::Connectivity> m_connectivity;
    std::unique_ptr<net::CatalogSync> m_catalog;
    std::unique_ptr<net::PlatformApi> m_probe; // the platform's health, before a browser sign-in
};

} // namespace vt::app
