// The GUI is a front end beside the CLI: it must not see the CLI's commands.
#include "CliPlatform.h"
