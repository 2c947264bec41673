#pragma once

#include "Scenario.h"
#include "ScoringVersion.h"
#include "Transcript.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vt::scoring {

// The KPIs of a call (docs/scoring.md §3) and the utterances behind each, as pointers into
// the transcript the result was computed from (it must outlive the result). Evidence lists
// are in utterance order (start_ms, then input order).
struct KpiResult {
    std::int64_t repTalkMs = 0;
    std::int64_t prospectTalkMs = 0;
    double talkRatio = 0;
    std::int64_t repWords = 0;
    std::int64_t fillerWords = 0;
    double fillersPerMin = 0;
    double paceWpm = 0;
    std::int64_t interruptions = 0;
    std::int64_t interruptedByProspect = 0;
    std::int64_t longestMonologueMs = 0;
    std::int64_t questions = 0;
    std::int64_t openQuestions = 0;
    std::int64_t sentimentPositive = 0;
    std::int64_t sentimentNegative = 0;
    double sentiment = 0;
    std::vector<bool> phraseHit;       // per required phrase
    std::vector<bool> objectionRaised; // per objection
    std::vector<bool> objectionAddressed;
    bool goalHit = false;

    // Evidence.
    struct FillerUtterance {
        const Utterance* utterance;
        std::vector<std::string> fillers;
    };
    std::vector<const Utterance*> monologue;
    std::vector<FillerUtterance> fillerUtterances;
    std::vector<const Utterance*> questionUtterances;
    std::vector<const Utterance*> openQuestionUtterances;
    std::vector<const Utterance*> interruptingRep;
    std::vector<const Utterance*> interruptingProspect;
    std::vector<const Utterance*> sentimentUtterances;
    std::vector<const Utterance*> phraseEvidence; // per required phrase: first saying it, or null
    struct ObjectionEvidence {
        const Utterance* raisedBy = nullptr;    // first raising (that was addressed, if any was)
        const Utterance* addressedBy = nullptr; // the rep utterance that addressed it
    };
    std::vector<ObjectionEvidence> objectionEvidence; // per objection
    const Utterance* goalEvidence = nullptr;
};

// Batch computation over a whole transcript.
KpiResult computeKpis(
    const Transcript& transcript, const Scenario& scenario, const Rules& rules = currentRules());

// Derived values shared by batch and live scoring, so both round the same way.
void deriveRates(KpiResult& result);

} // namespace vt::scoring
