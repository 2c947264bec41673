#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vt::scoring {

// A number said in words or written in digits (docs/scoring.md §2.4), read from normalised
// words: "forty five" (45), "four hundred ten thousand" (410000), "six point nine" (6.9),
// "four five six seven" (a digit sequence: "4567", leading zeros kept), "410,000" or "1.5
// million". The matcher compares numbers by `digits`; the gateway's transcript style writes
// them with it.
struct SpokenNumber {
    std::size_t words = 0;      // how many words it took, from `at`
    std::string digits;         // canonical: "45", "410000", "6.9", "0456"
    bool digitSequence = false; // single digits said one by one (an id, a phone number)
    bool spelledOut = false;    // at least one number word (not only digit words)
    std::uint64_t integer = 0;  // the value's integer part (digit sequences: 0)
    unsigned decimals = 0;      // digits after the point in `digits`
};

// The longest number starting at words[at], or nothing when words[at] does not start one.
// Values above 10^15 and decimals past 6 places stop the reading where they would begin.
std::optional<SpokenNumber> readNumber(const std::vector<std::string>& words, std::size_t at);

// A written number token ("45", "6.90", "007", "410k") in canonical digits, or nothing.
std::optional<std::string> canonicalDigits(std::string_view word);

// 0-9 as a word ("zero" .. "nine"), or -1.
int digitWordValue(std::string_view word);

} // namespace vt::scoring
