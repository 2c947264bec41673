#include "VoiceCall.h"

#include "ServerLog.h"
#include "speech/Synthesizer.h"
#include "store/AttemptStore.h"

#include "VoiceFrames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>

namespace vt::server {

namespace voice = protocol::voice;

namespace {

QString agentId(int number)
{
    return QStringLiteral("a%1").arg(number);
}

QJsonObject utteranceJson(const voice::TranscriptEvent& t)
{
    QJsonArray words;
    for (const voice::Word& w : t.words)
        words.append(QJsonObject{{QStringLiteral("text"), w.text},
            {QStringLiteral("start_ms"), w.startMs}, {QStringLiteral("end_ms"), w.endMs}});
    QJsonObject o{{QStringLiteral("utterance_id"), t.utteranceId},
        {QStringLiteral("speaker"), t.speaker}, {QStringLiteral("text"), t.text},
        {QStringLiteral("start_ms"), t.startMs}, {QStringLiteral("end_ms"), t.endMs}};
    if (t.truncated)
        o.insert(QStringLiteral("truncated"), true);
    if (!words.isEmpty())
        o.insert(QStringLiteral("words"), words);
    return o;
}

QJsonArray sortedTags(const QSet<QString>& tags)
{
    QStringList list(tags.begin(), tags.end());
    list.sort();
    return QJsonArray::fromStringList(list);
}

} // namespace

VoiceCall::VoiceCall(VoiceCallSetup setup, std::unique_ptr<ProspectMind> mind,
    Synthesizer& synthesizer, AttemptStore& attempts, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_attempts(attempts)
    , m_mind(std::move(mind))
    , m_speech(new CallSpeech(synthesizer, m_setup.modelDir, m_setup.vocabulary, m_setup.language))
{
    m_life.start();
    m_speechThread.setObjectName(QStringLiteral("vt-call-speech"));
    m_speech->moveToThread(&m_speechThread);
    connect(m_speech, &CallSpeech::repSpeechStarted, this, &VoiceCall::onRepSpeechStarted);
    connect(m_speech, &CallSpeech::repPartial, this, &VoiceCall::onRepPartial);
    connect(m_speech, &CallSpeech::repFinal, this, &VoiceCall::onRepFinal);
    connect(m_speech, &CallSpeech::spoken, this, &VoiceCall::onSpoken);
    connect(m_speech, &CallSpeech::spokenMore, this, &VoiceCall::onSpokenMore);
    connect(m_speech, &CallSpeech::finished, this, &VoiceCall::onSpeechFinished);
    connect(m_speech, &CallSpeech::failed, this, [this](const QString& message) {
        qCWarning(
            lcServer, "voice call %s: %s", qPrintable(m_setup.attemptId), qPrintable(message));
        sendEvent(voice::ErrorEvent{0, QStringLiteral("internal"), message, false});
        end(QStringLiteral("platform"), QStringLiteral("error"), message, 1011);
    });
    connect(m_mind.get(), &ProspectMind::says, this, &VoiceCall::say);
    connect(m_mind.get(), &ProspectMind::endsAfterSpeech, this, [this](const QString& reason) {
        m_endAfter = reason;
        endWhenSaid();
    });
    connect(m_mind.get(), &ProspectMind::failed, this, [this](const QString& detail) {
        sendEvent(voice::ErrorEvent{0, QStringLiteral("internal"), detail, false});
        end(QStringLiteral("platform"), QStringLiteral("error"), detail, 1011);
    });
    m_speechThread.start();
    QMetaObject::invokeMethod(m_speech, &CallSpeech::open, Qt::QueuedConnection);

    m_pacer.setTimerType(Qt::PreciseTimer);
    m_pacer.setInterval(10);
    connect(&m_pacer, &QTimer::timeout, this, &VoiceCall::pace);
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, &VoiceCall::watchdog);
    m_watchdog.start();
}

VoiceCall::~VoiceCall()
{
    m_speechThread.quit();
    m_speechThread.wait();
    delete m_speech; // its thread has ended
    if (m_socket)
        m_socket->abort();
}

void VoiceCall::start(QWebSocket* socket)
{
    attach(socket);
    voice::Ready ready;
    ready.sessionId = m_setup.sessionId;
    ready.limits
        = {voice::maxMessageBytes, voice::keepaliveMs, voice::peerTimeoutMs, m_setup.timeLimitMs};
    ready.personaName = m_setup.personaName;
    ready.voice = m_setup.script.voice;
    sendEvent(ready);
    m_mind->begin();
}

void VoiceCall::resume(QWebSocket* socket, qint64 lastEventSeq, qint64 lastAgentSeq)
{
    if (m_socket) {
        qCInfo(lcServer, "voice call %s: a new connection replaces the old one",
            qPrintable(m_setup.attemptId));
        detach();
    }
    attach(socket);
    voice::Ready ready; // not an event: no seq, not replayed
    ready.sessionId = m_setup.sessionId;
    ready.resumed = true;
    ready.limits
        = {voice::maxMessageBytes, voice::keepaliveMs, voice::peerTimeoutMs, m_setup.timeLimitMs};
    ready.nextRepSeq = m_nextRepSeq;
    ready.personaName = m_setup.personaName;
    ready.voice = m_setup.script.voice;
    m_socket->sendTextMessage(QString::fromUtf8(voice::toJson(ready)));
    for (qint64 seq = std::max<qint64>(lastEventSeq, 0); seq < m_events.size(); ++seq)
        m_socket->sendTextMessage(QString::fromUtf8(m_events[seq]));
    for (qint64 seq = std::max<qint64>(lastAgentSeq + 1, 0); seq < m_agentFrames.size(); ++seq)
        m_socket->sendBinaryMessage(m_agentFrames[seq]);
    m_lastSentMs = m_life.elapsed();
    qCInfo(lcServer, "voice call %s resumed: %lld events and %lld audio packets replayed",
        qPrintable(m_setup.attemptId), qlonglong(m_events.size() - lastEventSeq),
        qlonglong(m_agentFrames.size() - lastAgentSeq - 1));
    // Over while the app was away (its connection dropped as the call ended): it has now had
    // what it missed, the call's end last.
    if (m_over) {
        closeSocket();
    }
}

void VoiceCall::attach(QWebSocket* socket)
{
    m_socket = socket;
    socket->setParent(this);
    m_lastReceivedMs = m_life.elapsed();
    connect(socket, &QWebSocket::textMessageReceived, this, &VoiceCall::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &VoiceCall::onBinary);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (m_socket == socket)
            detach();
    });
    if (m_offlineSinceMs >= 0 && m_current)
        m_current->offlineMs += m_life.elapsed() - m_offlineSinceMs;
    m_offlineSinceMs = -1;
    if (!m_ending && m_current && !m_current->cut
        && m_current->sent < m_current->speech.totalPackets)
        m_pacer.start();
}

void VoiceCall::detach()
{
    if (!m_socket)
        return;
    QWebSocket* socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
    m_pacer.stop();
    m_offlineSinceMs = m_life.elapsed();
}

void VoiceCall::sendEvent(voice::Message message)
{
    std::visit(
        [this](auto& m) {
            if constexpr (requires { m.seq; })
                m.seq = m_events.size() + 1;
        },
        message);
    m_events.append(voice::toJson(message));
    if (m_socket) {
        m_socket->sendTextMessage(QString::fromUtf8(m_events.last()));
        m_lastSentMs = m_life.elapsed();
    }
}

void VoiceCall::sendFrame(const QByteArray& frame)
{
    m_agentFrames.append(frame);
    if (m_socket) {
        m_socket->sendBinaryMessage(frame);
        m_lastSentMs = m_life.elapsed();
    }
}

void VoiceCall::protocolError(const QString& code, const QString& message)
{
    qCWarning(lcServer, "voice call %s: %s: %s", qPrintable(m_setup.attemptId), qPrintable(code),
        qPrintable(message));
    sendEvent(voice::ErrorEvent{0, code, message, false});
    end(QStringLiteral("platform"), QStringLiteral("error"), message, 1002);
}

void VoiceCall::onText(const QString& text)
{
    m_lastReceivedMs = m_life.elapsed();
    const voice::MessageParse parsed = voice::parseMessage(text.toUtf8());
    if (!parsed.message) {
        protocolError(QStringLiteral("bad_message"), parsed.error);
        return;
    }
    const voice::Message& message = *parsed.message;
    if (const auto* ping = std::get_if<voice::Ping>(&message)) {
        if (!ping->pong && m_socket) {
            m_socket->sendTextMessage(
                QString::fromUtf8(voice::toJson(voice::Ping{ping->id, true})));
            m_lastSentMs = m_life.elapsed();
        }
    } else if (const auto* playback = std::get_if<voice::Playback>(&message)) {
        onPlayback(*playback);
    } else if (const auto* callEnd = std::get_if<voice::CallEnd>(&message)) {
        end(QStringLiteral("rep"),
            callEnd->reason.isEmpty() ? QStringLiteral("rep_hung_up") : callEnd->reason,
            callEnd->detail);
    } else if (!std::holds_alternative<voice::Unknown>(message)) {
        protocolError(QStringLiteral("bad_message"),
            QStringLiteral("$.type: a client does not send this message here"));
    }
}

void VoiceCall::onBinary(const QByteArray& bytes)
{
    m_lastReceivedMs = m_life.elapsed();
    const voice::FrameParse parsed = voice::parseAudioFrame(bytes);
    if (!parsed.frame) {
        protocolError(QStringLiteral("bad_frame"), parsed.error);
        return;
    }
    const voice::AudioFrame& frame = *parsed.frame;
    if (!voice::isKnownType(frame.type))
        return;
    if (frame.type != voice::FrameType::RepAudio) {
        protocolError(QStringLiteral("bad_frame"),
            QStringLiteral("binary frame of type %1: only rep audio (1) comes from the client")
                .arg(int(frame.type)));
        return;
    }
    if (frame.seq < m_nextRepSeq)
        return; // a repeat after a resume
    if (frame.seq > m_nextRepSeq) {
        protocolError(QStringLiteral("bad_frame"),
            QStringLiteral("rep audio seq %1 skips ahead: the next expected is %2")
                .arg(frame.seq)
                .arg(m_nextRepSeq));
        return;
    }
    ++m_nextRepSeq;
    if (m_ending)
        return;
    const qint64 timestamp = frame.timestampMs;
    const QByteArray opus = frame.opus;
    CallSpeech* speech = m_speech;
    QMetaObject::invokeMethod(
        speech, [speech, timestamp, opus] { speech->repAudio(timestamp, opus); },
        Qt::QueuedConnection);
    onRepClock(timestamp + 20);
}

void VoiceCall::say(const AgentTurn& turn)
{
    if (turn.reply != 0 && turn.reply != m_timedReply && m_heardAtMs >= 0) {
        m_timedReply = turn.reply;
        m_firstWordsMs = m_life.elapsed() - m_heardAtMs;
    }
    const int number = ++m_agentNumber;
    m_pendingTurns.insert(number, turn);
    ++m_thinking;
    if (!m_current)
        setState(QStringLiteral("thinking"));
    CallSpeech* speech = m_speech;
    const QString text = turn.text;
    const QString voiceName = m_setup.script.voice;
    QMetaObject::invokeMethod(
        speech, [speech, number, text, voiceName] { speech->speak(number, text, voiceName); },
        Qt::QueuedConnection);
}

void VoiceCall::onSpoken(const AgentSpeech& speech)
{
    --m_thinking;
    const AgentTurn turn = m_pendingTurns.take(speech.utterance);
    if (m_ending || (turn.reply != 0 && turn.reply == m_cutReply)) {
        endWhenSaid();
        return;
    }
    Utterance u;
    u.number = speech.utterance;
    u.turn = turn;
    u.speech = speech;
    m_ready.push_back(std::move(u));
    startNext();
}

void VoiceCall::startNext()
{
    if (m_current || m_ending)
        return;
    if (m_ready.empty() || m_repSpeaking) {
        if (m_thinking == 0 && m_ready.empty() && !m_mind->busy())
            setState(QStringLiteral("listening"));
        return;
    }
    m_current = std::move(m_ready.front());
    m_ready.pop_front();
    Utterance& u = *m_current;
    u.startMs = std::max(m_repClockMs, m_quietSinceMs);
    const QString id = agentId(u.number);
    setState(QStringLiteral("speaking"), id);
    voice::TranscriptEvent t;
    t.utteranceId = id;
    t.speaker = QStringLiteral("prospect");
    t.text = u.turn.text;
    t.final = true;
    t.startMs = u.startMs;
    t.endMs = u.startMs + u.speech.durationMs;
    m_transcript.append(t);
    // The event carries the line's words with the synthesiser's times, so the app shows them
    // as they are spoken; the stored line does not (its times are estimates until played).
    qint64 wordStart = 0;
    for (qsizetype i = 0; i < u.speech.words.size() && i < u.speech.wordEndsMs.size(); ++i) {
        t.words.append(
            {u.speech.words[i], u.startMs + wordStart, u.startMs + u.speech.wordEndsMs[i]});
        wordStart = u.speech.wordEndsMs[i];
    }
    sendEvent(t);
    u.clock.start();
    if (m_socket)
        m_pacer.start();
    else
        m_offlineSinceMs = m_life.elapsed();
    pace();
}

void VoiceCall::onSpokenMore(int utterance, const QList<QByteArray>& packets)
{
    if (m_current && m_current->number == utterance) {
        m_current->speech.packets += packets;
        return;
    }
    for (Utterance& u : m_ready) {
        if (u.number == utterance)
            u.speech.packets += packets;
    }
}

void VoiceCall::pace()
{
    if (!m_current || !m_socket) {
        m_pacer.stop();
        return;
    }
    Utterance& u = *m_current;
    const qint64 elapsed = u.clock.elapsed() - u.offlineMs;
    const qsizetype count = u.speech.totalPackets;
    // Packets not encoded yet are waited for (they come within a packet's time).
    while (!u.cut && u.sent < u.speech.packets.size() && qint64(u.sent) * 20 <= elapsed + leadMs) {
        voice::AudioFrame frame;
        frame.type = voice::FrameType::AgentAudio;
        if (u.sent == 0 && u.turn.reply != 0 && u.turn.reply == m_timedReply && m_heardAtMs >= 0) {
            // The turn's timing on the gateway (docs/performance.md): the rep's words heard,
            // the engine's first sentence, its first audio out.
            qCInfo(lcServer,
                "voice call %s: reply %d: first sentence %lld ms after the rep's "
                "words, first audio %lld ms later",
                qPrintable(m_setup.attemptId), u.turn.reply, m_firstWordsMs,
                m_life.elapsed() - m_heardAtMs - m_firstWordsMs);
            m_heardAtMs = -1;
        }
        frame.flags = (u.sent == 0 ? voice::flags::first : 0)
            | (u.sent + 1 == count ? voice::flags::last : 0);
        frame.utterance = quint16(u.number);
        frame.seq = quint32(m_agentFrames.size());
        frame.timestampMs = quint32(u.sent * 20);
        frame.opus = u.speech.packets[u.sent];
        sendFrame(voice::encodeAudioFrame(frame));
        ++u.sent;
    }
    if (u.cut || u.sent >= count) {
        m_pacer.stop();
        if (u.doneAtMs < 0)
            u.doneAtMs = m_life.elapsed();
    }
}

void VoiceCall::onPlayback(const voice::Playback& playback)
{
    if (m_current && playback.utteranceId == agentId(m_current->number)) {
        finishUtterance(playback.startMs, playback.playedMs, playback.truncated);
        return;
    }
    // A report for an utterance already closed (by the grace timer): keep its true times.
    for (voice::TranscriptEvent& t : m_transcript) {
        if (t.utteranceId == playback.utteranceId && !t.truncated) {
            t.startMs = playback.startMs;
            t.endMs = playback.startMs + playback.playedMs;
        }
    }
}

void VoiceCall::finishUtterance(qint64 startMs, qint64 playedMs, bool truncated)
{
    Utterance u = std::move(*m_current);
    m_current.reset();
    m_pacer.stop();
    const QString id = agentId(u.number);
    const bool cutShort = truncated || u.cut;
    for (voice::TranscriptEvent& t : m_transcript) {
        if (t.utteranceId != id)
            continue;
        t.startMs = startMs;
        t.endMs = startMs + playedMs;
        if (cutShort) {
            t.text = u.speech.textWithin(playedMs);
            t.truncated = true;
            sendEvent(t);
            // The app heard the rep first (its own barge-in): as if the gateway had.
            if (u.turn.reply != 0 && m_cutReply != u.turn.reply)
                m_bargedReply = u.turn.reply;
        }
        m_mind->played(u.turn, t.text, cutShort);
    }
    m_quietSinceMs = std::max(m_quietSinceMs, startMs + playedMs);
    if (u.turn.endsCall) {
        end(QStringLiteral("agent"), u.turn.endReason, u.turn.text);
        return;
    }
    startNext();
    endWhenSaid();
}

void VoiceCall::endWhenSaid()
{
    if (m_endAfter.isEmpty() || m_current || !m_ready.empty() || m_thinking > 0)
        return;
    QString last;
    for (const voice::TranscriptEvent& t : m_transcript) {
        if (t.speaker == QLatin1String("prospect"))
            last = t.text;
    }
    end(QStringLiteral("agent"), m_endAfter, last);
}

void VoiceCall::onRepSpeechStarted(qint64 callMs)
{
    Q_UNUSED(callMs)
    m_repSpeaking = true;
    if (m_current && !m_current->cut && m_current->sent > 0) {
        // Barge-in: the rest of the utterance is not sent; the client reports what played.
        m_current->cut = true;
        m_current->doneAtMs = m_life.elapsed();
        m_pacer.stop();
        // The rest of an AI reply goes too once the rep's words say it was an interruption
        // (onRepFinal), not a cough.
        m_bargedReply = m_current->turn.reply;
    }
}

void VoiceCall::onRepPartial(const QString& text, qint64 startMs, qint64 endMs)
{
    if (m_repId.isEmpty())
        m_repId = QStringLiteral("r%1").arg(++m_repNumber);
    m_repPartial = text;
    voice::TranscriptEvent t;
    t.utteranceId = m_repId;
    t.speaker = QStringLiteral("rep");
    t.text = text;
    t.startMs = startMs;
    t.endMs = endMs;
    sendEvent(t);
}

void VoiceCall::onRepFinal(const RepSpeech& speech)
{
    m_repSpeaking = false;
    QString text = speech.text;
    if (text.isEmpty())
        text = m_repPartial; // partial words went out: keep them rather than take them back
    m_repPartial.clear();
    if (text.isEmpty()) {
        m_bargedReply = 0; // the rest of the prospect's reply goes on
        startNext();
        return; // noise without words
    }
    if (m_repId.isEmpty())
        m_repId = QStringLiteral("r%1").arg(++m_repNumber);
    voice::TranscriptEvent t;
    t.utteranceId = m_repId;
    t.speaker = QStringLiteral("rep");
    t.text = text;
    t.final = true;
    t.startMs = speech.startMs;
    t.endMs = speech.endMs;
    for (const RecognizedWord& w : speech.words)
        t.words.append({w.text, w.startMs, w.endMs});
    m_repId.clear();
    m_transcript.append(t);
    sendEvent(t);
    m_quietSinceMs = std::max(m_quietSinceMs, speech.endMs);
    if (const int reply = std::exchange(m_bargedReply, 0); reply != 0) {
        m_cutReply = reply;
        std::erase_if(m_ready, [reply](const Utterance& u) { return u.turn.reply == reply; });
    }
    if (!m_ending && !m_timeLimitSaid && m_endAfter.isEmpty()) {
        m_heardAtMs = m_life.elapsed();
        m_mind->hear(text);
        if (!m_current && m_mind->busy())
            setState(QStringLiteral("thinking"));
    }
    startNext();
}

void VoiceCall::onRepClock(qint64 callMs)
{
    m_repClockMs = std::max(m_repClockMs, callMs);
    if (m_ending || m_timeLimitSaid)
        return;
    if (m_setup.timeLimitMs > 0 && callMs >= m_setup.timeLimitMs) {
        m_timeLimitSaid = true;
        m_mind->timeLimit();
        return;
    }
    const bool quiet = !m_current && m_ready.empty() && m_thinking == 0 && !m_repSpeaking
        && !m_mind->busy() && m_endAfter.isEmpty();
    if (quiet && m_agentNumber > 0)
        m_mind->silence(callMs - m_quietSinceMs);
}

void VoiceCall::watchdog()
{
    const qint64 now = m_life.elapsed();
    if (m_socket && now - m_lastSentMs >= voice::keepaliveMs) {
        m_socket->sendTextMessage(QString::fromUtf8(voice::toJson(voice::Ping{++m_pingId, false})));
        m_lastSentMs = now;
    }
    if (!m_ending && now - m_lastReceivedMs >= voice::peerTimeoutMs) {
        qCWarning(lcServer, "voice call %s: nothing from the app for %d s; ending the call",
            qPrintable(m_setup.attemptId), voice::peerTimeoutMs / 1000);
        end(QStringLiteral("platform"), QStringLiteral("error"),
            QStringLiteral("the app stopped answering"), 1011);
        return;
    }
    // A client that never reports playback: the utterance counts as heard once it would have
    // played out, plus a grace period.
    if (m_current && m_current->doneAtMs >= 0 && m_socket) {
        const Utterance& u = *m_current;
        const qint64 sentMs = qint64(u.sent) * 20;
        if (now - u.doneAtMs > sentMs + playbackReportGraceMs)
            finishUtterance(u.startMs, sentMs, u.cut);
    }
}

void VoiceCall::setState(const QString& state, const QString& utteranceId)
{
    if (state == m_state && utteranceId.isEmpty())
        return;
    m_state = state;
    sendEvent(voice::AgentState{0, state, utteranceId});
}

void VoiceCall::end(const QString& by, const QString& reason, const QString& detail, int closeCode)
{
    if (m_ending)
        return;
    m_ending = true;
    m_closeCode = closeCode;
    m_end = voice::CallEnd{0, by, reason, detail};
    m_pacer.stop();
    CallSpeech* speech = m_speech;
    QMetaObject::invokeMethod(speech, &CallSpeech::finish, Qt::QueuedConnection);
}

void VoiceCall::onSpeechFinished()
{
    if (m_over)
        return;
    sendEvent(m_end);
    store();
    m_over = true;
    if (m_socket) {
        closeSocket();
    }
    qCInfo(lcServer, "voice call %s ended: %s by %s (%lld utterances)",
        qPrintable(m_setup.attemptId), qPrintable(m_end.reason), qPrintable(m_end.by),
        qlonglong(m_transcript.size()));
    Q_EMIT over();
}

void VoiceCall::store()
{
    QList<voice::TranscriptEvent> ordered = m_transcript;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const voice::TranscriptEvent& a, const voice::TranscriptEvent& b) {
            return a.startMs < b.startMs;
        });
    QJsonArray utterances;
    for (const voice::TranscriptEvent& t : ordered)
        utterances.append(utteranceJson(t));
    const QJsonObject record{{QStringLiteral("session_id"), m_setup.sessionId},
        {QStringLiteral("utterances"), utterances}, {QStringLiteral("ended_by"), m_end.by},
        {QStringLiteral("end_reason"), m_end.reason}, {QStringLiteral("detail"), m_end.detail},
        {QStringLiteral("engine"), m_mind->engine()},
        {QStringLiteral("objections_raised"), sortedTags(m_mind->raised())},
        {QStringLiteral("objections_handled"), sortedTags(m_mind->handled())},
        {QStringLiteral("goal_reached"), m_mind->goalReached()},
        {QStringLiteral("rep_packets"), m_nextRepSeq},
        {QStringLiteral("agent_packets"), qint64(m_agentFrames.size())}};
    try {
        m_attempts.setGatewayTranscript(
            m_setup.orgId, m_setup.attemptId, QJsonDocument(record).toJson(QJsonDocument::Compact));
    } catch (const std::exception& e) {
        qCWarning(lcServer, "voice call %s: its transcript could not be stored: %s",
            qPrintable(m_setup.attemptId), e.what());
    }
}

void VoiceCall::closeSocket()
{
    // Closing may report the disconnection at once (detach() then clears m_socket).
    QWebSocket* socket = m_socket;
    socket->close(QWebSocketProtocol::CloseCode(m_closeCode), m_end.reason);
    if (m_socket)
        socket->disconnect(this);
}

} // namespace vt::server
