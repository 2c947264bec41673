#include "ScoringFuzzTarget.h"

#include "LiveScorer.h"
#include "MatchText.h"
#include "Numbers.h"
#include "Questions.h"
#include "Report.h"
#include "Scenario.h"
#include "Transcript.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

namespace vt::test {
namespace {

using namespace vt::scoring;

// Stand-ins for the half the input does not provide.
constexpr char fixedScenario[] = R"({"id": "fuzz",
 "required_phrases": [{"id": "nmls", "label": "NMLS", "variants": ["my nmls number is", "nmls id"]}],
 "objections": [{"tag": "rate", "label": "Rate", "triggers": ["better rate"], "handling": ["compare", "lock"]}],
 "goal": {"id": "meet", "label": "Meet", "speaker": "prospect", "phrases": ["tuesday works"]},
 "rubric": {"pass_score": 50, "criteria": [
  {"id": "a", "kpi": "talk_ratio", "weight": 1, "rule": {"type": "band", "ideal": [0.3, 0.6], "zero": [0.1, 0.9]}},
  {"id": "b", "kpi": "open_questions", "weight": 1, "rule": {"type": "at_least", "target": 3}},
  {"id": "c", "kpi": "fillers_per_min", "weight": 1, "rule": {"type": "at_most", "target": 2, "zero_at": 8}},
  {"id": "d", "kpi": "required_phrases", "weight": 1, "rule": {"type": "fraction"}},
  {"id": "e", "kpi": "objections", "weight": 1, "rule": {"type": "fraction"}},
  {"id": "f", "kpi": "goal_hit", "weight": 1, "rule": {"type": "boolean"}}]}})";

constexpr char fixedTranscript[] = R"({"utterances": [
 {"id": "u1", "speaker": "rep", "text": "Um, my NMLS number is 1. What brings you here?", "start_ms": 0, "end_ms": 3000},
 {"id": "u2", "speaker": "prospect", "text": "I have a better rate.", "start_ms": 2500, "end_ms": 5000},
 {"id": "u3", "speaker": "rep", "text": "Let's compare, you know, the APR.", "start_ms": 5200, "end_ms": 8000},
 {"id": "u4", "speaker": "prospect", "text": "Tuesday works.", "start_ms": 8100, "end_ms": 9000}]})";

void fail(const char* what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

// Under every version the module scores with.
void scoreBothWays(const Transcript& transcript, const Scenario& scenario)
{
    for (const Rules* rules : {&rules2_1, &rules2_0, &rules1_1}) {
        const std::string batch = scoreReport(transcript, scenario, false, *rules);
        LiveScorer live(scenario, *rules);
        Transcript fedOrder;
        for (auto it = transcript.utterances.rbegin(); it != transcript.utterances.rend(); ++it) {
            if (live.add(*it))
                fedOrder.utterances.push_back(*it);
        }
        if (live.report() != scoreReport(fedOrder, scenario, false, *rules))
            fail("LiveScorer and batch scoring disagree");
        (void)live.score();
        (void)batch;
    }
}

// The 2.0.0 text rules on any text: match tokens, numbers, questions. A text with 1 to 64
// match tokens always says itself; canonical digits are digits.
void analyseFreeText(std::string_view text)
{
    const AnalysedText analysed = analyseText(text);
    MatchTokens tokens;
    matchTokensInto(analysed, tokens);
    if (tokens.tokens.size() != tokens.ids.size())
        fail("match tokens and their ids differ in number");
    if (!tokens.tokens.empty() && tokens.tokens.size() <= maxPhraseWords && !isSaid(tokens, tokens))
        fail("a text does not say itself");
    for (std::size_t i = 0; i < analysed.words.size();) {
        const std::optional<SpokenNumber> n = readNumber(analysed.words, i);
        if (!n) {
            ++i;
            continue;
        }
        if (n->words == 0 || n->digits.empty())
            fail("a number of no words or no digits");
        for (const char c : n->digits) {
            if ((c < '0' || c > '9') && c != '.')
                fail("a number with something else than digits");
        }
        i += n->words;
    }
    for (const Sentence& s : analysed.sentences) {
        const SentenceQuestion q = classifySentence(analysed, s, rules2_0);
        if (q.open && !q.question)
            fail("an open question that is no question");
        (void)classifySentence(analysed, s, rules1_1);
    }
}

} // namespace

int fuzzScoring(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    analyseFreeText(text);
    static const Scenario scenario = parseScenario(fixedScenario).value();
    static const Transcript transcript = parseTranscript(fixedTranscript).value();

    const Parsed<Transcript> asTranscript = parseTranscript(text);
    if (asTranscript)
        scoreBothWays(asTranscript.value(), scenario);
    const Parsed<Scenario> asScenario = parseScenario(text);
    if (asScenario)
        scoreBothWays(transcript, asScenario.value());

    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_object() && document.contains("transcript") && document.contains("scenario")) {
        const Parsed<Transcript> t = transcriptFromJson(document["transcript"]);
        const Parsed<Scenario> s = scenarioFromJson(document["scenario"]);
        if (t && s)
            scoreBothWays(t.value(), s.value());
    }
    return 0;
}

} // namespace vt::test
