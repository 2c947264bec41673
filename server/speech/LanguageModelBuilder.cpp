#include "LanguageModelBuilder.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace vt::server {
namespace {

constexpr char begin[] = "<s>";
constexpr char end[] = "</s>";

struct Context {
    std::uint64_t total = 0; // c(h ·)
    std::uint64_t types = 0; // N1+(h ·)
};

template <typename Map> double discountOf(const Map& counts)
{
    std::uint64_t once = 0;
    std::uint64_t twice = 0;
    for (const auto& entry : counts) {
        once += entry.second == 1 ? 1 : 0;
        twice += entry.second == 2 ? 1 : 0;
    }
    const double d = once + 2 * twice == 0 ? 0.5 : double(once) / double(once + 2 * twice);
    return std::clamp(d, 0.1, 0.9);
}

// Locale-independent "%.6f" (a Spanish locale must not write "-1,234567").
void appendNumber(std::string& out, double value)
{
    char buffer[64];
    const std::to_chars_result r
        = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::fixed, 6);
    out.append(buffer, r.ptr);
}

void appendLine(std::string& out, double logProb, const std::string& words, const double* logBow)
{
    appendNumber(out, logProb);
    out += '\t';
    out += words;
    if (logBow) {
        out += '\t';
        appendNumber(out, *logBow);
    }
    out += '\n';
}

} // namespace

void LanguageModelBuilder::add(const SpokenSentence& sentence, int weight)
{
    if (sentence.empty() || weight <= 0)
        return;
    std::vector<std::string> seq;
    seq.reserve(sentence.size() + 2);
    seq.emplace_back(begin);
    seq.insert(seq.end(), sentence.begin(), sentence.end());
    seq.emplace_back(end);
    const auto w = std::uint64_t(weight);
    for (std::size_t i = 1; i < seq.size(); ++i) {
        m_unigrams[seq[i]] += w;
        m_tokens += w;
        m_bigrams[{seq[i - 1], seq[i]}] += w;
        if (i >= 2)
            m_trigrams[{seq[i - 2], seq[i - 1], seq[i]}] += w;
    }
    ++m_sentences;
}

std::string LanguageModelBuilder::arpa() const
{
    const double vocabulary = double(m_unigrams.size());
    const double tokens = double(m_tokens);
    const auto p1 = [&](const std::string& w) {
        const auto it = m_unigrams.find(w);
        const double c = it == m_unigrams.end() ? 0.0 : double(it->second);
        return (c + 0.5) / (tokens + 0.5 * vocabulary);
    };

    const double d2 = discountOf(m_bigrams);
    const double d3 = discountOf(m_trigrams);
    std::map<std::string, Context> contexts2;
    for (const auto& [key, count] : m_bigrams) {
        Context& c = contexts2[key[0]];
        c.total += count;
        c.types += 1;
    }
    std::map<Key, Context> contexts3;
    for (const auto& [key, count] : m_trigrams) {
        Context& c = contexts3[{key[0], key[1]}];
        c.total += count;
        c.types += 1;
    }
    const auto gamma2 = [&](const std::string& u) {
        const Context& c = contexts2.at(u);
        return d2 * double(c.types) / double(c.total);
    };
    const auto listed2 = [&](const std::string& u, const std::string& w, std::uint64_t count) {
        const Context& c = contexts2.at(u);
        return std::max(double(count) - d2, 0.0) / double(c.total) + gamma2(u) * p1(w);
    };
    // P(w | v) as the ARPA model gives it: listed, or backed off.
    const auto full2 = [&](const std::string& v, const std::string& w) {
        const auto it = m_bigrams.find({v, w});
        if (it != m_bigrams.end())
            return listed2(v, w, it->second);
        return contexts2.count(v) != 0 ? gamma2(v) * p1(w) : p1(w);
    };
    const auto gamma3 = [&](const Key& uv) {
        const Context& c = contexts3.at(uv);
        return d3 * double(c.types) / double(c.total);
    };

    std::string body1;
    std::string body2;
    std::string body3;
    // <s> is only ever a history.
    {
        const double prob = -99.0;
        const double bow = std::log10(gamma2(begin));
        appendLine(body1, prob, begin, &bow);
    }
    for (const auto& [w, count] : m_unigrams) {
        (void)count;
        if (contexts2.count(w) != 0) {
            const double bow = std::log10(gamma2(w));
            appendLine(body1, std::log10(p1(w)), w, &bow);
        } else {
            appendLine(body1, std::log10(p1(w)), w, nullptr);
        }
    }
    for (const auto& [key, count] : m_bigrams) {
        const double prob = std::log10(listed2(key[0], key[1], count));
        const std::string words = key[0] + ' ' + key[1];
        const auto ctx = contexts3.find(key);
        if (ctx != contexts3.end()) {
            const double bow = std::log10(gamma3(key));
            appendLine(body2, prob, words, &bow);
        } else {
            appendLine(body2, prob, words, nullptr);
        }
    }
    for (const auto& [key, count] : m_trigrams) {
        const Key uv{key[0], key[1]};
        const Context& c = contexts3.at(uv);
        const double p = std::max(double(count) - d3, 0.0) / double(c.total)
            + gamma3(uv) * full2(key[1], key[2]);
        appendLine(body3, std::log10(p), key[0] + ' ' + key[1] + ' ' + key[2], nullptr);
    }

    std::string out = "\\data\\\n";
    out += "ngram 1=" + std::to_string(m_unigrams.size() + 1) + '\n';
    out += "ngram 2=" + std::to_string(m_bigrams.size()) + '\n';
    out += "ngram 3=" + std::to_string(m_trigrams.size()) + "\n\n";
    out += "\\1-grams:\n" + body1 + "\n\\2-grams:\n" + body2 + "\n\\3-grams:\n" + body3;
    out += "\n\\end\\\n";
    return out;
}

} // namespace vt::server
