#include "Report.h"

#include <cmath>

namespace vt::scoring {
namespace {

using Json = nlohmann::ordered_json;

double r3(double value)
{
    return roundHalfAway(value, 3);
}

Json utteranceEvidence(const Utterance* u)
{
    return Json{{"utterance_id", u->id}, {"start_ms", u->startMs}, {"end_ms", u->endMs},
        {"quote", u->text}};
}

Json list(const std::vector<const Utterance*>& utterances)
{
    Json out = Json::array();
    for (const Utterance* u : utterances)
        out.push_back(utteranceEvidence(u));
    return out;
}

std::string quoted(const std::string& label, const std::string& id)
{
    return "“" + (label.empty() ? id : label) + "”";
}

Json evidenceFor(
    const Criterion& c, const KpiResult& k, const Scenario& scenario, const Rules& rules)
{
    switch (c.kpi) {
    case Kpi::TalkRatio:
    case Kpi::PaceWpm:
    case Kpi::LongestMonologueMs:
        return list(k.monologue);
    case Kpi::FillerWords:
    case Kpi::FillersPerMin: {
        Json out = Json::array();
        for (const KpiResult::FillerUtterance& f : k.fillerUtterances) {
            Json entry = utteranceEvidence(f.utterance);
            entry["fillers"] = f.fillers;
            out.push_back(std::move(entry));
        }
        return out;
    }
    case Kpi::Questions:
        return list(k.questionUtterances);
    case Kpi::OpenQuestions:
        return list(k.openQuestionUtterances);
    case Kpi::Interruptions:
        return list(k.interruptingRep);
    case Kpi::InterruptedByProspect:
        return list(k.interruptingProspect);
    case Kpi::Sentiment:
        return list(k.sentimentUtterances);
    case Kpi::RequiredPhrases: {
        Json out = Json::array();
        for (std::size_t i = 0; i < scenario.requiredPhrases.size(); ++i) {
            const RequiredPhrase& p = scenario.requiredPhrases[i];
            if (const Utterance* u = k.phraseEvidence[i]) {
                Json entry = utteranceEvidence(u);
                entry["item"] = p.id;
                out.push_back(std::move(entry));
            } else {
                out.push_back({{"item", p.id},
                    {"missing", quoted(p.label, p.id) + " was not said by the rep"}});
            }
        }
        return out;
    }
    case Kpi::Objections: {
        Json out = Json::array();
        for (std::size_t i = 0; i < scenario.objections.size(); ++i) {
            if (!k.objectionRaised[i])
                continue;
            const Objection& o = scenario.objections[i];
            const KpiResult::ObjectionEvidence& e = k.objectionEvidence[i];
            Json raised = utteranceEvidence(e.raisedBy);
            raised["item"] = o.tag;
            raised["kind"] = "raised";
            out.push_back(std::move(raised));
            if (e.addressedBy) {
                Json addressed = utteranceEvidence(e.addressedBy);
                addressed["item"] = o.tag;
                addressed["kind"] = "addressed";
                out.push_back(std::move(addressed));
            } else {
                out.push_back({{"item", o.tag},
                    {"missing",
                        quoted(o.label, o.tag)
                            + (rules.handledAnyLater ? " was raised but not addressed"
                                                     : " was raised but not addressed in the rep's "
                                                       "next two turns")}});
            }
        }
        return out;
    }
    case Kpi::GoalHit: {
        const Goal& goal = *scenario.goal;
        if (k.goalEvidence) {
            Json entry = utteranceEvidence(k.goalEvidence);
            entry["item"] = goal.id;
            return Json::array({std::move(entry)});
        }
        return Json::array({{{"item", goal.id},
            {"missing",
                quoted(goal.label, goal.id) + ": the " + std::string(speakerName(goal.speaker))
                    + " never said a goal phrase"}}});
    }
    }
    return Json::array();
}

Json ids(const std::vector<bool>& flags, const std::vector<bool>* only, bool wanted,
    const auto& idOf, std::size_t count)
{
    Json out = Json::array();
    for (std::size_t i = 0; i < count; ++i) {
        if (only && !(*only)[i])
            continue;
        if (flags[i] == wanted)
            out.push_back(idOf(i));
    }
    return out;
}

// Integral weights print as integers ("2", not "2.0"), as scenario authors write them.
Json weightJson(double weight)
{
    if (weight == std::floor(weight))
        return static_cast<std::int64_t>(weight);
    return r3(weight);
}

} // namespace

Json kpisJson(const KpiResult& k, const Scenario& scenario)
{
    const long repPercent = static_cast<long>(roundHalfAway(k.talkRatio * 100.0, 0));
    const auto phraseId = [&](std::size_t i) { return scenario.requiredPhrases[i].id; };
    const auto tag = [&](std::size_t i) { return scenario.objections[i].tag; };
    const std::size_t phrases = scenario.requiredPhrases.size();
    const std::size_t objections = scenario.objections.size();
    return Json{
        {"rep_talk_ms", k.repTalkMs},
        {"prospect_talk_ms", k.prospectTalkMs},
        {"talk_ratio", r3(k.talkRatio)},
        {"talk_listen", std::to_string(repPercent) + ":" + std::to_string(100 - repPercent)},
        {"rep_words", k.repWords},
        {"filler_words", k.fillerWords},
        {"fillers_per_min", r3(k.fillersPerMin)},
        {"pace_wpm", r3(k.paceWpm)},
        {"interruptions", k.interruptions},
        {"interrupted_by_prospect", k.interruptedByProspect},
        {"longest_monologue_ms", k.longestMonologueMs},
        {"questions", k.questions},
        {"open_questions", k.openQuestions},
        {"sentiment", r3(k.sentiment)},
        {"required_phrases",
            Json{{"hit", ids(k.phraseHit, nullptr, true, phraseId, phrases)},
                {"missed", ids(k.phraseHit, nullptr, false, phraseId, phrases)}}},
        {"objections",
            Json{{"raised", ids(k.objectionRaised, nullptr, true, tag, objections)},
                {"addressed",
                    ids(k.objectionAddressed, &k.objectionRaised, true, tag, objections)}}},
        {"goal_hit", k.goalHit},
    };
}

Json reportJson(
    const KpiResult& kpis, const ScoreResult& score, const Scenario& scenario, const Rules& rules)
{
    Json k = kpisJson(kpis, scenario);
    Json breakdown = Json::array();
    for (std::size_t i = 0; i < scenario.rubric.criteria.size(); ++i) {
        const Criterion& c = scenario.rubric.criteria[i];
        const CriterionScore& s = score.criteria[i];
        breakdown.push_back(Json{{"criterion", c.id}, {"label", c.label}, {"kpi", kpiName(c.kpi)},
            {"value", k[std::string(kpiName(c.kpi))]}, {"weight", weightJson(c.weight)},
            {"fraction", r3(s.fraction)}, {"points", roundHalfAway(s.points, 1)},
            {"max_points", roundHalfAway(s.maxPoints, 1)},
            {"evidence", evidenceFor(c, kpis, scenario, rules)}});
    }
    if (!rules.minimumSpeech) {
        return Json{{"scoring_version", rules.version}, {"kpis", std::move(k)},
            {"score", score.score}, {"passed", score.passed}, {"breakdown", std::move(breakdown)}};
    }
    Json report{{"scoring_version", rules.version}, {"kpis", std::move(k)},
        {"scored", score.scored}, {"score", score.scored ? Json(score.score) : Json(nullptr)},
        {"passed", score.passed}};
    if (!score.scored)
        report["not_scored"]
            = Json{{"min_rep_words", minRepWords}, {"min_rep_talk_ms", minRepTalkMs}};
    report["breakdown"] = std::move(breakdown);
    return report;
}

std::string dumpReport(const Json& report, bool pretty)
{
    return report.dump(
        pretty ? 2 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
}

std::string scoreReport(
    const Transcript& transcript, const Scenario& scenario, bool pretty, const Rules& rules)
{
    const KpiResult kpis = computeKpis(transcript, scenario, rules);
    return dumpReport(reportJson(kpis, score(kpis, scenario, rules), scenario, rules), pretty);
}

} // namespace vt::scoring
