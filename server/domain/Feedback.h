#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace vt::server {

// The reference platform's feedback on an attempt: a deterministic summary of the rubric
// breakdown, citing the transcript spans behind it (the hosted platform writes this with its
// language model; the shape is the same):
//   {"status": "ready", "summary": "...", "spans": [{"utterance_id", "start_ms", "end_ms",
//    "quote", "criterion", "note"}]}
// The summary names the score and pass mark, the strongest criterion and the (at most two)
// criteria with the most points to gain; spans are their evidence, at most three each. A call
// with no score (the rep said too little) gets a summary saying so and no spans.
QJsonObject buildFeedback(
    const QByteArray& breakdownJson, std::optional<double> score, double passScore, bool passed);

} // namespace vt::server
