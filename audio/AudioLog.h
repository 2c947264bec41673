#pragma once

#include <QLoggingCategory>

namespace vt::audio {
// "vt.audio". Only outside real-time code: the audio callback never logs.
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
} // namespace vt::audio
