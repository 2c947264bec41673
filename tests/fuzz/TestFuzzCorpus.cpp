// Replays each fuzz target over its seeds and every crash or mismatch input the fuzzer ever
// found (tests/data/fuzz/<target>-regressions), in the normal build: scoring also over every
// scoring data file.
#include "ApiAnswerFuzzTarget.h"
#include "ApiBodyFuzzTarget.h"
#include "AudioFileFuzzTarget.h"
#include "ChatStreamFuzzTarget.h"
#include "HttpHeaderFuzzTarget.h"
#include "ScoringFuzzTarget.h"
#include "VoiceFrameFuzzTarget.h"
#include "VtTestConfig.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestFuzzCorpus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replays_data();
    void replays();
};

void TestFuzzCorpus::replays_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const struct {
        const char* target;
        std::initializer_list<const char*> dirs;
    } corpora[] = {
        {"scoring", {"/fuzz/scoring-seeds", "/fuzz/scoring-regressions", "/scoring"}},
        {"audio_file", {"/fuzz/audio_file-seeds", "/fuzz/audio_file-regressions"}},
        {"api_body", {"/fuzz/api_body-seeds", "/fuzz/api_body-regressions"}},
        {"api_answer", {"/fuzz/api_answer-seeds", "/fuzz/api_answer-regressions"}},
        {"voice_frame", {"/fuzz/voice_frame-seeds", "/fuzz/voice_frame-regressions"}},
        {"http_header", {"/fuzz/http_header-seeds", "/fuzz/http_header-regressions"}},
        {"chat_stream",
            {"/fuzz/chat_stream-seeds", "/fuzz/chat_stream-regressions", "/openai-chat"}},
    };
    for (const auto& corpus : corpora) {
        for (const char* dir : corpus.dirs) {
            QDirIterator it(QStringLiteral(VT_TEST_DATA_DIR) + QLatin1String(dir), QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.endsWith(QLatin1String("README.md")))
                    QTest::newRow(qPrintable(path.mid(int(sizeof(VT_TEST_DATA_DIR)))))
                        << QString::fromLatin1(corpus.target) << path;
            }
        }
    }
}

void TestFuzzCorpus::replays()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    const auto size = static_cast<std::size_t>(bytes.size());
    int result = -1;
    if (target == QLatin1String("scoring"))
        result = vt::test::fuzzScoring(data, size);
    else if (target == QLatin1String("audio_file"))
        result = vt::test::fuzzAudioFile(data, size);
    else if (target == QLatin1String("api_body"))
        result = vt::test::fuzzApiBody(data, size);
    else if (target == QLatin1String("api_answer"))
        result = vt::test::fuzzApiAnswer(data, size);
    else if (target == QLatin1String("voice_frame"))
        result = vt::test::fuzzVoiceFrame(data, size);
    else if (target == QLatin1String("http_header"))
        result = vt::test::fuzzHttpHeader(data, size);
    else if (target == QLatin1String("chat_stream"))
        result = vt::test::fuzzChatStream(data, size);
    QCOMPARE(result, 0);
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "TestFuzzCorpus.moc"
