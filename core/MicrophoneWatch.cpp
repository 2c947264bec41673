#include "MicrophoneWatch.h"

namespace vt::app {

bool MicrophoneWatch::update(qint64 callMs, float microphoneDb, bool repsTurn)
{
    const bool wasSilent = m_silent;
    if (microphoneDb >= silentBelowDb) {
        m_quietSinceMs = -1;
        m_silent = false;
    } else if (!repsTurn) {
        m_quietSinceMs = -1; // the prospect talks or thinks: not the rep's silence
    } else if (m_quietSinceMs < 0) {
        m_quietSinceMs = callMs;
    } else if (callMs - m_quietSinceMs >= warnAfterMs) {
        m_silent = true;
    }
    return m_silent != wasSilent;
}

} // namespace vt::app
