#include "ServerOptions.h"

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

} // namespace

QString ServerOptions::usage()
{
    return QStringLiteral(
        "Usage: voicetraining-server [options]\n"
        "\n"
        "The Voice AI Training reference platform: the REST API v1 (docs/api/).\n"
        "\n"
        "Options:\n"
        "  --listen HOST:PORT      where to listen (default 127.0.0.1:8787; port 0 picks one)\n"
        "  --db URL                sqlite:/path/platform.sqlite (default: in the data folder) or\n"
        "                          postgres://user:password@host:5432/dbname[?host=/socket/dir]\n"
        "  --data-dir DIR          recordings, the token secret, demo credentials\n"
        "  --seed demo             create the demo orgs, users and scenarios on an empty database\n"
        "  --seed-attempts N       with --seed demo: N more completed attempts (load tests)\n"
        "  --jwt-secret-file FILE  the token signing secret (created on first start)\n"
        "  --max-body SIZE         largest JSON body (default 8M)\n"
        "  --max-recording SIZE    largest recording upload (default 64M)\n"
        "  --access-token-ttl SECONDS  how long an access token lives (default 900)\n"
        "  --access-log FILE       one JSON line per request; \"-\" stdout (default), \"off\"\n"
        "  --public-url URL        the address clients use, for links (default: the Host header)\n"
        "  --voice-port PORT       the voice gateway's port, on the --listen address (default:\n"
        "                          the --listen port + 1; 0 picks one)\n"
        "  --voice-public-url URL  where clients reach the voice gateway behind a proxy, such as\n"
        "                          wss://voice.example.com (default: the API host, --voice-port)\n"
        "  --speech-models DIR     the speech recognition model (default: the system's en-us)\n"
        "  --releases FILE         the desktop app's approved releases, offered to the apps\n"
        "                          through GET /api/v1/releases/latest (docs/api/README.md)\n"
        "  -h, --help              this help\n"
        "  -v, --version           the version\n");
}

std::optional<ServerOptions> ServerOptions::parse(const QStringList& arguments, QString* error)
{
    ServerOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(arg);
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            o.help = true;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            o.version = true;
        } else if (arg == QLatin1String("--listen")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            const qsizetype colon = v->lastIndexOf(QLatin1Char(':'));
            bool ok = false;
            const int port = colon > 0 ? v->mid(colon + 1).toInt(&ok) : -1;
            QString host = colon > 0 ? v->left(colon) : QString();
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                host = host.mid(1, host.size() - 2);
            const QHostAddress address(host);
            if (!ok || port < 0 || port > 65535 || address.isNull()) {
                *error
                    = QStringLiteral("--listen needs an address and port such as 127.0.0.1:8787");
                return std::nullopt;
            }
            o.address = address;
            o.port = quint16(port);
        } else if (arg == QLatin1String("--voice-port")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            bool ok = false;
            const int port = v->toInt(&ok);
            if (!ok || port < 0 || port > 65535) {
                *error = QStringLiteral("--voice-port needs a port from 0 to 65535");
                return std::nullopt;
            }
            o.voicePort = quint16(port);
        } else if (arg == QLatin1String("--speech-models")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            o.speechModels = *v;
        } else if (arg == QLatin1String("--db")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            o.database = *v;
        } else if (arg == QLatin1String("--data-dir")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            o.dataDir = *v;
        } else if (arg == QLatin1String("--seed")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            if (*v != QLatin1String("demo")) {
                *error = QStringLiteral("--seed knows only \"demo\"");
                return std::nullopt;
            }
            o.seed = *v;
        } else if (arg == QLatin1String("--seed-attempts")) {
            const std::optional<QString> v = value();
            bool ok = false;
            o.seedAttempts = v ? v->toInt(&ok) : -1;
            if (!ok || o.seedAttempts < 0 || o.seedAttempts > 1'000'000) {
                *error = QStringLiteral("--seed-attempts needs a number from 0 to 1000000");
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--releases")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            o.releasesFile = *v;
        } else if (arg == QLatin1String("--jwt-secret-file")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            o.jwtSecretFile = *v;
        } else if (arg == QLatin1String("--max-body") || arg == QLatin1String("--max-recording")) {
            const std::optional<QString> v = value();
            const std::optional<qint64> size = v ? byteSize(*v) : std::nullopt;
            if (!size) {
                *error = QStringLiteral("%1 needs a size such as 8M").arg(arg);
                return std::nullopt;
            }
            (arg == QLatin1String("--max-body") ? o.maxBodyBytes : o.maxRecordingBytes) = *size;
        } else if (arg == QLatin1String("--access-token-ttl")) {
            const std::optional<QString> v = value();
            bool ok = false;
            o.accessTokenSeconds = v ? v->toLongLong(&ok) : 0;
            if (!ok || o.accessTokenSeconds < 1 || o.accessTokenSeconds > 24 * 60 * 60) {
                *error = QStringLiteral("--access-token-ttl needs seconds from 1 to 86400");
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--access-log")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            o.accessLog = *v;
        } else if (arg == QLatin1String("--public-url")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            const QUrl url(*v, QUrl::StrictMode);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                || url.host().isEmpty()) {
                *error = QStringLiteral(
                    "--public-url needs an http(s) address such as https://platform.example.com");
                return std::nullopt;
            }
            o.publicUrl = v->endsWith(QLatin1Char('/')) ? v->chopped(1) : *v;
        } else if (arg == QLatin1String("--voice-public-url")) {
            const std::optional<QString> v = value();
            if (!v)
                return std::nullopt;
            const QUrl url(*v, QUrl::StrictMode);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
                || url.host().isEmpty()
                || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()) {
                *error = QStringLiteral("--voice-public-url needs a ws(s) address without a path, "
                                        "such as wss://voice.example.com");
                return std::nullopt;
            }
            o.voicePublicUrl = v->endsWith(QLatin1Char('/')) ? v->chopped(1) : *v;
        } else {
            *error = QStringLiteral("unknown option \"%1\"").arg(arg);
            return std::nullopt;
        }
    }
    if (o.dataDir.isEmpty())
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/server");
    if (o.database.isEmpty())
        o.database = QStringLiteral("sqlite:") + o.dataDir + QStringLiteral("/platform.sqlite");
    if (o.jwtSecretFile.isEmpty())
        o.jwtSecretFile = o.dataDir + QStringLiteral("/jwt-secret");
    if (o.seedAttempts > 0 && o.seed.isEmpty()) {
        *error = QStringLiteral("--seed-attempts goes with --seed demo");
        return std::nullopt;
    }
    return o;
}

} // namespace vt::server
