// The echo test's measurement and verdict, driven frame by frame with a real echo canceller:
// speakers the microphone does not hear, an echo the canceller removes, and an echo left in.
#include "EchoTest.h"
#include "VoiceCodec.h"

#include <QTest>

#include <cmath>

using namespace vt::audio;

namespace {

enum class Room { Silent, LinearEcho, EchoNotCancelled };

// Plays EchoTest's sound through an echo path: the agent frames are the test signal, the
// microphone hears them `delayFrames` later at `gain`, over a faint background; the processed
// frames come from the call's own echo canceller (or are the raw microphone). From frame
// `gapAt` on (when given), the speaker has run dry once: the echo comes 40 ms later, and the
// engine's speakerGap() is told.
EchoTest::Result run(Room room, std::size_t gapAt = 0)
{
    const std::vector<float> signal = EchoTest::testSignal();
    constexpr float gain = 0.5f;
    EchoCanceller canceller(EchoTest::processing());
    EchoTest test;
    std::vector<std::array<float, frameSamples>> sent;
    std::uint32_t noise = 1;
    std::array<float, frameSamples> mic{};
    std::array<float, frameSamples> processed{};
    std::array<float, frameSamples> agent{};
    const std::size_t frames = signal.size() / frameSamples + 60;
    for (std::size_t f = 0; f < frames && !test.done(); ++f) {
        const bool gapped = gapAt > 0 && f >= gapAt;
        const std::size_t delayFrames = gapped ? 10 : 6;
        if (gapAt > 0 && f == gapAt)
            test.speakerGap();
        for (std::size_t i = 0; i < frameSamples; ++i) {
            const std::size_t at = f * frameSamples + i;
            agent[i] = at < signal.size() ? signal[at] : 0.0f;
        }
        sent.push_back(agent);
        for (std::size_t i = 0; i < frameSamples; ++i) {
            noise = noise * 1664525U + 1013904223U;
            const float background = 1e-4f * (static_cast<float>(noise >> 16U) / 32768.0f - 1.0f);
            const float echo
                = room != Room::Silent && f >= delayFrames ? gain * sent[f - delayFrames][i] : 0.0f;
            mic[i] = background + echo;
        }
        if (room == Room::EchoNotCancelled)
            processed = mic;
        else
            canceller.process(mic, sent[f >= 2 ? f - 2 : 0], processed); // reference 2 frames early
        test.frame(mic, processed, agent);
    }
    return test.result();
}

} // namespace

class TestEchoTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSoundIsDeterministicSpeechLevelNoise();
    void packetsCarryTheSound();
    void silentRoomMeansNoEcho();
    void cancelledEchoMeansSpeakersAreFine();
    void echoLeftInMeansHeadset();
    void verdictThresholds();
    void aGapWhileTheSoundPlaysDisturbsTheMeasurement();
    void aGapBeforeTheSoundDoesNot();
    void onlyADisturbedHeadsetVerdictIsMeasuredAgain();
};

void TestEchoTest::theSoundIsDeterministicSpeechLevelNoise()
{
    const std::vector<float> a = EchoTest::testSignal();
    QVERIFY(a == EchoTest::testSignal());
    const std::size_t lead = std::size_t(EchoTest::leadSilenceMs) * samplesPerMs;
    QCOMPARE(a.size(), lead + std::size_t(EchoTest::signalMs) * samplesPerMs);
    QVERIFY(std::all_of(
        a.begin(), a.begin() + std::ptrdiff_t(lead), [](float s) { return s == 0.0f; }));
    double energy = 0;
    float peak = 0;
    for (std::size_t i = lead; i < a.size(); ++i) {
        energy += double(a[i]) * a[i];
        peak = std::max(peak, std::fabs(a[i]));
    }
    const double rmsDb = 10 * std::log10(energy / double(a.size() - lead));
    QVERIFY2(std::fabs(rmsDb + 20.0) < 0.1, qPrintable(QString::number(rmsDb)));
    QVERIFY(peak < 1.0f); // never clips
}

void TestEchoTest::packetsCarryTheSound()
{
    const std::vector<EncodedPacket> packets = EchoTest::testPackets();
    QCOMPARE(packets.size(), EchoTest::testSignal().size() / packetSamples);
    for (std::size_t i = 0; i < packets.size(); ++i) {
        QCOMPARE(packets[i].sequence, std::uint32_t(i));
        QCOMPARE(packets[i].timestampMs, std::int64_t(i) * packetMs);
        QVERIFY(!packets[i].payload.empty());
    }
}

void TestEchoTest::silentRoomMeansNoEcho()
{
    const EchoTest::Result r = run(Room::Silent);
    QVERIFY(r.complete);
    QVERIFY2(std::fabs(r.signalDb + 20.0) < 1.0, qPrintable(QString::number(r.signalDb)));
    QVERIFY(r.echoDb - r.backgroundDb < EchoTest::echoMarginDb);
    QCOMPARE(r.erleDb, 0.0);
    QCOMPARE(r.verdict, EchoTest::Verdict::NoEcho);
}

void TestEchoTest::cancelledEchoMeansSpeakersAreFine()
{
    const EchoTest::Result r = run(Room::LinearEcho);
    QVERIFY(r.complete);
    // The echo is the signal 6 dB down.
    QVERIFY2(std::fabs(r.echoDb - (r.signalDb - 6.0)) < 1.0,
        qPrintable(QStringLiteral("echo %1 signal %2").arg(r.echoDb).arg(r.signalDb)));
    QVERIFY2(r.erleDb >= 25.0, qPrintable(QString::number(r.erleDb)));
    QCOMPARE(r.verdict, EchoTest::Verdict::SpeakersFine);
}

void TestEchoTest::echoLeftInMeansHeadset()
{
    const EchoTest::Result r = run(Room::EchoNotCancelled);
    QVERIFY(r.complete);
    QVERIFY2(std::fabs(r.erleDb) < 0.5, qPrintable(QString::number(r.erleDb)));
    QCOMPARE(r.verdict, EchoTest::Verdict::UseHeadset);
}

void TestEchoTest::verdictThresholds()
{
    QCOMPARE(EchoTest::verdictFor(false, 0.0), EchoTest::Verdict::NoEcho);
    QCOMPARE(EchoTest::verdictFor(true, EchoTest::goodErleDb), EchoTest::Verdict::SpeakersFine);
    QCOMPARE(EchoTest::verdictFor(true, EchoTest::goodErleDb - 0.1), EchoTest::Verdict::UseHeadset);
}

void TestEchoTest::aGapWhileTheSoundPlaysDisturbsTheMeasurement()
{
    // Half way through the measured stretch: the canceller had converged on the old path.
    const std::size_t gapAt = static_cast<std::size_t>(EchoTest::leadSilenceMs
                                  + EchoTest::convergenceMs + EchoTest::signalMs / 4)
        / frameMs;
    const EchoTest::Result steady = run(Room::LinearEcho);
    const EchoTest::Result gapped = run(Room::LinearEcho, gapAt);
    QVERIFY(gapped.complete);
    QVERIFY(gapped.disturbed);
    QVERIFY(!steady.disturbed);
    QVERIFY(!steady.measureAgain());
    // Why it is measured again: the moved echo is what the figure shows, not the devices.
    QVERIFY2(gapped.erleDb < steady.erleDb - 10.0,
        qPrintable(QStringLiteral("%1 vs %2").arg(gapped.erleDb).arg(steady.erleDb)));
}

void TestEchoTest::aGapBeforeTheSoundDoesNot()
{
    // A device's start: the lead silence is playing, the canceller has learnt nothing yet.
    const EchoTest::Result r = run(Room::LinearEcho, EchoTest::leadSilenceMs / frameMs / 2);
    QVERIFY(r.complete);
    QVERIFY(!r.disturbed);
    QVERIFY2(r.erleDb >= 25.0, qPrintable(QString::number(r.erleDb)));
    QCOMPARE(r.verdict, EchoTest::Verdict::SpeakersFine);
}

void TestEchoTest::onlyADisturbedHeadsetVerdictIsMeasuredAgain()
{
    using V = EchoTest::Verdict;
    const auto again = [](bool disturbed, V verdict) {
        EchoTest::Result r;
        r.disturbed = disturbed;
        r.verdict = verdict;
        return r.measureAgain();
    };
    QVERIFY(again(true, V::UseHeadset));
    // A moved echo only lowers the ERLE: these verdicts stand.
    QVERIFY(!again(true, V::SpeakersFine));
    QVERIFY(!again(true, V::NoEcho));
    QVERIFY(!again(false, V::UseHeadset));
}

QTEST_GUILESS_MAIN(TestEchoTest)
#include "TestEchoTest.moc"
