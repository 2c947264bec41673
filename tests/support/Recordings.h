#pragma once

#include <QByteArray>

namespace vt::test {

// `seconds` of a call as the desktop app records it (an Ogg Opus file from CallRecorder: a
// tone on the rep's channel, silence on the prospect's), as bytes.
QByteArray callRecording(int seconds);

} // namespace vt::test
