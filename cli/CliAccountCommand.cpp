// voicetraining-cli login | logout: signing in to the organisation's platform once, so that
// `sync`, `practice` and the app work with it; and signing out (revoked on the platform).
#include "Cli.h"
#include "CliPlatform.h"
#include "CliWait.h"

#include "Accounts.h"
#include "AuthSession.h"
#include "PlatformClient.h"

namespace vt::app {
namespace {

class AccountCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::AccountCommand)

public:
    AccountCommand(const Settings& settings, CliIo io)
        : m_io(io)
        , m_platform(io, settings)
    {
    }
    int runLogin(const QStringList& args);
    int runLogout(const QStringList& args);

private:
    static QString loginUsage();
    static QString logoutUsage();
    // Parses the connection options; an exit code when the command ends here.
    std::optional<int> parse(const QStringList& args, const QString& usage);

    CliIo m_io;
    CliPlatform m_platform;
};

QString AccountCommand::loginUsage()
{
    return tr("Usage: voicetraining-cli login [--server URL] [--user EMAIL (--password-file FILE "
              "| --password-stdin)]\n"
              "\n"
              "Signs in to your organisation's platform (default: the platform.url setting) and\n"
              "keeps the sign-in in the system keychain, never in a file, so that sync,\n"
              "practice and the app use it without asking again. Without --user, the sign-in\n"
              "happens in your browser, on the platform's own page (single sign-on): the\n"
              "address to open is printed. A password given here is not kept.\n"
              "\n"
              "%1"
              "\n"
              "Exit status: 0 when signed in and kept, 1 otherwise.\n")
        .arg(CliPlatform::optionsHelp());
}

QString AccountCommand::logoutUsage()
{
    return tr("Usage: voicetraining-cli logout [--server URL]\n"
              "\n"
              "Signs out of the platform (default: the platform.url setting): the platform\n"
              "revokes the sign-in, and it is removed from the keychain and from this\n"
              "computer. Attempts waiting to upload stay, and go at the next sign-in.\n");
}

std::optional<int> AccountCommand::parse(const QStringList& args, const QString& usage)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool bad = false;
        if (args.at(i) == QLatin1String("--help") || args.at(i) == QLatin1String("-h")) {
            m_io.out << usage;
            return exitcode::ok;
        }
        if (!m_platform.option(args, i, &bad) || bad) {
            m_io.err << usage;
            return exitcode::usage;
        }
    }
    return std::nullopt;
}

int AccountCommand::runLogin(const QStringList& args)
{
    if (const std::optional<int> code = parse(args, loginUsage()))
        return *code;
    QUrl url;
    bool local = false;
    if (!m_platform.resolve(&url, &local))
        return exitcode::usage;
    if (local) {
        m_io.err << tr("voicetraining-cli: login needs a platform: --server URL, or the "
                       "platform.url setting. The practice platform on this computer needs no "
                       "sign-in.")
                 << '\n';
        return exitcode::usage;
    }
    // Without a password: the platform's own sign-in page, in the browser.
    if (!(m_platform.hasUser() ? m_platform.signIn() : m_platform.signInWithBrowser()))
        return exitcode::failure;
    if (!m_platform.signInKept()) {
        // A sign-in nothing can use again is undone (revoked), not left half there.
        waitFor<net::AuthSession::Outcome>(
            [&](net::AuthSession::Callback done) { m_platform.auth().signOut(std::move(done)); });
        m_io.err << tr("voicetraining-cli: the sign-in could not be kept in the system keychain, "
                       "so nothing could use it; it was undone. On Linux a Secret Service (GNOME "
                       "Keyring or KWallet) must be running; `voicetraining-cli doctor` checks it.")
                 << '\n';
        return exitcode::failure;
    }
    const std::optional<net::Account> a = m_platform.auth().account();
    m_io.out << tr("Signed in to %1 as %2 <%3> (%4, %5).")
                    .arg(m_platform.client().key(), a ? a->displayName : QString(),
                        a ? a->email : QString(), a ? a->role : QString(),
                        a ? a->orgName : QString())
             << '\n';
    m_io.out << tr("The sign-in is kept in the system keychain.") << '\n';
    return exitcode::ok;
}

int AccountCommand::runLogout(const QStringList& args)
{
    if (const std::optional<int> code = parse(args, logoutUsage()))
        return *code;
    return m_platform.signOut() ? exitcode::ok : exitcode::failure;
}

} // namespace

int runLoginCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return AccountCommand(settings, io).runLogin(args);
}

int runLogoutCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return AccountCommand(settings, io).runLogout(args);
}

} // namespace vt::app
