#pragma once

#include "Kpis.h"
#include "Rubric.h"
#include "Scenario.h"
#include "Transcript.h"

#include <nlohmann/json.hpp>

#include <string>

namespace vt::scoring {

// {"scoring_version", "kpis", "scored", "score", "passed", "breakdown"} (docs/scoring.md §5;
// 1.x reports have no "scored").
nlohmann::ordered_json reportJson(const KpiResult& kpis, const ScoreResult& score,
    const Scenario& scenario, const Rules& rules = currentRules());
nlohmann::ordered_json kpisJson(const KpiResult& kpis, const Scenario& scenario);

// Batch scoring of a whole transcript, as text: compact, or indented by 2 when `pretty`.
std::string scoreReport(const Transcript& transcript, const Scenario& scenario, bool pretty = false,
    const Rules& rules = currentRules());

// The one way reports become text, so every path gives the same bytes.
std::string dumpReport(const nlohmann::ordered_json& report, bool pretty);

} // namespace vt::scoring
