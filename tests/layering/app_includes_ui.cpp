// app/ sits below ui/: it must not see widgets.
#include "MainWindow.h"
