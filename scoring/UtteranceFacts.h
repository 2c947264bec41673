#pragma once

#include "MatchText.h"
#include "Scenario.h"
#include "ScoringVersion.h"
#include "Text.h"
#include "Transcript.h"

#include <string>
#include <vector>

namespace vt::scoring {

// Everything the KPIs need from one utterance on its own (docs/scoring.md §2-3). Batch
// scoring and LiveScorer both build these once per utterance; only the combination across
// utterances (time, order) differs between them.
struct UtteranceFacts {
    Speaker speaker = Speaker::Rep;
    std::size_t words = 0;
    bool backchannel = false;
    // Rep utterances only (empty or zero for the prospect's).
    std::vector<std::string> fillers; // in order of appearance: "um", "you know", ...
    int questions = 0;
    int openQuestions = 0;
    int positive = 0;
    int negative = 0;
    // Per scenario item, in scenario order.
    std::vector<bool> saysRequired; // rep: says a variant of required phrase i
    std::vector<bool> raises;       // prospect: says a trigger of objection i
    std::vector<bool> handles;      // rep: says a handling phrase of objection i
    bool saysGoal = false;          // the goal's speaker says a goal phrase
};

// Reused storage for analysing a run of utterances.
struct AnalysisScratch {
    AnalysedText text;
    MatchTokens tokens;
};

UtteranceFacts analyseUtterance(
    const Utterance& utterance, const Scenario& scenario, const Rules& rules);
UtteranceFacts analyseUtterance(const Utterance& utterance, const Scenario& scenario,
    const Rules& rules, AnalysisScratch& scratch);

} // namespace vt::scoring
