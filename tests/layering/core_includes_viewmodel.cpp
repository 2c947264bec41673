// core/ sits below the view models: it must not see them.
#include "PracticeWorkspace.h"
