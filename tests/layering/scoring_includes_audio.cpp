// scoring/ is the bottom layer: it must not see audio's headers.
#include "PortAudioSession.h"
