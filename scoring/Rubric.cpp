#include "Rubric.h"

#include <algorithm>
#include <cmath>

namespace vt::scoring {
namespace {

double ruleFraction(const Rule& rule, double v)
{
    switch (rule.type) {
    case RuleType::Band:
        if (v >= rule.idealLow && v <= rule.idealHigh)
            return 1.0;
        if (v < rule.idealLow)
            return v <= rule.zeroLow ? 0.0 : (v - rule.zeroLow) / (rule.idealLow - rule.zeroLow);
        return v >= rule.zeroHigh ? 0.0 : (rule.zeroHigh - v) / (rule.zeroHigh - rule.idealHigh);
    case RuleType::AtLeast:
        return std::min(1.0, std::max(0.0, v / rule.target));
    case RuleType::AtMost:
        if (v <= rule.target)
            return 1.0;
        if (v >= rule.zeroAt)
            return 0.0;
        return (rule.zeroAt - v) / (rule.zeroAt - rule.target);
    case RuleType::Boolean:
    case RuleType::Fraction:
        break;
    }
    return 0.0;
}

double countFraction(const std::vector<bool>& hit, const std::vector<bool>* of)
{
    std::size_t numerator = 0;
    std::size_t denominator = 0;
    for (std::size_t i = 0; i < hit.size(); ++i) {
        if (of && !(*of)[i])
            continue;
        ++denominator;
        if (hit[i])
            ++numerator;
    }
    return denominator == 0 ? 1.0
                            : static_cast<double>(numerator) / static_cast<double>(denominator);
}

} // namespace

double numericKpi(const KpiResult& k, Kpi kpi)
{
    switch (kpi) {
    case Kpi::TalkRatio:
        return k.talkRatio;
    case Kpi::FillerWords:
        return static_cast<double>(k.fillerWords);
    case Kpi::FillersPerMin:
        return k.fillersPerMin;
    case Kpi::PaceWpm:
        return k.paceWpm;
    case Kpi::Interruptions:
        return static_cast<double>(k.interruptions);
    case Kpi::InterruptedByProspect:
        return static_cast<double>(k.interruptedByProspect);
    case Kpi::LongestMonologueMs:
        return static_cast<double>(k.longestMonologueMs);
    case Kpi::Questions:
        return static_cast<double>(k.questions);
    case Kpi::OpenQuestions:
        return static_cast<double>(k.openQuestions);
    case Kpi::Sentiment:
        return k.sentiment;
    case Kpi::RequiredPhrases:
    case Kpi::Objections:
    case Kpi::GoalHit:
        break;
    }
    return 0.0;
}

double roundHalfAway(double value, int decimals)
{
    double scale = 1.0;
    for (int i = 0; i < decimals; ++i)
        scale *= 10.0;
    const double rounded = std::round(value * scale) / scale; // std::round: half away from zero
    return rounded == 0.0 ? 0.0 : rounded;
}

bool enoughToScore(const KpiResult& kpis, const Rules& rules)
{
    return !rules.minimumSpeech || (kpis.repWords >= minRepWords && kpis.repTalkMs >= minRepTalkMs);
}

ScoreResult score(const KpiResult& kpis, const Scenario& scenario, const Rules& rules)
{
    ScoreResult result;
    result.scored = enoughToScore(kpis, rules);
    double totalWeight = 0.0;
    for (const Criterion& c : scenario.rubric.criteria)
        totalWeight += c.weight;
    double sum = 0.0;
    for (const Criterion& c : scenario.rubric.criteria) {
        double s = 0.0;
        if (c.rule.type == RuleType::Boolean)
            s = kpis.goalHit ? 1.0 : 0.0;
        else if (c.rule.type == RuleType::Fraction && c.kpi == Kpi::RequiredPhrases)
            s = countFraction(kpis.phraseHit, nullptr);
        else if (c.rule.type == RuleType::Fraction)
            s = countFraction(kpis.objectionAddressed, &kpis.objectionRaised);
        else
            s = ruleFraction(c.rule, numericKpi(kpis, c.kpi));
        if (!result.scored)
            s = 0.0; // nothing to judge earns nothing, a fraction of nothing included
        CriterionScore cs;
        cs.fraction = s;
        cs.points = 100.0 * c.weight * s / totalWeight;
        cs.maxPoints = 100.0 * c.weight / totalWeight;
        sum += c.weight * s;
        result.criteria.push_back(cs);
    }
    result.score = static_cast<int>(roundHalfAway(100.0 * sum / totalWeight, 0));
    result.passed = result.scored && result.score >= scenario.rubric.passScore;
    return result;
}

} // namespace vt::scoring
