// The reference feedback: the same breakdown always gives the same summary, which names the
// score, the strongest criterion and the most to gain, cites spans, and says what is missing.
#include "domain/Feedback.h"
#include "domain/Rescoring.h"

#include "ProcessRun.h"
#include "VtTestConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vt::server;

class TestFeedback final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void summarisesAScoredCall();
    void emptyBreakdown();
    void notScored();
};

void TestFeedback::summarisesAScoredCall()
{
    const QJsonObject scenario = QJsonDocument::fromJson(
        vt::test::readTestFile(
            QStringLiteral(VT_SOURCE_DIR "/server/seed/refinance-cold-call.json")))
                                     .object()
                                     .value(QStringLiteral("scoring"))
                                     .toObject();
    QJsonObject transcript = QJsonDocument::fromJson(
        vt::test::readTestFile(
            QStringLiteral(VT_SOURCE_DIR "/server/seed/transcripts/refinance-cold-call.json")))
                                 .object();
    // Without the disclosures: the compliance criterion loses its points.
    QJsonArray kept;
    for (const QJsonValue& u : transcript.value(QStringLiteral("utterances")).toArray()) {
        if (u.toObject().value(QStringLiteral("seed_optional")).toString()
            != QLatin1String("disclosure"))
            kept.append(u);
    }
    transcript.insert(QStringLiteral("utterances"), kept);
    const Rescored scored = rescore(scenario, transcript);
    QVERIFY(scored.ok());
    QVERIFY(scored.score);
    const QJsonObject feedback
        = buildFeedback(scored.breakdown, scored.score, scored.passScore, scored.passed);
    QCOMPARE(
        feedback, buildFeedback(scored.breakdown, scored.score, scored.passScore, scored.passed));
    QCOMPARE(feedback.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    const QString summary = feedback.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.startsWith(
                 QStringLiteral("Score %1 of 100, %2 (pass mark 70). Strongest: ")
                     .arg(*scored.score)
                     .arg(scored.passed ? QStringLiteral("passed") : QStringLiteral("not passed"))),
        qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Most to gain: Disclosures said (0.0 of 23.1 points)")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("was not said by the rep")), qPrintable(summary));
    for (const QJsonValue& span : feedback.value(QStringLiteral("spans")).toArray()) {
        const QJsonObject s = span.toObject();
        QVERIFY(s.value(QStringLiteral("utterance_id")).toString().startsWith(QLatin1Char('u')));
        QVERIFY(s.value(QStringLiteral("end_ms")).toInteger()
            >= s.value(QStringLiteral("start_ms")).toInteger());
        QVERIFY(!s.value(QStringLiteral("quote")).toString().isEmpty());
    }
}

void TestFeedback::emptyBreakdown()
{
    const QJsonObject feedback = buildFeedback("[]", 0, 70, false);
    QCOMPARE(feedback.value(QStringLiteral("summary")).toString(),
        QStringLiteral("Score 0 of 100, not passed (pass mark 70)."));
    QVERIFY(feedback.value(QStringLiteral("spans")).toArray().isEmpty());
}

void TestFeedback::notScored()
{
    // A call the rep said too little in (docs/scoring.md §4.1): no score, no spans, the reason.
    const QJsonObject feedback = buildFeedback(
        R"([{"criterion": "c", "label": "C", "fraction": 0, "points": 0, "max_points": 100}])",
        std::nullopt, 70, false);
    QCOMPARE(feedback.value(QStringLiteral("summary")).toString(),
        QStringLiteral("Not scored: the rep said too little to judge the call (a scored call "
                       "needs at least 20 words over 10 seconds of the rep's speech)."));
    QVERIFY(feedback.value(QStringLiteral("spans")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "TestFeedback.moc"
