#include "SpokenText.h"

#include "Text.h"

#include <array>

namespace vt::server {
namespace {

constexpr std::array<std::string_view, 20> small{"zero", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> tens{
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

void append(std::string& out, std::string_view words)
{
    if (words.empty())
        return;
    if (!out.empty())
        out += ' ';
    out += words;
}

// 1..999
std::string belowThousand(unsigned n)
{
    std::string out;
    if (n >= 100) {
        append(out, small[n / 100]);
        append(out, "hundred");
        n %= 100;
    }
    if (n >= 20) {
        append(out, tens[n / 10]);
        if (n % 10 != 0)
            append(out, small[n % 10]);
    } else if (n > 0) {
        append(out, small[n]);
    }
    return out;
}

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

std::string digitByDigit(std::string_view digits)
{
    std::string out;
    for (const char c : digits)
        append(out, small[std::size_t(c - '0')]);
    return out;
}

// The ways a written number word is said; empty when it is no number. `amount`: written as
// an amount (with digit groups, a currency or a percent sign), never an id said digit by digit.
std::vector<std::string> sayNumber(std::string_view word, bool amount = false)
{
    bool thousands = false;
    if (word.size() > 1 && word.back() == 'k' && isDigits(word.substr(0, word.size() - 1))) {
        thousands = true;
        word.remove_suffix(1);
    }
    const std::size_t point = word.find('.');
    const std::string_view whole = word.substr(0, point);
    const std::string_view fraction
        = point == std::string_view::npos ? std::string_view() : word.substr(point + 1);
    if (!isDigits(whole) || (point != std::string_view::npos && !isDigits(fraction))
        || whole.size() > 15)
        return {};
    if (fraction.empty() && !thousands && !amount
        && (whole.size() >= 5 || (whole.size() > 1 && whole[0] == '0')))
        return {digitByDigit(whole)}; // an id, a phone number, a zip code
    std::uint64_t value = std::stoull(std::string(whole));
    if (thousands)
        value *= 1000;
    std::vector<std::string> ways{numberInWords(value)};
    if (!fraction.empty()) {
        ways[0] += " point " + digitByDigit(fraction);
        if (value == 0)
            ways.push_back("point " + digitByDigit(fraction));
        return ways;
    }
    if (whole.size() == 4 && value >= 1900 && value <= 2099 && value % 100 != 0 && !thousands) {
        // A year: "twenty twenty six", "nineteen ninety nine"; "two thousand five" stays.
        if (value >= 2010 || value < 2000)
            ways.insert(ways.begin(),
                belowThousand(unsigned(value / 100)) + " " + belowThousand(unsigned(value % 100)));
    } else if (value >= 1100 && value < 10000 && value % 100 == 0 && value % 1000 != 0) {
        ways.push_back(belowThousand(unsigned(value / 100)) + " hundred"); // twenty seven hundred
    } else if (value >= 100000 && value < 1000000 && value % 1000 == 0) {
        // A price said as people say it: "three eighty five thousand".
        const unsigned k = unsigned(value / 1000);
        if (k % 100 != 0 && k % 100 >= 10)
            ways.push_back(
                std::string(small[k / 100]) + " " + belowThousand(k % 100) + " thousand");
    }
    return ways;
}

} // namespace

std::string numberInWords(std::uint64_t value)
{
    if (value == 0)
        return "zero";
    struct Scale {
        std::uint64_t size;
        std::string_view name;
    };
    static constexpr std::array<Scale, 4> scales{{{1'000'000'000'000ULL, "trillion"},
        {1'000'000'000ULL, "billion"}, {1'000'000ULL, "million"}, {1'000ULL, "thousand"}}};
    std::string out;
    for (const Scale& s : scales) {
        if (value >= s.size) {
            append(out, belowThousand(unsigned(value / s.size)));
            append(out, s.name);
            value %= s.size;
        }
    }
    if (value > 0)
        append(out, belowThousand(unsigned(value)));
    return out;
}

std::vector<SpokenSentence> spokenSentences(std::string_view text)
{
    std::vector<SpokenSentence> out;
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find_first_of(";\n", begin);
        if (end == std::string_view::npos)
            end = text.size();
        const scoring::AnalysedText analysed
            = scoring::analyseText(text.substr(begin, end - begin));
        for (const scoring::Sentence& s : analysed.sentences) {
            // Each word's ways of being said; the sentence is said with each word's first way,
            // and once more for each number with another way.
            std::vector<std::vector<std::string>> ways;
            for (std::uint32_t i = s.begin; i < s.end; ++i) {
                std::string word = analysed.words[i];
                const std::uint8_t marks = analysed.marks[i];
                // "410,000" is one number.
                bool grouped = false;
                while ((analysed.marks[i] & scoring::DigitGroupNext) != 0 && i + 1 < s.end
                    && analysed.words[i + 1].size() >= 3
                    && isDigits(analysed.words[i + 1].substr(0, 3))) {
                    word += analysed.words[++i];
                    grouped = true;
                }
                const bool amount = grouped || (marks & scoring::DollarBefore) != 0
                    || (analysed.marks[i] & scoring::PercentAfter) != 0;
                std::vector<std::string> said = sayNumber(word, amount);
                if (!said.empty()) {
                    const std::string after = (analysed.marks[i] & scoring::PercentAfter) != 0
                        ? " percent"
                        : ((marks & scoring::DollarBefore) != 0 ? " dollars" : "");
                    for (std::string& w : said)
                        w += after;
                    ways.push_back(std::move(said));
                    continue;
                }
                // Hyphenated words apart ("30-year" was a number above only if all digits).
                std::size_t from = 0;
                while (from <= word.size()) {
                    const std::size_t hyphen = std::min(word.find('-', from), word.size());
                    const std::string part = word.substr(from, hyphen - from);
                    std::vector<std::string> partSaid = sayNumber(part);
                    if (!partSaid.empty())
                        ways.push_back({partSaid.front()});
                    else if (!part.empty())
                        ways.push_back({part});
                    from = hyphen + 1;
                }
            }
            if (ways.empty())
                continue;
            const auto sentence = [&ways](std::size_t variantOf, std::size_t variant) {
                SpokenSentence words;
                for (std::size_t w = 0; w < ways.size(); ++w) {
                    const std::string& chosen = w == variantOf ? ways[w][variant] : ways[w].front();
                    std::size_t from = 0;
                    while (from < chosen.size()) {
                        const std::size_t space = std::min(chosen.find(' ', from), chosen.size());
                        words.push_back(chosen.substr(from, space - from));
                        from = space + 1;
                    }
                }
                return words;
            };
            out.push_back(sentence(ways.size(), 0));
            for (std::size_t w = 0; w < ways.size(); ++w) {
                for (std::size_t v = 1; v < ways[w].size(); ++v)
                    out.push_back(sentence(w, v));
            }
        }
        begin = end + 1;
    }
    return out;
}

} // namespace vt::server
