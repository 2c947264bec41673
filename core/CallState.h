#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace vt::app {

// A practice call's state, the one machine both the call (CallSession) and the call screen
// (CallController) follow: Idle (getting ready) → Connecting → Live ⇄ Reconnecting → Ending →
// Ended, or Failed from any state but Ended.
enum class CallState { Idle, Connecting, Live, Reconnecting, Ending, Ended, Failed };

// The state in words, for the rep (the call page, the CLI).
QString callStateText(CallState state);
// Whether the machine above moves from `from` to `to`.
bool callStateAllowed(CallState from, CallState to);

} // namespace vt::app

Q_DECLARE_METATYPE(vt::app::CallState)
