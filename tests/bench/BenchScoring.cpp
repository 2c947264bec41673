// Scoring benchmarks (issue targets): batch scoring of a 1-hour, 1,200-utterance call
// (target <= 2 ms) and LiveScorer's per-utterance update (target <= 20 us). Prints figures.
#include "LiveScorer.h"
#include "Report.h"
#include "Scenario.h"
#include "Transcript.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace vt::scoring;
using Clock = std::chrono::steady_clock;

namespace {

constexpr char scenarioJson[] = R"({"id": "refi-cold-call",
 "required_phrases": [{"id": "nmls", "label": "Disclose NMLS number", "variants": ["my nmls number is", "nmls id"]},
                      {"id": "recorded", "label": "Call may be recorded", "variants": ["this call may be recorded"]},
                      {"id": "equal", "label": "Equal housing lender", "variants": ["equal housing lender"]}],
 "objections": [{"tag": "rate_too_high", "label": "Rate is too high", "triggers": ["rate is too high", "better rate"], "handling": ["compare", "lock", "apr"]},
                {"tag": "no_time", "label": "No time", "triggers": ["no time", "too busy"], "handling": ["two minutes", "quick"]},
                {"tag": "trust", "label": "Trust", "triggers": ["don't trust"], "handling": ["licensed"]}],
 "goal": {"id": "appointment", "label": "Book a follow-up", "speaker": "prospect", "phrases": ["tuesday works", "that works for me"]},
 "rubric": {"pass_score": 70, "criteria": [
   {"id": "talk", "label": "Let the prospect talk", "kpi": "talk_ratio", "weight": 2, "rule": {"type": "band", "ideal": [0.35, 0.55], "zero": [0.15, 0.80]}},
   {"id": "discovery", "label": "Open questions", "kpi": "open_questions", "weight": 2, "rule": {"type": "at_least", "target": 4}},
   {"id": "fillers", "label": "Few fillers", "kpi": "fillers_per_min", "weight": 1, "rule": {"type": "at_most", "target": 2, "zero_at": 8}},
   {"id": "compliance", "label": "Required disclosures", "kpi": "required_phrases", "weight": 3, "rule": {"type": "fraction"}},
   {"id": "objections", "label": "Objections handled", "kpi": "objections", "weight": 2, "rule": {"type": "fraction"}},
   {"id": "goal", "label": "Booked the meeting", "kpi": "goal_hit", "weight": 3, "rule": {"type": "boolean"}}]}})";

// A 1-hour call: 1,200 turns of about 3 s, alternating, some overlapping.
Transcript hourLongCall()
{
    const std::vector<std::string> rep{
        "So, um, what made you start looking at refinancing your home this year?",
        "My NMLS number is 40221, and this call may be recorded for quality.",
        "I hear you, let's compare the APR and the total cost over the life of the loan.",
        "Could you walk me through your current payment and how long you plan to stay?",
        "We are an equal housing lender, and I can, like, lock a rate for you today.",
        "It'll be quick, I promise, you know, just two minutes of your time.",
        "That is a great question, and honestly there is no problem with waiting a bit."};
    const std::vector<std::string> prospect{
        "I think my rate is too high but I'm not sure it's worth the hassle.", "Mm-hmm.",
        "I'm too busy right now, can you call back later?",
        "I don't trust lenders who call me out of the blue.", "Okay, Tuesday works for me.",
        "How much would the closing costs be on something like that?"};
    std::mt19937 random(1200);
    Transcript t;
    std::int64_t clock = 0;
    for (int i = 0; i < 1200; ++i) {
        Utterance u;
        u.id = "u" + std::to_string(i + 1);
        u.speaker = i % 2 == 0 ? Speaker::Rep : Speaker::Prospect;
        const auto& pool = u.speaker == Speaker::Rep ? rep : prospect;
        u.text = pool[random() % pool.size()];
        u.startMs = clock;
        u.endMs = clock + 2000 + static_cast<std::int64_t>(random() % 1500);
        clock = u.endMs - 400 + static_cast<std::int64_t>(random() % 1000);
        t.utterances.push_back(std::move(u));
    }
    t.durationMs = clock;
    return t;
}

struct Figures {
    double p50;
    double p99;
    double mean;
};

Figures summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    double sum = 0;
    for (const double s : samples)
        sum += s;
    const auto at = [&](double q) {
        return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))];
    };
    return {at(0.5), at(0.99), sum / static_cast<double>(samples.size())};
}

double microseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

void print(const char* what, const Figures& f, const char* unit, double target)
{
    std::printf("  %-48s p50 %9.2f %s   p99 %9.2f %s   mean %9.2f %s   target <= %g %s%s\n", what,
        f.p50, unit, f.p99, unit, f.mean, unit, target, unit, f.p50 <= target ? "" : "   (over)");
}

} // namespace

int main()
{
    const Scenario scenario = parseScenario(scenarioJson).value();
    const Transcript call = hourLongCall();
    const std::string callJson = toJson(call).dump();
    std::printf("Scoring benchmarks (%s build): %zu utterances, %.1f minutes, %zu bytes of JSON\n",
        VT_BUILD_TYPE, call.utterances.size(), static_cast<double>(call.durationMs) / 60000.0,
        callJson.size());

    std::vector<double> batch;
    std::vector<double> batchWithParse;
    std::size_t bytes = 0;
    for (int run = 0; run < 300; ++run) {
        const auto t0 = Clock::now();
        bytes += scoreReport(call, scenario).size();
        const auto t1 = Clock::now();
        const Transcript parsed = parseTranscript(callJson).value();
        bytes += scoreReport(parsed, scenario).size();
        const auto t2 = Clock::now();
        batch.push_back(microseconds(t1 - t0) / 1000.0);
        batchWithParse.push_back(microseconds(t2 - t1) / 1000.0);
    }
    print("batch score, 1 h call (KPIs, rubric, JSON report)", summarise(batch), "ms", 2.0);
    print("  ... including parsing the transcript JSON", summarise(batchWithParse), "ms", 2.0);

    std::vector<double> add;
    std::vector<double> addAndScore;
    for (int run = 0; run < 30; ++run) {
        LiveScorer live(scenario);
        LiveScorer liveScored(scenario);
        for (const Utterance& u : call.utterances) {
            const auto t0 = Clock::now();
            live.add(u);
            const auto t1 = Clock::now();
            liveScored.add(u);
            bytes += static_cast<std::size_t>(liveScored.score().score);
            const auto t2 = Clock::now();
            add.push_back(microseconds(t1 - t0));
            addAndScore.push_back(microseconds(t2 - t1));
        }
        bytes += live.report().size();
    }
    print("LiveScorer::add per utterance", summarise(add), "us", 20.0);
    print("LiveScorer::add + score() per utterance", summarise(addAndScore), "us", 20.0);
    std::printf("  (checksum %zu)\n", bytes);
    return 0;
}
