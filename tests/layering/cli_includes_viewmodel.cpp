// The CLI is a front end beside the GUI: it must not see the GUI's view models.
#include "HistoryModel.h"
