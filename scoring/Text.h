#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vt::scoring {

// An utterance's text as the KPI rules see it (docs/scoring.md §2): normalised words, which
// of them have a comma directly before or after, and the sentences.
struct Sentence {
    std::uint32_t begin = 0; // first word
    std::uint32_t end = 0;   // one past the last word
    std::uint32_t first = 0; // first word after leading discourse words (== end if none)
    bool endsWithQuestionMark = false;
};

// What stood right next to a word, for the 2.0.0 matching and question rules (§2.3, §3.4).
enum WordMark : std::uint8_t {
    DollarBefore = 1,      // "$5": a '$' directly before the word
    PercentAfter = 2,      // "5%": a '%' directly after it
    DigitGroupNext = 4,    // "410,000": the word and the next are digit groups of one number
    ClauseBreakBefore = 8, // a ',' ';' ':' or dash between it and the previous word
};

struct AnalysedText {
    std::vector<std::string> words;
    std::vector<std::uint8_t> marks; // WordMark bits of each word
    std::vector<std::uint64_t> ids;  // wordId() of each word
    std::uint64_t idMask = 0;        // bit (id % 64) of every word: a quick "might contain"
    std::vector<bool> commaBefore;
    std::vector<bool> commaAfter;
    std::vector<std::uint32_t> sentenceOf; // sentence index of each word
    std::vector<Sentence> sentences;

    bool isSentenceInitial(std::size_t word) const
    {
        return sentences[sentenceOf[word]].first == word;
    }
};

AnalysedText analyseText(std::string_view utf8);
// The same into `out`, reusing its storage (for scoring many utterances in a row).
void analyseTextInto(std::string_view utf8, AnalysedText& out);
// The normalised words of a phrase or an utterance.
std::vector<std::string> phraseWords(std::string_view utf8);

// A 64-bit FNV-1a hash of a normalised word: phrase matching compares these first and the
// words themselves only when they agree, so a collision cannot make a false match.
std::uint64_t wordId(std::string_view word);

inline constexpr std::size_t maxPhraseWords = 64;

// Whether `phrase` is said in `words`: all its words in order, at most one other word
// between consecutive ones (§2.3). An empty phrase, or one longer than maxPhraseWords, is
// never said (the scenario parser refuses those).
bool isSaid(const std::vector<std::string>& phrase, const std::vector<std::string>& words);
// With the phrase's word ids and their idMask bits, as Phrase holds them.
bool isSaid(const std::vector<std::string>& phrase, const std::vector<std::uint64_t>& phraseIds,
    std::uint64_t phraseMask, const AnalysedText& text);
// The same over any words with their ids and mask (the 2.0.0 match tokens use it).
bool isSaid(const std::vector<std::string>& phrase, const std::vector<std::uint64_t>& phraseIds,
    std::uint64_t phraseMask, const std::vector<std::string>& words,
    const std::vector<std::uint64_t>& ids, std::uint64_t mask);
// The same, but "not" and "never" are never the word between (2.0.0: "can lock" is not said
// in "can't lock", which reads "can not lock").
bool isSaidUnnegated(const std::vector<std::string>& phrase,
    const std::vector<std::uint64_t>& phraseIds, std::uint64_t phraseMask,
    const std::vector<std::string>& words, const std::vector<std::uint64_t>& ids,
    std::uint64_t mask);
std::uint64_t idMaskOf(const std::vector<std::uint64_t>& ids);

bool isDiscourseWord(std::string_view word);

} // namespace vt::scoring
