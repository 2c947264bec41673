#include "CallState.h"

namespace vt::app {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(vt::app::CallState)
};

} // namespace

QString callStateText(CallState state)
{
    switch (state) {
    case CallState::Idle:
        return Words::tr("Getting ready");
    case CallState::Connecting:
        return Words::tr("Connecting");
    case CallState::Live:
        return Words::tr("Live");
    case CallState::Reconnecting:
        return Words::tr("Reconnecting");
    case CallState::Ending:
        return Words::tr("Ending");
    case CallState::Ended:
        return Words::tr("Ended");
    case CallState::Failed:
        return Words::tr("Call failed");
    }
    return {};
}

bool callStateAllowed(CallState from, CallState to)
{
    switch (to) {
    case CallState::Idle:
        return false;
    case CallState::Connecting:
        return from == CallState::Idle;
    case CallState::Live:
        return from == CallState::Connecting || from == CallState::Reconnecting;
    case CallState::Reconnecting:
        return from == CallState::Live;
    case CallState::Ending:
        return from == CallState::Connecting || from == CallState::Live
            || from == CallState::Reconnecting;
    case CallState::Ended:
        return from == CallState::Ending;
    case CallState::Failed:
        return from != CallState::Ended;
    }
    return false;
}

} // namespace vt::app
