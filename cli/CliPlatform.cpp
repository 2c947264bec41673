#include "CliPlatform.h"

#include "AppPaths.h"
#include "CliWait.h"
#include "OfflinePractice.h"
#include "PlatformSession.h"
#include "Settings.h"

#include "AuthSession.h"
#include "PlatformClient.h"

#include <QFile>
#include <QJsonObject>

namespace vt::app {

using Outcome = net::AuthSession::Outcome;

CliPlatform::CliPlatform(CliIo io, const Settings& settings)
    : m_io(io)
    , m_settings(settings)
{
}

CliPlatform::~CliPlatform()
{
    m_offline.reset(); // the offline call's platform before the session's store
}

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

PlatformSession& CliPlatform::session()
{
    // Made once the options are read: they choose the platform.
    if (!m_session)
        m_session = std::make_unique<PlatformSession>(
            m_settings, m_clock, PlatformSession::Options{m_server, m_local, m_dataDir, false});
    return *m_session;
}

void CliPlatform::fail(const QString& message)
{
    m_io.err << tr("voicetraining-cli: %1").arg(message) << '\n';
}

bool CliPlatform::resolve(QUrl* url, bool* local)
{
    const PlatformSession::Target t = session().target();
    *local = t.local;
    *url = t.url;
    if (t.error.isEmpty())
        return true;
    if (t.local)
        fail(tr("%1 Use --server URL, or set platform.url.").arg(t.error));
    else
        fail(QStringLiteral("%1: %2").arg(t.field, t.error));
    return false;
}

bool CliPlatform::prepare()
{
    QUrl url;
    bool local = false;
    if (!resolve(&url, &local) || !openStore())
        return false;
    if (!session().prepare()) {
        fail(session().lastError());
        return false;
    }
    return true;
}

bool CliPlatform::readPassword(QString* password)
{
    if (m_user.isEmpty() || m_passwordFile.isEmpty() == !m_passwordStdin) {
        fail(tr("--user goes with one of --password-file and --password-stdin"));
        return false;
    }
    QFile file;
    if (m_passwordStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            fail(tr("cannot read the password from standard input: %1").arg(file.errorString()));
            return false;
        }
    } else {
        file.setFileName(m_passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(
                tr("cannot read the password file %1: %2").arg(m_passwordFile, file.errorString()));
            return false;
        }
    }
    // Only the first line, without its line break: a file may end with one.
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    return true;
}

bool CliPlatform::signIn()
{
    if (!prepare())
        return false;
    if (!session().isLocal() && hasUser()) {
        QString password;
        return readPassword(&password) && signInWithPassword(m_user, password);
    }
    const auto outcome = waitFor<Outcome>(
        [&](PlatformSession::SignedInCallback done) { session().signIn(std::move(done)); });
    if (!outcome.signedIn) {
        fail(outcome.error.message);
        if (outcome.error.type == QLatin1String("signed-out"))
            m_io.err << tr("Sign in with: voicetraining-cli login --server %1 --user EMAIL")
                            .arg(client().key())
                     << '\n';
        return false;
    }
    if (!outcome.warning.isEmpty())
        fail(outcome.warning);
    m_kept = outcome.kept;
    if (outcome.offline)
        m_io.err << tr("Working offline: %1").arg(outcome.error.message) << '\n';
    return true;
}

bool CliPlatform::signInWithPassword(const QString& email, const QString& password)
{
    const auto outcome = waitFor<Outcome>([&](PlatformSession::SignedInCallback done) {
        session().signInWithPassword(email, password, std::move(done));
    });
    if (!outcome.signedIn) {
        fail(tr("signing in as %1 failed: %2").arg(email, outcome.error.message));
        return false;
    }
    if (!outcome.warning.isEmpty())
        fail(outcome.warning);
    m_kept = outcome.kept;
    return true;
}

bool CliPlatform::startOfflinePractice(const QJsonObject& scenario)
{
    const QString error = waitFor<QString>([&](std::function<void(const QString&)> done) {
        m_offline.reset(session().startOfflinePractice(scenario, nullptr, std::move(done)));
    });
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    return true;
}

net::PlatformClient& CliPlatform::offlineClient()
{
    return m_offline->client();
}

bool CliPlatform::signInWithBrowser()
{
    if (!prepare())
        return false;
    const auto outcome = waitFor<Outcome>([&](PlatformSession::SignedInCallback done) {
        session().signInWithBrowser(
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
        fail(tr("signing in failed: %1").arg(outcome.error.message));
        return false;
    }
    if (!outcome.warning.isEmpty())
        fail(outcome.warning);
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
    if (!prepare())
        return false;
    const bool wasSignedIn = auth().account().has_value();
    const auto outcome = waitFor<Outcome>(
        [&](PlatformSession::SignedInCallback done) { session().signOut(std::move(done)); });
    if (outcome.error.isError()) {
        fail(outcome.error.message);
        return false;
    }
    if (!outcome.warning.isEmpty())
        fail(outcome.warning);
    m_io.out << (wasSignedIn ? tr("Signed out of %1.") : tr("You were not signed in to %1."))
                    .arg(client().key())
             << '\n';
    return true;
}

bool CliPlatform::openStore()
{
    if (session().store())
        return true;
    if (const Result<void> opened = session().open(); !opened) {
        fail(opened.error());
        return false;
    }
    // Calls a killed app left in progress were scored and queued before anything else.
    for (const AttemptRecovery::Recovered& r : session().recovered()) {
        m_io.err << tr("Recovered the call %1, cut off when the app stopped: %n line(s) scored; "
                       "saved as interrupted for upload.",
            nullptr, r.lines)
                        .arg(r.attemptId)
                 << '\n';
    }
    for (const QString& problem : session().recoveryProblems())
        fail(problem);
    return true;
}

bool CliPlatform::isLocal() const
{
    return m_session && m_session->isLocal();
}

bool CliPlatform::isOffline() const
{
    return m_session && m_session->isOffline();
}

net::PlatformClient& CliPlatform::client()
{
    return *session().client();
}

net::LocalStore& CliPlatform::store()
{
    return *session().store();
}

net::AttemptJournal& CliPlatform::journal()
{
    return *session().journal();
}

net::SyncEngine& CliPlatform::sync()
{
    return *session().sync();
}

net::AuthSession& CliPlatform::auth()
{
    return *session().auth();
}

net::Keychain& CliPlatform::keychain()
{
    return session().keychain();
}

Result<int> CliPlatform::applyTrust(net::PlatformClient& client)
{
    return session().applyTrust(client);
}

} // namespace vt::app
