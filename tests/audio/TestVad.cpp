// VAD against speech with pauses we placed: three espeak-ng phrases separated by known
// silences over a faint noise floor. Each phrase is one segment, within 60 ms of its true
// span (found on the clean signal by a plain sample threshold).
#include "AudioFormat.h"
#include "Speech.h"
#include "Vad.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace vt::audio;

namespace {

struct Span {
    double startMs;
    double endMs;
};

} // namespace

class TestVad final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void segmentsMatchTheSpeech();
    void clicksAreNotSpeech();
    void aSegmentsHangoverCanChange();
};

void TestVad::segmentsMatchTheSpeech()
{
    QTemporaryDir dir;
    const QStringList phrases{QStringLiteral("Good morning this is Dana from Summit Lending"),
        QStringLiteral("I am calling about your mortgage rate"),
        QStringLiteral("Do you have two minutes to talk")};
    const std::vector<int> silencesMs{500, 900, 1300, 700};
    std::vector<float> signal(static_cast<std::size_t>(silencesMs[0] * samplesPerMs), 0.0f);
    std::vector<Span> truth;
    for (int i = 0; i < phrases.size(); ++i) {
        const QString wav = dir.filePath(QStringLiteral("p%1.wav").arg(i));
        vt::test::synthesizeSpeech(phrases[i], wav, QStringLiteral("espeak-ng"));
        const std::vector<float> clip = vt::test::loadMono48k(wav);
        std::size_t first = clip.size();
        std::size_t last = 0;
        for (std::size_t k = 0; k < clip.size(); ++k) {
            if (std::abs(clip[k]) > 0.02f) {
                first = std::min(first, k);
                last = k;
            }
        }
        QVERIFY(first < last);
        truth.push_back({double(signal.size() + first) / samplesPerMs,
            double(signal.size() + last) / samplesPerMs});
        signal.insert(signal.end(), clip.begin(), clip.end());
        signal.insert(signal.end(),
            static_cast<std::size_t>(silencesMs[static_cast<std::size_t>(i) + 1] * samplesPerMs),
            0.0f);
    }
    std::mt19937 random(9);
    std::normal_distribution<float> noise(0.0f, 0.0006f); // about -65 dBFS
    for (float& s : signal)
        s += noise(random);

    Vad vad;
    std::vector<TalkSegment> segments;
    int starts = 0;
    for (std::size_t at = 0; at + frameSamples <= signal.size(); at += frameSamples) {
        const Vad::Result r
            = vad.process(std::span<const float, frameSamples>(signal.data() + at, frameSamples),
                static_cast<std::int64_t>(at / frameSamples));
        starts += r.speechStarted ? 1 : 0;
        if (r.segment)
            segments.push_back(*r.segment);
    }
    if (auto last = vad.finish())
        segments.push_back(*last);

    QCOMPARE(int(segments.size()), int(truth.size()));
    QCOMPARE(starts, int(truth.size()));
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const QString where = QStringLiteral("segment %1: %2-%3 ms, speech %4-%5 ms")
                                  .arg(i)
                                  .arg(segments[i].startMs)
                                  .arg(segments[i].endMs)
                                  .arg(truth[i].startMs, 0, 'f', 0)
                                  .arg(truth[i].endMs, 0, 'f', 0);
        QVERIFY2(std::abs(double(segments[i].startMs) - truth[i].startMs) <= 60, qPrintable(where));
        QVERIFY2(std::abs(double(segments[i].endMs) - truth[i].endMs) <= 60, qPrintable(where));
    }
}

void TestVad::clicksAreNotSpeech()
{
    Vad vad;
    std::array<float, frameSamples> quiet{};
    std::array<float, frameSamples> loud{};
    loud.fill(0.3f);
    std::int64_t frame = 0;
    for (int i = 0; i < 50; ++i)
        vad.process(quiet, frame++);
    // A 20 ms click opens a segment (it could be speech) but is too short to report.
    QVERIFY(!vad.process(loud, frame++).speechStarted);
    QVERIFY(vad.process(loud, frame++).speechStarted);
    std::optional<TalkSegment> closed;
    for (int i = 0; i < 40 && !closed; ++i)
        closed = vad.process(quiet, frame++).segment;
    QVERIFY(!closed);
    QVERIFY(!vad.inSegment());
}

// The listener that knows the words sets one segment's hangover; the next has the default.
void TestVad::aSegmentsHangoverCanChange()
{
    Vad vad;
    std::array<float, frameSamples> quiet{};
    std::array<float, frameSamples> loud{};
    loud.fill(0.3f);
    std::int64_t frame = 0;
    for (int i = 0; i < 50; ++i)
        vad.process(quiet, frame++);
    int wrongCount = 0; // silentMs() disagreeing with the silence fed
    const auto silenceUntilClosed = [&]() -> std::pair<int, TalkSegment> {
        for (int i = 1; i <= 100; ++i) {
            if (const std::optional<TalkSegment> s = vad.process(quiet, frame++).segment)
                return {i * frameMs, *s};
            wrongCount += vad.silentMs() != i * frameMs;
        }
        return {-1, TalkSegment{}};
    };
    for (int i = 0; i < 30; ++i)
        vad.process(loud, frame++);
    vad.setSegmentHangoverMs(150);
    auto [waited, segment] = silenceUntilClosed();
    QCOMPARE(waited, 150);
    QCOMPARE(segment.endMs - segment.startMs, 300);
    for (int i = 0; i < 30; ++i)
        vad.process(loud, frame++);
    vad.setSegmentHangoverMs(600);
    QCOMPARE(silenceUntilClosed().first, 600);
    for (int i = 0; i < 30; ++i)
        vad.process(loud, frame++);
    QCOMPARE(silenceUntilClosed().first, Vad::hangoverMs);
    QCOMPARE(wrongCount, 0);
}

QTEST_GUILESS_MAIN(TestVad)
#include "TestVad.moc"
