#include "MatchText.h"

#include "Numbers.h"

#include <algorithm>
#include <array>
#include <utility>

namespace vt::scoring {
namespace {

using namespace std::string_view_literals;

// §2.3 step 6, irregular forms: every form of these verbs folds to the base form.
struct Irregular {
    std::string_view form;
    std::string_view base;
};
constexpr auto irregulars = std::to_array<Irregular>({
    {"am", "be"},
    {"are", "be"},
    {"be", "be"},
    {"been", "be"},
    {"being", "be"},
    {"is", "be"},
    {"was", "be"},
    {"were", "be"},
    {"had", "have"},
    {"has", "have"},
    {"have", "have"},
    {"having", "have"},
    {"did", "do"},
    {"do", "do"},
    {"does", "do"},
    {"doing", "do"},
    {"done", "do"},
    {"go", "go"},
    {"goes", "go"},
    {"going", "go"},
    {"gone", "go"},
    {"went", "go"},
    {"said", "say"},
    {"say", "say"},
    {"saying", "say"},
    {"says", "say"},
    {"paid", "pay"},
    {"pay", "pay"},
    {"paying", "pay"},
    {"pays", "pay"},
    {"made", "make"},
    {"make", "make"},
    {"makes", "make"},
    {"making", "make"},
    {"get", "get"},
    {"gets", "get"},
    {"getting", "get"},
    {"got", "get"},
    {"gotten", "get"},
    {"take", "take"},
    {"taken", "take"},
    {"takes", "take"},
    {"taking", "take"},
    {"took", "take"},
    {"came", "come"},
    {"come", "come"},
    {"comes", "come"},
    {"coming", "come"},
    {"gave", "give"},
    {"give", "give"},
    {"given", "give"},
    {"gives", "give"},
    {"giving", "give"},
    {"knew", "know"},
    {"know", "know"},
    {"knowing", "know"},
    {"known", "know"},
    {"knows", "know"},
    {"think", "think"},
    {"thinking", "think"},
    {"thinks", "think"},
    {"thought", "think"},
    {"bought", "buy"},
    {"buy", "buy"},
    {"buying", "buy"},
    {"buys", "buy"},
    {"sell", "sell"},
    {"selling", "sell"},
    {"sells", "sell"},
    {"sold", "sell"},
    {"lose", "lose"},
    {"loses", "lose"},
    {"losing", "lose"},
    {"lost", "lose"},
    {"find", "find"},
    {"finding", "find"},
    {"finds", "find"},
    {"found", "find"},
    {"keep", "keep"},
    {"keeping", "keep"},
    {"keeps", "keep"},
    {"kept", "keep"},
    {"send", "send"},
    {"sending", "send"},
    {"sends", "send"},
    {"sent", "send"},
    {"spend", "spend"},
    {"spending", "spend"},
    {"spends", "spend"},
    {"spent", "spend"},
    {"held", "hold"},
    {"hold", "hold"},
    {"holding", "hold"},
    {"holds", "hold"},
    {"lend", "lend"},
    {"lending", "lend"},
    {"lends", "lend"},
    {"lent", "lend"},
    {"tell", "tell"},
    {"telling", "tell"},
    {"tells", "tell"},
    {"told", "tell"},
    {"feel", "feel"},
    {"feeling", "feel"},
    {"feels", "feel"},
    {"felt", "feel"},
    {"understand", "understand"},
    {"understanding", "understand"},
    {"understands", "understand"},
    {"understood", "understand"},
    {"speak", "speak"},
    {"speaking", "speak"},
    {"speaks", "speak"},
    {"spoke", "speak"},
    {"spoken", "speak"},
    {"write", "write"},
    {"writes", "write"},
    {"writing", "write"},
    {"written", "write"},
    {"wrote", "write"},
    {"chose", "choose"},
    {"choose", "choose"},
    {"chooses", "choose"},
    {"choosing", "choose"},
    {"chosen", "choose"},
    {"bring", "bring"},
    {"bringing", "bring"},
    {"brings", "bring"},
    {"brought", "bring"},
    {"rise", "rise"},
    {"risen", "rise"},
    {"rises", "rise"},
    {"rising", "rise"},
    {"rose", "rise"},
    {"fall", "fall"},
    {"fallen", "fall"},
    {"falling", "fall"},
    {"falls", "fall"},
    {"fell", "fall"},
});

// §2.3 step 3: whole words spoken as two.
struct Spoken {
    std::string_view word;
    std::string_view first;
    std::string_view second;
};
constexpr auto spokenForms = std::to_array<Spoken>({
    {"ain't", "is", "not"},
    {"can't", "can", "not"},
    {"cannot", "can", "not"},
    {"gonna", "going", "to"},
    {"gotta", "got", "to"},
    {"let's", "let", "us"},
    {"shan't", "shall", "not"},
    {"wanna", "want", "to"},
    {"won't", "will", "not"},
    {"y'all", "you", "all"},
});

// §2.3 step 3: contracted endings.
struct Suffix {
    std::string_view ending;
    std::string_view word;
};
constexpr auto contractedEndings = std::to_array<Suffix>({
    {"n't", "not"},
    {"'re", "are"},
    {"'ve", "have"},
    {"'ll", "will"},
    {"'m", "am"},
    {"'d", "would"},
    {"'s", "is"},
});

bool endsWith(std::string_view word, std::string_view ending)
{
    return word.size() >= ending.size() && word.substr(word.size() - ending.size()) == ending;
}

bool isLetter(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool hasVowel(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), isVowel);
}

bool isAllDigits(std::string_view s)
{
    return !s.empty()
        && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "410" "000" (a digit group after a comma): exactly three digits, perhaps with a decimal
// part ("000.50").
bool isLaterDigitGroup(std::string_view s)
{
    if (s.size() < 3 || !isAllDigits(s.substr(0, 3)))
        return false;
    return s.size() == 3 || (s[3] == '.' && s.size() > 4 && isAllDigits(s.substr(4)));
}

// "stopp" -> "stop": a doubled consonant left by -ing or -ed, except l, s and z.
void undouble(std::string& s)
{
    const std::size_t n = s.size();
    if (n >= 2 && s[n - 1] == s[n - 2] && !isVowel(s[n - 1]) && s[n - 1] != 'l' && s[n - 1] != 's'
        && s[n - 1] != 'z')
        s.pop_back();
}

// Step 3: one word as the words it stands for ("don't" -> "do not").
void expand(std::string_view word, std::vector<std::string>& out)
{
    while (!word.empty() && word.front() == '\'')
        word.remove_prefix(1);
    while (!word.empty() && word.back() == '\'')
        word.remove_suffix(1);
    if (word.empty())
        return;
    for (const Spoken& s : spokenForms) {
        if (word == s.word) {
            out.emplace_back(s.first);
            out.emplace_back(s.second);
            return;
        }
    }
    if (word == "okay") {
        out.emplace_back("ok");
        return;
    }
    for (const Suffix& s : contractedEndings) {
        if (word.size() > s.ending.size() && endsWith(word, s.ending)) {
            std::string stem(word.substr(0, word.size() - s.ending.size()));
            stem.erase(std::remove(stem.begin(), stem.end(), '\''), stem.end());
            if (!stem.empty())
                out.push_back(std::move(stem));
            out.emplace_back(s.word);
            return;
        }
    }
    std::string plain(word);
    plain.erase(std::remove(plain.begin(), plain.end(), '\''), plain.end());
    out.push_back(std::move(plain));
}

} // namespace

std::string foldInflection(std::string_view word)
{
    for (const Irregular& i : irregulars) {
        if (word == i.form)
            return std::string(i.base);
    }
    if (word.size() < 4 || !std::all_of(word.begin(), word.end(), isLetter) || !hasVowel(word))
        return std::string(word); // short words, numbers, acronyms ("nmls")
    std::string s(word);
    // Plurals and the third person.
    if (endsWith(s, "ies") && s.size() >= 5) {
        s.resize(s.size() - 3);
        s += 'y';
    } else if (endsWith(s, "es") && s.size() >= 5
        && (endsWith(std::string_view(s).substr(0, s.size() - 2), "s")
            || endsWith(std::string_view(s).substr(0, s.size() - 2), "x")
            || endsWith(std::string_view(s).substr(0, s.size() - 2), "z")
            || endsWith(std::string_view(s).substr(0, s.size() - 2), "ch")
            || endsWith(std::string_view(s).substr(0, s.size() - 2), "sh"))) {
        s.resize(s.size() - 2);
    } else if (endsWith(s, "s") && !endsWith(s, "ss") && !endsWith(s, "us") && !endsWith(s, "is")) {
        s.pop_back();
    }
    // The past and the progressive.
    if (endsWith(s, "ied") && s.size() >= 5) {
        s.resize(s.size() - 3);
        s += 'y';
        return s;
    }
    for (const std::string_view ending : {"ing"sv, "ed"sv}) {
        if (!endsWith(s, ending))
            continue;
        const std::string_view rest = std::string_view(s).substr(0, s.size() - ending.size());
        if (rest.size() >= 3 && hasVowel(rest)) {
            s.resize(rest.size());
            undouble(s);
            return s;
        }
    }
    // A silent e.
    if (s.back() == 'e' && s.size() >= 4)
        s.pop_back();
    return s;
}

namespace {

void tokensInto(const AnalysedText& text, MatchTokens& out, bool fold)
{
    out.tokens.clear();
    out.ids.clear();
    // Steps 1-3: digit groups joined, hyphenated words split, contractions expanded; each
    // expanded word keeps the '$' before and the '%' after its source word.
    std::vector<std::string> words;
    std::vector<std::uint8_t> marks;
    words.reserve(text.words.size() + 4);
    marks.reserve(text.words.size() + 4);
    const std::size_t n = text.words.size();
    for (std::size_t i = 0; i < n; ++i) {
        std::string word = text.words[i];
        std::uint8_t firstMarks = text.marks[i];
        std::uint8_t lastMarks = text.marks[i];
        if (isAllDigits(word) && word.size() <= 3) {
            while ((lastMarks & DigitGroupNext) != 0 && i + 1 < n
                && isLaterDigitGroup(text.words[i + 1])) {
                ++i;
                word += text.words[i];
                lastMarks = text.marks[i];
            }
        }
        const std::size_t before = words.size();
        std::string_view rest = word;
        while (!rest.empty()) {
            const std::size_t hyphen = rest.find('-');
            expand(rest.substr(0, hyphen), words);
            rest = hyphen == std::string_view::npos ? std::string_view() : rest.substr(hyphen + 1);
        }
        marks.resize(words.size(), 0);
        if (words.size() > before) {
            marks[before] |= static_cast<std::uint8_t>(firstMarks & DollarBefore);
            marks.back() |= static_cast<std::uint8_t>(lastMarks & PercentAfter);
        }
    }
    // Steps 4-6: numbers, "per cent", inflections.
    const auto push = [&](std::string token) {
        out.ids.push_back(wordId(token));
        out.tokens.push_back(std::move(token));
    };
    for (std::size_t k = 0; k < words.size();) {
        if (words[k] == "per" && k + 1 < words.size() && words[k + 1] == "cent") {
            push("percent");
            k += 2;
            continue;
        }
        if (const std::optional<SpokenNumber> number = readNumber(words, k)) {
            const std::size_t last = k + number->words - 1;
            push(number->digits);
            if ((marks[last] & PercentAfter) != 0)
                push("percent");
            if ((marks[k] & DollarBefore) != 0)
                push("dollar");
            k += number->words;
            continue;
        }
        push(fold ? foldInflection(words[k]) : words[k]);
        if ((marks[k] & PercentAfter) != 0)
            push("percent");
        ++k;
    }
    out.mask = idMaskOf(out.ids);
}

} // namespace

void matchTokensInto(const AnalysedText& text, MatchTokens& out)
{
    tokensInto(text, out, true);
}

void unfoldedTokensInto(const AnalysedText& text, MatchTokens& out)
{
    tokensInto(text, out, false);
}

MatchTokens matchTokens(std::string_view utf8)
{
    MatchTokens tokens;
    matchTokensInto(analyseText(utf8), tokens);
    return tokens;
}

bool isSaid(const MatchTokens& phrase, const MatchTokens& text)
{
    return isSaidUnnegated(
        phrase.tokens, phrase.ids, phrase.mask, text.tokens, text.ids, text.mask);
}

} // namespace vt::scoring
