// ui/ talks to app/ only: audio/ is app's private dependency.
#include "PortAudioSession.h"
