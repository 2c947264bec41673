#pragma once

#include "MatchText.h"
#include "ScoringError.h"
#include "Transcript.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vt::scoring {

// A phrase as written in the scenario and as the matcher uses it.
struct Phrase {
    std::string text;
    std::vector<std::string> words; // normalised (docs/scoring.md §2.1)
    std::vector<std::uint64_t> ids; // wordId() of each word
    std::uint64_t mask = 0;         // idMaskOf(ids)
    MatchTokens tokens;             // 2.0.0 (§2.3)
};

struct RequiredPhrase {
    std::string id;
    std::string label;
    std::vector<Phrase> variants;
};

struct Objection {
    std::string tag;
    std::string label;
    std::vector<Phrase> triggers;
    std::vector<Phrase> handling;
};

struct Goal {
    std::string id;
    std::string label;
    Speaker speaker = Speaker::Prospect;
    std::vector<Phrase> phrases;
};

enum class Kpi {
    TalkRatio,
    FillerWords,
    FillersPerMin,
    PaceWpm,
    Interruptions,
    InterruptedByProspect,
    LongestMonologueMs,
    Questions,
    OpenQuestions,
    Sentiment,
    RequiredPhrases,
    Objections,
    GoalHit,
};

enum class RuleType { Band, AtLeast, AtMost, Boolean, Fraction };

struct Rule {
    RuleType type = RuleType::Boolean;
    double idealLow = 0, idealHigh = 0, zeroLow = 0, zeroHigh = 0; // band
    double target = 0;                                             // at_least, at_most
    double zeroAt = 0;                                             // at_most
};

struct Criterion {
    std::string id;
    std::string label;
    Kpi kpi = Kpi::GoalHit;
    double weight = 1;
    Rule rule;
};

struct Rubric {
    double passScore = 0;
    std::vector<Criterion> criteria;
};

// The scoring-relevant part of a scenario record (other fields are ignored).
struct Scenario {
    std::string id;
    std::string title;
    std::vector<RequiredPhrase> requiredPhrases;
    std::vector<Objection> objections;
    std::optional<Goal> goal;
    Rubric rubric;
};

Parsed<Scenario> parseScenario(std::string_view json);
Parsed<Scenario> scenarioFromJson(const nlohmann::json& document);

std::string_view kpiName(Kpi kpi);
std::optional<Kpi> kpiFromName(std::string_view name);

} // namespace vt::scoring
