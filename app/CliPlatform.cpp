#include "CliPlatform.h"

#include "AppPaths.h"
#include "AttemptRecovery.h"
#include "CliWait.h"
#include "LocalPlatform.h"
#include "Settings.h"

#include "AttemptJournal.h"
#include "AuthSession.h"
#include "Keychain.h"
#include "LocalStore.h"
#include "PlatformClient.h"
#include "PlatformUrl.h"
#include "RetryPolicy.h"
#include "SyncEngine.h"
#include "TlsTrust.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace vt::app {

CliPlatform::CliPlatform(CliIo io, const Settings& settings)
    : m_io(io)
    , m_settings(settings)
{
}

CliPlatform::~CliPlatform() = default;

QString CliPlatform::optionsHelp()
{
    return tr("  --local             the practice platform on this computer (the default when\n"
              "                      the platform.url setting is empty)\n"
              "  --server URL        a platform (default: the platform.url setting), signed in\n"
              "                      with `voicetraining-cli login` or with these two:\n"
              "  --user EMAIL        sign in afresh as this user\n"
              "  --password-file FILE  the password, on the file's first line\n"
              "  --password-stdin    the password, on the first line of standard input\n"
              "  --data-dir DIR      with --local: where the local platform keeps its data\n");
}

QString CliPlatform::storePath()
{
    return paths::store();
}

QString CliPlatform::signInLockPath()
{
    return paths::signInLock();
}

net::Keychain& CliPlatform::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<net::Keychain>(paths::keychainService());
    return *m_keychain;
}

bool CliPlatform::applyTrust(net::PlatformClient& client)
{
    const QString bundle = m_settings.caBundle();
    if (bundle.isEmpty())
        return true;
    QString error;
    const std::optional<QList<QSslCertificate>> extra = net::TlsTrust::loadBundle(bundle, &error);
    if (!extra) {
        m_io.err << tr("voicetraining-cli: network.ca_bundle: %1").arg(error) << '\n';
        return false;
    }
    client.setSslConfiguration(net::TlsTrust::configuration(*extra));
    return true;
}

QString CliPlatform::recordingsDir()
{
    return paths::recordings();
}

bool CliPlatform::option(const QStringList& args, qsizetype& i, bool* bad)
{
    const QString& arg = args.at(i);
    if (arg == QLatin1String("--local")) {
        m_local = true;
        return true;
    }
    if (arg == QLatin1String("--password-stdin")) {
        m_passwordStdin = true;
        return true;
    }
    QString* target = nullptr;
    if (arg == QLatin1String("--server"))
        target = &m_server;
    else if (arg == QLatin1String("--user"))
        target = &m_user;
    else if (arg == QLatin1String("--password-file"))
        target = &m_passwordFile;
    else if (arg == QLatin1String("--data-dir"))
        target = &m_dataDir;
    if (!target)
        return false;
    if (i + 1 >= args.size()) {
        *bad = true;
        return true;
    }
    *target = args.at(++i);
    return true;
}

std::optional<net::ApiResult> CliPlatform::wait(const Request& request)
{
    return waitFor<net::ApiResult>(request);
}

bool CliPlatform::resolve(QUrl* url, bool* local)
{
    QString server = m_server;
    if (server.isEmpty() && !m_local)
        server = m_settings.platformUrl();
    *local = server.isEmpty();
    if (*local && !m_settings.localPracticeAllowed()) {
        m_io.err << tr("voicetraining-cli: %1 Use --server URL, or set platform.url.")
                        .arg(Settings::localPracticeRefusal())
                 << '\n';
        return false;
    }
    if (*local)
        return true;
    const net::PlatformUrl parsed = net::PlatformUrl::parse(server);
    if (!parsed.isValid()) {
        m_io.err << tr("voicetraining-cli: %1: %2")
                        .arg(m_server.isEmpty() ? QStringLiteral("platform.url")
                                                : QStringLiteral("--server"),
                            parsed.error())
                 << '\n';
        return false;
    }
    *url = parsed.url();
    return true;
}

bool CliPlatform::signIn()
{
    QUrl url;
    bool local = false;
    if (!resolve(&url, &local) || !openStore())
        return false;
    if (local) {
        m_localPlatform = std::make_unique<LocalPlatform>();
        QString error;
        if (!m_localPlatform->start(m_dataDir, &error)) {
            m_io.err << tr("voicetraining-cli: %1").arg(error) << '\n';
            return false;
        }
        m_client = std::make_unique<net::PlatformClient>(m_localPlatform->url());
        m_client->setKey(QStringLiteral("local"));
        // The local platform's password is the app's own: no keychain needed.
        m_auth = std::make_unique<net::AuthSession>(
            *m_client, *m_store, nullptr, signInLockPath(), m_clock);
        return signInWithPassword(
            m_localPlatform->traineeEmail(), m_localPlatform->traineePassword());
    }
    m_client = std::make_unique<net::PlatformClient>(url);
    if (!applyTrust(*m_client))
        return false;
    makeHostedAuth();
    if (!m_user.isEmpty() || !m_passwordFile.isEmpty() || m_passwordStdin) {
        if (m_user.isEmpty() || m_passwordFile.isEmpty() == !m_passwordStdin) {
            m_io.err << tr("voicetraining-cli: --user goes with one of --password-file and "
                           "--password-stdin")
                     << '\n';
            return false;
        }
        QFile file;
        if (m_passwordStdin) {
            if (!file.open(stdin, QIODevice::ReadOnly)) {
                m_io.err << tr(
                    "voicetraining-cli: cannot read the password from standard input: %1")
                                .arg(file.errorString())
                         << '\n';
                return false;
            }
        } else {
            file.setFileName(m_passwordFile);
            if (!file.open(QIODevice::ReadOnly)) {
                m_io.err << tr("voicetraining-cli: cannot read the password file %1: %2")
                                .arg(m_passwordFile, file.errorString())
                         << '\n';
                return false;
            }
        }
        // Only the first line, without its line break: a file may end with one.
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return signInWithPassword(m_user, QString::fromUtf8(line));
    }
    const auto outcome = waitFor<net::AuthSession::Outcome>(
        [&](net::AuthSession::Callback done) { m_auth->resume(std::move(done)); });
    if (!outcome.signedIn) {
        m_io.err << tr("voicetraining-cli: %1").arg(outcome.error.message) << '\n';
        if (outcome.error.type == QLatin1String("signed-out"))
            m_io.err << tr("Sign in with: voicetraining-cli login --server %1 --user EMAIL")
                            .arg(m_client->key())
                     << '\n';
        return false;
    }
    m_offline = outcome.offline;
    if (m_offline)
        m_io.err << tr("Working offline: %1").arg(outcome.error.message) << '\n';
    return true;
}

bool CliPlatform::startOfflinePractice(const QJsonObject& scenario)
{
    if (!m_settings.localPracticeAllowed()) {
        m_io.err << tr("voicetraining-cli: the platform cannot be reached, and your organisation "
                       "does not allow practising without it (practice.local_allowed is off).")
                 << '\n';
        return false;
    }
    m_offlinePlatform = std::make_unique<LocalPlatform>();
    QString error;
    if (!m_offlinePlatform->start(m_dataDir, &error)
        || !m_offlinePlatform->importScenario(scenario, &error)) {
        m_io.err << tr("voicetraining-cli: %1").arg(error) << '\n';
        return false;
    }
    m_offlineClient = std::make_unique<net::PlatformClient>(m_offlinePlatform->url());
    m_offlineClient->setKey(QStringLiteral("local"));
    const std::optional<net::ApiResult> r = wait([&](net::PlatformClient::Callback done) {
        m_offlineClient->signIn(m_offlinePlatform->traineeEmail(),
            m_offlinePlatform->traineePassword(), std::move(done));
    });
    if (!r || r->error.isError()) {
        m_io.err << tr("voicetraining-cli: the practice platform on this computer did not sign "
                       "you in: %1")
                        .arg(r ? r->error.message : QString())
                 << '\n';
        return false;
    }
    return true;
}

void CliPlatform::makeHostedAuth()
{
    m_auth = std::make_unique<net::AuthSession>(
        *m_client, *m_store, &keychain(), signInLockPath(), m_clock);
    m_auth->setIssuer(m_settings.ssoIssuer());
}

bool CliPlatform::signInWithBrowser()
{
    QUrl url;
    bool local = false;
    if (!resolve(&url, &local) || !openStore())
        return false;
    m_client = std::make_unique<net::PlatformClient>(url);
    if (!applyTrust(*m_client))
        return false;
    makeHostedAuth();
    const auto outcome = waitFor<net::AuthSession::Outcome>([&](net::AuthSession::Callback done) {
        m_auth->signInWithBrowser(
            [this](const QUrl& page) {
                m_io.out << tr("Sign in in your browser: open this address, sign in, and come back "
                               "here.")
                         << "\n  " << page.toString(QUrl::FullyEncoded) << '\n'
                         << tr("Waiting for the browser (5 minutes at most)...") << '\n';
                m_io.out.flush();
                return true;
            },
            std::move(done));
    });
    if (!outcome.signedIn) {
        m_io.err << tr("voicetraining-cli: signing in failed: %1").arg(outcome.error.message)
                 << '\n';
        return false;
    }
    if (!outcome.warning.isEmpty())
        m_io.err << tr("voicetraining-cli: %1").arg(outcome.warning) << '\n';
    m_kept = outcome.kept;
    return true;
}

bool CliPlatform::signOut()
{
    QUrl url;
    bool local = false;
    if (!resolve(&url, &local) || !openStore())
        return false;
    if (local) {
        m_io.out << tr("The practice platform on this computer needs no sign-in; nothing to sign "
                       "out of.")
                 << '\n';
        return true;
    }
    m_client = std::make_unique<net::PlatformClient>(url);
    if (!applyTrust(*m_client))
        return false;
    makeHostedAuth();
    const bool wasSignedIn = m_auth->account().has_value();
    const auto outcome = waitFor<net::AuthSession::Outcome>(
        [&](net::AuthSession::Callback done) { m_auth->signOut(std::move(done)); });
    if (outcome.error.isError()) {
        m_io.err << tr("voicetraining-cli: %1").arg(outcome.error.message) << '\n';
        return false;
    }
    if (!outcome.warning.isEmpty())
        m_io.err << tr("voicetraining-cli: %1").arg(outcome.warning) << '\n';
    m_io.out << (wasSignedIn ? tr("Signed out of %1.") : tr("You were not signed in to %1."))
                    .arg(m_client->key())
             << '\n';
    return true;
}

bool CliPlatform::signInWithPassword(const QString& email, const QString& password)
{
    const auto outcome = waitFor<net::AuthSession::Outcome>([&](net::AuthSession::Callback done) {
        m_auth->signInWithPassword(email, password, std::move(done));
    });
    if (!outcome.signedIn) {
        m_io.err << tr("voicetraining-cli: signing in as %1 failed: %2")
                        .arg(email, outcome.error.message)
                 << '\n';
        return false;
    }
    if (!outcome.warning.isEmpty())
        m_io.err << tr("voicetraining-cli: %1").arg(outcome.warning) << '\n';
    m_kept = outcome.kept;
    return true;
}

net::SyncEngine& CliPlatform::sync()
{
    if (!m_sync)
        m_sync = std::make_unique<net::SyncEngine>(*m_client, *m_store, m_clock,
            net::RetryPolicy([] { return QRandomGenerator::global()->generateDouble(); }));
    return *m_sync;
}

bool CliPlatform::openStore()
{
    if (m_store)
        return true;
    QDir().mkpath(recordingsDir());
    m_store = std::make_unique<net::LocalStore>();
    QString error;
    if (!m_store->open(storePath(), &error)) {
        m_io.err << tr("voicetraining-cli: %1").arg(error) << '\n';
        return false;
    }
    m_journal = std::make_unique<net::AttemptJournal>(*m_store);
    // Calls a killed app left in progress are scored and queued before anything else.
    QStringList problems;
    for (const AttemptRecovery::Recovered& r : AttemptRecovery::run(*m_journal, &problems)) {
        m_io.err << tr("Recovered the call %1, cut off when the app stopped: %n line(s) scored; "
                       "saved as interrupted for upload.",
            nullptr, r.lines)
                        .arg(r.attemptId)
                 << '\n';
    }
    for (const QString& problem : std::as_const(problems))
        m_io.err << tr("voicetraining-cli: %1").arg(problem) << '\n';
    return true;
}

} // namespace vt::app
