// Replays the fuzz target over the seeds, every crash or mismatch input the fuzzer ever found
// (tests/data/fuzz/scoring-regressions), and every scoring data file, in the normal build.
#include "ScoringFuzzTarget.h"
#include "VtTestConfig.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestScoringFuzzCorpus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replays_data();
    void replays();
};

void TestScoringFuzzCorpus::replays_data()
{
    QTest::addColumn<QString>("path");
    for (const char* dir : {"/fuzz/scoring-seeds", "/fuzz/scoring-regressions", "/scoring"}) {
        QDirIterator it(QStringLiteral(VT_TEST_DATA_DIR) + QLatin1String(dir), QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String("README.md")))
                QTest::newRow(qPrintable(path.mid(int(sizeof(VT_TEST_DATA_DIR))))) << path;
        }
    }
}

void TestScoringFuzzCorpus::replays()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(vt::test::fuzzScoring(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                 static_cast<std::size_t>(bytes.size())),
        0);
}

QTEST_GUILESS_MAIN(TestScoringFuzzCorpus)
#include "TestScoringFuzzCorpus.moc"
