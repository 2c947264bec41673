#include "EngineConfig.h"

#include "JsonFields.h"

#include <QFile>
#include <QJsonDocument>

namespace vt::server {

using protocol::childPath;
using protocol::FieldErrors;
using protocol::ObjectReader;
using protocol::Presence;

namespace {

std::optional<EngineSpec> readEngine(
    const QString& name, const QJsonObject& object, const QString& path, FieldErrors& errors)
{
    ObjectReader r(object, path, errors);
    EngineSpec e;
    e.name = name;
    const std::optional<QString> type = r.oneOf(u"type", Presence::Required, {u"script", u"chat"});
    if (!type)
        return std::nullopt;
    e.type = *type == QLatin1String("chat") ? EngineSpec::Type::Chat : EngineSpec::Type::Script;
    if (e.type == EngineSpec::Type::Script)
        return e;
    if (const std::optional<QString> url = r.text(u"url", Presence::Required, 8, 2000)) {
        e.url = QUrl(*url, QUrl::StrictMode);
        if (!e.url.isValid()
            || (e.url.scheme() != QLatin1String("http") && e.url.scheme() != QLatin1String("https"))
            || e.url.host().isEmpty())
            errors.add(r.pathOf(u"url"),
                QStringLiteral("must be an http(s) address such as https://api.openai.com/v1"));
    }
    e.model = r.text(u"model", Presence::Required, 1, 200).value_or(QString());
    e.keyEnv = r.text(u"key_env", Presence::Optional, 1, 200).value_or(QString());
    e.keyFile = r.text(u"key_file", Presence::Optional, 1, 4000).value_or(QString());
    if (!e.keyEnv.isEmpty() && !e.keyFile.isEmpty())
        errors.add(r.pathOf(u"key_file"), QStringLiteral("goes without key_env: one or the other"));
    if (object.contains(QStringLiteral("key")) || object.contains(QStringLiteral("api_key")))
        errors.add(r.pathOf(object.contains(QStringLiteral("key")) ? u"key" : u"api_key"),
            QStringLiteral("a key is never written here: name it with key_env or key_file"));
    e.apiKeyHeader = r.oneOf(u"auth", Presence::Optional, {u"bearer", u"api-key"})
                         .value_or(QStringLiteral("bearer"))
        == QLatin1String("api-key");
    e.temperature = r.number(u"temperature", Presence::Optional, 0, 2).value_or(e.temperature);
    e.maxTokens = int(r.integer(u"max_tokens", Presence::Optional, 16, 4096).value_or(e.maxTokens));
    e.firstTokenTimeoutMs = int(r.integer(u"first_token_timeout_ms", Presence::Optional, 500, 60000)
                                    .value_or(e.firstTokenTimeoutMs));
    e.replyTimeoutMs = int(r.integer(u"reply_timeout_ms", Presence::Optional, 1000, 120000)
                               .value_or(e.replyTimeoutMs));
    return e;
}

} // namespace

Result<EngineConfig> EngineConfig::parse(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return failure(parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not JSON: %1 at byte %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QStringLiteral("$: an object is expected"));
    FieldErrors errors;
    ObjectReader root(doc.object(), QStringLiteral("$"), errors);
    EngineConfig config;
    const QJsonObject engines = root.object(u"engines", Presence::Optional).value_or(QJsonObject());
    for (auto it = engines.begin(); it != engines.end(); ++it) {
        const QString path = childPath(root.pathOf(u"engines"), it.key());
        if (it.key() == QLatin1String("script") || !it.value().isObject()) {
            errors.add(path,
                it.value().isObject() ? QStringLiteral("\"script\" is the built-in practice script")
                                      : QStringLiteral("must be an object"));
            continue;
        }
        if (std::optional<EngineSpec> e = readEngine(it.key(), it.value().toObject(), path, errors))
            config.engines.insert(it.key(), *e);
    }
    const auto known = [&config, &errors](const QString& name, const QString& path) {
        if (name != QLatin1String("script") && !config.engines.contains(name))
            errors.add(path, QStringLiteral("names no engine: \"script\" or one of \"engines\""));
    };
    config.defaultEngine
        = root.text(u"default", Presence::Optional, 1, 200).value_or(QStringLiteral("script"));
    known(config.defaultEngine, root.pathOf(u"default"));
    const QJsonObject orgs = root.object(u"orgs", Presence::Optional).value_or(QJsonObject());
    for (auto it = orgs.begin(); it != orgs.end(); ++it) {
        ObjectReader org(it.value().toObject(), childPath(root.pathOf(u"orgs"), it.key()), errors);
        if (!it.value().isObject()) {
            errors.add(org.path(), QStringLiteral("must be an object"));
            continue;
        }
        Org o;
        o.engine = org.text(u"engine", Presence::Optional, 1, 200).value_or(QString());
        if (!o.engine.isEmpty())
            known(o.engine, org.pathOf(u"engine"));
        const QJsonObject scenarios
            = org.object(u"scenarios", Presence::Optional).value_or(QJsonObject());
        for (auto s = scenarios.begin(); s != scenarios.end(); ++s) {
            const QString path = childPath(org.pathOf(u"scenarios"), s.key());
            if (!s.value().isString())
                errors.add(path, QStringLiteral("must be an engine's name"));
            else
                known(s.value().toString(), path);
            o.scenarios.insert(s.key(), s.value().toString());
        }
        config.orgs.insert(it.key(), o);
    }
    if (!errors.isEmpty())
        return failure(errors.summary());
    return config;
}

Result<EngineConfig> EngineConfig::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<EngineConfig> config = parse(file.read(1024 * 1024));
    if (!config)
        return failure(QStringLiteral("%1: %2").arg(path, config.error()));
    return config;
}

const EngineSpec* EngineConfig::engineFor(
    const QString& orgId, const QString& orgName, const QString& scenarioId) const
{
    QString name = defaultEngine;
    auto org = orgs.constFind(orgId);
    if (org == orgs.constEnd())
        org = orgs.constFind(orgName);
    if (org != orgs.constEnd()) {
        if (!org->engine.isEmpty())
            name = org->engine;
        name = org->scenarios.value(scenarioId, name);
    }
    const auto it = engines.constFind(name);
    return it == engines.constEnd() || it->type == EngineSpec::Type::Script ? nullptr : &*it;
}

Result<void> EngineConfig::checkCredentials() const
{
    for (const EngineSpec& e : engines) {
        if (const Result<QByteArray> key = engineCredential(e); !key)
            return failure(QStringLiteral("engine \"%1\": %2").arg(e.name, key.error()));
    }
    return {};
}

Result<QByteArray> engineCredential(const EngineSpec& spec)
{
    if (spec.keyProvider)
        return spec.keyProvider();
    if (!spec.keyEnv.isEmpty()) {
        const QByteArray key = qgetenv(spec.keyEnv.toLocal8Bit().constData()).trimmed();
        if (key.isEmpty())
            return failure(
                QStringLiteral("the environment variable %1 is not set").arg(spec.keyEnv));
        return key;
    }
    if (spec.keyFile.isEmpty())
        return QByteArray(); // a server that needs no key (a company's own model server)
    QFile file(spec.keyFile);
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return failure(QStringLiteral("%1 can be read by other users: make it readable only by "
                                      "the server's user (chmod 600)")
                           .arg(spec.keyFile));
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(spec.keyFile, file.errorString()));
    const QByteArray key = file.readLine(8192).trimmed();
    if (key.isEmpty())
        return failure(QStringLiteral("%1 holds no key").arg(spec.keyFile));
    return key;
}

} // namespace vt::server
