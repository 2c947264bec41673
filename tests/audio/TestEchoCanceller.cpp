// The echo canceller on a synthetic echo path (delay plus decaying reflections): far-end
// speech (flite) is attenuated by at least 15 dB once converged, and near-end speech
// (espeak-ng, another voice) talking over it at the same time is kept.
#include "EchoCanceller.h"
#include "Speech.h"
#include "Vad.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vt::audio;

namespace {

struct Tap {
    int delayMs;
    float gain;
};

// The room: the speaker's sound reaches the microphone 40 ms later, then reflections.
std::vector<float> echoOf(const std::vector<float>& far)
{
    const Tap taps[] = {{40, 0.5f}, {52, -0.3f}, {75, 0.15f}, {110, -0.08f}, {150, 0.04f}};
    std::vector<float> echo(far.size(), 0.0f);
    for (const Tap& tap : taps) {
        const std::size_t d = static_cast<std::size_t>(tap.delayMs * samplesPerMs);
        for (std::size_t i = d; i < far.size(); ++i)
            echo[i] += tap.gain * far[i - d];
    }
    return echo;
}

std::vector<float> looped(std::vector<float> x, std::size_t length)
{
    std::vector<float> out;
    while (out.size() < length)
        out.insert(out.end(), x.begin(), x.end());
    out.resize(length);
    return out;
}

double energy(const std::vector<float>& x, std::size_t from, std::size_t to)
{
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
        sum += double(x[i]) * x[i];
    return sum;
}

} // namespace

class TestEchoCanceller final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void attenuatesTheEchoByFifteenDb();
    void keepsNearEndSpeechDuringDoubleTalk();
    void passesThroughWhenOff();
    void resumesAfterTheAgentWasSilent();

private:
    std::vector<float> run(
        EchoCanceller& canceller, const std::vector<float>& mic, const std::vector<float>& far);

    QTemporaryDir m_dir;
    std::vector<float> m_far;
    std::vector<float> m_near;
};

void TestEchoCanceller::initTestCase()
{
    const QString far = m_dir.filePath(QStringLiteral("far.wav"));
    const QString near = m_dir.filePath(QStringLiteral("near.wav"));
    vt::test::synthesizeSpeech(
        QStringLiteral("Honestly I already have a decent rate with my bank and I am not sure "
                       "refinancing is worth the hassle right now."),
        far);
    vt::test::synthesizeSpeech(
        QStringLiteral("Let me show you how the numbers compare over the life of the loan"), near,
        QStringLiteral("espeak-ng"));
    m_far = looped(vt::test::loadMono48k(far), 48000 * 12);
    m_near = vt::test::loadMono48k(near);
}

std::vector<float> TestEchoCanceller::run(
    EchoCanceller& canceller, const std::vector<float>& mic, const std::vector<float>& far)
{
    std::vector<float> out(mic.size(), 0.0f);
    for (std::size_t at = 0; at + frameSamples <= mic.size(); at += frameSamples) {
        canceller.process(std::span<const float, frameSamples>(mic.data() + at, frameSamples),
            std::span<const float, frameSamples>(far.data() + at, frameSamples),
            std::span<float, frameSamples>(out.data() + at, frameSamples));
    }
    return out;
}

void TestEchoCanceller::attenuatesTheEchoByFifteenDb()
{
    EchoCanceller canceller({true, false, false});
    const std::vector<float> mic = echoOf(m_far);
    const std::vector<float> out = run(canceller, mic, m_far);
    // After four seconds of convergence, over the remaining eight.
    const std::size_t from = 48000 * 4;
    const double erle = 10
        * std::log10(
            energy(mic, from, mic.size()) / std::max(1e-12, energy(out, from, out.size())));
    QVERIFY2(erle >= 15.0, qPrintable(QStringLiteral("ERLE %1 dB").arg(erle, 0, 'f', 1)));
}

void TestEchoCanceller::keepsNearEndSpeechDuringDoubleTalk()
{
    EchoCanceller canceller({true, false, false});
    std::vector<float> mic = echoOf(m_far);
    // The rep starts talking at 6 s, over the agent.
    const std::size_t start = 48000 * 6;
    const std::size_t end = std::min(mic.size(), start + m_near.size());
    for (std::size_t i = start; i < end; ++i)
        mic[i] += m_near[i - start];
    const std::vector<float> out = run(canceller, mic, m_far);

    const std::vector<float> near(
        m_near.begin(), m_near.begin() + static_cast<std::ptrdiff_t>(end - start));
    const std::vector<float> kept(out.begin() + static_cast<std::ptrdiff_t>(start),
        out.begin() + static_cast<std::ptrdiff_t>(end));
    const double correlation = vt::test::envelopeCorrelation(near, kept, 0);
    const double levelDb
        = 10 * std::log10(energy(kept, 0, kept.size()) / energy(near, 0, near.size()));
    QVERIFY2(correlation >= 0.8,
        qPrintable(QStringLiteral("near-end envelope correlation %1").arg(correlation)));
    QVERIFY2(levelDb > -6.0, qPrintable(QStringLiteral("near-end level %1 dB").arg(levelDb)));
}

void TestEchoCanceller::passesThroughWhenOff()
{
    EchoCanceller canceller({false, false, false});
    const std::vector<float> mic(m_far.begin(), m_far.begin() + 48000);
    QCOMPARE(run(canceller, mic, mic), mic);
}

void TestEchoCanceller::resumesAfterTheAgentWasSilent()
{
    // The agent talks for 6 s, is silent for 3 s (the filter is skipped), then talks again: the
    // echo is still cancelled at once, from what the filter learnt before.
    EchoCanceller canceller({true, false, false});
    std::vector<float> far = m_far;
    const std::size_t pauseFrom = 48000 * 6;
    const std::size_t pauseTo = 48000 * 9;
    std::fill(far.begin() + std::ptrdiff_t(pauseFrom), far.begin() + std::ptrdiff_t(pauseTo), 0.0f);
    std::vector<float> mic = echoOf(far);
    std::uint32_t state = 3;
    for (std::size_t i = pauseFrom; i < pauseTo; ++i) { // the room, quietly
        state = state * 1664525U + 1013904223U;
        mic[i] += 0.001f * (static_cast<float>(state >> 16U) / 32768.0f - 1.0f);
    }
    const std::vector<float> out = run(canceller, mic, far);

    // Past the echo's tail in the pause, the room comes through at its own level.
    const std::size_t quietFrom = pauseFrom + 48000 / 2;
    const double roomDb
        = 10 * std::log10(energy(out, quietFrom, pauseTo) / energy(mic, quietFrom, pauseTo));
    QVERIFY2(std::fabs(roomDb) < 1.0, qPrintable(QStringLiteral("room level %1 dB").arg(roomDb)));
    // The first second after the pause is already cancelled.
    const double erle = 10
        * std::log10(energy(mic, pauseTo, pauseTo + 48000)
            / std::max(1e-12, energy(out, pauseTo, pauseTo + 48000)));
    QVERIFY2(erle >= 15.0, qPrintable(QStringLiteral("ERLE %1 dB").arg(erle, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestEchoCanceller)
#include "TestEchoCanceller.moc"
