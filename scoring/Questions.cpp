#include "Questions.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>

namespace vt::scoring {
namespace {

using Words = std::vector<std::string>;

bool isOneOf(std::string_view word, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool isAuxiliary(std::string_view w)
{
    return isOneOf(w,
        {"do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should",
            "have", "has", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
            "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't"});
}

// 2.0.0 adds these to the auxiliaries.
bool isAuxiliary2(std::string_view w)
{
    return isAuxiliary(w) || isOneOf(w, {"am", "may", "might", "shall", "must"});
}

bool isSubject(std::string_view w)
{
    return isOneOf(w, {"i", "you", "we", "they", "he", "she", "it", "that", "this", "there"});
}

bool isSubjectPronoun(std::string_view w)
{
    return isOneOf(w, {"i", "you", "we", "they", "he", "she", "it"});
}

// "i'd", "you're", "it's": a subject with its verb ("what i'd suggest" is no question).
bool isSubjectContraction(std::string_view w)
{
    const std::size_t apostrophe = w.find('\'');
    return apostrophe != std::string_view::npos && apostrophe > 0
        && isSubject(w.substr(0, apostrophe));
}

// A wh-word, bare or with a contracted auxiliary ("what's"); `stem` receives the bare word.
bool isWhWord(std::string_view w, std::string_view* stem, bool* contracted)
{
    static constexpr std::array<std::string_view, 7> stems{
        "what", "how", "why", "who", "when", "where", "which"};
    static constexpr std::array<std::string_view, 5> suffixes{"'s", "'re", "'d", "'ll", "'ve"};
    for (const std::string_view s : stems) {
        if (w == s) {
            *stem = s;
            *contracted = false;
            return true;
        }
        if (w.size() > s.size() && w.substr(0, s.size()) == s) {
            const std::string_view rest = w.substr(s.size());
            if (std::find(suffixes.begin(), suffixes.end(), rest) != suffixes.end()) {
                *stem = s;
                *contracted = true;
                return true;
            }
        }
    }
    return false;
}

bool isOpenStem(std::string_view stem)
{
    return stem == "what" || stem == "how" || stem == "why";
}

bool startsWith(
    const Words& w, std::size_t at, std::size_t end, std::initializer_list<std::string_view> phrase)
{
    if (at > end || end - at < phrase.size())
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

// The 1.x rule: a sentence's first words.
SentenceQuestion classify1(const AnalysedText& text, const Sentence& s)
{
    const Words& w = text.words;
    const std::size_t f = s.first;
    const bool hasFirst = f < s.end;
    std::string_view stem;
    bool contracted = false;
    const bool wh = hasFirst && isWhWord(w[f], &stem, &contracted);
    const bool prompt = hasFirst && startsWithOpenPrompt(w, f, s.end);
    SentenceQuestion q;
    q.question = s.endsWithQuestionMark
        || (hasFirst && f + 1 < s.end && isAuxiliary(w[f]) && isSubject(w[f + 1]))
        || (wh && (contracted || (f + 1 < s.end && isAuxiliary(w[f + 1])))) || prompt;
    q.open = q.question && (prompt || (wh && isOpenStem(stem)));
    return q;
}

// 2.0.0 discourse words skipped at the start of a clause.
bool isClauseDiscourseWord(std::string_view w)
{
    return isDiscourseWord(w)
        || isOneOf(w, {"or", "also", "then", "alright", "right", "great", "perfect"});
}

bool isConjunction(std::string_view w)
{
    return isOneOf(w, {"and", "but", "so", "or"});
}

struct Head {
    bool question = false;
    bool open = false;
};

// An interrogative head at word f of a clause ending at e (§3.4). `initial`: the sentence's
// first clause, where "who"/"which" and a wh-word before any word open questions too.
Head headAt(const Words& w, std::size_t f, std::size_t e, bool initial)
{
    Head h;
    if (f >= e)
        return h;
    const auto at = [&](std::size_t k) -> std::string_view {
        return f + k < e ? std::string_view(w[f + k]) : std::string_view();
    };
    if (startsWithOpenPrompt(w, f, e))
        return {true, true};
    if (isAuxiliary2(at(0)) && isSubject(at(1))) {
        // "can you walk me through ...": an open question put politely.
        const bool polite = isOneOf(at(0), {"can", "could", "would", "will"}) && at(1) == "you";
        const std::size_t prompt = f + 2 + (at(2) == "please" ? 1 : 0);
        return {true, polite && startsWithOpenPrompt(w, prompt, e)};
    }
    std::string_view stem;
    bool contracted = false;
    if (!isWhWord(at(0), &stem, &contracted))
        return h;
    const bool open = isOpenStem(stem);
    const bool relative = stem == "who" || stem == "which";
    if (contracted)
        return {true, open};
    if (isAuxiliary2(at(1))) {
        if (initial || !relative || isSubject(at(2)))
            return {true, open};
        return h; // ", which is why": a relative clause
    }
    if (isSubject(at(1)) || isSubjectContraction(at(1)))
        return h; // "what you need", "how we do it"
    if (!at(1).empty() && isAuxiliary2(at(2)) && isSubject(at(3)))
        return {true, open}; // "how long do you", "what rate are you"
    // "what matters most", "what got you thinking", "why not"; but "how much you save" and
    // "how many points you buy" measure, they do not ask.
    const bool whBeforeWord = stem != "when" && stem != "where" && (initial || open);
    const bool quantity = stem == "how" && (at(1) == "much" || at(1) == "many")
        && (isSubject(at(2)) || isSubject(at(3)));
    const bool exclamation = stem == "what" && (at(1) == "a" || at(1) == "an"); // "what a rate"
    if (whBeforeWord && at(1) != "if" && at(1) != "to" && !quantity && !exclamation)
        return {true, open};
    return h;
}

// Inside a clause, only the strongest head starts a question: a wh-word, perhaps one word,
// an auxiliary and a subject pronoun ("... how long do you plan to stay").
bool strongHeadAt(const Words& w, std::size_t i, std::size_t e)
{
    std::string_view stem;
    bool contracted = false;
    if (!isWhWord(w[i], &stem, &contracted) || contracted || stem == "who" || stem == "which")
        return false;
    const auto at = [&](std::size_t k) -> std::string_view {
        return i + k < e ? std::string_view(w[i + k]) : std::string_view();
    };
    if (isAuxiliary2(at(1)) && isSubjectPronoun(at(2)))
        return true;
    return !at(1).empty() && !isSubject(at(1)) && !isAuxiliary2(at(1)) && isAuxiliary2(at(2))
        && isSubjectPronoun(at(3));
}

bool isTag(const Words& w, std::size_t b, std::size_t e)
{
    const std::size_t n = e - b;
    if (n == 1)
        return isOneOf(w[b],
            {"right", "correct", "ok", "okay", "yeah", "yes", "no", "huh", "eh", "true", "agreed"});
    if (n == 2) {
        if (isAuxiliary2(w[b]) && isSubjectPronoun(w[b + 1]))
            return true; // "isn't it", "don't you", "is it"
        return startsWith(w, b, e, {"you", "know"}) || startsWith(w, b, e, {"sound", "good"})
            || startsWith(w, b, e, {"sounds", "good"}) || startsWith(w, b, e, {"fair", "enough"})
            || startsWith(w, b, e, {"make", "sense"}) || startsWith(w, b, e, {"makes", "sense"});
    }
    return startsWith(w, b, e, {"is", "that", "right"}) || startsWith(w, b, e, {"is", "that", "ok"})
        || startsWith(w, b, e, {"is", "that", "okay"})
        || startsWith(w, b, e, {"does", "that", "make", "sense"})
        || startsWith(w, b, e, {"does", "that", "sound", "good"});
}

} // namespace

std::vector<Clause> sentenceClauses(const AnalysedText& text, const Sentence& s)
{
    const Words& w = text.words;
    std::vector<std::uint32_t> starts{s.begin};
    for (std::uint32_t i = s.begin + 1; i < s.end; ++i) {
        const bool boundary = (text.marks[i] & ClauseBreakBefore) != 0 || isConjunction(w[i])
            || (!isConjunction(w[i - 1]) && strongHeadAt(w, i, s.end));
        if (boundary)
            starts.push_back(i);
    }
    std::vector<Clause> clauses;
    for (std::size_t c = 0; c < starts.size(); ++c) {
        Clause clause;
        clause.begin = starts[c];
        clause.end = c + 1 < starts.size() ? starts[c + 1] : s.end;
        clause.first = clause.begin;
        while (clause.first < clause.end && isClauseDiscourseWord(w[clause.first]))
            ++clause.first;
        const Head head = headAt(w, clause.first, clause.end, c == 0);
        clause.question = head.question;
        clause.open = head.open;
        clause.tag = c > 0 && isTag(w, clause.begin, clause.end);
        clauses.push_back(clause);
    }
    return clauses;
}

SentenceQuestion classifySentence(const AnalysedText& text, const Sentence& s, const Rules& rules)
{
    if (!rules.questionsAnywhere)
        return classify1(text, s);
    SentenceQuestion q;
    q.question = s.endsWithQuestionMark;
    for (const Clause& c : sentenceClauses(text, s)) {
        q.question = q.question || c.question;
        q.open = q.open || (c.open && !c.tag);
    }
    return q;
}

} // namespace vt::scoring
