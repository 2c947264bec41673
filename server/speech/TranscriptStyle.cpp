#include "TranscriptStyle.h"

#include "Numbers.h"
#include "Questions.h"
#include "Text.h"

#include <algorithm>
#include <string>
#include <vector>

namespace vt::server {
namespace {

enum class Gap : std::uint8_t { None, Comma, Sentence };

// A stretch of words written as one: a word, or a number ("forty five" → "45").
struct Piece {
    std::size_t first = 0; // first word
    std::size_t words = 1;
    QString text;
    bool number = false;
};

// "410000" → "410,000"; decimals kept ("2500.5" → "2,500.5").
QString grouped(const std::string& digits)
{
    const std::size_t point = digits.find('.');
    const std::string whole = digits.substr(0, point);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0 && whole.size() >= 4)
            out += ',';
        out += whole[i];
    }
    if (point != std::string::npos)
        out += digits.substr(point);
    return QString::fromStdString(out);
}

std::vector<Piece> piecesOf(const std::vector<std::string>& words)
{
    struct Span {
        std::size_t first;
        scoring::SpokenNumber number;
    };
    std::vector<Span> spans;
    for (std::size_t i = 0; i < words.size();) {
        if (std::optional<scoring::SpokenNumber> n = scoring::readNumber(words, i)) {
            spans.push_back({i, *n});
            i += n->words;
        } else {
            ++i;
        }
    }
    std::vector<Piece> pieces;
    std::size_t next = 0; // next span
    for (std::size_t i = 0; i < words.size();) {
        if (next < spans.size() && spans[next].first == i) {
            const Span& s = spans[next];
            const std::size_t after = i + s.number.words;
            const std::string following = after < words.size() ? words[after] : std::string();
            // Two numbers side by side ("twenty twenty six", "four ten") are said as a pair
            // a reader could not tell apart in digits: they stay words.
            const bool pairedBefore
                = next > 0 && spans[next - 1].first + spans[next - 1].number.words == i;
            const bool pairedAfter = next + 1 < spans.size() && spans[next + 1].first == after;
            ++next;
            Piece p{i, s.number.words, {}, true};
            if (following == "percent") {
                p.text = QString::fromStdString(s.number.digits) + QLatin1Char('%');
                p.words += 1;
            } else if (following == "dollars" || following == "dollar" || following == "bucks") {
                p.text = QLatin1Char('$') + grouped(s.number.digits);
                p.words += 1;
            } else if (pairedBefore || pairedAfter
                || (!s.number.digitSequence && s.number.decimals == 0 && s.number.integer < 10
                    && s.number.words == 1)) {
                p.number = false; // "one", "two minutes"
            } else if (s.number.digitSequence) {
                p.text = QString::fromStdString(s.number.digits);
            } else {
                p.text = grouped(s.number.digits);
            }
            if (!p.number) {
                for (std::size_t k = i; k < after; ++k)
                    pieces.push_back({k, 1, QString::fromStdString(words[k]), false});
            } else {
                pieces.push_back(p);
            }
            i += p.number ? p.words : s.number.words;
            continue;
        }
        pieces.push_back({i, 1, QString::fromStdString(words[i]), false});
        ++i;
    }
    return pieces;
}

// The words with the punctuation `gaps` puts between them, for the scoring module's analysis.
std::string punctuated(const std::vector<std::string>& words, const std::vector<Gap>& gaps)
{
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += gaps[i] == Gap::Sentence ? ". " : (gaps[i] == Gap::Comma ? ", " : " ");
        text += words[i];
    }
    return text;
}

std::size_t wordCount(const scoring::Clause& c)
{
    return c.end - c.begin;
}

bool startsWithWhWord(const std::string& word)
{
    for (const char* wh : {"what", "how", "why", "when", "where", "who", "which"}) {
        if (word.rfind(wh, 0) == 0)
            return true;
    }
    return false;
}

// Where questions stand, the gaps the pauses left are completed: a question that starts with
// no pause before it ("we can lock it how long do you plan to stay") starts a sentence, and a
// statement after a question ("how long do you plan to stay we can lock it") does too.
void placeQuestions(const std::vector<std::string>& words, std::vector<Gap>& gaps)
{
    for (int pass = 0; pass < 8; ++pass) {
        const scoring::AnalysedText text = scoring::analyseText(punctuated(words, gaps));
        if (text.words.size() != words.size())
            return; // a word the analysis splits differently: keep the pauses' punctuation
        bool changed = false;
        for (const scoring::Sentence& s : text.sentences) {
            const std::vector<scoring::Clause> clauses = scoring::sentenceClauses(text, s);
            for (std::size_t c = 1; c < clauses.size() && !changed; ++c) {
                const scoring::Clause& here = clauses[c];
                const scoring::Clause& before = clauses[c - 1];
                if (here.question && !here.tag && gaps[here.begin] == Gap::None
                    && startsWithWhWord(words[here.first])) {
                    gaps[here.begin] = wordCount(before) >= 3 ? Gap::Sentence : Gap::Comma;
                    changed = true;
                } else if (before.question && !here.question && !here.tag && wordCount(here) >= 3
                    && gaps[here.begin] != Gap::Sentence) {
                    gaps[here.begin] = Gap::Sentence;
                    changed = true;
                }
            }
            if (changed)
                break;
        }
        if (!changed)
            return;
    }
}

// Words after which "what", "how" or "why" usually start a clause inside the statement ("I
// know what matters", "that's how it works", "on what you pay"), not a question of its own.
bool embedsAClause(const std::string& word)
{
    static const std::vector<std::string> embedding{"know", "knows", "knew", "tell", "told", "show",
        "showed", "see", "saw", "ask", "asked", "wonder", "wondering", "understand", "explain",
        "decide", "figure", "exactly", "just", "about", "on", "of", "is", "was", "that", "hear",
        "heard", "sure", "idea", "remember", "discuss", "learn", "out", "matter", "depends",
        "depend", "care", "choose", "regardless", "no", "for", "in", "to", "at", "by", "with",
        "from", "and", "but", "so", "or"};
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0)
        return true; // "that's", "here's"
    return std::find(embedding.begin(), embedding.end(), word) != embedding.end();
}

// A short pause before an open question's first word (by the scoring module's clause rules:
// what, how, why) ends the statement before it: a rep who
// says "my NMLS number is 12345 ... what matters most to you" at a fast pace leaves only
// 80-150 ms there, under a comma's pause, and the question would stay inside the statement.
void markQuestionPauses(const std::vector<std::string>& words, const std::vector<qint64>& pauses,
    std::vector<Gap>& gaps)
{
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (gaps[i] != Gap::None || pauses[i] < TranscriptStyle::questionPauseMs
            || !startsWithWhWord(words[i]) || embedsAClause(words[i - 1]))
            continue;
        gaps[i] = Gap::Comma;
        const scoring::AnalysedText text = scoring::analyseText(punctuated(words, gaps));
        Gap decided = Gap::None;
        if (text.words.size() == words.size()) {
            for (const scoring::Sentence& s : text.sentences) {
                const std::vector<scoring::Clause> clauses = scoring::sentenceClauses(text, s);
                for (std::size_t c = 1; c < clauses.size(); ++c) {
                    if (clauses[c].begin == i && clauses[c].open && !clauses[c].tag)
                        decided = wordCount(clauses[c - 1]) >= 3 ? Gap::Sentence : Gap::Comma;
                }
            }
        }
        gaps[i] = decided;
    }
}

// Whether the words [begin, end), a sentence, end with a question mark.
bool asks(const std::vector<std::string>& words, const std::vector<Gap>& gaps, std::size_t begin,
    std::size_t end)
{
    const std::vector<std::string> sentence(
        words.begin() + std::ptrdiff_t(begin), words.begin() + std::ptrdiff_t(end));
    const std::vector<Gap> sentenceGaps(
        gaps.begin() + std::ptrdiff_t(begin), gaps.begin() + std::ptrdiff_t(end));
    const scoring::AnalysedText text = scoring::analyseText(punctuated(sentence, sentenceGaps));
    for (const scoring::Sentence& s : text.sentences) {
        const std::vector<scoring::Clause> clauses = scoring::sentenceClauses(text, s);
        if (!clauses.empty() && clauses.back().tag)
            return true; // "that works for you, right?"
        if (scoring::classifySentence(text, s, scoring::currentRules()).question)
            return true;
    }
    return false;
}

QString capitalised(const QString& text)
{
    if (text.isEmpty() || !text.at(0).isLower())
        return text;
    return text.at(0).toUpper() + text.mid(1);
}

} // namespace

TranscriptStyle::TranscriptStyle(QHash<QString, QString> displayForms)
    : m_forms(std::move(displayForms))
{
    for (const char* w : {"I", "I'm", "I'll", "I've", "I'd"})
        m_forms.insert(QString::fromLatin1(w).toLower(), QString::fromLatin1(w));
}

QString TranscriptStyle::finalText(const QList<Word>& input) const
{
    std::vector<std::string> words;
    std::vector<Gap> gaps;
    std::vector<qint64> pauses;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QString w = input[i].text.trimmed().toLower();
        if (w.isEmpty())
            continue;
        Gap gap = Gap::None;
        qint64 pause = 0;
        if (!words.empty()) {
            pause = input[i].pauseBeforeMs >= 0 ? input[i].pauseBeforeMs
                                                : input[i].startMs - input[i - 1].endMs;
            gap = pause >= sentencePauseMs ? Gap::Sentence
                : pause >= commaPauseMs    ? Gap::Comma
                                           : Gap::None;
        }
        words.push_back(w.toStdString());
        gaps.push_back(gap);
        pauses.push_back(pause);
    }
    if (words.empty())
        return {};
    markQuestionPauses(words, pauses, gaps);
    placeQuestions(words, gaps);

    const std::vector<Piece> pieces = piecesOf(words);
    QString out;
    std::size_t sentenceBegin = 0;
    bool startOfSentence = true;
    for (std::size_t p = 0; p < pieces.size(); ++p) {
        const Piece& piece = pieces[p];
        if (p > 0) {
            const Gap gap = gaps[piece.first];
            if (gap == Gap::Sentence) {
                out += asks(words, gaps, sentenceBegin, piece.first) ? QLatin1Char('?')
                                                                     : QLatin1Char('.');
                sentenceBegin = piece.first;
                startOfSentence = true;
            } else if (gap == Gap::Comma) {
                out += QLatin1Char(',');
            }
            out += QLatin1Char(' ');
        }
        const QString text = piece.number ? piece.text : m_forms.value(piece.text, piece.text);
        out += startOfSentence ? capitalised(text) : text;
        startOfSentence = false;
    }
    out += asks(words, gaps, sentenceBegin, words.size()) ? QLatin1Char('?') : QLatin1Char('.');
    return out;
}

QString TranscriptStyle::partialText(const QString& text) const
{
    std::vector<std::string> words;
    for (const QString& w : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.push_back(w.toStdString());
    QStringList out;
    for (const Piece& piece : piecesOf(words))
        out.append(piece.number ? piece.text : m_forms.value(piece.text, piece.text));
    return capitalised(out.join(QLatin1Char(' ')));
}

} // namespace vt::server
