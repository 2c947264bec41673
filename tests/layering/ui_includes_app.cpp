// Control: ui/ may include app/. If this fails, the probes above prove nothing.
#include "Settings.h"

int vtLayeringControl();
int vtLayeringControl()
{
    return static_cast<int>(vt::app::SettingSource::Policy);
}
