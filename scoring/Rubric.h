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
    int score = 0;
    bool passed = false;
    std::vector<CriterionScore> criteria; // rubric order
};

// docs/scoring.md §4.
ScoreResult score(const KpiResult& kpis, const Scenario& scenario);

// A numeric KPI's value (unrounded); 0 for the non-numeric ones.
double numericKpi(const KpiResult& kpis, Kpi kpi);

// Rounds half away from zero to `decimals` places; never returns -0.
double roundHalfAway(double value, int decimals);

} // namespace vt::scoring
