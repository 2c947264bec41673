#include "LocalPlatform.h"

#include "AppLog.h"

#include "PlatformServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace vt::app {

LocalPlatform::LocalPlatform() = default;

LocalPlatform::~LocalPlatform() = default;

QString LocalPlatform::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("local-platform"));
}

Result<void> LocalPlatform::start(const QString& dataDir)
{
    m_dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    server::ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.voicePort = 0;
    options.dataDir = m_dataDir;
    options.database
        = QStringLiteral("sqlite:") + QDir(m_dataDir).filePath(QStringLiteral("platform.sqlite"));
    options.jwtSecretFile = QDir(m_dataDir).filePath(QStringLiteral("jwt-secret"));
    options.seed = QStringLiteral("demo");
    options.accessLog = QStringLiteral("off");
    m_server = std::make_unique<server::PlatformServer>(options);
    setAiProspect(m_ai);
    QStringList report; // the seed's passwords among them: never printed or logged here
    if (const Result<void> started = m_server->start(&report); !started) {
        m_server.reset();
        return failure(
            tr("The practice platform on this computer could not start: %1").arg(started.error()));
    }
    QFile credentials(QDir(m_dataDir).filePath(QStringLiteral("demo-credentials.json")));
    if (!credentials.open(QIODevice::ReadOnly)) {
        return failure(tr("The practice platform on this computer has no local account (%1 is "
                          "missing); delete %2 to start afresh.")
                           .arg(QDir::toNativeSeparators(credentials.fileName()),
                               QDir::toNativeSeparators(m_dataDir)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(credentials.readAll());
    const QJsonArray accounts
        = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue& v : accounts) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("role")).toString() == QLatin1String("trainee")) {
            m_email = a.value(QStringLiteral("email")).toString();
            m_password = a.value(QStringLiteral("password")).toString();
            break;
        }
    }
    if (m_email.isEmpty()) {
        return failure(tr("The practice platform on this computer has no trainee account; delete "
                          "%1 to start afresh.")
                           .arg(QDir::toNativeSeparators(m_dataDir)));
    }
    qCInfo(lcApp, "local platform at %s (data in %s)", qPrintable(url().toString()),
        qPrintable(QDir::toNativeSeparators(m_dataDir)));
    return {};
}

void LocalPlatform::setAiProspect(const AiProspect& ai)
{
    m_ai = ai;
    if (!m_server)
        return;
    server::EngineConfig engines;
    if (!ai.url.isEmpty()) {
        server::EngineSpec spec;
        spec.name = QStringLiteral("this-computer");
        spec.type = server::EngineSpec::Type::Chat;
        spec.url = ai.url;
        spec.model = ai.model;
        spec.keyProvider = ai.key;
        engines.engines.insert(spec.name, spec);
        engines.defaultEngine = spec.name;
    } else {
        engines.defaultEngine = QStringLiteral("script");
    }
    m_server->setEngines(engines);
}

QUrl LocalPlatform::url() const
{
    return m_server ? QUrl(m_server->url()) : QUrl();
}

Result<void> LocalPlatform::importScenario(const QJsonObject& scenario)
{
    if (!m_server)
        return failure(tr("The scenario cannot be practised on this computer: %1")
                           .arg(QStringLiteral("the platform is not running")));
    const Result<void> imported = m_server->importScenario(scenario, m_email);
    if (!imported)
        return failure(
            tr("The scenario cannot be practised on this computer: %1").arg(imported.error()));
    return {};
}

} // namespace vt::app
