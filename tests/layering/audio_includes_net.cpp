// audio/ sits below net/: it must not see net's headers.
#include "PlatformUrl.h"
