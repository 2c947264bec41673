#pragma once

#include <cstddef>
#include <string_view>

namespace vt::scoring {

// +1 for a positive word of scoring/lexicon/sentiment.txt, -1 for a negative one, else 0.
// The word must be normalised (docs/scoring.md §2.1).
int sentimentPolarity(std::string_view word);
std::size_t sentimentLexiconSize();

} // namespace vt::scoring
