#pragma once

#include <QString>

namespace vt::test {

// A private PulseAudio (tests/support/pulse-session) going away and coming back: cut() unloads
// the socket every client uses (DIR/native), which ends every stream on it as a vanished sound
// server or device would; restore() loads it again. Both go through the server's second
// socket, DIR/control. Only for AUDIO_ALONE tests: it cuts off everyone on that server.
class SoundServerCut {
public:
    explicit SoundServerCut(const QString& pulseDir);
    ~SoundServerCut(); // restores a socket still cut

    // Empty on success, else what failed.
    QString cut();
    QString restore();

private:
    QString m_dir;
    bool m_cut = false;
};

} // namespace vt::test
