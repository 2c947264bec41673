#pragma once

#include "Text.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vt::scoring {

// What phrases are matched on under the 2.0.0 rules (docs/scoring.md §2.3): a text's words with
// what speech and writing do to them undone, so "45 days", "forty-five days" and "forty five
// days" are the same tokens, as are "rates go up" and "the rate goes up", "I'll" and "I will".
struct MatchTokens {
    std::vector<std::string> tokens;
    std::vector<std::uint64_t> ids; // wordId() of each token
    std::uint64_t mask = 0;         // idMaskOf(ids)
};

void matchTokensInto(const AnalysedText& text, MatchTokens& out);
// Steps 1-5 without the inflection fold: the words a person would count, in canonical form
// (for word error rates: "forty-five" and "45" are one word, "goes" and "go" two).
void unfoldedTokensInto(const AnalysedText& text, MatchTokens& out);
MatchTokens matchTokens(std::string_view utf8);

// The inflection fold of one lowercase word (§2.3 step 6): "goes", "going", "went" -> "go";
// "rates", "rated", "rating", "rate" -> "rat". Numbers and other words pass unchanged.
std::string foldInflection(std::string_view word);

// Whether `phrase` is said in `text`: its tokens in order, at most one other token between
// consecutive ones, never "not" or "never" (§2.3).
bool isSaid(const MatchTokens& phrase, const MatchTokens& text);

} // namespace vt::scoring
