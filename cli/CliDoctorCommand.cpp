// voicetraining-cli doctor: for IT and reps, whether this computer can practise with the
// platform, one check at a time, each with what to do when it fails: the address, DNS, the
// proxy, reaching the platform (TLS), its readiness, the sign-in, the voice gateway, the audio
// devices and the keychain.
#include "AudioDeviceCatalog.h"
#include "BuildInfo.h"
#include "Cli.h"
#include "CliPlatform.h"
#include "CliWait.h"
#include "UpdateCheck.h"

#include "Accounts.h"
#include "AuthSession.h"
#include "Keychain.h"
#include "PlatformClient.h"
#include "ProxyRouting.h"
#include "Settings.h"
#include "SignInService.h"
#include "VoiceProbe.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyQuery>

namespace vt::app {
namespace {

class DoctorCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::DoctorCommand)

public:
    DoctorCommand(const Settings& settings, CliIo io)
        : m_settings(settings)
        , m_io(io)
        , m_platform(io, settings)
    {
    }
    int run(const QStringList& args);

private:
    static QString usage();
    // One check's outcome: printed as it comes (or kept for --json).
    void report(const QString& id, const QString& name, bool ok, const QString& detail,
        const QString& fix = {});
    bool checkPlatform(QUrl* url, bool* local);
    bool checkDns(const QUrl& url);
    void checkProxy(const QUrl& url);
    bool checkReachable(net::PlatformClient& client, QUrl* voice);
    void checkSignIn(bool local);
    void checkVoice(const QUrl& voice, const QSslConfiguration& ssl);
    void checkAudio();
    void checkKeychain();

    void checkTrust(net::PlatformClient& client);
    void checkSignInService(net::PlatformClient& client);
    void checkUpdates();

    const Settings& m_settings;
    CliIo m_io;
    CliPlatform m_platform;
    bool m_json = false;
    int m_failures = 0;
    QJsonArray m_checks;
};

QString DoctorCommand::usage()
{
    return tr("Usage: voicetraining-cli doctor [--local | --server URL] [--json]\n"
              "\n"
              "Checks whether this computer can practise with the platform (default: the\n"
              "platform.url setting, else the practice platform on this computer): the\n"
              "address, DNS, the proxy, reaching the platform over TLS, its readiness, the\n"
              "voice gateway, your organisation's sign-in service (auth.sso_issuer), your\n"
              "sign-in, a newer version (update.channel), the audio devices and the system\n"
              "keychain. Each check passes or fails with what to do about it.\n"
              "\n"
              "  --json              the checks as JSON\n"
              "\n"
              "Exit status: 0 when every check passes, 1 otherwise.\n");
}

void DoctorCommand::report(
    const QString& id, const QString& name, bool ok, const QString& detail, const QString& fix)
{
    if (!ok)
        ++m_failures;
    if (m_json) {
        QJsonObject o{{QStringLiteral("check"), id}, {QStringLiteral("ok"), ok},
            {QStringLiteral("detail"), detail}};
        if (!ok && !fix.isEmpty())
            o.insert(QStringLiteral("fix"), fix);
        m_checks.append(o);
        return;
    }
    m_io.out << (ok ? tr("[pass]") : tr("[FAIL]")) << ' ' << name << ": " << detail << '\n';
    if (!ok && !fix.isEmpty())
        m_io.out << "       " << tr("Fix: %1").arg(fix) << '\n';
    m_io.out.flush();
}

bool DoctorCommand::checkPlatform(QUrl* url, bool* local)
{
    if (!m_platform.resolve(url, local)) {
        if (*local) // none set, and the embedded platform is not allowed
            report(QStringLiteral("platform"), tr("Platform address"), false,
                tr("none set, and practising on this computer is off (practice.local_allowed)"),
                tr("set the address: voicetraining-cli config set platform.url URL"));
        else
            report(QStringLiteral("platform"), tr("Platform address"), false,
                tr("the address is not valid"),
                tr("set a valid https:// address: voicetraining-cli config set platform.url URL"));
        return false;
    }
    report(QStringLiteral("platform"), tr("Platform address"), true,
        *local ? tr("the practice platform on this computer") : url->toString());
    return true;
}

bool DoctorCommand::checkDns(const QUrl& url)
{
    QHostAddress literal;
    if (literal.setAddress(url.host())) {
        report(QStringLiteral("dns"), tr("DNS"), true, tr("%1 is an address").arg(url.host()));
        return true;
    }
    QEventLoop loop;
    QHostInfo info;
    QHostInfo::lookupHost(url.host(), &loop, [&](const QHostInfo& i) {
        info = i;
        loop.quit();
    });
    loop.exec();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        report(QStringLiteral("dns"), tr("DNS"), false,
            tr("%1 does not resolve (%2)").arg(url.host(), info.errorString()),
            tr("check the address for typos, your network connection, and whether the "
               "platform needs the company VPN"));
        return false;
    }
    report(QStringLiteral("dns"), tr("DNS"), true,
        tr("%1 is %2").arg(url.host(), info.addresses().first().toString()));
    return true;
}

void DoctorCommand::checkProxy(const QUrl& url)
{
    // The route the requests below take: network.proxy's answer for this address.
    const net::ProxySetting setting
        = net::ProxySetting::parse(m_settings.proxy()).value_or(net::ProxySetting{});
    const QNetworkProxy proxy = net::ProxyRouting::route(setting, QNetworkProxyQuery(url)).value(0);
    const bool direct
        = proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy;
    QString detail;
    if (setting.mode == net::ProxySetting::Mode::None)
        detail = tr("none (network.proxy is none)");
    else if (direct)
        detail = tr("none (a direct connection)");
    else if (setting.mode == net::ProxySetting::Mode::Fixed)
        detail = tr("%1, from network.proxy").arg(setting.toString());
    else
        detail = tr("%1:%2, from the system configuration").arg(proxy.hostName()).arg(proxy.port());
    report(QStringLiteral("proxy"), tr("Proxy"), true, detail);
}

bool DoctorCommand::checkReachable(net::PlatformClient& client, QUrl* voice)
{
    QElapsedTimer timer;
    timer.start();
    const net::ApiResult health = waitFor<net::ApiResult>(
        [&](net::PlatformClient::Callback done) { client.get(QStringLiteral("/healthz"), done); });
    const bool tls = client.base().scheme() == QLatin1String("https");
    if (health.error.isError()) {
        report(QStringLiteral("reach"),
            tls ? tr("Reaching the platform (TLS)") : tr("Reaching the platform"), false,
            health.error.message,
            tls ? tr("if the certificate is not trusted, your company may inspect TLS: ask IT for "
                     "its CA certificate; otherwise check the firewall and proxy")
                : tr("check that the platform runs and that a firewall or proxy lets it through"));
        return false;
    }
    report(QStringLiteral("reach"),
        tls ? tr("Reaching the platform (TLS)") : tr("Reaching the platform"), true,
        tr("answered in %1 ms").arg(timer.elapsed()));
    const net::ApiResult ready = waitFor<net::ApiResult>(
        [&](net::PlatformClient::Callback done) { client.get(QStringLiteral("/readyz"), done); });
    if (ready.error.isError()) {
        report(QStringLiteral("ready"), tr("Platform ready"), false, ready.error.message,
            tr("the platform is up but not ready (its database); tell its operators"));
        return false;
    }
    const QJsonObject o = ready.json.object();
    report(QStringLiteral("ready"), tr("Platform ready"), true,
        tr("schema version %1").arg(o.value(QStringLiteral("schema_version")).toInt()));
    *voice
        = QUrl(o.value(QStringLiteral("voice")).toObject().value(QStringLiteral("url")).toString());
    return true;
}

void DoctorCommand::checkTrust(net::PlatformClient& client)
{
    const QString bundle = m_settings.caBundle();
    if (bundle.isEmpty())
        return;
    const Result<int> added = m_platform.applyTrust(client);
    if (!added) {
        report(QStringLiteral("tls_trust"), tr("Extra certificate authorities"), false,
            added.error(),
            tr("check the file IT gave you, or clear the setting: voicetraining-cli config unset "
               "network.ca_bundle"));
        return;
    }
    report(QStringLiteral("tls_trust"), tr("Extra certificate authorities"), true,
        tr("%n certificate(s) from %1", nullptr, *added).arg(bundle));
}

void DoctorCommand::checkSignInService(net::PlatformClient& client)
{
    const QString issuer = m_settings.ssoIssuer();
    if (issuer.isEmpty())
        return;
    std::optional<net::SignInService> service;
    const net::ApiError error = waitFor<net::ApiError>([&](auto done) {
        net::SignInService::discover(client, issuer,
            [&service, done](const std::optional<net::SignInService>& s, const net::ApiError& e) {
                service = s;
                done(e);
            });
    });
    if (!service) {
        report(QStringLiteral("signin_service"), tr("Sign-in service"), false, error.message,
            error.type == QLatin1String("sso")
                ? tr("auth.sso_issuer must be the service's issuer exactly as its metadata names "
                     "it; tell IT")
                : tr("check that the service runs and that a firewall or proxy lets it through"));
        return;
    }
    report(QStringLiteral("signin_service"), tr("Sign-in service"), true,
        tr("%1, sign-in at %2").arg(issuer, service->authorizationEndpoint.toString()));
}

void DoctorCommand::checkUpdates()
{
    const QString channel = m_settings.updateChannel();
    if (channel == QLatin1String("off")) {
        report(QStringLiteral("updates"), tr("Updates"), true,
            tr("not asked (update.channel is off: IT installs them)"));
        return;
    }
    const net::ApiResult r = waitFor<net::ApiResult>([&](net::PlatformClient::Callback done) {
        m_platform.client().get(UpdateCheck::requestPath(channel), done);
    });
    const Result<std::optional<UpdateOffer>> answer = UpdateCheck::read(r, appVersion());
    if (!answer) {
        report(QStringLiteral("updates"), tr("Updates"), false, answer.error(),
            tr("the platform's list of releases is wrong; tell its operators"));
        return;
    }
    const std::optional<UpdateOffer>& offer = *answer;
    report(QStringLiteral("updates"), tr("Updates"), true,
        offer ? tr("%1 is available on the %2 channel (you have %3): %4")
                    .arg(offer->version, channel, appVersion(), offer->url)
              : tr("%1 is the newest on the %2 channel").arg(appVersion(), channel));
}

void DoctorCommand::checkSignIn(bool local)
{
    const std::optional<net::Account> a = m_platform.auth().account();
    if (!a) {
        report(QStringLiteral("signin"), tr("Sign-in"), false, tr("not signed in"),
            tr("voicetraining-cli login --server %1 --user EMAIL").arg(m_platform.client().key()));
        return;
    }
    report(QStringLiteral("signin"), tr("Sign-in"), true,
        tr("%1 <%2>, %3, %4%5")
            .arg(a->displayName, a->email, a->role, a->orgName,
                local                        ? QString()
                    : m_platform.isOffline() ? tr(" (offline)")
                                             : tr(" (renewed from the keychain)")));
}

void DoctorCommand::checkVoice(const QUrl& voice, const QSslConfiguration& ssl)
{
    if (!voice.isValid() || voice.isEmpty()) {
        report(QStringLiteral("voice"), tr("Voice gateway"), false,
            tr("the platform does not say where its voice gateway is"),
            tr("the platform may be older than this app; tell its operators"));
        return;
    }
    net::VoiceProbe probe;
    probe.setSslConfiguration(ssl);
    const net::VoiceProbe::Result r = waitFor<net::VoiceProbe::Result>(
        [&](std::function<void(const net::VoiceProbe::Result&)> done) { probe.run(voice, done); });
    report(QStringLiteral("voice"), tr("Voice gateway"), r.ok,
        voice.toString() + QStringLiteral(": ") + r.detail,
        tr("WebSocket connections to %1 must be allowed through the firewall and proxy")
            .arg(voice.authority()));
}

void DoctorCommand::checkAudio()
{
    const AudioDeviceScan scan = AudioDeviceCatalog::scanNow();
    if (!scan.error.isEmpty()) {
        report(QStringLiteral("audio"), tr("Audio devices"), false, scan.error,
            tr("check that a sound system runs (PulseAudio or PipeWire on Linux)"));
        return;
    }
    int inputs = 0;
    int outputs = 0;
    QString mic;
    QString speaker;
    for (const AudioDeviceEntry& d : scan.devices) {
        inputs += d.inputChannels > 0 ? 1 : 0;
        outputs += d.outputChannels > 0 ? 1 : 0;
        if (d.isDefaultInput)
            mic = d.name;
        if (d.isDefaultOutput)
            speaker = d.name;
    }
    const bool ok = inputs > 0 && outputs > 0;
    QString detail = tr("%1 microphone(s), %2 speaker(s)").arg(inputs).arg(outputs);
    if (!mic.isEmpty())
        detail += QStringLiteral("; ") + tr("default microphone “%1”").arg(mic);
    if (!speaker.isEmpty())
        detail += QStringLiteral("; ") + tr("default speaker “%1”").arg(speaker);
    report(QStringLiteral("audio"), tr("Audio devices"), ok, detail,
        tr("connect a headset; voicetraining-cli audio devices lists what is there"));
}

void DoctorCommand::checkKeychain()
{
    net::Keychain& keychain = m_platform.keychain();
    const net::Keychain::Result r = waitFor<net::Keychain::Result>(
        [&](net::Keychain::Callback done) { keychain.read(QStringLiteral("doctor-probe"), done); });
    const bool ok = r.ok() || r.status == net::Keychain::Result::Status::NotFound;
    report(QStringLiteral("keychain"), tr("System keychain"), ok,
        ok ? tr("available: sign-ins are kept there") : r.error,
        tr("on Linux, run a Secret Service (GNOME Keyring or KWallet) in your session"));
}

int DoctorCommand::run(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool bad = false;
        if (args.at(i) == QLatin1String("--help") || args.at(i) == QLatin1String("-h")) {
            m_io.out << usage();
            return exitcode::ok;
        }
        if (args.at(i) == QLatin1String("--json")) {
            m_json = true;
            continue;
        }
        if (!m_platform.option(args, i, &bad) || bad) {
            m_io.err << usage();
            return exitcode::usage;
        }
    }
    QUrl url;
    bool local = false;
    if (checkPlatform(&url, &local)) {
        if (!local) {
            checkDns(url);
            checkProxy(url);
        }
        // The platform is reached without signing in first: a failing sign-in (or keychain)
        // must not hide whether the network works.
        const bool signedIn = local && m_platform.signIn();
        net::PlatformClient bare(url);
        if (!local)
            checkTrust(bare);
        net::PlatformClient& client = signedIn ? m_platform.client() : bare;
        QUrl voice;
        if (checkReachable(client, &voice))
            checkVoice(voice, client.sslConfiguration());
        if (!local)
            checkSignInService(bare);
        if (signedIn || (!local && m_platform.signIn())) {
            checkSignIn(local);
            if (!local)
                checkUpdates();
        } else {
            report(QStringLiteral("signin"), tr("Sign-in"), false,
                tr("signing in failed (said above)"),
                tr("voicetraining-cli login --server %1 --user EMAIL").arg(url.toString()));
        }
    }
    checkAudio();
    checkKeychain();
    if (m_json)
        m_io.out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), m_failures == 0},
                                      {QStringLiteral("checks"), m_checks}})
                        .toJson();
    else
        m_io.out << (m_failures == 0 ? tr("Everything needed to practise works.")
                                     : tr("%n check(s) failed.", nullptr, m_failures))
                 << '\n';
    return m_failures == 0 ? exitcode::ok : exitcode::failure;
}

} // namespace

int runDoctorCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return DoctorCommand(settings, io).run(args);
}

} // namespace vt::app
