// The text rules of docs/scoring.md §2 on their own: normalisation, words, commas,
// sentences, phrase matching, and the lexicon table.
#include "SentimentLexicon.h"
#include "Text.h"
#include "VtTestConfig.h"

#include <QFile>

#include <QTest>

using namespace vt::scoring;

namespace {

QStringList words(const char* text)
{
    QStringList out;
    for (const std::string& w : analyseText(text).words)
        out << QString::fromStdString(w);
    return out;
}

std::vector<std::string> w(std::initializer_list<const char*> list)
{
    return {list.begin(), list.end()};
}

} // namespace

class TestScoringText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalisesWords_data();
    void normalisesWords();
    void remembersCommas();
    void splitsSentences();
    void skipsDiscourseWords();
    void matchesPhrases_data();
    void matchesPhrases();
    void lexiconIsCompiledIn();
    void invalidUtf8IsPunctuation();
};

void TestScoringText::normalisesWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lowercase and punctuation")
        << "Hi, THIS is Dana!" << QStringList{"hi", "this", "is", "dana"};
    QTest::newRow("curly apostrophe") << "It’s Dana’s" << QStringList{"it's", "dana's"};
    QTest::newRow("word-internal hyphen")
        << "mm-hmm uh-huh 30-year" << QStringList{"mm-hmm", "uh-huh", "30-year"};
    QTest::newRow("loose hyphens")
        << "rates - up -- down- -out" << QStringList{"rates", "up", "down", "out"};
    QTest::newRow("non-breaking hyphen") << "mm\u2011hmm" << QStringList{"mm-hmm"};
    QTest::newRow("decimal point") << "6.5% or 4.25." << QStringList{"6.5", "or", "4.25"};
    QTest::newRow("not decimal") << "U.S. rates" << QStringList{"u", "s", "rates"};
    QTest::newRow("latin-1 upper") << "ÉLAN Señor ÑU" << QStringList{"élan", "señor", "ñu"};
    QTest::newRow("spaces") << "a\u00a0b\u2009c\tc\nd" << QStringList{"a", "b", "c", "c", "d"};
    QTest::newRow("quotes and emoji") << "“Great” 🙂 ¿sí?" << QStringList{"great", "sí"};
    QTest::newRow("ellipsis") << "so…what" << QStringList{"so", "what"};
    QTest::newRow("empty") << "" << QStringList{};
}

void TestScoringText::normalisesWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(words(text.toUtf8().constData()), expected);
}

void TestScoringText::remembersCommas()
{
    const AnalysedText t = analyseText(", like, I said, you know");
    QCOMPARE(t.words.size(), std::size_t{5});
    QCOMPARE(t.commaBefore, (std::vector<bool>{true, true, false, true, false}));
    QCOMPARE(t.commaAfter, (std::vector<bool>{true, false, true, false, false}));
}

void TestScoringText::splitsSentences()
{
    const AnalysedText t = analyseText("Really?! That's 4.25 percent. Is it? ok");
    QCOMPARE(t.sentences.size(), std::size_t{4});
    QVERIFY(t.sentences[0].endsWithQuestionMark);
    QCOMPARE(t.sentences[1].begin, 1u);
    QCOMPARE(t.sentences[1].end, 4u);
    QVERIFY(!t.sentences[1].endsWithQuestionMark);
    QVERIFY(t.sentences[2].endsWithQuestionMark);
    QVERIFY(!t.sentences[3].endsWithQuestionMark); // no terminator
}

void TestScoringText::skipsDiscourseWords()
{
    const AnalysedText t = analyseText("Okay, so, well what now. So.");
    QCOMPARE(t.sentences.size(), std::size_t{2});
    QCOMPARE(t.sentences[0].first, 3u); // "what"
    QVERIFY(t.isSentenceInitial(3));
    QCOMPARE(t.sentences[1].first, t.sentences[1].end); // only a discourse word
}

void TestScoringText::matchesPhrases_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("said");
    QTest::newRow("exact") << "my nmls number is"
                           << "My NMLS number is 1234" << true;
    QTest::newRow("one word between") << "my nmls number is"
                                      << "my NMLS ID number is" << true;
    QTest::newRow("one between each") << "my nmls number is"
                                      << "my own NMLS license number, it is" << true;
    QTest::newRow("two words between") << "my nmls number is"
                                       << "my NMLS license and number is" << false;
    QTest::newRow("out of order") << "tuesday works"
                                  << "works on tuesday" << false;
    QTest::newRow("needs backtracking") << "a b c"
                                        << "a b b c" << true;
    QTest::newRow("repeated start") << "rate is too high"
                                    << "rate rate is really too high" << true;
    QTest::newRow("single word") << "apr"
                                 << "What's the APR?" << true;
    QTest::newRow("whole words only") << "apr"
                                      << "April" << false;
    QTest::newRow("punctuation ignored") << "tuesday works"
                                         << "Tuesday... works!" << true;
}

void TestScoringText::matchesPhrases()
{
    QFETCH(QString, phrase);
    QFETCH(QString, text);
    QFETCH(bool, said);
    QCOMPARE(isSaid(phraseWords(phrase.toStdString()), phraseWords(text.toStdString())), said);
}

void TestScoringText::lexiconIsCompiledIn()
{
    // Every line of the data file is found in the compiled table with its polarity.
    QFile file(QStringLiteral(VT_SOURCE_DIR "/scoring/lexicon/sentiment.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    std::size_t entries = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ++entries;
        const std::string word = line.mid(1).toStdString();
        QVERIFY2(
            sentimentPolarity(word) == (line.startsWith(QLatin1Char('+')) ? 1 : -1), word.c_str());
    }
    QCOMPARE(sentimentLexiconSize(), entries);
    QCOMPARE(sentimentLexiconSize(), std::size_t{192});
    QCOMPARE(sentimentPolarity("great"), 1);
    QCOMPARE(sentimentPolarity("expensive"), -1);
    QCOMPARE(sentimentPolarity("absolutely"), 1); // first entry
    QCOMPARE(sentimentPolarity("wrong"), -1);     // last entry
    QCOMPARE(sentimentPolarity("mortgage"), 0);
    QCOMPARE(sentimentPolarity("not"), 0);   // negators are not sentiment words
    QCOMPARE(sentimentPolarity("Great"), 0); // expects normalised words
}

void TestScoringText::invalidUtf8IsPunctuation()
{
    QCOMPARE(words("caf\xE9 ok \xF0\x9F"), QStringList({"caf", "ok"}));
    QVERIFY(!isSaid(w({}), w({"a"})));
    QVERIFY(!isSaid(w({"a", "b"}), w({"a"})));
}

QTEST_GUILESS_MAIN(TestScoringText)
#include "TestScoringText.moc"
