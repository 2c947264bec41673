#pragma once

#include "ScoringVersion.h"
#include "Text.h"

#include <cstdint>
#include <vector>

namespace vt::scoring {

// One clause of a sentence under the 2.0.0 question rules (docs/scoring.md §3.4).
struct Clause {
    std::uint32_t begin = 0; // first word
    std::uint32_t end = 0;   // one past the last word
    std::uint32_t first = 0; // first word after leading discourse words (== end if none)
    bool question = false;   // it opens with an interrogative head
    bool open = false;       // ... an open one (what, how, why, an open prompt)
    bool tag = false;        // all of it is a tag ("right", "isn't it"): closed
};

struct SentenceQuestion {
    bool question = false;
    bool open = false;
};

// §3.4: whether a sentence of `text` is a question, and an open one, under `rules`.
SentenceQuestion classifySentence(
    const AnalysedText& text, const Sentence& sentence, const Rules& rules);

// 2.0.0: the clauses of a sentence, split at clause breaks, before "and", "but", "so", "or",
// and before an interrogative head standing inside a clause ("i see how long do you ...").
std::vector<Clause> sentenceClauses(const AnalysedText& text, const Sentence& sentence);

} // namespace vt::scoring
