#pragma once

#include "VoiceFrames.h"

namespace vt::net {

// The voice transport's timers: the protocol's (docs/protocol/voice-gateway.md), shorter in
// tests.
struct VoiceTiming {
    int helloTimeoutMs = protocol::voice::helloTimeoutMs;
    int keepaliveMs = protocol::voice::keepaliveMs;
    int peerTimeoutMs = protocol::voice::peerTimeoutMs;
    int firstRetryMs = 200;
    int maxRetryMs = 3200;
};

} // namespace vt::net
