#pragma once

#include "AudioEngine.h"

namespace vt::net {
class VoiceTransport;
}

namespace vt::app {

class CallSession;

// The audio engine's events, from its worker thread: rep packets go straight to the transport
// thread, everything else to the session on the main thread (queued; nothing here blocks).
class SessionAudio final : public audio::AudioEngine::Listener {
public:
    SessionAudio(CallSession& session, net::VoiceTransport& transport);

    void packet(const audio::EncodedPacket& p) override;
    void repSegment(const audio::TalkSegment& s) override;
    void agentStarted(std::int64_t ms) override;
    void agentSegment(const audio::TalkSegment& s) override;
    void agentFlushed(const audio::PlaybackPipeline::FlushResult& r) override;
    void levels(const audio::Levels& microphone, const audio::Levels& agent) override;
    void device(const audio::AudioEngine::DeviceEvent& event) override;

private:
    CallSession& m_session;
    net::VoiceTransport& m_transport;
};

} // namespace vt::app
