#include "Numbers.h"

#include <array>
#include <utility>

namespace vt::scoring {
namespace {

constexpr std::uint64_t maxValue = 1'000'000'000'000'000ULL; // 10^15
constexpr unsigned maxDecimals = 6;

enum class Kind { None, Unit, Teen, Tens, Hundred, Scale, And, Point, A, Other };

struct Word {
    Kind kind = Kind::Other;
    std::uint64_t value = 0;
};

Word classify(std::string_view w)
{
    static constexpr std::array<std::string_view, 10> units{
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    static constexpr std::array<std::string_view, 10> teens{"ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::array<std::string_view, 8> tens{
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (w == units[i])
            return {Kind::Unit, i};
    }
    for (std::size_t i = 0; i < teens.size(); ++i) {
        if (w == teens[i])
            return {Kind::Teen, 10 + i};
    }
    for (std::size_t i = 0; i < tens.size(); ++i) {
        if (w == tens[i])
            return {Kind::Tens, 20 + 10 * i};
    }
    if (w == "hundred")
        return {Kind::Hundred, 100};
    if (w == "thousand")
        return {Kind::Scale, 1'000};
    if (w == "million")
        return {Kind::Scale, 1'000'000};
    if (w == "billion")
        return {Kind::Scale, 1'000'000'000};
    if (w == "and")
        return {Kind::And, 0};
    if (w == "point")
        return {Kind::Point, 0};
    if (w == "a")
        return {Kind::A, 0};
    return {};
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "6.900" -> "6.9", "6.0" -> "6".
void trimFraction(std::string& digits)
{
    const std::size_t point = digits.find('.');
    if (point == std::string::npos)
        return;
    std::size_t end = digits.size();
    while (end > point + 1 && digits[end - 1] == '0')
        --end;
    if (end == point + 1)
        end = point;
    digits.resize(end);
}

// Fraction digits after "point": single digit words, at most maxDecimals.
std::string fractionAfter(const std::vector<std::string>& words, std::size_t& i)
{
    std::string fraction;
    while (i < words.size() && fraction.size() < maxDecimals) {
        const int digit = digitWordValue(words[i]);
        if (digit < 0)
            break;
        fraction += static_cast<char>('0' + digit);
        ++i;
    }
    return fraction;
}

SpokenNumber finish(std::uint64_t integer, std::string fraction, std::size_t words, bool spelled)
{
    SpokenNumber n;
    n.words = words;
    n.integer = integer;
    n.spelledOut = spelled;
    n.digits = std::to_string(integer);
    if (!fraction.empty())
        n.digits += "." + fraction;
    trimFraction(n.digits);
    const std::size_t point = n.digits.find('.');
    n.decimals = point == std::string::npos ? 0 : unsigned(n.digits.size() - point - 1);
    return n;
}

// "45 thousand", "1.5 million": a written number times a spoken scale, when exact.
std::optional<SpokenNumber> scaledDigits(
    const std::string& digits, std::uint64_t scale, std::size_t words)
{
    const std::size_t point = digits.find('.');
    const std::string whole = digits.substr(0, point);
    std::string fraction = point == std::string::npos ? std::string() : digits.substr(point + 1);
    if (whole.size() > 15)
        return std::nullopt;
    std::uint64_t value = whole.empty() ? 0 : std::stoull(whole);
    std::uint64_t factor = scale;
    // Shift fraction digits into the integer while the scale allows.
    std::size_t used = 0;
    while (used < fraction.size() && factor >= 10) {
        value = value * 10 + std::uint64_t(fraction[used] - '0');
        factor /= 10;
        ++used;
    }
    if (value > maxValue / factor)
        return std::nullopt;
    value *= factor;
    return finish(value, fraction.substr(used), words, true);
}

} // namespace

int digitWordValue(std::string_view word)
{
    const Word w = classify(word);
    return w.kind == Kind::Unit ? int(w.value) : -1;
}

std::optional<std::string> canonicalDigits(std::string_view word)
{
    if (word.empty() || !isAsciiDigit(word.front()))
        return std::nullopt;
    bool thousands = false;
    if (word.back() == 'k') {
        thousands = true;
        word.remove_suffix(1);
    }
    bool point = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (isAsciiDigit(word[i]))
            continue;
        if (word[i] == '.' && !point && i > 0 && i + 1 < word.size()) {
            point = true;
            continue;
        }
        return std::nullopt;
    }
    std::string digits(word);
    if (thousands) {
        const std::optional<SpokenNumber> scaled = scaledDigits(digits, 1000, 1);
        if (!scaled)
            return std::nullopt;
        return scaled->digits;
    }
    trimFraction(digits);
    return digits;
}

std::optional<SpokenNumber> readNumber(const std::vector<std::string>& words, std::size_t at)
{
    if (at >= words.size())
        return std::nullopt;

    // Written digits, perhaps with a spoken scale after them.
    if (const std::optional<std::string> digits = canonicalDigits(words[at])) {
        if (at + 1 < words.size()) {
            const Word next = classify(words[at + 1]);
            if (next.kind == Kind::Scale || next.kind == Kind::Hundred) {
                if (std::optional<SpokenNumber> scaled = scaledDigits(*digits, next.value, 2))
                    return scaled;
            }
        }
        SpokenNumber n;
        n.words = 1;
        n.digits = *digits;
        const std::size_t point = n.digits.find('.');
        n.decimals = point == std::string::npos ? 0 : unsigned(n.digits.size() - point - 1);
        const std::string whole = n.digits.substr(0, point);
        n.integer = whole.size() <= 15 ? std::stoull(whole) : 0;
        return n;
    }

    const Word first = classify(words[at]);
    // Single digits said one by one: "four five six seven".
    if (first.kind == Kind::Unit && at + 1 < words.size()
        && classify(words[at + 1]).kind == Kind::Unit) {
        SpokenNumber n;
        n.digitSequence = true;
        n.spelledOut = true;
        std::size_t i = at;
        while (i < words.size() && n.digits.size() < 32) {
            const int digit = digitWordValue(words[i]);
            if (digit < 0)
                break;
            n.digits += static_cast<char>('0' + digit);
            ++i;
        }
        n.words = i - at;
        return n;
    }

    std::uint64_t total = 0;
    std::uint64_t group = 0;
    std::uint64_t lastScale = ~std::uint64_t{0};
    bool groupHasHundred = false;
    Kind last = Kind::None;
    std::size_t i = at;
    std::size_t consumed = at;
    if (first.kind == Kind::A) {
        if (at + 1 >= words.size())
            return std::nullopt;
        const Kind next = classify(words[at + 1]).kind;
        if (next != Kind::Hundred && next != Kind::Scale)
            return std::nullopt;
        group = 1;
        last = Kind::Unit;
        i = at + 1;
    }
    std::string fraction;
    for (; i < words.size(); ++i) {
        const Word w = classify(words[i]);
        const bool afterJoin = last == Kind::None || last == Kind::Hundred || last == Kind::Scale
            || last == Kind::And;
        bool accepted = false;
        switch (w.kind) {
        case Kind::Unit:
            if (w.value == 0) {
                // "zero" only on its own (a digit sequence is read above).
                accepted = last == Kind::None;
            } else {
                accepted = afterJoin || last == Kind::Tens;
            }
            if (accepted)
                group += w.value;
            break;
        case Kind::Teen:
        case Kind::Tens:
            accepted = afterJoin;
            if (accepted)
                group += w.value;
            break;
        case Kind::Hundred:
            if (last == Kind::None) {
                group = 1; // "hundred percent"
                accepted = true;
            } else {
                accepted = (last == Kind::Unit || last == Kind::Teen || last == Kind::Tens)
                    && !groupHasHundred && group >= 1 && group <= 99;
            }
            if (accepted) {
                group *= 100;
                groupHasHundred = true;
            }
            break;
        case Kind::Scale:
            if (last == Kind::None)
                group = 1; // "thousand dollars"
            accepted = (last == Kind::None || last == Kind::Unit || last == Kind::Teen
                           || last == Kind::Tens || last == Kind::Hundred)
                && group > 0 && w.value < lastScale && group <= maxValue / w.value
                && total + group * w.value <= maxValue;
            if (accepted) {
                total += group * w.value;
                group = 0;
                groupHasHundred = false;
                lastScale = w.value;
            }
            break;
        case Kind::And:
            // "one hundred and five": only between a hundred or a scale and what follows.
            if ((last == Kind::Hundred || last == Kind::Scale) && i + 1 < words.size()) {
                const Kind next = classify(words[i + 1]).kind;
                if ((next == Kind::Unit && digitWordValue(words[i + 1]) > 0) || next == Kind::Teen
                    || next == Kind::Tens) {
                    last = Kind::And;
                    continue; // not consumed until what follows is
                }
            }
            break;
        case Kind::Point:
            if (last != Kind::None && last != Kind::And && i + 1 < words.size()
                && digitWordValue(words[i + 1]) >= 0) {
                std::size_t j = i + 1;
                fraction = fractionAfter(words, j);
                consumed = j;
                i = words.size(); // the point ends the number
                accepted = false;
                last = Kind::Point;
            }
            break;
        case Kind::A:
        case Kind::None:
        case Kind::Other:
            break;
        }
        if (last == Kind::Point)
            break;
        if (!accepted)
            break;
        last = w.kind;
        consumed = i + 1;
        if (w.kind == Kind::Unit && w.value == 0)
            break; // nothing follows a lone zero but a point
    }
    if (last == Kind::Unit && group == 0 && total == 0 && consumed == at + 1 && words[at] == "zero"
        && consumed < words.size() && words[consumed] == "point") {
        // "zero point five"
        std::size_t j = consumed + 1;
        const std::string zeroFraction = fractionAfter(words, j);
        if (!zeroFraction.empty())
            return finish(0, zeroFraction, j - at, true);
    }
    if (consumed == at)
        return std::nullopt;
    return finish(total + group, fraction, consumed - at, true);
}

} // namespace vt::scoring
