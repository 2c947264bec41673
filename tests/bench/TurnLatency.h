#pragma once

// The turn-latency breakdown of the recognition benchmark (issue "a call that flows like a
// phone call"; docs/performance.md).

#include <QJsonObject>

#include <vector>

namespace vt::bench {

// One rep utterance to the prospect's first packet, stage by stage (ms).
struct TurnStages {
    double endOfTurn = 0; // call clock: the last voiced frame to the utterance's close
    double finalPass = 0; // the recogniser's work left when the turn closes (a pause's final
                          // pass still running, the last words' final pass, the style)
    double decision = 0;  // the practice agent
    double speech = 0;    // synthesis and encoding until the first packet is ready
    double total() const { return endOfTurn + finalPass + decision + speech; }
};

// Prints p50 and p95 of each stage and of the total over `turns`, and returns them as JSON.
QJsonObject printTurnStages(const std::vector<TurnStages>& turns);

} // namespace vt::bench
