#include "SessionAudio.h"

#include "CallSession.h"
#include "VoiceTransport.h"

#include <QThread>

namespace vt::app {

SessionAudio::SessionAudio(CallSession& session, net::VoiceTransport& transport)
    : m_session(session)
    , m_transport(transport)
{
}

void SessionAudio::packet(const audio::EncodedPacket& p)
{
    // The engine's listener runs on its worker thread, never the session's (AudioEngine.h).
    Q_ASSERT(QThread::currentThread() != m_session.thread());
    net::VoiceTransport* transport = &m_transport;
    const quint32 seq = p.sequence;
    const auto timestamp = quint32(p.timestampMs);
    QByteArray opus(reinterpret_cast<const char*>(p.payload.data()), qsizetype(p.payload.size()));
    QMetaObject::invokeMethod(
        transport,
        [transport, seq, timestamp, opus] { transport->sendRepAudio(seq, timestamp, opus); },
        Qt::QueuedConnection);
}

void SessionAudio::repSegment(const audio::TalkSegment& s)
{
    CallSession* session = &m_session;
    const qint64 start = s.startMs;
    const qint64 end = s.endMs;
    QMetaObject::invokeMethod(
        session, [session, start, end] { session->onRepSegment(start, end); },
        Qt::QueuedConnection);
}

void SessionAudio::agentStarted(std::int64_t ms)
{
    CallSession* session = &m_session;
    const qint64 at = ms;
    QMetaObject::invokeMethod(
        session, [session, at] { session->onAgentStarted(at); }, Qt::QueuedConnection);
}

void SessionAudio::agentSegment(const audio::TalkSegment& s)
{
    CallSession* session = &m_session;
    const qint64 start = s.startMs;
    const qint64 end = s.endMs;
    QMetaObject::invokeMethod(
        session, [session, start, end] { session->onAgentHeard(start, end, false); },
        Qt::QueuedConnection);
}

void SessionAudio::agentFlushed(const audio::PlaybackPipeline::FlushResult& r)
{
    if (!r.wasPlaying)
        return;
    CallSession* session = &m_session;
    if (!r.segment) {
        // Cut before a word of it played.
        QMetaObject::invokeMethod(
            session, [session] { session->dropQueuedAgentAudio(); }, Qt::QueuedConnection);
        return;
    }
    const qint64 start = r.segment->startMs;
    const qint64 end = r.segment->endMs;
    QMetaObject::invokeMethod(
        session, [session, start, end] { session->onAgentHeard(start, end, true); },
        Qt::QueuedConnection);
}

void SessionAudio::levels(const audio::Levels& microphone, const audio::Levels& agent)
{
    CallSession* session = &m_session;
    const float mic = microphone.rmsDb;
    const float heard = agent.rmsDb;
    QMetaObject::invokeMethod(
        session, [session, mic, heard] { session->onLevels(mic, heard); }, Qt::QueuedConnection);
}

void SessionAudio::device(const audio::AudioEngine::DeviceEvent& event)
{
    CallSession* session = &m_session;
    const int kind = int(event.kind);
    const QString devices = QString::fromStdString(event.devices);
    const QString detail = QString::fromStdString(event.detail);
    QMetaObject::invokeMethod(
        session,
        [session, kind, devices, detail] { session->onAudioDevice(kind, devices, detail); },
        Qt::QueuedConnection);
}

} // namespace vt::app
