#pragma once

#include <QtGlobal>

namespace vt::app {

// "We can't hear you": the rep's microphone has been near silent for a while when it is the
// rep's turn (the prospect waits), the sign of a muted headset, the wrong input or a dead
// cable. Pure: fed the microphone's level readings with the call clock, no timers inside.
class MicrophoneWatch final {
public:
    static constexpr float silentBelowDb = -50.0f; // room noise on a live mic is louder
    static constexpr qint64 warnAfterMs = 8000;

    // One level reading (RMS dBFS) at `callMs`; `repsTurn`: the prospect is listening and the
    // rep is not muted. True when silent() changed.
    bool update(qint64 callMs, float microphoneDb, bool repsTurn);
    // The warning is up: it stays until the microphone picks up sound again.
    bool silent() const { return m_silent; }

private:
    qint64 m_quietSinceMs = -1; // the rep's turn, the microphone quiet since then
    bool m_silent = false;
};

} // namespace vt::app
