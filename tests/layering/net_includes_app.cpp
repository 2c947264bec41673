// net/ sits below app/: it must not see app's headers.
#include "Settings.h"
