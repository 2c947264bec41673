#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace vt::server {

// The reference platform's feedback on an attempt: a deterministic summary of the rubric
// breakdown, citing the transcript spans behind it (the hosted platform writes this with its
// language model; the shape is the same):
//   {"status": "ready", "summary": "...", "spans": [{"utterance_id", "start_ms", "end_ms",
//    "quote", "criterion", "note"}]}
// The summary names the score and pass mark, the strongest criterion and the (at most two)
// criteria with the most points to gain; spans are their evidence, at most three each.
QJsonObject buildFeedback(
    const QByteArray& breakdownJson, double score, double passScore, bool passed);

} // namespace vt::server
