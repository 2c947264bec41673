// Device-edge resampling keeps a signal's frequency, both ways, streamed in any block sizes.
#include "Resampler.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using vt::audio::resample;
using vt::audio::Resampler;

namespace {

std::vector<float> sine(double hz, int rate, double seconds)
{
    std::vector<float> out(static_cast<std::size_t>(rate * seconds));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = 0.5f * static_cast<float>(std::sin(2 * std::numbers::pi * hz * double(i) / rate));
    return out;
}

// Frequency from upward zero crossings, away from the edges.
double frequency(const std::vector<float>& x, int rate)
{
    std::size_t first = 0;
    std::size_t last = 0;
    int crossings = -1;
    for (std::size_t i = x.size() / 10 + 1; i < x.size() * 9 / 10; ++i) {
        if (x[i - 1] < 0 && x[i] >= 0) {
            if (crossings < 0)
                first = i;
            last = i;
            ++crossings;
        }
    }
    return crossings > 0 ? crossings * double(rate) / double(last - first) : 0;
}

} // namespace

class TestResampler final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsFrequency_data();
    void keepsFrequency();
    void streamingEqualsWhole();
    void equalRatesPassThrough();
};

void TestResampler::keepsFrequency_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<double>("hz");
    QTest::newRow("44.1 kHz, 1 kHz") << 44100 << 1000.0;
    QTest::newRow("44.1 kHz, 3.1 kHz") << 44100 << 3100.0;
    QTest::newRow("16 kHz, 440 Hz") << 16000 << 440.0;
    QTest::newRow("16 kHz, 5 kHz") << 16000 << 5000.0;
}

void TestResampler::keepsFrequency()
{
    QFETCH(int, rate);
    QFETCH(double, hz);
    const std::vector<float> input = sine(hz, rate, 1.0);
    const std::vector<float> up = resample(input, rate, 48000);
    QVERIFY(std::abs(double(up.size()) - 48000.0) <= 48);
    QVERIFY2(std::abs(frequency(up, 48000) - hz) < hz * 0.002,
        qPrintable(QString::number(frequency(up, 48000))));
    const std::vector<float> back = resample(up, 48000, rate);
    QVERIFY(std::abs(double(back.size()) - rate) <= rate / 1000.0);
    QVERIFY(std::abs(frequency(back, rate) - hz) < hz * 0.002);
    // The level survives too (no gain change in the pass band).
    double peak = 0;
    for (std::size_t i = up.size() / 4; i < up.size() * 3 / 4; ++i)
        peak = std::max(peak, double(std::abs(up[i])));
    QVERIFY(peak > 0.45 && peak < 0.55);
}

void TestResampler::streamingEqualsWhole()
{
    const std::vector<float> input = sine(700, 44100, 0.5);
    Resampler whole(44100, 48000);
    std::vector<float> once;
    whole.process(input, once);
    Resampler pieces(44100, 48000);
    std::vector<float> streamed;
    std::mt19937 random(3);
    for (std::size_t at = 0; at < input.size();) {
        const std::size_t n = std::min<std::size_t>(1 + random() % 700, input.size() - at);
        pieces.process(std::span<const float>(input).subspan(at, n), streamed);
        at += n;
    }
    QVERIFY(std::abs(double(streamed.size()) - double(once.size())) <= 2);
    const std::size_t n = std::min(streamed.size(), once.size());
    double maxDiff = 0;
    for (std::size_t i = 0; i < n; ++i)
        maxDiff = std::max(maxDiff, double(std::abs(streamed[i] - once[i])));
    QVERIFY2(maxDiff < 1e-4, qPrintable(QString::number(maxDiff)));
}

void TestResampler::equalRatesPassThrough()
{
    Resampler same(48000, 48000);
    QVERIFY(static_cast<bool>(same));
    const std::vector<float> in{0.1f, -0.2f, 0.3f};
    std::vector<float> out;
    same.process(in, out);
    QCOMPARE(out, in);
}

QTEST_GUILESS_MAIN(TestResampler)
#include "TestResampler.moc"
