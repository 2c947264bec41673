#pragma once

#include "SpokenText.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace vt::server {

// A back-off trigram language model estimated from a small corpus (a scenario's own words and
// the shipped sales-conversation corpus), written as ARPA text for pocketsphinx, which
// interpolates it with its general English model (Recognizer).
//
// Estimation: interpolated absolute discounting, each order's discount D = n1 / (n1 + 2 n2)
// (n1, n2: how many n-grams of that order were seen once, twice; clamped to [0.1, 0.9]):
//   p(w | h) = max(c(h w) - D, 0) / c(h) + γ(h) p(w | h'),   γ(h) = D N1+(h ·) / c(h)
// with h' the history shortened by its oldest word, and unigrams add-½ smoothed over the
// vocabulary. In ARPA form a listed n-gram carries p(w | h), and γ(h) is the back-off weight of
// h, so unlisted n-grams get exactly the interpolated probability. Deterministic: the same
// sentences give the same bytes.
class LanguageModelBuilder final {
public:
    // A sentence, counted `weight` times; <s> and </s> are added around it.
    void add(const SpokenSentence& sentence, int weight = 1);
    std::string arpa() const;
    std::size_t sentences() const { return m_sentences; }
    std::size_t vocabularySize() const { return m_unigrams.size(); }

private:
    using Key = std::vector<std::string>;
    std::map<std::string, std::uint64_t> m_unigrams; // </s> included, <s> not
    std::map<Key, std::uint64_t> m_bigrams;
    std::map<Key, std::uint64_t> m_trigrams;
    std::uint64_t m_tokens = 0;
    std::size_t m_sentences = 0;
};

} // namespace vt::server
