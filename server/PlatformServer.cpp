#include "PlatformServer.h"

#include "AccessLog.h"
#include "Platform.h"
#include "SecretFile.h"
#include "ServerLog.h"
#include "api/ApiService.h"
#include "db/Migrations.h"
#include "db/Sql.h"
#include "http/HttpServer.h"
#include "seed/DemoSeed.h"
#include "speech/Recognizer.h"
#include "voice/VoiceGateway.h"

#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QUrl>

namespace vt::server {

PlatformServer::PlatformServer(ServerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(std::make_unique<protocol::SystemClock>())
{
}

PlatformServer::~PlatformServer()
{
    m_voice.reset();
    m_http.reset();
    // Password checks still running hold on to the platform.
    QThreadPool::globalInstance()->waitForDone();
    m_api.reset();
    m_platform.reset();
    m_db.reset();
}

Result<void> PlatformServer::start(QStringList* report)
{
    if (!QDir().mkpath(m_options.dataDir)) {
        return failure(QStringLiteral("cannot create the data folder %1").arg(m_options.dataDir));
    }
    const Result<DatabaseUrl> url = DatabaseUrl::parse(m_options.database);
    if (!url)
        return failure(url.error());
    Result<std::unique_ptr<Database>> db = Database::open(*url);
    if (!db)
        return failure(db.error());
    m_db = std::move(*db);
    const Result<QByteArray> secret = loadOrCreateSecret(m_options.jwtSecretFile);
    if (!secret)
        return failure(secret.error());
    PlatformConfig config;
    config.dataDir = m_options.dataDir;
    config.publicUrl = m_options.publicUrl;
    config.voicePublicUrl = m_options.voicePublicUrl;
    config.maxJsonBytes = m_options.maxBodyBytes;
    config.maxRecordingBytes = m_options.maxRecordingBytes;
    config.accessTokenSeconds = m_options.accessTokenSeconds;
    if (!m_options.releasesFile.isEmpty()) {
        QFile file(m_options.releasesFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return failure(QStringLiteral("--releases %1: %2")
                               .arg(m_options.releasesFile, file.errorString()));
        }
        const protocol::Parsed<QList<protocol::Release>> releases
            = protocol::parseReleaseList(file.read(4 * 1024 * 1024));
        if (!releases) {
            return failure(QStringLiteral("--releases %1: %2")
                               .arg(m_options.releasesFile, releases.error().summary()));
        }
        config.releases = *releases;
        report->append(QStringLiteral("releases: %1 offered to the desktop apps, from %2")
                           .arg(config.releases.size())
                           .arg(m_options.releasesFile));
    }
    if (m_engines) {
        config.engines = *m_engines;
    } else if (!m_options.enginesFile.isEmpty()) {
        Result<EngineConfig> engines = EngineConfig::load(m_options.enginesFile);
        if (!engines)
            return failure(QStringLiteral("--engines %1").arg(engines.error()));
        config.engines = std::move(*engines);
        report->append(QStringLiteral("voice engines: %1 configured, default \"%2\", from %3")
                           .arg(config.engines.engines.size())
                           .arg(config.engines.defaultEngine, m_options.enginesFile));
    }
    m_platform = std::make_unique<Platform>(*m_db, *m_clock, *secret, config);
    try {
        const QList<int> applied = Migrations::apply(*m_db);
        if (!applied.isEmpty())
            report->append(QStringLiteral("database %1: schema migrated to version %2")
                               .arg(url->redacted())
                               .arg(applied.last()));
        if (m_options.seed == QLatin1String("demo")) {
            const DemoSeed::Result seeded = DemoSeed::run(*m_platform, m_options.seedAttempts);
            if (!seeded.created) {
                report->append(
                    QStringLiteral("demo data: the database already has data; nothing seeded"));
            } else {
                report->append(QStringLiteral(
                    "demo data: %1 accounts and %2 attempts; the passwords are shown "
                    "once, and kept in %3")
                                   .arg(seeded.accounts.size())
                                   .arg(seeded.attempts)
                                   .arg(seeded.credentialsFile));
                for (const DemoSeed::Account& a : seeded.accounts)
                    report->append(QStringLiteral("  %1  %2  %3  %4")
                                       .arg(a.org, -16)
                                       .arg(a.role, -8)
                                       .arg(a.email, -40)
                                       .arg(a.password));
            }
        }
    } catch (const StorageError& e) {
        return failure(QString::fromUtf8(e.what()));
    }
    Result<std::unique_ptr<AccessLog>> accessLog = AccessLog::open(m_options.accessLog);
    if (!accessLog)
        return failure(accessLog.error());
    m_accessLog = std::move(*accessLog);
    m_api = std::make_unique<ApiService>(*m_platform);
    m_http = std::make_unique<HttpServer>(*m_api, HttpLimits{});
    connect(m_http.get(), &HttpServer::requestFinished, this,
        [this](const HttpRequest& request, const HttpResponse& response, qint64 us) {
            m_accessLog->write(request, response, us);
        });
    connect(m_http.get(), &HttpServer::drained, this, &PlatformServer::stopped);
    if (Result<void> listening = m_http->listen(m_options.address, m_options.port); !listening)
        return listening;
    m_voice = std::make_unique<VoiceGateway>(*m_platform,
        m_options.speechModels.isEmpty() ? Recognizer::defaultModelDir() : m_options.speechModels,
        QDir(m_options.dataDir).filePath(QStringLiteral("speech")));
    const quint16 voicePort = m_options.voicePort.value_or(
        m_options.port == 0 || m_options.port == 65535 ? 0 : quint16(m_options.port + 1));
    if (Result<void> listening = m_voice->listen(m_options.address, voicePort); !listening)
        return listening;
    m_platform->config.voicePort = m_voice->port();
    return {};
}

quint16 PlatformServer::port() const
{
    return m_http ? m_http->port() : 0;
}

quint16 PlatformServer::voicePort() const
{
    return m_voice ? m_voice->port() : 0;
}

QString PlatformServer::url() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + m_options.address.toString() + QLatin1Char(']')
        : m_options.address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

QString PlatformServer::voiceUrl() const
{
    QUrl local(url());
    local.setScheme(QStringLiteral("ws"));
    local.setPort(voicePort());
    return local.toString();
}

void PlatformServer::shutdown()
{
    if (m_http)
        m_http->shutdown();
    else
        Q_EMIT stopped();
}

Result<void> PlatformServer::importScenario(const QJsonObject& scenario, const QString& email)
{
    if (!m_platform) {
        return failure(QStringLiteral("the platform is not running"));
    }
    const std::optional<UserRecord> user = m_platform->directory.userByEmail(email.toLower());
    if (!user) {
        return failure(QStringLiteral("there is no user %1 here").arg(email));
    }
    ScenarioRecord s;
    s.id = scenario.value(QStringLiteral("id")).toString().toLower();
    s.orgId = user->orgId;
    s.title = scenario.value(QStringLiteral("title")).toString();
    s.summary = scenario.value(QStringLiteral("summary")).toString();
    s.difficulty = scenario.value(QStringLiteral("difficulty")).toString(QStringLiteral("medium"));
    s.status = QStringLiteral("published");
    s.durationMinutes = scenario.value(QStringLiteral("duration_minutes")).toInt(10);
    s.persona = scenario.value(QStringLiteral("persona")).toObject();
    s.briefing = scenario.value(QStringLiteral("briefing")).toString();
    s.scoring = scenario.value(QStringLiteral("scoring")).toObject();
    s.agent = scenario.value(QStringLiteral("practice_agent")).toObject();
    if (!protocol::isUuid(s.id) || s.title.isEmpty() || s.scoring.isEmpty()) {
        return failure(QStringLiteral("the scenario has no id, title or scoring"));
    }
    if (s.agent.isEmpty()) {
        return failure(
            QStringLiteral("the platform does not offer this scenario for offline practice "
                           "(it sent no practice agent)"));
    }
    try {
        Transaction transaction(*m_db);
        m_platform->catalog.putScenario(s, m_clock->nowMs());
        transaction.commit();
    } catch (const StorageError& e) {
        return failure(QString::fromStdString(e.what()));
    }
    return {};
}

void PlatformServer::setEngines(EngineConfig engines)
{
    m_engines = engines;
    if (m_platform)
        m_platform->config.engines = std::move(engines);
}

} // namespace vt::server
