#include "VoiceTransport.h"

#include "NetLog.h"
#include "PlatformUrl.h"

#include <QThread>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace vt::net {

namespace voice = protocol::voice;

VoiceTransport::VoiceTransport(Timing timing, QObject* parent)
    : QObject(parent)
    , m_timing(timing)
    , m_ticker(this) // children, so that they move to the transport's thread with it
    , m_retry(this)
{
    qRegisterMetaType<vt::protocol::voice::Ready>();
    qRegisterMetaType<vt::protocol::voice::TranscriptEvent>();
    qRegisterMetaType<vt::protocol::voice::AgentState>();
    qRegisterMetaType<vt::protocol::voice::AudioFrame>();
    qRegisterMetaType<vt::protocol::voice::CallEnd>();
    m_clock.start();
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &VoiceTransport::tick);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &VoiceTransport::connectSocket);
}

VoiceTransport::~VoiceTransport()
{
    shutdown();
}

QString VoiceTransport::describe(State state)
{
    switch (state) {
    case State::Idle:
        return tr("not connected");
    case State::Connecting:
        return tr("connecting");
    case State::Live:
        return tr("live");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Closed:
        return tr("closed");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

void VoiceTransport::open(const QUrl& url, const QString& token, const QString& client)
{
    Q_ASSERT(QThread::currentThread() == thread()); // its own thread, never the caller's
    const bool secure = url.scheme() == QLatin1String("wss");
    if ((!secure && url.scheme() != QLatin1String("ws"))
        || (!secure && !PlatformUrl::isLoopbackHost(url.host()))) {
        fail(QStringLiteral("insecure_url"),
            tr("The platform gave a voice address that is not encrypted (%1); the call was not "
               "started.")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return;
    }
    m_url = url;
    m_token = token;
    m_client = client;
    setState(State::Connecting);
    m_ticker.start();
    connectSocket();
}

void VoiceTransport::connectSocket()
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_ready = false;
    m_helloSentMs = -1;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(voice::maxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, &VoiceTransport::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &VoiceTransport::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &VoiceTransport::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &VoiceTransport::onBinary);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(voice::subprotocol)});
    m_socket->setSslConfiguration(m_ssl);
    m_socket->open(QNetworkRequest(m_url), options);
    // A connection that never completes counts from now, like one that never says ready.
    m_helloSentMs = m_clock.elapsed();
}

void VoiceTransport::onConnected()
{
    if (m_socket->subprotocol() != QLatin1String(voice::subprotocol)) {
        fail(QStringLiteral("version_unsupported"),
            tr("This version of the app cannot talk to the platform's voice service; update the "
               "app."),
            1002);
        return;
    }
    voice::Hello hello;
    hello.token = m_token;
    hello.client = m_client;
    if (!m_sessionId.isEmpty()) {
        hello.sessionId = m_sessionId;
        hello.lastEventSeq = m_lastEventSeq;
        hello.lastAgentSeq = m_lastAgentSeq;
    }
    sendText(voice::toJson(hello));
    m_helloSentMs = m_clock.elapsed();
    m_lastReceivedMs = m_clock.elapsed();
}

void VoiceTransport::onDisconnected()
{
    if (!m_socket || m_state == State::Closed || m_state == State::Failed)
        return;
    const int code = int(m_socket->closeCode());
    if (m_callOver) {
        setState(State::Closed);
        m_ticker.stop();
        return;
    }
    switch (code) {
    case 1009:
        fail(QStringLiteral("message_too_large"),
            tr("The voice service closed the call: a message was too large."));
        return;
    case 4401:
        fail(QStringLiteral("unauthorized"),
            tr("The voice service did not accept this call's credentials."));
        return;
    case 4404:
        fail(QStringLiteral("session_not_found"),
            tr("The call could not be resumed: the voice service no longer has it."));
        return;
    case 4426:
        fail(QStringLiteral("version_unsupported"),
            tr("This version of the app cannot talk to the platform's voice service; update the "
               "app."));
        return;
    case 1002:
    case 1008:
        fail(QStringLiteral("protocol_error"),
            tr("The voice service ended the call after a protocol error (%1).")
                .arg(m_socket->closeReason().isEmpty() ? QString::number(code)
                                                       : m_socket->closeReason()));
        return;
    default:
        lost(m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason());
    }
}

void VoiceTransport::lost(const QString& why)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    if (m_sessionId.isEmpty()) {
        // Never had a session: nothing to resume.
        fail(QStringLiteral("unreachable"),
            tr("The platform's voice service could not be reached: %1").arg(why));
        return;
    }
    if (m_state != State::Reconnecting) {
        qCInfo(lcNet, "voice connection lost (%s); resuming", qPrintable(why));
        m_retryDelayMs = m_timing.firstRetryMs;
        setState(State::Reconnecting, why);
    } else {
        m_retryDelayMs = std::min(m_retryDelayMs * 2, m_timing.maxRetryMs);
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_ready = false;
    m_retry.start(m_retryDelayMs);
}

void VoiceTransport::onText(const QString& text)
{
    m_lastReceivedMs = m_clock.elapsed();
    const voice::MessageParse parsed = voice::parseMessage(text.toUtf8());
    if (!parsed.message) {
        fail(QStringLiteral("bad_message"),
            tr("The voice service sent a message the app cannot read: %1").arg(parsed.error), 1002);
        return;
    }
    const voice::Message& message = *parsed.message;
    if (const auto* ready = std::get_if<voice::Ready>(&message)) {
        onReady(*ready);
        return;
    }
    if (const auto* error = std::get_if<voice::ErrorEvent>(&message)) {
        onServerEvent(error->seq);
        if (error->retryable && !m_sessionId.isEmpty()) {
            lost(error->message);
        } else {
            fail(error->code, tr("The voice service ended the call: %1").arg(error->message));
        }
        return;
    }
    if (!m_ready) {
        if (!std::holds_alternative<voice::Ping>(message)
            && !std::holds_alternative<voice::Unknown>(message))
            fail(QStringLiteral("bad_message"),
                tr("The voice service sent a message before it was ready."), 1002);
        return;
    }
    if (const auto* t = std::get_if<voice::TranscriptEvent>(&message)) {
        if (t->seq > m_lastEventSeq) {
            onServerEvent(t->seq);
            Q_EMIT transcript(*t);
        }
    } else if (const auto* s = std::get_if<voice::AgentState>(&message)) {
        if (s->seq > m_lastEventSeq) {
            onServerEvent(s->seq);
            Q_EMIT agentState(*s);
        }
    } else if (const auto* end = std::get_if<voice::CallEnd>(&message)) {
        if (end->seq > m_lastEventSeq) {
            onServerEvent(end->seq);
            m_callOver = true;
            Q_EMIT callEnded(*end);
        }
    } else if (const auto* ping = std::get_if<voice::Ping>(&message)) {
        if (!ping->pong)
            sendText(voice::toJson(voice::Ping{ping->id, true}));
    } else if (!std::holds_alternative<voice::Unknown>(message)) {
        fail(QStringLiteral("bad_message"),
            tr("The voice service sent a message that only the app sends."), 1002);
    }
}

void VoiceTransport::onServerEvent(qint64 seq)
{
    m_lastEventSeq = std::max(m_lastEventSeq, seq);
}

void VoiceTransport::onReady(const voice::Ready& ready)
{
    if (ready.audio != voice::AudioFormat{}) {
        fail(QStringLiteral("version_unsupported"),
            tr("The voice service asked for an audio format this app does not speak."), 1002);
        return;
    }
    if (!m_sessionId.isEmpty() && ready.sessionId != m_sessionId) {
        fail(QStringLiteral("session_not_found"),
            tr("The voice service answered with another call's session."), 1002);
        return;
    }
    const bool first = m_sessionId.isEmpty();
    m_sessionId = ready.sessionId;
    m_ready = true;
    m_helloSentMs = -1;
    if (first)
        onServerEvent(ready.seq);
    m_nextRepToSend = std::min<qsizetype>(qsizetype(ready.nextRepSeq), m_repFrames.size());
    setState(State::Live);
    if (first)
        Q_EMIT this->ready(ready);
    flushRepAudio();
    flushControl();
}

void VoiceTransport::onBinary(const QByteArray& bytes)
{
    m_lastReceivedMs = m_clock.elapsed();
    const voice::FrameParse parsed = voice::parseAudioFrame(bytes);
    if (!parsed.frame) {
        fail(QStringLiteral("bad_frame"),
            tr("The voice service sent audio the app cannot read: %1").arg(parsed.error), 1002);
        return;
    }
    const voice::AudioFrame& frame = *parsed.frame;
    if (!voice::isKnownType(frame.type))
        return;
    if (!m_ready || frame.type != voice::FrameType::AgentAudio) {
        fail(QStringLiteral("bad_frame"),
            tr("The voice service sent audio of the wrong kind (type %1).").arg(int(frame.type)),
            1002);
        return;
    }
    if (qint64(frame.seq) <= m_lastAgentSeq)
        return; // already have it
    m_lastAgentSeq = frame.seq;
    Q_EMIT agentAudio(frame);
}

void VoiceTransport::sendRepAudio(quint32 seq, quint32 timestampMs, const QByteArray& opus)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (qsizetype(seq) != m_repFrames.size())
        return; // out of order: the session numbers them
    voice::AudioFrame frame;
    frame.type = voice::FrameType::RepAudio;
    frame.seq = seq;
    frame.timestampMs = timestampMs;
    frame.opus = opus;
    m_repFrames.append(voice::encodeAudioFrame(frame));
    flushRepAudio();
}

void VoiceTransport::flushRepAudio()
{
    if (!m_socket || !m_ready || m_callOver)
        return;
    while (m_nextRepToSend < m_repFrames.size()) {
        m_socket->sendBinaryMessage(m_repFrames[m_nextRepToSend++]);
        m_lastSentMs = m_clock.elapsed();
    }
}

void VoiceTransport::sendPlayback(
    const QString& utteranceId, qint64 startMs, qint64 playedMs, bool truncated)
{
    Q_ASSERT(QThread::currentThread() == thread());
    sendControl(voice::toJson(voice::Playback{utteranceId, startMs, playedMs, truncated}));
}

void VoiceTransport::sendControl(const QByteArray& json)
{
    if (m_callOver)
        return;
    m_pendingControl.append(json);
    flushControl();
}

void VoiceTransport::flushControl()
{
    if (!m_socket || !m_ready || m_socket->state() != QAbstractSocket::ConnectedState)
        return; // kept for the resume
    for (const QByteArray& json : std::as_const(m_pendingControl))
        sendText(json);
    m_pendingControl.clear();
}

void VoiceTransport::hangUp()
{
    Q_ASSERT(QThread::currentThread() == thread()); // its own thread, never the caller's
    // After the rep's audio so far; during a reconnection, once the call has resumed.
    sendControl(voice::toJson(
        voice::CallEnd{0, QStringLiteral("rep"), QStringLiteral("rep_hung_up"), QString()}));
}

void VoiceTransport::dropConnection()
{
    Q_ASSERT(QThread::currentThread() == thread()); // its own thread, never the caller's
    if (m_socket && m_state == State::Live)
        lost(QStringLiteral("connection dropped"));
}

void VoiceTransport::shutdown()
{
    Q_ASSERT(QThread::currentThread() == thread()); // its own thread, never the caller's
    m_ticker.stop();
    m_retry.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_state != State::Failed && m_state != State::Closed && m_state != State::Idle)
        setState(State::Closed);
}

void VoiceTransport::sendText(const QByteArray& json)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(json));
    m_lastSentMs = m_clock.elapsed();
}

void VoiceTransport::tick()
{
    const qint64 now = m_clock.elapsed();
    if (m_state == State::Connecting || (m_state == State::Reconnecting && m_socket)) {
        if (m_helloSentMs >= 0 && now - m_helloSentMs > m_timing.helloTimeoutMs) {
            if (m_sessionId.isEmpty())
                fail(QStringLiteral("no_answer"),
                    tr("The platform's voice service did not answer within %n second(s).", nullptr,
                        m_timing.helloTimeoutMs / 1000),
                    1000);
            else
                lost(QStringLiteral("no answer to the resume"));
        }
    }
    if (m_state == State::Reconnecting && now - m_lastReceivedMs > m_timing.peerTimeoutMs) {
        fail(QStringLiteral("session_lost"),
            tr("The connection to the voice service was lost and could not be resumed."));
        return;
    }
    if (m_state != State::Live || !m_ready)
        return;
    if (now - m_lastReceivedMs > m_timing.peerTimeoutMs) {
        lost(QStringLiteral("the voice service stopped answering"));
        return;
    }
    if (now - m_lastSentMs >= m_timing.keepaliveMs)
        sendText(voice::toJson(voice::Ping{++m_pingId, false}));
}

void VoiceTransport::fail(const QString& code, const QString& message, int closeCode)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    qCWarning(lcNet, "voice call failed: %s: %s", qPrintable(code), qPrintable(message));
    m_ticker.stop();
    m_retry.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        if (closeCode != 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
            if (closeCode == 1002)
                sendText(voice::toJson(voice::ErrorEvent{0, code, message, false}));
            m_socket->close(QWebSocketProtocol::CloseCode(closeCode), code);
        } else {
            m_socket->abort();
        }
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Failed, message);
    Q_EMIT failed(code, message);
}

void VoiceTransport::setState(State state, const QString& detail)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace vt::net
