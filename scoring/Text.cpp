#include "Text.h"

#include <algorithm>
#include <array>

namespace vt::scoring {
namespace {

constexpr std::uint64_t fnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t fnvPrime = 1099511628211ULL;

// Decodes the code point at `i` and advances `i`; a malformed byte becomes U+FFFD
// (punctuation). JSON input is valid UTF-8 already, but LiveScorer may be fed directly.
char32_t decodeAt(std::string_view text, std::size_t& i)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
        ++i;
        return byte;
    }
    int length = 0;
    char32_t cp = 0;
    if ((byte & 0xE0) == 0xC0) {
        length = 2;
        cp = byte & 0x1F;
    } else if ((byte & 0xF0) == 0xE0) {
        length = 3;
        cp = byte & 0x0F;
    } else if ((byte & 0xF8) == 0xF0) {
        length = 4;
        cp = byte & 0x07;
    }
    bool valid = length > 0 && i + static_cast<std::size_t>(length) <= text.size();
    for (int k = 1; valid && k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        valid = (next & 0xC0) == 0x80;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (!valid) {
        ++i;
        return 0xFFFD;
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

// §2.1 steps 1 and 2, for one code point (the ellipsis is handled by the caller).
char32_t normalise(char32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + ('a' - 'A');
    if (cp < 0x80)
        return cp == '\t' || cp == '\n' || cp == '\r' ? U' ' : cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 0x20;
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
        return '\'';
    if (cp == 0x2010 || cp == 0x2011)
        return '-';
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F)
        return ' ';
    return cp;
}

bool isAsciiDigit(char32_t cp)
{
    return cp >= '0' && cp <= '9';
}

// §2.1 step 3, for a normalised code point.
bool isWordChar(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || isAsciiDigit(cp) || cp == '\'';
    if (cp < 0xC0)
        return false;
    struct Range {
        char32_t first;
        char32_t last;
    };
    static constexpr std::array<Range, 11> symbols{{{0xD7, 0xD7}, {0xF7, 0xF7}, {0x2000, 0x2BFF},
        {0x3000, 0x303F}, {0xFE00, 0xFE6F}, {0xFF00, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65},
        {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF}, {0xE0000, 0xE007F}}};
    return std::none_of(symbols.begin(), symbols.end(),
        [cp](const Range& r) { return cp >= r.first && cp <= r.last; });
}

// The normalised code point at `i` without consuming it; the ellipsis reads as '.'.
char32_t peek(std::string_view text, std::size_t i)
{
    if (i >= text.size())
        return 0;
    const char32_t cp = decodeAt(text, i);
    return cp == 0x2026 ? U'.' : normalise(cp);
}

// The word being built: bytes in a small buffer (words are short), its hash alongside.
class WordBuilder {
public:
    bool empty() const { return m_size == 0 && m_overflow.empty(); }
    char32_t last() const { return m_last; }

    void append(char32_t cp)
    {
        char bytes[4];
        std::size_t n = 0;
        if (cp < 0x80) {
            bytes[n++] = static_cast<char>(cp);
        } else if (cp < 0x800) {
            bytes[n++] = static_cast<char>(0xC0 | (cp >> 6));
            bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            bytes[n++] = static_cast<char>(0xE0 | (cp >> 12));
            bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            bytes[n++] = static_cast<char>(0xF0 | (cp >> 18));
            bytes[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        }
        for (std::size_t k = 0; k < n; ++k) {
            m_hash = (m_hash ^ static_cast<unsigned char>(bytes[k])) * fnvPrime;
            if (m_size == m_buffer.size()) {
                m_overflow.append(m_buffer.data(), m_size);
                m_size = 0;
            }
            m_buffer[m_size++] = bytes[k];
        }
        m_last = cp;
    }

    void moveTo(std::vector<std::string>& words, std::vector<std::uint64_t>& ids)
    {
        if (m_overflow.empty()) {
            words.emplace_back(m_buffer.data(), m_size);
        } else {
            m_overflow.append(m_buffer.data(), m_size);
            words.push_back(std::move(m_overflow));
            m_overflow.clear();
        }
        ids.push_back(m_hash);
        m_size = 0;
        m_hash = fnvOffset;
        m_last = 0;
    }

private:
    std::array<char, 64> m_buffer{};
    std::size_t m_size = 0;
    std::string m_overflow;
    std::uint64_t m_hash = fnvOffset;
    char32_t m_last = 0;
};

} // namespace

bool isDiscourseWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 7> words{
        "so", "and", "but", "okay", "ok", "well", "now"};
    return std::find(words.begin(), words.end(), word) != words.end();
}

std::uint64_t wordId(std::string_view word)
{
    std::uint64_t hash = fnvOffset;
    for (const char c : word)
        hash = (hash ^ static_cast<unsigned char>(c)) * fnvPrime;
    return hash;
}

AnalysedText analyseText(std::string_view utf8)
{
    AnalysedText text;
    analyseTextInto(utf8, text);
    return text;
}

std::uint64_t idMaskOf(const std::vector<std::uint64_t>& ids)
{
    std::uint64_t mask = 0;
    for (const std::uint64_t id : ids)
        mask |= std::uint64_t{1} << (id % 64);
    return mask;
}

void analyseTextInto(std::string_view utf8, AnalysedText& text)
{
    text.words.clear();
    text.marks.clear();
    text.ids.clear();
    text.commaBefore.clear();
    text.commaAfter.clear();
    text.sentenceOf.clear();
    text.sentences.clear();
    const std::size_t guess = utf8.size() / 5 + 1;
    text.words.reserve(guess);
    text.marks.reserve(guess);
    text.ids.reserve(guess);
    text.commaBefore.reserve(guess);
    text.commaAfter.reserve(guess);
    text.sentenceOf.reserve(guess);

    WordBuilder word;
    bool commaPending = false; // a comma since the last word
    bool breakPending = false; // a clause break since the last word
    char32_t previous = 0;     // the previous normalised code point
    std::uint8_t startMarks = 0;
    std::uint32_t sentenceBegin = 0;

    const auto flushWord = [&] {
        if (word.empty())
            return;
        word.moveTo(text.words, text.ids);
        text.marks.push_back(static_cast<std::uint8_t>(
            startMarks | (commaPending || breakPending ? ClauseBreakBefore : 0)));
        text.commaBefore.push_back(commaPending);
        text.commaAfter.push_back(false);
        text.sentenceOf.push_back(static_cast<std::uint32_t>(text.sentences.size()));
        commaPending = false;
        breakPending = false;
        startMarks = 0;
    };
    const auto closeSentence = [&](bool question) {
        const auto end = static_cast<std::uint32_t>(text.words.size());
        if (end == sentenceBegin)
            return; // no words: not a sentence
        Sentence sentence{sentenceBegin, end, sentenceBegin, question};
        while (sentence.first < end && isDiscourseWord(text.words[sentence.first]))
            ++sentence.first;
        text.sentences.push_back(sentence);
        sentenceBegin = end;
    };
    // `next` is the code point after `cp`, for the marks that need both neighbours.
    const auto separator = [&](char32_t cp, char32_t next) {
        const bool afterWord = !word.empty();
        const char32_t lastOfWord = word.last();
        flushWord();
        if (cp == ',') {
            commaPending = true;
            if (!text.words.empty())
                text.commaAfter.back() = true;
            if (afterWord && isAsciiDigit(lastOfWord) && isAsciiDigit(next))
                text.marks.back() |= DigitGroupNext;
        } else if (cp == '.' || cp == '!' || cp == '?') {
            closeSentence(cp == '?');
        } else if (cp == ';' || cp == ':' || cp == '-' || cp == 0x2013 || cp == 0x2014) {
            breakPending = true;
        } else if (cp == '%' && afterWord) {
            text.marks.back() |= PercentAfter;
        }
    };

    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t raw = decodeAt(utf8, i);
        if (raw == 0x2026) { // the ellipsis: three sentence ends
            separator('.', 0);
            separator('.', 0);
            separator('.', 0);
            previous = '.';
            continue;
        }
        const char32_t cp = normalise(raw);
        if (isWordChar(cp)) {
            if (word.empty() && previous == '$')
                startMarks |= DollarBefore;
            word.append(cp);
            previous = cp;
            continue;
        }
        if (!word.empty() && (cp == '-' || cp == '.')) {
            const char32_t next = peek(utf8, i);
            if ((cp == '-' && isWordChar(next))
                || (cp == '.' && isAsciiDigit(word.last()) && isAsciiDigit(next))) {
                word.append(cp);
                previous = cp;
                continue;
            }
        }
        separator(cp, cp == ',' ? peek(utf8, i) : 0);
        previous = cp;
    }
    flushWord();
    closeSentence(false);
    text.idMask = idMaskOf(text.ids);
}

std::vector<std::string> phraseWords(std::string_view utf8)
{
    return analyseText(utf8).words;
}

namespace {

// `skippable(i)`: whether words[i] may be the one other word between two phrase words.
template <typename Same, typename Skippable>
bool saidWith(
    std::size_t length, const std::vector<std::string>& words, Same same, Skippable skippable)
{
    if (length == 0 || length > maxPhraseWords || words.size() < length)
        return false;
    // Bit k of ending[i]: phrase words 0..k are said with word k at position i. Word k may
    // follow word k-1 directly or with one other word between.
    const std::uint64_t done = std::uint64_t{1} << (length - 1);
    std::uint64_t twoBack = 0;
    std::uint64_t oneBack = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::uint64_t here = 0;
        const std::uint64_t overGap = i > 0 && skippable(i - 1) ? twoBack : 0;
        const std::uint64_t reachable = (oneBack | overGap) << 1 | 1U;
        for (std::size_t k = 0; k < length; ++k) {
            if (((reachable >> k) & 1U) != 0 && same(k, i))
                here |= std::uint64_t{1} << k;
        }
        if ((here & done) != 0)
            return true;
        twoBack = oneBack;
        oneBack = here;
    }
    return false;
}

bool anyWord(std::size_t)
{
    return true;
}

} // namespace

bool isSaid(const std::vector<std::string>& phrase, const std::vector<std::string>& words)
{
    return saidWith(
        phrase.size(), words, [&](std::size_t k, std::size_t i) { return phrase[k] == words[i]; },
        anyWord);
}

bool isSaid(const std::vector<std::string>& phrase, const std::vector<std::uint64_t>& phraseIds,
    std::uint64_t phraseMask, const std::vector<std::string>& words,
    const std::vector<std::uint64_t>& ids, std::uint64_t mask)
{
    if ((phraseMask & ~mask) != 0)
        return false; // some phrase word is certainly absent
    return saidWith(
        phrase.size(), words,
        [&](std::size_t k, std::size_t i) {
            return phraseIds[k] == ids[i] && phrase[k] == words[i];
        },
        anyWord);
}

bool isSaidUnnegated(const std::vector<std::string>& phrase,
    const std::vector<std::uint64_t>& phraseIds, std::uint64_t phraseMask,
    const std::vector<std::string>& words, const std::vector<std::uint64_t>& ids,
    std::uint64_t mask)
{
    if ((phraseMask & ~mask) != 0)
        return false;
    static const std::uint64_t notId = wordId("not");
    static const std::uint64_t neverId = wordId("never");
    return saidWith(
        phrase.size(), words,
        [&](std::size_t k, std::size_t i) {
            return phraseIds[k] == ids[i] && phrase[k] == words[i];
        },
        [&](std::size_t i) {
            return !((ids[i] == notId && words[i] == "not")
                || (ids[i] == neverId && words[i] == "never"));
        });
}

bool isSaid(const std::vector<std::string>& phrase, const std::vector<std::uint64_t>& phraseIds,
    std::uint64_t phraseMask, const AnalysedText& text)
{
    return isSaid(phrase, phraseIds, phraseMask, text.words, text.ids, text.idMask);
}

} // namespace vt::scoring
