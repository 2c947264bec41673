#include "AudioLog.h"

namespace vt::audio {
Q_LOGGING_CATEGORY(lcAudio, "vt.audio")
}
