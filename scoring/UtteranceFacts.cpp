#include "UtteranceFacts.h"

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

bool isAuxiliary(std::string_view w)
{
    return isOneOf(w,
        {"do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should",
            "have", "has", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
            "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't"});
}

bool isSubject(std::string_view w)
{
    return isOneOf(w, {"i", "you", "we", "they", "he", "she", "it", "that", "this", "there"});
}

// A wh-word, bare or with a contracted auxiliary ("what's"); `open` limits it to what/how/why.
bool isWhWord(std::string_view w, bool open, bool* contracted)
{
    static constexpr std::array<std::string_view, 5> suffixes{"'s", "'re", "'d", "'ll", "'ve"};
    const auto matches = [&](std::string_view stem) {
        if (w == stem) {
            *contracted = false;
            return true;
        }
        for (const std::string_view suffix : suffixes) {
            if (w.size() == stem.size() + suffix.size() && w.substr(0, stem.size()) == stem
                && w.substr(stem.size()) == suffix) {
                *contracted = true;
                return true;
            }
        }
        return false;
    };
    if (matches("what") || matches("how") || matches("why"))
        return true;
    return !open && (matches("who") || matches("when") || matches("where") || matches("which"));
}

bool startsWith(
    const Words& w, std::size_t at, std::size_t end, std::initializer_list<std::string_view> phrase)
{
    if (end - at < phrase.size())
        return false;
    std::size_t i = at;
    for (const std::string_view word : phrase) {
        if (w[i++] != word)
            return false;
    }
    return true;
}

bool startsWithOpenPrompt(const Words& w, std::size_t at, std::size_t end)
{
    return startsWith(w, at, end, {"tell", "me"})
        || startsWith(w, at, end, {"walk", "me", "through"}) || startsWith(w, at, end, {"describe"})
        || startsWith(w, at, end, {"explain"})
        || startsWith(w, at, end, {"help", "me", "understand"});
}

// §3.4 for every sentence.
void countQuestions(const AnalysedText& text, UtteranceFacts& facts)
{
    const Words& w = text.words;
    for (const Sentence& s : text.sentences) {
        const std::size_t f = s.first;
        const bool hasFirst = f < s.end;
        bool contracted = false;
        const bool wh = hasFirst && isWhWord(w[f], false, &contracted);
        const bool prompt = hasFirst && startsWithOpenPrompt(w, f, s.end);
        const bool question = s.endsWithQuestionMark
            || (hasFirst && f + 1 < s.end && isAuxiliary(w[f]) && isSubject(w[f + 1]))
            || (wh && (contracted || (f + 1 < s.end && isAuxiliary(w[f + 1])))) || prompt;
        if (!question)
            continue;
        ++facts.questions;
        bool openContracted = false;
        if (prompt || (hasFirst && isWhWord(w[f], true, &openContracted)))
            ++facts.openQuestions;
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

bool saysAny(const std::vector<Phrase>& phrases, const AnalysedText& text)
{
    return std::any_of(phrases.begin(), phrases.end(),
        [&](const Phrase& p) { return isSaid(p.words, p.ids, p.mask, text); });
}

} // namespace

UtteranceFacts analyseUtterance(const Utterance& utterance, const Scenario& scenario)
{
    AnalysedText scratch;
    return analyseUtterance(utterance, scenario, scratch);
}

UtteranceFacts analyseUtterance(
    const Utterance& utterance, const Scenario& scenario, AnalysedText& scratch)
{
    analyseTextInto(utterance.text, scratch);
    const AnalysedText& text = scratch;
    UtteranceFacts facts;
    facts.speaker = utterance.speaker;
    facts.words = text.words.size();
    facts.backchannel = isBackchannel(text.words);
    const bool rep = utterance.speaker == Speaker::Rep;
    if (rep) {
        facts.fillers = findFillers(text);
        countQuestions(text, facts);
        countSentiment(text, facts);
    }
    facts.saysRequired.resize(scenario.requiredPhrases.size());
    facts.raises.resize(scenario.objections.size());
    facts.handles.resize(scenario.objections.size());
    for (std::size_t i = 0; rep && i < scenario.requiredPhrases.size(); ++i)
        facts.saysRequired[i] = saysAny(scenario.requiredPhrases[i].variants, text);
    for (std::size_t i = 0; i < scenario.objections.size(); ++i) {
        if (rep)
            facts.handles[i] = saysAny(scenario.objections[i].handling, text);
        else
            facts.raises[i] = saysAny(scenario.objections[i].triggers, text);
    }
    if (scenario.goal && scenario.goal->speaker == utterance.speaker)
        facts.saysGoal = saysAny(scenario.goal->phrases, text);
    return facts;
}

} // namespace vt::scoring
