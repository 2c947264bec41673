#include "PlatformSession.h"

#include "AppLog.h"
#include "AppPaths.h"
#include "BuildInfo.h"
#include "LocalPlatform.h"
#include "OfflinePractice.h"
#include "Settings.h"
#include "SettingsRegistry.h"

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
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace vt::app {

PlatformSession::PlatformSession(
    const Settings& settings, const protocol::Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_options(std::move(options))
{
    // A new AI prospect server or model serves the calls from then on.
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (m_local && (key == QLatin1String(keys::aiUrl) || key == QLatin1String(keys::aiModel)))
            m_local->setAiProspect(aiProspect());
    });
}

PlatformSession::PlatformSession(
    const Settings& settings, const protocol::Clock& clock, QObject* parent)
    : PlatformSession(settings, clock, Options{}, parent)
{
}

PlatformSession::~PlatformSession()
{
    teardown();
}

Result<void> PlatformSession::open()
{
    QDir().mkpath(paths::recordings());
    auto store = std::make_unique<net::LocalStore>();
    if (Result<void> opened = store->open(paths::store()); !opened)
        return opened;
    m_store = std::move(store);
    m_journal = std::make_unique<net::AttemptJournal>(*m_store);
    m_recovered = AttemptRecovery::run(*m_journal, &m_recoveryProblems);
    for (const QString& p : std::as_const(m_recoveryProblems))
        qCWarning(lcApp, "recovery: %s", qPrintable(p));
    setState(State::SignedOut);
    return {};
}

LocalPlatform::AiProspect PlatformSession::aiProspect()
{
    LocalPlatform::AiProspect ai;
    const QString url = m_settings.aiUrl();
    if (url.isEmpty())
        return ai;
    ai.url = QUrl(url);
    ai.model = m_settings.aiModel();
    // The key is the keychain's; read once, then kept in memory for the calls.
    if (!m_aiKey) {
        m_aiKey = std::make_shared<QByteArray>();
        keychain().read(
            QString::fromLatin1(aiKeyAccount),
            [key = m_aiKey](const net::Keychain::Result& r) {
                if (r.ok())
                    *key = r.secret.toUtf8();
            },
            this);
    }
    ai.key = [key = m_aiKey] { return *key; };
    return ai;
}

void PlatformSession::setAiKey(const QString& key, std::function<void(const QString&)> done)
{
    const auto stored = [this, key, done = std::move(done)](const net::Keychain::Result& r) {
        if (r.ok()) {
            if (!m_aiKey)
                m_aiKey = std::make_shared<QByteArray>();
            *m_aiKey = key.toUtf8();
        }
        done(r.ok() ? QString() : r.error);
    };
    if (key.isEmpty())
        keychain().remove(QString::fromLatin1(aiKeyAccount), stored, this);
    else
        keychain().write(QString::fromLatin1(aiKeyAccount), key, stored, this);
}

net::Keychain& PlatformSession::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<net::Keychain>(paths::keychainService());
    return *m_keychain;
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

Result<int> PlatformSession::applyTrust(net::PlatformClient& client) const
{
    const QString bundle = m_settings.caBundle();
    if (bundle.isEmpty())
        return 0;
    const Result<QList<QSslCertificate>> extra = net::TlsTrust::loadBundle(bundle);
    if (!extra)
        return failure(extra.error());
    client.setSslConfiguration(net::TlsTrust::configuration(*extra));
    return int(extra->size());
}

PlatformSession::Target PlatformSession::target() const
{
    Target t;
    const bool fromOption = !m_options.server.isEmpty();
    const QString address = fromOption ? m_options.server
        : m_options.local              ? QString()
                                       : m_settings.platformUrl();
    t.field = fromOption ? QStringLiteral("--server") : QStringLiteral("platform.url");
    t.local = address.isEmpty();
    if (t.local) {
        if (!m_settings.localPracticeAllowed())
            t.error = Settings::localPracticeRefusal();
        return t;
    }
    const net::PlatformUrl url = net::PlatformUrl::parse(address);
    if (!url.isValid())
        t.error = url.error();
    else
        t.url = url.url();
    return t;
}

bool PlatformSession::prepare()
{
    if (m_state == State::Closed)
        return false;
    teardown();
    const Target t = target();
    if (!t.error.isEmpty()) {
        setState(State::SignedOut, t.error);
        return false;
    }
    if (t.local) {
        m_local = std::make_unique<LocalPlatform>();
        m_local->setAiProspect(aiProspect());
        if (const Result<void> started = m_local->start(m_options.localDataDir); !started) {
            m_local.reset();
            setState(State::SignedOut, started.error());
            return false;
        }
        m_client = std::make_unique<net::PlatformClient>(m_local->url());
        m_client->setKey(QStringLiteral("local"));
        // The embedded platform's password is the app's own: no keychain.
        m_auth = std::make_unique<net::AuthSession>(
            *m_client, *m_store, nullptr, paths::signInLock(), m_clock);
        return true;
    }
    m_client = std::make_unique<net::PlatformClient>(t.url);
    if (const Result<int> trusted = applyTrust(*m_client); !trusted) {
        m_client.reset();
        setState(State::SignedOut, tr("network.ca_bundle: %1").arg(trusted.error()));
        return false;
    }
    m_auth = std::make_unique<net::AuthSession>(
        *m_client, *m_store, &keychain(), paths::signInLock(), m_clock);
    m_auth->setIssuer(m_settings.ssoIssuer());
    connect(m_auth.get(), &net::AuthSession::signInExpired, this,
        [this](const QString& reason) { setState(State::SignedOut, reason); });
    return true;
}

void PlatformSession::connectToPlatform(SignedInCallback done)
{
    if (!prepare()) {
        if (done)
            done(net::AuthSession::Outcome{false, false, {0, QString(), m_error}, {}, false});
        return;
    }
    signIn(std::move(done));
}

void PlatformSession::signIn(SignedInCallback done)
{
    if (m_local)
        signInWithPassword(m_local->traineeEmail(), m_local->traineePassword(), std::move(done));
    else
        resume(std::move(done));
}

void PlatformSession::resume(SignedInCallback done)
{
    if (!m_auth)
        return;
    if (!m_auth->account()) {
        // Nothing stored: signed out, without an error to show (AuthSession says why).
        m_auth->resume([this, done = std::move(done)](const net::AuthSession::Outcome& o) {
            setState(State::SignedOut);
            if (done)
                done(o);
        });
        return;
    }
    setState(State::SigningIn);
    m_auth->resume([this, done = std::move(done)](
                       const net::AuthSession::Outcome& o) { finishSignIn(o, done); });
}

void PlatformSession::finishSignIn(
    const net::AuthSession::Outcome& outcome, const SignedInCallback& done)
{
    if (outcome.signedIn)
        signedIn(outcome.offline);
    else
        setState(State::SignedOut, outcome.error.message);
    if (done)
        done(outcome);
}

void PlatformSession::signInWithPassword(
    const QString& email, const QString& password, SignedInCallback done)
{
    if (!m_auth)
        return;
    setState(State::SigningIn);
    m_auth->signInWithPassword(
        email, password, [this, done = std::move(done)](const net::AuthSession::Outcome& o) {
            if (!o.warning.isEmpty())
                qCWarning(lcApp, "sign-in: %s", qPrintable(o.warning));
            finishSignIn(o, done);
        });
}

void PlatformSession::signInWithBrowser(
    std::function<bool(const QUrl&)> opener, SignedInCallback done)
{
    if (!m_auth || m_local || m_probe)
        return;
    setState(State::SigningIn);
    // Ask the platform first, so a wrong address, no network or a TLS failure is said here
    // at once rather than in a browser page the app never sees.
    m_probe = std::make_unique<net::PlatformApi>(*m_client, nullptr, m_clock);
    m_probe->health(this,
        [this, opener = std::move(opener), done = std::move(done)](const net::Fetched<bool>& f) {
            QTimer::singleShot(0, this, [this] { m_probe.reset(); });
            if (!f.ok()) {
                net::ApiError error = f.error;
                if (error.status == 404)
                    error.message = tr("%1 answered, but it is not a Voice AI Training platform: "
                                       "check the address.")
                                        .arg(m_client->base().toString());
                finishSignIn(net::AuthSession::Outcome{false, false, error, {}, false}, done);
                return;
            }
            m_auth->signInWithBrowser(opener,
                [this, done](const net::AuthSession::Outcome& o) { finishSignIn(o, done); });
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
    if (!m_options.background) {
        setState(State::SignedIn);
        return;
    }
    followNetwork();
    m_sync->start();
    setState(State::SignedIn);
    if (!offline) {
        refreshCatalog();
        checkForUpdate();
    }
}

void PlatformSession::followNetwork()
{
    m_connectivity = std::make_unique<net::Connectivity>();
    m_sync->setNetworkUp(m_connectivity->isUp());
    connect(m_connectivity.get(), &net::Connectivity::upChanged, m_sync.get(),
        &net::SyncEngine::setNetworkUp);
    connect(m_connectivity.get(), &net::Connectivity::upChanged, this, [this](bool up) {
        Q_EMIT syncStatusChanged();
        if (up && m_offline)
            refreshCatalog(); // an answer says the platform is back
    });
}

void PlatformSession::checkForUpdate()
{
    const QString channel = m_settings.updateChannel();
    if (m_local || !m_client || channel == QLatin1String("off"))
        return;
    m_client->get(UpdateCheck::requestPath(channel), [this](const net::ApiResult& r) {
        const Result<std::optional<UpdateOffer>> answer = UpdateCheck::read(r, appVersion());
        if (!answer)
            qCWarning(lcApp, "update check: %s", qPrintable(answer.error()));
        std::optional<UpdateOffer> offer = answer.value_or(std::nullopt);
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

void PlatformSession::signOut(SignedInCallback done)
{
    if (!m_auth || m_local)
        return;
    m_auth->signOut([this, done = std::move(done)](const net::AuthSession::Outcome& o) {
        if (!o.warning.isEmpty())
            qCWarning(lcApp, "sign-out: %s", qPrintable(o.warning));
        m_sync.reset();
        m_connectivity.reset();
        m_api.reset();
        setState(State::SignedOut, o.error.message);
        if (done)
            done(o);
    });
}

OfflinePractice* PlatformSession::startOfflinePractice(
    const QJsonObject& scenario, QObject* parent, std::function<void(const QString&)> done)
{
    auto* practice = new OfflinePractice(parent);
    if (!m_settings.localPracticeAllowed()) {
        done(tr("The platform cannot be reached, and your organisation does not allow "
                "practising without it (practice.local_allowed is off)."));
        return practice;
    }
    practice->start(m_options.localDataDir, aiProspect(), scenario, std::move(done));
    return practice;
}

} // namespace vt::app
