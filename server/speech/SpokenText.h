#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vt::server {

// How written text is said, in the recogniser's words: lowercase words without punctuation,
// numbers in words ("45 days" → "forty five days", "6.9%" → "six point nine percent",
// "$410,000" → "four hundred ten thousand dollars", an id like "456789" digit by digit),
// hyphenated words apart. For the scenario language models (ScenarioLanguage), which must
// learn the words a rep actually says.
using SpokenSentence = std::vector<std::string>;

// The sentences of `text` (split at . ! ? ; and line breaks), each said every way its numbers
// are commonly said: a sentence with a price appears twice, once with "three hundred eighty
// five thousand dollars", once with "three eighty five thousand dollars".
std::vector<SpokenSentence> spokenSentences(std::string_view text);

// A whole number in words: 410000 → "four hundred ten thousand". Up to 10^15 - 1.
std::string numberInWords(std::uint64_t value);

} // namespace vt::server
