#include "UtteranceFacts.h"

#include "MatchText.h"
#include "Questions.h"
#include "SentimentLexicon.h"
#include "Text.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace vt::scoring {
namespace {

using Words = std::vector<std::string>;

bool isOneOf(std::string_view word, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool isBackchannel(const Words& words)
{
    if (words.size() > 2)
        return false;
    if (words.size() == 2 && words[0] == "got" && words[1] == "it")
        return true;
    return std::all_of(words.begin(), words.end(), [](const std::string& w) {
        return isOneOf(
            w, {"yeah", "yes", "right", "ok", "okay", "sure", "mhm", "mm-hmm", "uh-huh"});
    });
}

// §3.1. Returns the fillers in order of appearance.
std::vector<std::string> findFillers(const AnalysedText& text)
{
    const Words& w = text.words;
    const std::size_t n = w.size();
    std::vector<std::string> at(n); // filler starting at word i ("" if none)
    std::vector<bool> covered(n);   // word i belongs to a filler
    const auto mark = [&](std::size_t i, std::string term, std::size_t length) {
        at[i] = std::move(term);
        for (std::size_t k = i; k < i + length; ++k)
            covered[k] = true;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (isOneOf(w[i], {"um", "uh", "er", "erm", "ah", "hmm", "mm"})) {
            mark(i, w[i], 1);
        } else if (w[i] == "you" && i + 1 < n && w[i + 1] == "know") {
            const bool askedBefore = i > 0 && isOneOf(w[i - 1], {"do", "did", "if", "what"});
            const bool objectAfter = i + 2 < n && isOneOf(w[i + 2], {"what", "how", "that", "if"});
            if (!askedBefore && !objectAfter)
                mark(i, "you know", 2);
        } else if (w[i] == "i" && i + 1 < n && w[i + 1] == "mean") {
            if (text.isSentenceInitial(i) || text.commaBefore[i] || text.commaAfter[i + 1])
                mark(i, "i mean", 2);
        } else if (isOneOf(w[i], {"basically", "actually", "literally"})) {
            if (text.isSentenceInitial(i) || text.commaBefore[i] || text.commaAfter[i])
                mark(i, w[i], 1);
        }
    }
    // "like" depends on whether the next word is a filler: decide right to left.
    for (std::size_t i = n; i-- > 0;) {
        if (w[i] != "like" || covered[i])
            continue;
        if (text.commaBefore[i] || text.commaAfter[i] || (i + 1 < n && covered[i + 1]))
            mark(i, "like", 1);
    }
    std::vector<std::string> fillers;
    for (std::string& term : at) {
        if (!term.empty())
            fillers.push_back(std::move(term));
    }
    return fillers;
}

// §3.4 for every sentence.
void countQuestions(const AnalysedText& text, const Rules& rules, UtteranceFacts& facts)
{
    for (const Sentence& s : text.sentences) {
        const SentenceQuestion q = classifySentence(text, s, rules);
        facts.questions += q.question ? 1 : 0;
        facts.openQuestions += q.open ? 1 : 0;
    }
}

// §3.5.
void countSentiment(const AnalysedText& text, UtteranceFacts& facts)
{
    const Words& w = text.words;
    for (const Sentence& s : text.sentences) {
        for (std::size_t i = s.begin; i < s.end; ++i) {
            int polarity = sentimentPolarity(w[i]);
            if (polarity == 0)
                continue;
            for (std::size_t back = 1; back <= 2 && i >= s.begin + back; ++back) {
                if (isOneOf(w[i - back],
                        {"not", "never", "no", "don't", "isn't", "wasn't", "can't", "won't"})) {
                    polarity = -polarity;
                    break;
                }
            }
            (polarity > 0 ? facts.positive : facts.negative) += 1;
        }
    }
}

// §2.3: by exact words (1.x) or by match tokens (2.0.0).
bool saysAny(
    const std::vector<Phrase>& phrases, const AnalysedText& text, const MatchTokens* tokens)
{
    return std::any_of(phrases.begin(), phrases.end(), [&](const Phrase& p) {
        return tokens ? isSaid(p.tokens, *tokens) : isSaid(p.words, p.ids, p.mask, text);
    });
}

} // namespace

UtteranceFacts analyseUtterance(
    const Utterance& utterance, const Scenario& scenario, const Rules& rules)
{
    AnalysisScratch scratch;
    return analyseUtterance(utterance, scenario, rules, scratch);
}

UtteranceFacts analyseUtterance(const Utterance& utterance, const Scenario& scenario,
    const Rules& rules, AnalysisScratch& scratch)
{
    analyseTextInto(utterance.text, scratch.text);
    const AnalysedText& text = scratch.text;
    const MatchTokens* tokens = nullptr;
    if (rules.tolerantMatching) {
        matchTokensInto(text, scratch.tokens);
        tokens = &scratch.tokens;
    }
    UtteranceFacts facts;
    facts.speaker = utterance.speaker;
    facts.words = text.words.size();
    facts.backchannel = isBackchannel(text.words);
    const bool rep = utterance.speaker == Speaker::Rep;
    if (rep) {
        facts.fillers = findFillers(text);
        countQuestions(text, rules, facts);
        countSentiment(text, facts);
    }
    facts.saysRequired.resize(scenario.requiredPhrases.size());
    facts.raises.resize(scenario.objections.size());
    facts.handles.resize(scenario.objections.size());
    for (std::size_t i = 0; rep && i < scenario.requiredPhrases.size(); ++i)
        facts.saysRequired[i] = saysAny(scenario.requiredPhrases[i].variants, text, tokens);
    for (std::size_t i = 0; i < scenario.objections.size(); ++i) {
        if (rep)
            facts.handles[i] = saysAny(scenario.objections[i].handling, text, tokens);
        else
            facts.raises[i] = saysAny(scenario.objections[i].triggers, text, tokens);
    }
    if (scenario.goal && scenario.goal->speaker == utterance.speaker)
        facts.saysGoal = saysAny(scenario.goal->phrases, text, tokens);
    return facts;
}

} // namespace vt::scoring
