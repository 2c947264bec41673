#pragma once

#include "AttemptRecovery.h"

#include "Accounts.h"
#include "CatalogSync.h"
#include "SyncStatus.h"
#include "UpdateCheck.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace vt::protocol {
class Clock;
}
namespace vt::net {
class AttemptJournal;
class AuthSession;
class Connectivity;
class Keychain;
class LocalStore;
class PlatformApi;
class PlatformClient;
class SyncEngine;
} // namespace vt::net

namespace vt::app {

class LocalPlatform;
class Settings;

// The desktop app's connection to its platform, for the view models: the local store (calls a
// killed app left are recovered when it opens), the platform the settings name (the embedded
// one when none), the sign-in (resumed from the keychain, or by password, or in the browser),
// the typed API with its offline cache, and the sync engine, which follows the network and
// the machine's sleep. Everything is asynchronous; the state comes with signals.
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

    PlatformSession(
        const Settings& settings, const protocol::Clock& clock, QObject* parent = nullptr);
    ~PlatformSession() override;

    // Opens the local store and recovers interrupted calls; false with a sentence.
    bool open(QString* error);
    // Connects to the platform the settings name: the embedded one (signed in at once), or a
    // hosted one, resumed from a stored sign-in (SignedOut when there is none).
    void connectToPlatform();
    void signInWithPassword(const QString& email, const QString& password);
    // The hosted platform's page in the system browser, opened by `opener`.
    void signInWithBrowser(std::function<bool(const QUrl&)> opener);
    void signOut();
    // Refreshes the offline catalog (profile, scenarios, tracks, assignments, leaderboard).
    void refreshCatalog();

    State state() const { return m_state; }
    bool isLocal() const { return m_local != nullptr; }
    bool isOffline() const { return m_offline; }
    // Why the last sign-in or connection failed (a sentence); empty when it did not.
    QString lastError() const { return m_error; }
    QString platformKey() const;
    std::optional<net::Account> account() const;
    net::SyncStatus syncStatus() const;
    const QList<AttemptRecovery::Recovered>& recovered() const { return m_recovered; }
    // A newer version the organisation's platform offers (update.channel), once asked.
    const std::optional<UpdateOffer>& update() const { return m_update; }

    // Valid once signed in (nullptr before).
    net::PlatformApi* api() { return m_api.get(); }
    net::PlatformClient* client() { return m_client.get(); }
    net::SyncEngine* sync() { return m_sync.get(); }
    net::AttemptJournal* journal() { return m_journal.get(); }
    net::LocalStore* store() { return m_store.get(); }

Q_SIGNALS:
    void stateChanged(vt::app::PlatformSession::State state);
    // An attempt's sync state moved, or the network did.
    void syncStatusChanged();
    void catalogRefreshed(const vt::net::CatalogSync::Report& report);
    void updateChanged();

private:
    void setState(State state, const QString& error = {});
    // A client for `url` with the settings' TLS trust; false (m_error) when the bundle fails.
    bool makeClient(const QUrl& url);
    void signedIn(bool offline);
    void setOnline();
    void teardown();
    // Asks the organisation's platform for a newer version (never the embedded one).
    void checkForUpdate();

    const Settings& m_settings;
    const protocol::Clock& m_clock;
    State m_state = State::Closed;
    bool m_offline = false;
    QString m_error;
    QList<AttemptRecovery::Recovered> m_recovered;
    std::optional<UpdateOffer> m_update;
    std::unique_ptr<net::LocalStore> m_store;
    std::unique_ptr<net::AttemptJournal> m_journal;
    std::unique_ptr<net::Keychain> m_keychain;
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
