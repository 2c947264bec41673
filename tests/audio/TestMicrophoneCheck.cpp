// The microphone check's verdicts from real speech at different levels and in noise.
#include "MicrophoneCheck.h"
#include "Speech.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vt::audio;

namespace {

// Runs `samples` through the check in 10 ms frames.
MicrophoneCheck::Summary check(const std::vector<float>& samples)
{
    MicrophoneCheck meter;
    std::array<float, frameSamples> none{};
    for (std::size_t at = 0; at + frameSamples <= samples.size(); at += frameSamples) {
        const std::span<const float, frameSamples> frame(samples.data() + at, frameSamples);
        meter.frame(frame, frame, none);
    }
    return meter.summary();
}

std::vector<float> scaled(std::vector<float> x, float gain)
{
    for (float& s : x)
        s = std::clamp(s * gain, -1.0f, 1.0f);
    return x;
}

} // namespace

class TestMicrophoneCheck final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void digitalSilenceIsNoSignal();
    void normalSpeechIsGood();
    void farAwaySpeechIsTooQuiet();
    void overdrivenSpeechIsClipping();
    void loudBackgroundIsNoisy();
    void currentLevelsFollowTheLastFrame();

private:
    QTemporaryDir m_dir;
    std::vector<float> m_speech; // normalised to a -3 dBFS peak
};

void TestMicrophoneCheck::initTestCase()
{
    const QString wav = m_dir.filePath(QStringLiteral("speech.wav"));
    vt::test::synthesizeSpeech(
        QStringLiteral("Hello, I saw your ad about refinancing and I have a few questions."), wav);
    m_speech = vt::test::loadMono48k(wav);
    float peak = 0;
    for (const float s : m_speech)
        peak = std::max(peak, std::fabs(s));
    QVERIFY(peak > 0);
    m_speech = scaled(m_speech, 0.708f / peak);
}

void TestMicrophoneCheck::digitalSilenceIsNoSignal()
{
    const MicrophoneCheck::Summary s = check(std::vector<float>(48000, 0.0f));
    QCOMPARE(s.frames, 100);
    QCOMPARE(s.verdict, MicrophoneCheck::Verdict::NoSignal);
    QCOMPARE(s.peakDb, -100.0);
}

void TestMicrophoneCheck::normalSpeechIsGood()
{
    const MicrophoneCheck::Summary s = check(m_speech);
    QCOMPARE(s.verdict, MicrophoneCheck::Verdict::Good);
    QVERIFY2(std::fabs(s.peakDb + 3.0) < 0.1, qPrintable(QString::number(s.peakDb)));
    QVERIFY2(s.speechDb > -25.0 && s.speechDb < -3.0, qPrintable(QString::number(s.speechDb)));
    QVERIFY(s.backgroundDb < s.speechDb - 20.0);
}

void TestMicrophoneCheck::farAwaySpeechIsTooQuiet()
{
    const MicrophoneCheck::Summary s = check(scaled(m_speech, 0.005f)); // -46 dB
    QCOMPARE(s.verdict, MicrophoneCheck::Verdict::TooQuiet);
    QVERIFY(s.speechDb < MicrophoneCheck::quietDb);
}

void TestMicrophoneCheck::overdrivenSpeechIsClipping()
{
    const MicrophoneCheck::Summary s = check(scaled(m_speech, 8.0f));
    QCOMPARE(s.verdict, MicrophoneCheck::Verdict::Clipping);
    QVERIFY(s.clippedFrames > 0);
    QCOMPARE(s.peakDb, 0.0);
}

void TestMicrophoneCheck::loudBackgroundIsNoisy()
{
    std::vector<float> noisy = m_speech;
    std::uint32_t state = 7;
    for (float& s : noisy) {
        state = state * 1664525U + 1013904223U;
        s += 0.02f * (static_cast<float>(state >> 16U) / 32768.0f - 1.0f); // about -39 dBFS RMS
    }
    const MicrophoneCheck::Summary s = check(noisy);
    QCOMPARE(s.verdict, MicrophoneCheck::Verdict::Noisy);
    QVERIFY2(
        s.backgroundDb > MicrophoneCheck::noisyDb, qPrintable(QString::number(s.backgroundDb)));
}

void TestMicrophoneCheck::currentLevelsFollowTheLastFrame()
{
    MicrophoneCheck meter;
    std::array<float, frameSamples> frame{};
    frame.fill(0.1f); // -20 dBFS
    meter.frame(frame, frame, frame);
    QVERIFY(std::fabs(meter.current().rmsDb + 20.0f) < 0.01f);
    QVERIFY(std::fabs(meter.current().peakDb + 20.0f) < 0.01f);
}

QTEST_GUILESS_MAIN(TestMicrophoneCheck)
#include "TestMicrophoneCheck.moc"
