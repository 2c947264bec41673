#include "PlatformSession.h"

#include "AppLog.h"
#include "AppPaths.h"
#include "BuildInfo.h"
#include "LocalPlatform.h"
#include "Settings.h"

#include "AttemptJournal.h"
#include "AuthSession.h"
#include "Connectivity.h"
#include "Keychain.h"
#include "LocalStore.h"
#include "PlatformApi.h"
#include "PlatformClient.h"
#include "PlatformUrl.h"
#include "RetryPolicy.h"
#include "SyncEngine.h"
#include "TlsTrust.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTimer>

namespace vt::app {

PlatformSession::PlatformSession(
    const Settings& settings, const protocol::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
{
}

PlatformSession::~PlatformSession()
{
    teardown();
}

bool PlatformSession::open(QString* error)
{
    QDir().mkpath(paths::recordings());
    auto store = std::make_unique<net::LocalStore>();
    if (!store->open(paths::store(), error))
        return false;
    m_store = std::move(store);
    m_journal = std::make_unique<net::AttemptJournal>(*m_store);
    QStringList problems;
    m_recovered = AttemptRecovery::run(*m_journal, &problems);
    for (const QString& p : std::as_const(problems))
        qCWarning(lcApp, "recovery: %s", qPrintable(p));
    m_keychain = std::make_unique<net::Keychain>(paths::keychainService());
    setState(State::SignedOut);
    return true;
}

void PlatformSession::teardown()
{
    m_probe.reset();
    m_catalog.reset();
    m_connectivity.reset();
    m_sync.reset();
    m_api.reset();
    m_auth.reset();
    m_client.reset();
    m_local.reset();
    m_offline = false;
    m_update.reset(); // said with the state change that follows
}

void PlatformSession::setState(State state, const QString& error)
{
    m_error = error;
    if (state == m_state && error.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString PlatformSession::platformKey() const
{
    return m_client ? m_client->key() : QString();
}

std::optional<net::Account> PlatformSession::account() const
{
    if (!m_store || !m_client)
        return std::nullopt;
    return net::readAccount(*m_store, m_client->key());
}

net::SyncStatus PlatformSession::syncStatus() const
{
    if (!m_store || !m_client)
        return {};
    return net::readSyncStatus(*m_store, m_client->key());
}

bool PlatformSession::makeClient(const QUrl& url)
{
    m_client = std::make_unique<net::PlatformClient>(url);
    const QString bundle = m_settings.caBundle();
    if (!bundle.isEmpty()) {
        QString why;
        const std::optional<QList<QSslCertificate>> extra = net::TlsTrust::loadBundle(bundle, &why);
        if (!extra) {
            setState(State::SignedOut, why);
            return false;
        }
        m_client->setSslConfiguration(net::TlsTrust::configuration(*extra));
    }
    return true;
}

void PlatformSession::connectToPlatform()
{
    if (m_state == State::Closed)
        return;
    teardown();
    const QString configured = m_settings.platformUrl();
    if (configured.isEmpty() && !m_settings.localPracticeAllowed()) {
        setState(State::SignedOut, Settings::localPracticeRefusal());
        return;
    }
    if (configured.isEmpty()) {
        m_local = std::make_unique<LocalPlatform>();
        QString error;
        if (!m_local->start(QString(), &error)) {
            m_local.reset();
            setState(State::SignedOut, error);
            return;
        }
        m_client = std::make_unique<net::PlatformClient>(m_local->url());
        m_client->setKey(QStringLiteral("local"));
        // The embedded platform's password is the app's own: no keychain.
        m_auth = std::make_unique<net::AuthSession>(
            *m_client, *m_store, nullptr, paths::signInLock(), m_clock);
        signInWithPassword(m_local->traineeEmail(), m_local->traineePassword());
        return;
    }
    const net::PlatformUrl url = net::PlatformUrl::parse(configured);
    if (!url.isValid()) {
        setState(State::SignedOut, url.error());
        return;
    }
    if (!makeClient(url.url()))
        return;
    m_auth = std::make_unique<net::AuthSession>(
        *m_client, *m_store, m_keychain.get(), paths::signInLock(), m_clock);
    m_auth->setIssuer(m_settings.ssoIssuer());
    connect(m_auth.get(), &net::AuthSession::signInExpired, this,
        [this](const QString& reason) { setState(State::SignedOut, reason); });
    if (!net::readAccount(*m_store, m_client->key())) {
        setState(State::SignedOut);
        return;
    }
    setState(State::SigningIn);
    m_auth->resume([this](const net::AuthSession::Outcome& o) {
        if (!o.signedIn) {
            setState(State::SignedOut, o.error.message);
            return;
        }
        signedIn(o.offline);
    });
}

void PlatformSession::signInWithPassword(const QString& email, const QString& password)
{
    if (!m_auth)
        return;
    setState(State::SigningIn);
    m_auth->signInWithPassword(email, password, [this](const net::AuthSession::Outcome& o) {
        if (!o.signedIn) {
            setState(State::SignedOut, o.error.message);
            return;
        }
        if (!o.warning.isEmpty())
            qCWarning(lcApp, "sign-in: %s", qPrintable(o.warning));
        signedIn(false);
    });
}

void PlatformSession::signInWithBrowser(std::function<bool(const QUrl&)> opener)
{
    if (!m_auth || m_local || m_probe)
        return;
    setState(State::SigningIn);
    // Ask the platform first, so a wrong address, no network or a TLS failure is said here
    // at once rather than in a browser page the app never sees.
    m_probe = std::make_unique<net::PlatformApi>(*m_client, nullptr, m_clock);
    m_probe->health([this, opener = std::move(opener)](const net::Fetched<bool>& f) {
        QTimer::singleShot(0, this, [this] { m_probe.reset(); });
        if (!f.ok()) {
            const QString address = m_client->base().toString();
            setState(State::SignedOut,
                f.error.status == 404
                    ? tr("%1 answered, but it is not a Voice AI Training platform: check the "
                         "address.")
                          .arg(address)
                    : f.error.message);
            return;
        }
        m_auth->signInWithBrowser(opener, [this](const net::AuthSession::Outcome& o) {
            if (!o.signedIn) {
                setState(State::SignedOut, o.error.message);
                return;
            }
            signedIn(false);
        });
    });
}

void PlatformSession::signedIn(bool offline)
{
    m_offline = offline;
    m_api = std::make_unique<net::PlatformApi>(*m_client, m_store.get(), m_clock);
    m_sync = std::make_unique<net::SyncEngine>(*m_client, *m_store, m_clock,
        net::RetryPolicy([] { return QRandomGenerator::global()->generateDouble(); }));
    connect(m_sync.get(), &net::SyncEngine::attemptStateChanged, this,
        &PlatformSession::syncStatusChanged);
    connect(m_sync.get(), &net::SyncEngine::acknowledged, this, [this] { setOnline(); });
    m_connectivity = std::make_unique<net::Connectivity>();
    m_sync->setNetworkUp(m_connectivity->isUp());
    connect(m_connectivity.get(), &net::Connectivity::upChanged, m_sync.get(),
        &net::SyncEngine::setNetworkUp);
    connect(m_connectivity.get(), &net::Connectivity::upChanged, this, [this](bool up) {
        Q_EMIT syncStatusChanged();
        if (up && m_offline)
            refreshCatalog(); // an answer says the platform is back
    });
    m_sync->start();
    setState(State::SignedIn);
    if (!offline) {
        refreshCatalog();
        checkForUpdate();
    }
}

void PlatformSession::checkForUpdate()
{
    const QString channel = m_settings.updateChannel();
    if (m_local || !m_client || channel == QLatin1String("off"))
        return;
    m_client->get(UpdateCheck::requestPath(channel), [this](const net::ApiResult& r) {
        QString error;
        std::optional<UpdateOffer> offer = UpdateCheck::read(r, appVersion(), &error);
        if (!error.isEmpty())
            qCWarning(lcApp, "update check: %s", qPrintable(error));
        if (offer)
            qCInfo(lcApp, "update: %s is available at %s", qPrintable(offer->version),
                qPrintable(offer->url));
        m_update = std::move(offer);
        Q_EMIT updateChanged();
    });
}

void PlatformSession::setOnline()
{
    if (!m_offline)
        return;
    // The platform answered: it is reachable again.
    m_offline = false;
    Q_EMIT stateChanged(m_state);
}

void PlatformSession::refreshCatalog()
{
    if (!m_api || m_catalog)
        return;
    m_catalog = std::make_unique<net::CatalogSync>(*m_api);
    m_catalog->run([this](const net::CatalogSync::Report& report) {
        m_catalog.release()->deleteLater();
        if (report.refreshed > 0)
            setOnline();
        Q_EMIT catalogRefreshed(report);
    });
}

void PlatformSession::signOut()
{
    if (!m_auth || m_local)
        return;
    m_auth->signOut([this](const net::AuthSession::Outcome& o) {
        if (!o.warning.isEmpty())
            qCWarning(lcApp, "sign-out: %s", qPrintable(o.warning));
        m_sync.reset();
        m_connectivity.reset();
        m_api.reset();
        setState(State::SignedOut, o.error.message);
    });
}

} // namespace vt::app
