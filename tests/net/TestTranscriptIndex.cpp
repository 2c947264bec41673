// Full-text search over the rep's transcripts in the real local store (SQLite FTS5): words
// found as prefixes, case- and accent-insensitively, all words required, per platform, the
// words marked in the snippet; re-indexing replaces an attempt; user text never reaches
// FTS5's query syntax; the index survives reopening the store.
#include "LocalStore.h"
#include "TranscriptIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using vt::net::IndexedLine;
using vt::net::LocalStore;
using vt::net::TranscriptHit;
using vt::net::TranscriptIndex;

class TestTranscriptIndex final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void findsLinesByWordPrefix();
    void foldsCaseAndAccents();
    void requiresEveryWord();
    void keepsPlatformsApart();
    void reindexingReplacesTheAttempt();
    void queryTextIsNeverSyntax_data();
    void queryTextIsNeverSyntax();
    void readsTheNativeTranscript();
    void survivesReopening();

private:
    void putCalls(TranscriptIndex& index);
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestTranscriptIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    const vt::Result<void> opened = m_store->open(path());
    QVERIFY2(opened, qPrintable(opened.error()));
}

void TestTranscriptIndex::putCalls(TranscriptIndex& index)
{
    QVERIFY(index.put(QStringLiteral("a1"), QStringLiteral("v1"), QStringLiteral("Refinance"),
        QStringLiteral("2026-11-01T10:00:00Z"),
        {{QStringLiteral("r1"), QStringLiteral("rep"),
             QStringLiteral("Hi, this is Dana, NMLS number 12345."), 0},
            {QStringLiteral("p1"), QStringLiteral("prospect"),
                QStringLiteral("What rate can you offer me?"), 3000},
            {QStringLiteral("r2"), QStringLiteral("rep"),
                QStringLiteral("Let me explain the disclosure first."), 6500}}));
    QVERIFY(index.put(QStringLiteral("a2"), QStringLiteral("v1"), QStringLiteral("Rate shopper"),
        QStringLiteral("2026-11-05T10:00:00Z"),
        {{QStringLiteral("r1"), QStringLiteral("rep"),
             QStringLiteral("Our rate today is competitive."), 1000},
            {QStringLiteral("p1"), QStringLiteral("prospect"),
                QStringLiteral("Qué tasa de interés tienen?"), 4000}}));
}

void TestTranscriptIndex::findsLinesByWordPrefix()
{
    TranscriptIndex index(*m_store, QStringLiteral("p"));
    putCalls(index);
    const QList<TranscriptHit> hits = index.search(QStringLiteral("disclo"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].attemptId, QStringLiteral("a1"));
    QCOMPARE(hits[0].utteranceId, QStringLiteral("r2"));
    QCOMPARE(hits[0].speaker, QStringLiteral("rep"));
    QCOMPARE(hits[0].startMs, 6500);
    QCOMPARE(hits[0].scenarioTitle, QStringLiteral("Refinance"));
    QCOMPARE(hits[0].startedAt, QStringLiteral("2026-11-01T10:00:00Z"));
    QVERIFY2(hits[0].snippet.contains(QString(TranscriptIndex::matchStart)
                 + QStringLiteral("disclosure") + TranscriptIndex::matchEnd),
        qPrintable(hits[0].snippet));

    const QList<TranscriptHit> rate = index.search(QStringLiteral("rate"), 10);
    QCOMPARE(rate.size(), 2);
    QCOMPARE(index.attemptsMatching(QStringLiteral("rate")),
        (QSet<QString>{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(index.search(QStringLiteral("rate"), 1).size(), 1);
    QVERIFY(index.search(QStringLiteral("mortgage"), 10).isEmpty());
    QVERIFY(index.search(QStringLiteral("  ,, "), 10).isEmpty());
}

void TestTranscriptIndex::foldsCaseAndAccents()
{
    TranscriptIndex index(*m_store, QStringLiteral("p"));
    putCalls(index);
    QCOMPARE(index.search(QStringLiteral("nmls"), 10).size(), 1);
    QCOMPARE(index.search(QStringLiteral("QUE TASA"), 10).size(), 1);
    QCOMPARE(index.search(QStringLiteral("interes"), 10).size(), 1);
    QCOMPARE(index.search(QStringLiteral("INTERÉS"), 10).size(), 1);
}

void TestTranscriptIndex::requiresEveryWord()
{
    TranscriptIndex index(*m_store, QStringLiteral("p"));
    putCalls(index);
    QCOMPARE(index.search(QStringLiteral("rate offer"), 10).size(), 1);
    QCOMPARE(index.search(QStringLiteral("rate offer"), 10)[0].utteranceId, QStringLiteral("p1"));
    QVERIFY(index.search(QStringLiteral("rate disclosure"), 10).isEmpty());
}

void TestTranscriptIndex::keepsPlatformsApart()
{
    TranscriptIndex one(*m_store, QStringLiteral("one"));
    TranscriptIndex two(*m_store, QStringLiteral("two"));
    putCalls(one);
    QCOMPARE(one.search(QStringLiteral("rate"), 10).size(), 2);
    QVERIFY(two.search(QStringLiteral("rate"), 10).isEmpty());
    QVERIFY(two.versions().isEmpty());
    QCOMPARE(one.versions().value(QStringLiteral("a2")), QStringLiteral("v1"));
}

void TestTranscriptIndex::reindexingReplacesTheAttempt()
{
    TranscriptIndex index(*m_store, QStringLiteral("p"));
    putCalls(index);
    QVERIFY(index.put(QStringLiteral("a1"), QStringLiteral("v2"), QStringLiteral("Refinance"),
        QStringLiteral("2026-11-01T10:00:00Z"),
        {{QStringLiteral("r1"), QStringLiteral("rep"), QStringLiteral("Hello again."), 0}}));
    QCOMPARE(index.versions().value(QStringLiteral("a1")), QStringLiteral("v2"));
    QVERIFY(index.search(QStringLiteral("disclosure"), 10).isEmpty());
    QCOMPARE(index.search(QStringLiteral("again"), 10).size(), 1);
    QVERIFY(index.remove(QStringLiteral("a1")));
    QVERIFY(index.search(QStringLiteral("again"), 10).isEmpty());
    QVERIFY(!index.versions().contains(QStringLiteral("a1")));
}

void TestTranscriptIndex::queryTextIsNeverSyntax_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("expression");
    QTest::newRow("plain") << QStringLiteral("rate") << QStringLiteral("\"rate\"*");
    QTest::newRow("two") << QStringLiteral("Rate, offer") << QStringLiteral("\"Rate\"* \"offer\"*");
    QTest::newRow("quote") << QStringLiteral("\"rate") << QStringLiteral("\"rate\"*");
    QTest::newRow("operators") << QStringLiteral("rate OR NOT (offer) NEAR*")
                               << QStringLiteral("\"rate\"* \"OR\"* \"NOT\"* \"offer\"* \"NEAR\"*");
    QTest::newRow("column filter")
        << QStringLiteral("platform:one") << QStringLiteral("\"platform\"* \"one\"*");
    QTest::newRow("nothing") << QStringLiteral("^*-+") << QString();
}

void TestTranscriptIndex::queryTextIsNeverSyntax()
{
    QFETCH(QString, words);
    QFETCH(QString, expression);
    QCOMPARE(TranscriptIndex::matchExpression(words), expression);
    TranscriptIndex index(*m_store, QStringLiteral("p"));
    putCalls(index);
    index.search(words, 10); // answers (possibly nothing); never an FTS5 syntax error
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
}

void TestTranscriptIndex::readsTheNativeTranscript()
{
    const QJsonObject transcript = QJsonDocument::fromJson(R"({"duration_ms": 9000, "utterances": [
        {"id": "u1", "speaker": "rep", "text": "Hello there", "start_ms": 0, "end_ms": 900},
        {"id": "u2", "speaker": "prospect", "text": "   ", "start_ms": 1000, "end_ms": 1100},
        {"speaker": "prospect", "text": "no id", "start_ms": 1200, "end_ms": 1300},
        {"id": "u3", "speaker": "prospect", "text": "Who is this?", "start_ms": 2000.0, "end_ms": 2600}]})")
                                       .object();
    const QList<IndexedLine> lines = vt::net::transcriptLines(transcript);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[1].utteranceId, QStringLiteral("u3"));
    QCOMPARE(lines[1].speaker, QStringLiteral("prospect"));
    QCOMPARE(lines[1].startMs, 2000);
    QVERIFY(vt::net::transcriptLines(QJsonObject{}).isEmpty());
}

void TestTranscriptIndex::survivesReopening()
{
    {
        TranscriptIndex index(*m_store, QStringLiteral("p"));
        putCalls(index);
    }
    m_store.reset();
    LocalStore again;
    QString error;
    {
        const vt::Result<void> opened = again.open(path());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    TranscriptIndex index(again, QStringLiteral("p"));
    QCOMPARE(index.search(QStringLiteral("nmls"), 10).size(), 1);
}

QTEST_GUILESS_MAIN(TestTranscriptIndex)
#include "TestTranscriptIndex.moc"
