// Bad input gets one clear line naming the JSON path and what is wrong, never a crash:
// the files in tests/data/scoring/bad with their expected lines, and generated extremes.
#include "ProcessRun.h"
#include "Scenario.h"
#include "Transcript.h"
#include "VtTestConfig.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace vt::scoring;

namespace {

const QString badDir = QStringLiteral(VT_TEST_DATA_DIR "/scoring/bad");

std::string readFile(const QString& path)
{
    return vt::test::readTestFile(path).toStdString();
}

std::string manyUtterances(std::size_t count)
{
    std::string text = R"({"utterances": [)";
    for (std::size_t i = 0; i < count; ++i) {
        text += (i ? "," : "");
        text += R"({"id": "u)" + std::to_string(i)
            + R"(", "speaker": "rep", "text": "", "start_ms": 0, "end_ms": 0})";
    }
    return text + "]}";
}

} // namespace

class TestScoringErrors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badFiles_data();
    void badFiles();
    void everyBadFileIsListed();
    void generatedExtremes_data();
    void generatedExtremes();
    void deepNestingDoesNotCrash();
};

void TestScoringErrors::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("as");
    QTest::addColumn<QString>("error");
    const nlohmann::json manifest
        = nlohmann::json::parse(readFile(badDir + QStringLiteral("/expected-errors.json")));
    for (const auto& [file, entry] : manifest.items()) {
        QTest::newRow(file.c_str()) << QString::fromStdString(file)
                                    << QString::fromStdString(entry.at("as").get<std::string>())
                                    << QString::fromStdString(entry.at("error").get<std::string>());
    }
}

void TestScoringErrors::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, as);
    QFETCH(QString, error);
    const std::string text = readFile(badDir + QLatin1Char('/') + file);
    std::string line;
    if (as == QLatin1String("transcript")) {
        const Parsed<Transcript> parsed = parseTranscript(text);
        QVERIFY2(!parsed.ok(), "accepted");
        line = parsed.error().line();
    } else {
        const Parsed<Scenario> parsed = parseScenario(text);
        QVERIFY2(!parsed.ok(), "accepted");
        line = parsed.error().line();
    }
    QCOMPARE(QString::fromStdString(line), error);
    QVERIFY(line.find('\n') == std::string::npos);
}

void TestScoringErrors::everyBadFileIsListed()
{
    const nlohmann::json manifest
        = nlohmann::json::parse(readFile(badDir + QStringLiteral("/expected-errors.json")));
    for (const QString& name : QDir(badDir).entryList(QDir::Files)) {
        if (name != QLatin1String("expected-errors.json"))
            QVERIFY2(manifest.contains(name.toStdString()),
                qPrintable(name + QStringLiteral(" has no expected error")));
    }
}

void TestScoringErrors::generatedExtremes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isTranscript");
    QTest::addColumn<QString>("error");
    const std::string longText(65537, 'a');
    QTest::newRow("text over 64 KiB")
        << QByteArray::fromStdString(R"({"utterances": [{"id": "u1", "speaker": "rep", "text": ")"
               + longText + R"(", "start_ms": 0, "end_ms": 1}]})")
        << true << QStringLiteral("utterances[0].text: must be at most 65536 bytes long");
    QTest::newRow("100 001 utterances")
        << QByteArray::fromStdString(manyUtterances(100'001)) << true
        << QStringLiteral("utterances: must list at most 100000 utterances");
    std::string phrase;
    for (int i = 0; i < 65; ++i)
        phrase += "word ";
    QTest::newRow("65-word phrase") << QByteArray::fromStdString(
        R"({"id": "s", "required_phrases": [{"id": "p", "variants": [")" + phrase
        + R"("]}], "rubric": {"pass_score": 1, "criteria": [{"id": "a", "kpi": "required_phrases", "weight": 1, "rule": {"type": "fraction"}}]}})")
                                    << false
                                    << QStringLiteral("required_phrases[0].variants[0]: must have "
                                                      "at most 64 words");
    QTest::newRow("long id") << QByteArray::fromStdString(R"({"utterances": [{"id": ")"
        + std::string(129, 'x')
        + R"(", "speaker": "rep", "text": "", "start_ms": 0, "end_ms": 1}]})")
                             << true
                             << QStringLiteral("utterances[0].id: must be at most 128 bytes long");
    QTest::newRow("huge number") << QByteArray(
        R"({"utterances": [{"id": "u", "speaker": "rep", "text": "", "start_ms": 1e300, "end_ms": 1}]})")
                                 << true
                                 << QStringLiteral("utterances[0].start_ms: must be a whole number "
                                                   "of milliseconds from 0 to 86400000");
    QTest::newRow("huge unsigned") << QByteArray(
        R"({"utterances": [{"id": "u", "speaker": "rep", "text": "", "start_ms": 18446744073709551615, "end_ms": 1}]})")
                                   << true
                                   << QStringLiteral("utterances[0].start_ms: must be a whole "
                                                     "number of milliseconds from 0 to 86400000");
    QTest::newRow("empty document")
        << QByteArray("") << true
        << QStringLiteral("not valid JSON at line 1, column 1: syntax error while parsing value - "
                          "unexpected end of input; expected '[', '{', or a literal");
}

void TestScoringErrors::generatedExtremes()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isTranscript);
    QFETCH(QString, error);
    const std::string text = json.toStdString();
    const std::string line
        = isTranscript ? parseTranscript(text).error().line() : parseScenario(text).error().line();
    QCOMPARE(QString::fromStdString(line), error);
}

void TestScoringErrors::deepNestingDoesNotCrash()
{
    const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
    const Parsed<Transcript> transcript = parseTranscript(deep);
    QVERIFY(!transcript.ok());
    QCOMPARE(QString::fromStdString(transcript.error().line()),
        QStringLiteral("[0]: must be an object"));
    const Parsed<Scenario> scenario = parseScenario(deep);
    QCOMPARE(QString::fromStdString(scenario.error().line()),
        QStringLiteral("the scenario must be an object"));
}

QTEST_GUILESS_MAIN(TestScoringErrors)
#include "TestScoringErrors.moc"
