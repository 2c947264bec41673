#pragma once

#include "Kpis.h"
#include "Scenario.h"

#include <vector>

namespace vt::scoring {

struct CriterionScore {
    double fraction = 0; // s in [0, 1]
    double points = 0;   // 100 × w × s / W, unrounded
    double maxPoints = 0;
};

struct ScoreResult {
    // 2.0.0: false when the rep said too little to judge (§4.1); then score is 0, passed is
    // false and every criterion's fraction and points are 0.
    bool scored = true;
    int score = 0;
    bool passed = false;
    std::vector<CriterionScore> criteria; // rubric order
};

// docs/scoring.md §4.
ScoreResult score(
    const KpiResult& kpis, const Scenario& scenario, const Rules& rules = currentRules());
// §4.1: whether the rep said enough for the call to be scored under `rules`.
bool enoughToScore(const KpiResult& kpis, const Rules& rules);

// A numeric KPI's value (unrounded); 0 for the non-numeric ones.
double numericKpi(const KpiResult& kpis, Kpi kpi);

// Rounds half away from zero to `decimals` places; never returns -0.
double roundHalfAway(double value, int decimals);

} // namespace vt::scoring
