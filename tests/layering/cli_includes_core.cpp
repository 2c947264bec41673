// Control: the CLI may include the core. If this fails, the CLI probes prove nothing.
#include "Settings.h"

int vtCliLayeringControl();
int vtCliLayeringControl()
{
    return static_cast<int>(vt::app::SettingSource::Policy);
}
