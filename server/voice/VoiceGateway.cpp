#include "VoiceGateway.h"

#include "speech/ScenarioLanguage.h"

#include "Platform.h"
#include "ServerLog.h"
#include "VoiceCall.h"
#include "auth/Jwt.h"
#include "engine/ChatMind.h"
#include "engine/PersonaPrompt.h"
#include "speech/Synthesizer.h"

#include "VoiceFrames.h"
#include "VoiceMessages.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

namespace vt::server {

namespace voice = protocol::voice;

namespace {

constexpr qint64 maxCallMs = 15 * 60 * 1000;

// /voice/v1/{attempt id}
QString attemptOfPath(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^/voice/v1/([0-9a-fA-F-]{36})$"));
    const QRegularExpressionMatch m = pattern.match(path);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace

VoiceGateway::VoiceGateway(
    Platform& platform, QString speechModelDir, QString speechCacheDir, QObject* parent)
    : QObject(parent)
    , m_platform(platform)
    , m_modelDir(std::move(speechModelDir))
    , m_synthesizer(std::make_unique<Synthesizer>())
    , m_languages(std::make_unique<ScenarioLanguageCache>(std::move(speechCacheDir)))
    , m_network(new QNetworkAccessManager(this))
    , m_server(new QWebSocketServer(
          QStringLiteral("voicetraining-server"), QWebSocketServer::NonSecureMode, this))
{
    m_server->setSupportedSubprotocols({QString::fromLatin1(voice::subprotocol)});
    connect(m_server, &QWebSocketServer::newConnection, this, &VoiceGateway::onConnection);
}

VoiceGateway::~VoiceGateway()
{
    for (const QPointer<VoiceCall>& call : std::as_const(m_calls))
        delete call.data();
    m_calls.clear();
}

Result<void> VoiceGateway::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return failure(QStringLiteral("the voice gateway cannot listen on %1:%2: %3")
                           .arg(address.toString())
                           .arg(port)
                           .arg(m_server->errorString()));
    }
    return {};
}

quint16 VoiceGateway::port() const
{
    return m_server->serverPort();
}

void VoiceGateway::onConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(quint64(voice::maxMessageBytes));
        if (socket->subprotocol() != QLatin1String(voice::subprotocol)) {
            reject(socket, QStringLiteral("version_unsupported"),
                QStringLiteral("this gateway speaks %1 only")
                    .arg(QLatin1String(voice::subprotocol)),
                4426);
            continue;
        }
        const QString attemptId = attemptOfPath(socket->requestUrl().path());
        if (attemptId.isEmpty()) {
            reject(socket, QStringLiteral("session_not_found"),
                QStringLiteral("there is no voice session at %1").arg(socket->requestUrl().path()),
                4404);
            continue;
        }
        auto* helloTimer = new QTimer(socket);
        helloTimer->setSingleShot(true);
        connect(helloTimer, &QTimer::timeout, this, [this, socket] {
            reject(socket, QStringLiteral("unauthorized"),
                QStringLiteral("no hello within %1 s").arg(voice::helloTimeoutMs / 1000), 4401);
        });
        helloTimer->start(voice::helloTimeoutMs);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket, attemptId](const QString& text) { onHello(socket, attemptId, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            reject(socket, QStringLiteral("bad_message"),
                QStringLiteral("the first message must be hello"), 1002);
        });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void VoiceGateway::reject(
    QWebSocket* socket, const QString& code, const QString& message, int closeCode)
{
    socket->disconnect(this);
    qCInfo(lcServer, "voice connection refused: %s: %s", qPrintable(code), qPrintable(message));
    socket->sendTextMessage(
        QString::fromUtf8(voice::toJson(voice::ErrorEvent{0, code, message, false})));
    socket->close(QWebSocketProtocol::CloseCode(closeCode), code);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
}

void VoiceGateway::onHello(QWebSocket* socket, const QString& attemptId, const QString& text)
{
    const voice::MessageParse parsed = voice::parseMessage(text.toUtf8());
    if (!parsed.message) {
        reject(socket, QStringLiteral("bad_message"), parsed.error, 1002);
        return;
    }
    const auto* hello = std::get_if<voice::Hello>(&*parsed.message);
    if (hello == nullptr) {
        reject(socket, QStringLiteral("bad_message"),
            QStringLiteral("$.type: the first message must be hello"), 1002);
        return;
    }
    if (hello->protocol != voice::protocolVersion) {
        reject(socket, QStringLiteral("version_unsupported"),
            QStringLiteral("$.protocol: %1 is not spoken here (1 is)").arg(hello->protocol), 4426);
        return;
    }
    QString why;
    const std::optional<Claims> claims
        = m_platform.jwt.verify(hello->token.toUtf8(), m_platform.clock.nowSeconds(), &why);
    if (!claims || claims->type != QLatin1String("voice") || claims->attemptId != attemptId) {
        reject(socket, QStringLiteral("unauthorized"),
            claims ? QStringLiteral("the token is not for this call")
                   : QStringLiteral("the voice token is not valid: %1").arg(why),
            4401);
        return;
    }
    if (hello->sessionId) {
        const QPointer<VoiceCall> call = m_calls.value(*hello->sessionId);
        // An ended call is kept for a while (below): an app whose connection dropped as it
        // ended resumes it to receive what it missed, up to the call's end.
        if (!call || call->attemptId() != attemptId) {
            reject(socket, QStringLiteral("session_not_found"),
                QStringLiteral("the call's session has ended or never existed"), 4404);
            return;
        }
        socket->disconnect(this);
        qDeleteAll(socket->findChildren<QTimer*>(Qt::FindDirectChildrenOnly));
        call->resume(socket, hello->lastEventSeq, hello->lastAgentSeq);
        return;
    }
    for (const QPointer<VoiceCall>& call : std::as_const(m_calls)) {
        if (call && call->attemptId() == attemptId) {
            reject(socket, QStringLiteral("bad_message"),
                QStringLiteral("$.session_id: this call already has a session; resume it"), 1002);
            return;
        }
    }
    socket->disconnect(this);
    qDeleteAll(socket->findChildren<QTimer*>(Qt::FindDirectChildrenOnly));
    createCall(socket, claims->orgId, attemptId);
}

VoiceCall* VoiceGateway::createCall(
    QWebSocket* socket, const QString& orgId, const QString& attemptId)
{
    const std::optional<AttemptRecord> attempt = m_platform.attempts.attempt(orgId, attemptId);
    if (!attempt || attempt->status != QLatin1String("in_progress")) {
        reject(socket, QStringLiteral("call_ended"),
            QStringLiteral("this attempt is already completed"), 1008);
        return nullptr;
    }
    const std::optional<ScenarioRecord> scenario
        = m_platform.catalog.scenario(orgId, attempt->scenarioId, true);
    protocol::FieldErrors errors;
    const std::optional<PersonaScript> script = scenario && !scenario->agent.isEmpty()
        ? readPersonaScript(scenario->agent, scenario->scoring, errors, scenario->persona)
        : std::nullopt;
    if (!script) {
        const QString detail = errors.isEmpty()
            ? QStringLiteral("the scenario has no practice agent script")
            : QStringLiteral("the scenario's practice agent script is invalid: %1")
                  .arg(errors.summary());
        reject(socket, QStringLiteral("internal"), detail, 1011);
        return nullptr;
    }
    // The recogniser hears this scenario's words, and this organisation's and rep's names.
    ScenarioLanguage::Source source;
    source.scenario = QJsonObject{{QStringLiteral("title"), scenario->title},
        {QStringLiteral("summary"), scenario->summary},
        {QStringLiteral("persona"), scenario->persona},
        {QStringLiteral("briefing"), scenario->briefing},
        {QStringLiteral("scoring"), scenario->scoring}, {QStringLiteral("agent"), scenario->agent}};
    source.orgName = m_platform.directory.orgName(orgId);
    source.repName = attempt->userName;
    QString languageError;
    std::shared_ptr<const ScenarioLanguage> language = m_languages->get(source, &languageError);
    if (!language) {
        // Recognition still works with the general model alone: worse, but the call goes on.
        qCWarning(lcServer, "voice call %s: %s; using the general language model",
            qPrintable(attemptId), qPrintable(languageError));
    }
    VoiceCallSetup setup;
    setup.language = std::move(language);
    setup.orgId = orgId;
    setup.attemptId = attemptId;
    setup.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.personaName = scenario->persona.value(QStringLiteral("name")).toString();
    setup.script = *script;
    setup.vocabulary = script->vocabulary;
    setup.timeLimitMs = std::min(maxCallMs, qint64(scenario->durationMinutes) * 60 * 1000);
    setup.modelDir = m_modelDir;
    Result<std::unique_ptr<ProspectMind>> mind = mindFor(
        orgId, attempt->scenarioId, *script, scenario->persona, scenario->durationMinutes);
    if (!mind) {
        reject(socket, QStringLiteral("internal"), mind.error(), 1011);
        return nullptr;
    }
    const QString engine = (*mind)->engine();
    auto* call = new VoiceCall(setup, std::move(*mind), *m_synthesizer, m_platform.attempts, this);
    m_calls.insert(setup.sessionId, call);
    connect(call, &VoiceCall::over, this, [this, call] {
        // Resumes are refused from now on; the call itself goes once its socket has closed.
        QTimer::singleShot(voice::peerTimeoutMs, call, [this, call] {
            m_calls.remove(call->sessionId());
            call->deleteLater();
        });
    });
    qCInfo(lcServer, "voice call %s started (session %s, persona %s, voice %s, engine %s)",
        qPrintable(attemptId), qPrintable(setup.sessionId), qPrintable(setup.personaName),
        qPrintable(script->voice), qPrintable(engine));
    call->start(socket);
    return call;
}

Result<std::unique_ptr<ProspectMind>> VoiceGateway::mindFor(const QString& orgId,
    const QString& scenarioId, const PersonaScript& script, const QJsonObject& persona,
    int durationMinutes)
{
    const EngineSpec* spec = m_platform.config.engines.engineFor(
        orgId, m_platform.directory.orgName(orgId), scenarioId);
    if (!spec)
        return std::unique_ptr<ProspectMind>(std::make_unique<ScriptMind>(script));
    const Result<QByteArray> key = engineCredential(*spec);
    if (!key) {
        qCWarning(lcServer, "voice engine %s: %s", qPrintable(spec->name), qPrintable(key.error()));
        return failure(QStringLiteral("the AI prospect is not available: the platform's "
                                      "engine \"%1\" has no credential")
                           .arg(spec->name));
    }
    return std::unique_ptr<ProspectMind>(std::make_unique<ChatMind>(
        *spec, *key, personaPrompt(persona, script, durationMinutes), script, *m_network));
}

} // namespace vt::server
