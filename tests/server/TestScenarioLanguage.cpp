// The scenario language models (server/speech): written text said in words, the back-off
// trigram model and its probabilities, what a seeded scenario's model learns, the cache that
// builds it once, and the recogniser loading it beside the general English model.
#include "ProcessRun.h"
#include "VtTestConfig.h"
#include "speech/LanguageModelBuilder.h"
#include "speech/Recognizer.h"
#include "speech/ScenarioLanguage.h"
#include "speech/SpokenText.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace vt::server;

namespace {

QString joined(const SpokenSentence& s)
{
    QStringList out;
    for (const std::string& w : s)
        out << QString::fromStdString(w);
    return out.join(QLatin1Char(' '));
}

QStringList said(const char* text)
{
    QStringList out;
    for (const SpokenSentence& s : spokenSentences(text))
        out << joined(s);
    return out;
}

ScenarioLanguage::Source refinance(const QString& org = QStringLiteral("Summit Lending"))
{
    ScenarioLanguage::Source source;
    source.scenario = QJsonDocument::fromJson(vt::test::readTestFile(QStringLiteral(VT_SOURCE_DIR
                                                  "/server/seed/refinance-cold-call.json")))
                          .object();
    source.orgName = org;
    source.repName = QStringLiteral("Casey Rivera");
    return source;
}

// The ARPA text's entries: "w1 w2 ..." → log10 probability (and back-off weight).
struct Arpa {
    std::map<QString, std::pair<double, double>> grams[3];
};

Arpa parse(const QByteArray& text)
{
    Arpa arpa;
    int order = 0;
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1Char('\\'))) {
            order = line.startsWith(QLatin1String("\\1-")) ? 1
                : line.startsWith(QLatin1String("\\2-"))   ? 2
                : line.startsWith(QLatin1String("\\3-"))   ? 3
                                                           : 0;
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (order == 0 || fields.size() < 2)
            continue;
        arpa.grams[order - 1][fields[1]]
            = {fields[0].toDouble(), fields.size() > 2 ? fields[2].toDouble() : 0.0};
    }
    return arpa;
}

} // namespace

class TestScenarioLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void numbersInWords_data();
    void numbersInWords();
    void writtenTextIsSaid_data();
    void writtenTextIsSaid();
    void modelProbabilitiesSumToOne();
    void aScenarioModelLearnsTheScenario();
    void theCacheBuildsOnce();
    void theRecogniserUsesTheModel();
};

void TestScenarioLanguage::numbersInWords_data()
{
    QTest::addColumn<qulonglong>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("0") << 0ULL << "zero";
    QTest::newRow("7") << 7ULL << "seven";
    QTest::newRow("45") << 45ULL << "forty five";
    QTest::newRow("110") << 110ULL << "one hundred ten";
    QTest::newRow("2700") << 2700ULL << "two thousand seven hundred";
    QTest::newRow("410000") << 410000ULL << "four hundred ten thousand";
    QTest::newRow("1500000") << 1500000ULL << "one million five hundred thousand";
}

void TestScenarioLanguage::numbersInWords()
{
    QFETCH(qulonglong, value);
    QFETCH(QString, words);
    QCOMPARE(QString::fromStdString(numberInWords(value)), words);
}

void TestScenarioLanguage::writtenTextIsSaid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << "Hi, this is Dana. Who is this?"
                           << QStringList{"hi this is dana", "who is this"};
    QTest::newRow("percent and decimals")
        << "A 6.9% rate." << QStringList{"a six point nine percent rate"};
    QTest::newRow("money, both ways")
        << "Buying a $385,000 condo."
        << QStringList{"buying a three hundred eighty five thousand dollars condo",
               "buying a three eighty five thousand dollars condo"};
    QTest::newRow("hundreds, both ways")
        << "About $2,700 a month."
        << QStringList{"about two thousand seven hundred dollars a month",
               "about twenty seven hundred dollars a month"};
    QTest::newRow("an id digit by digit")
        << "My NMLS ID is 456789." << QStringList{"my nmls id is four five six seven eight nine"};
    QTest::newRow("a year") << "Closing in 2027."
                            << QStringList{"closing in twenty twenty seven",
                                   "closing in two thousand twenty seven"};
    QTest::newRow("hyphens") << "A 30-year fixed, pre-approval."
                             << QStringList{"a thirty year fixed pre approval"};
    QTest::newRow("thousands in k")
        << "About 410k."
        << QStringList{"about four hundred ten thousand", "about four ten thousand"};
    QTest::newRow("semicolons and lines")
        << "Rates; fees\nPoints" << QStringList{"rates", "fees", "points"};
}

void TestScenarioLanguage::writtenTextIsSaid()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(said(text.toUtf8().constData()), expected);
}

void TestScenarioLanguage::modelProbabilitiesSumToOne()
{
    LanguageModelBuilder builder;
    for (const char* s : {"we can lock your rate", "we can lock it today", "can we talk today",
             "we compare the rate"})
        for (const SpokenSentence& sentence : spokenSentences(s))
            builder.add(sentence, 2);
    const std::string text = builder.arpa();
    QCOMPARE(builder.arpa(), text); // deterministic
    const Arpa arpa = parse(QByteArray::fromStdString(text));
    QVERIFY(text.rfind("\\data\\\nngram 1=", 0) == 0);
    QVERIFY(text.find("\\end\\") != std::string::npos);
    // Unigrams (all but <s>) sum to one.
    double sum1 = 0;
    for (const auto& [w, entry] : arpa.grams[0]) {
        if (w != QLatin1String("<s>"))
            sum1 += std::pow(10.0, entry.first);
    }
    QVERIFY2(std::fabs(sum1 - 1.0) < 1e-4, qPrintable(QString::number(sum1)));
    // P(w | "we"): listed bigrams, the rest backed off to unigrams, sums to one.
    const double bow = std::pow(10.0, arpa.grams[0].at(QStringLiteral("we")).second);
    double sum2 = 0;
    for (const auto& [w, entry] : arpa.grams[0]) {
        if (w == QLatin1String("<s>"))
            continue;
        const auto listed = arpa.grams[1].find(QStringLiteral("we ") + w);
        sum2 += listed != arpa.grams[1].end() ? std::pow(10.0, listed->second.first)
                                              : bow * std::pow(10.0, entry.first);
    }
    QVERIFY2(std::fabs(sum2 - 1.0) < 1e-4, qPrintable(QString::number(sum2)));
    // Seen continuations are likelier than unseen ones.
    QVERIFY(arpa.grams[1].at(QStringLiteral("we can")).first
        > std::log10(bow) + arpa.grams[0].at(QStringLiteral("today")).first);
    QVERIFY(arpa.grams[2].count(QStringLiteral("we can lock")) == 1);
}

void TestScenarioLanguage::aScenarioModelLearnsTheScenario()
{
    QByteArray arpa;
    const ScenarioLanguage language = ScenarioLanguage::build(refinance(), &arpa);
    const Arpa model = parse(arpa);
    // The scenario's words, its numbers in words, the names, and the corpus.
    for (const char* trigram : {"my nmls number", "call may be", "lender credit could",
             "four hundred ten", "six point nine", "from summit lending", "this is casey"})
        QVERIFY2(model.grams[2].count(QString::fromLatin1(trigram)) == 1, trigram);
    for (const char* word : {"nmls", "apr", "refinance", "pat", "casey", "tuesday"})
        QVERIFY2(model.grams[0].count(QString::fromLatin1(word)) == 1, word);
    // What the rep is expected to say counts more than the corpus.
    QVERIFY(model.grams[1].at(QStringLiteral("break even")).first
        > model.grams[1].at(QStringLiteral("a lender")).first - 10);
    QVERIFY(language.sentences > 300);
    QCOMPARE(language.displayForms.value(QStringLiteral("nmls")), QStringLiteral("NMLS"));
    QCOMPARE(language.displayForms.value(QStringLiteral("apr")), QStringLiteral("APR"));
    QCOMPARE(language.displayForms.value(QStringLiteral("pat")), QStringLiteral("Pat"));
    QCOMPARE(language.displayForms.value(QStringLiteral("summit")), QStringLiteral("Summit"));
    QCOMPARE(language.displayForms.value(QStringLiteral("casey")), QStringLiteral("Casey"));
    QCOMPARE(language.displayForms.value(QStringLiteral("tuesday")), QStringLiteral("Tuesday"));
    QVERIFY(!language.displayForms.contains(QStringLiteral("every"))); // sentence-initial only
    // Deterministic, and keyed by what it was built from.
    QByteArray again;
    QCOMPARE(ScenarioLanguage::build(refinance(), &again).key, language.key);
    QCOMPARE(again, arpa);
    QVERIFY(ScenarioLanguage::keyOf(refinance(QStringLiteral("Harbor Mortgage"))) != language.key);
}

void TestScenarioLanguage::theCacheBuildsOnce()
{
    QTemporaryDir dir;
    ScenarioLanguageCache cache(dir.filePath(QStringLiteral("speech")));
    QString error;
    const std::shared_ptr<const ScenarioLanguage> first = cache.get(refinance(), &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(QFile::exists(first->arpaPath));
    QVERIFY(first->arpaPath.startsWith(dir.path()));
    QCOMPARE(cache.get(refinance(), &error), first); // the same object: built once
    QCOMPARE(cache.builds(), 1);
    QVERIFY(cache.get(refinance(QStringLiteral("Harbor Mortgage")), &error) != first);
    QCOMPARE(cache.builds(), 2);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("speech"))).entryList(QDir::Files).size(), 2);

    // A folder that cannot be made is an error naming it.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ScenarioLanguageCache broken(dir.filePath(QStringLiteral("file/speech")));
    QVERIFY(!broken.get(refinance(), &error));
    QVERIFY2(error.contains(QLatin1String("file")), qPrintable(error));
}

void TestScenarioLanguage::theRecogniserUsesTheModel()
{
    QTemporaryDir dir;
    ScenarioLanguageCache cache(dir.path());
    QString error;
    const std::shared_ptr<const ScenarioLanguage> language = cache.get(refinance(), &error);
    QVERIFY2(language, qPrintable(error));
    QVERIFY2(Recognizer::open(Recognizer::defaultModelDir(), language->arpaPath,
                 {{QStringLiteral("nmls"), QStringLiteral("EH N EH M EH L EH S")}}, &error),
        qPrintable(error));
    // A model that is no model is refused, and says which.
    const QString bad = dir.filePath(QStringLiteral("bad.arpa"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not an ARPA file\n");
    f.close();
    QVERIFY(!Recognizer::open(Recognizer::defaultModelDir(), bad, {}, &error));
    QVERIFY2(error.contains(QLatin1String("bad.arpa")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestScenarioLanguage)
#include "TestScenarioLanguage.moc"
