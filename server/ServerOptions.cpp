#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QUrl>

namespace vt::server {
namespace {

std::optional<qint64> byteSize(const QString& text)
{
    static const QList<std::pair<QString, qint64>> units{{QStringLiteral("k"), 1024},
        {QStringLiteral("m"), 1024 * 1024}, {QStringLiteral("g"), 1024LL * 1024 * 1024}};
    QString t = text.trimmed().toLower();
    qint64 factor = 1;
    for (const auto& [suffix, f] : units) {
        if (t.endsWith(suffix)) {
            t.chop(1);
            factor = f;
        }
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n <= 0 || n > (qint64(1) << 40) / factor)
        return std::nullopt;
    return n * factor;
}

// An http(s) or ws(s) address without its trailing slash; nothing when it is not one.
std::optional<QString> baseUrl(const QString& text, const QString& scheme, bool pathAllowed)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != scheme && url.scheme() != scheme + QLatin1Char('s'))
        || url.host().isEmpty()
        || (!pathAllowed
            && ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery())))
        return std::nullopt;
    return text.endsWith(QLatin1Char('/')) ? text.chopped(1) : text;
}

// Every option, declared once: the help text and the "needs a value" errors follow from it.
void declare(QCommandLineParser& p)
{
    p.setApplicationDescription(
        QStringLiteral("The Voice AI Training reference platform: the REST API v1 (docs/api/)."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto add = [&p](const char* name, const char* value, const char* help) {
        p.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)});
    };
    add("listen", "HOST:PORT", "where to listen (default 127.0.0.1:8787; port 0 picks one)");
    add("db", "URL",
        "sqlite:/path/platform.sqlite (default: in the data folder) or "
        "postgres://user:password@host:5432/dbname[?host=/socket/dir]");
    add("data-dir", "DIR", "recordings, the token secret, demo credentials");
    add("seed", "demo", "create the demo orgs, users and scenarios on an empty database");
    add("seed-attempts", "N", "with --seed demo: N more completed attempts (load tests)");
    add("jwt-secret-file", "FILE", "the token signing secret (created on first start)");
    add("max-body", "SIZE", "largest JSON body (default 8M)");
    add("max-recording", "SIZE", "largest recording upload (default 64M)");
    add("access-token-ttl", "SECONDS", "how long an access token lives (default 900)");
    add("access-log", "FILE", "one JSON line per request; \"-\" stdout (default), \"off\"");
    add("public-url", "URL", "the address clients use, for links (default: the Host header)");
    add("voice-port", "PORT",
        "the voice gateway's port, on the --listen address (default: the --listen port + 1; 0 "
        "picks one)");
    add("voice-public-url", "URL",
        "where clients reach the voice gateway behind a proxy, such as wss://voice.example.com "
        "(default: the API host, --voice-port)");
    add("speech-models", "DIR", "the speech recognition model (default: the system's en-us)");
    add("releases", "FILE",
        "the desktop app's approved releases, offered to the apps through GET "
        "/api/v1/releases/latest (docs/api/README.md)");
    add("engines", "FILE",
        "the voice engines that play the prospect, per organisation and scenario "
        "(docs/engines.md; default: the practice script)");
    p.addOption({QStringLiteral("check-config"),
        QStringLiteral("check the options and the --engines file, read every engine's "
                       "credential, and exit (0 when all is well)")});
    p.addHelpOption();
    p.addVersionOption();
}

} // namespace

QString ServerOptions::usage()
{
    QCommandLineParser parser;
    declare(parser);
    return parser.helpText();
}

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments)
{
    QCommandLineParser p;
    declare(p);
    if (!p.parse(QStringList{QStringLiteral("voicetraining-server")} + arguments))
        return failure(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return failure(QStringLiteral("unknown argument \"%1\"").arg(p.positionalArguments()[0]));
    ServerOptions o;
    o.help = p.isSet(QStringLiteral("help"));
    o.version = p.isSet(QStringLiteral("version"));
    const auto value = [&p](const char* name) { return p.value(QString::fromLatin1(name)); };
    const auto set = [&p](const char* name) { return p.isSet(QString::fromLatin1(name)); };
    if (set("listen")) {
        const QString v = value("listen");
        const qsizetype colon = v.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? v.mid(colon + 1).toInt(&ok) : -1;
        QString host = colon > 0 ? v.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host);
        if (!ok || port < 0 || port > 65535 || address.isNull())
            return failure(
                QStringLiteral("--listen needs an address and port such as 127.0.0.1:8787"));
        o.address = address;
        o.port = quint16(port);
    }
    if (set("voice-port")) {
        bool ok = false;
        const int port = value("voice-port").toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return failure(QStringLiteral("--voice-port needs a port from 0 to 65535"));
        o.voicePort = quint16(port);
    }
    o.speechModels = value("speech-models");
    o.database = value("db");
    o.dataDir = value("data-dir");
    o.releasesFile = value("releases");
    o.enginesFile = value("engines");
    o.checkConfig = set("check-config");
    o.jwtSecretFile = value("jwt-secret-file");
    o.seed = value("seed");
    if (set("seed") && o.seed != QLatin1String("demo"))
        return failure(QStringLiteral("--seed knows only \"demo\""));
    if (set("seed-attempts")) {
        bool ok = false;
        o.seedAttempts = value("seed-attempts").toInt(&ok);
        if (!ok || o.seedAttempts < 0 || o.seedAttempts > 1'000'000)
            return failure(QStringLiteral("--seed-attempts needs a number from 0 to 1000000"));
    }
    for (const char* name : {"max-body", "max-recording"}) {
        if (!set(name))
            continue;
        const std::optional<qint64> size = byteSize(value(name));
        if (!size)
            return failure(QStringLiteral("--%1 needs a size such as 8M").arg(QLatin1String(name)));
        (qstrcmp(name, "max-body") == 0 ? o.maxBodyBytes : o.maxRecordingBytes) = *size;
    }
    if (set("access-token-ttl")) {
        bool ok = false;
        o.accessTokenSeconds = value("access-token-ttl").toLongLong(&ok);
        if (!ok || o.accessTokenSeconds < 1 || o.accessTokenSeconds > 24 * 60 * 60)
            return failure(QStringLiteral("--access-token-ttl needs seconds from 1 to 86400"));
    }
    if (set("access-log"))
        o.accessLog = value("access-log");
    if (set("public-url")) {
        const std::optional<QString> url
            = baseUrl(value("public-url"), QStringLiteral("http"), true);
        if (!url)
            return failure(QStringLiteral(
                "--public-url needs an http(s) address such as https://platform.example.com"));
        o.publicUrl = *url;
    }
    if (set("voice-public-url")) {
        const std::optional<QString> url
            = baseUrl(value("voice-public-url"), QStringLiteral("ws"), false);
        if (!url)
            return failure(QStringLiteral("--voice-public-url needs a ws(s) address without a "
                                          "path, such as wss://voice.example.com"));
        o.voicePublicUrl = *url;
    }
    if (o.dataDir.isEmpty())
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/server");
    if (o.database.isEmpty())
        o.database = QStringLiteral("sqlite:") + o.dataDir + QStringLiteral("/platform.sqlite");
    if (o.jwtSecretFile.isEmpty())
        o.jwtSecretFile = o.dataDir + QStringLiteral("/jwt-secret");
    if (o.seedAttempts > 0 && o.seed.isEmpty())
        return failure(QStringLiteral("--seed-attempts goes with --seed demo"));
    return o;
}

} // namespace vt::server
