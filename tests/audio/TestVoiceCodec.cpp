// The call's Opus settings on real (synthetic) speech: encode then decode keeps the speech's
// envelope, the bitrate is what DESIGN.md sets, lost packets are concealed, garbage is not a
// crash.
#include "AudioFormat.h"
#include "Speech.h"
#include "VoiceCodec.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vt::audio;

class TestVoiceCodec final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripKeepsTheEnvelope();
    void bitrateIsTheConfiguredOne();
    void lossIsConcealed();
    void garbageDoesNotDecode();

private:
    QTemporaryDir m_dir;
    std::vector<float> m_speech;
};

void TestVoiceCodec::initTestCase()
{
    const QString wav = m_dir.filePath(QStringLiteral("speech.wav"));
    vt::test::synthesizeSpeech(
        QStringLiteral("Hi, this is Dana from Summit Lending. Do you have two minutes to talk "
                       "about the rate on your mortgage?"),
        wav);
    m_speech = vt::test::loadMono48k(wav);
    m_speech.resize(m_speech.size() / packetSamples * packetSamples);
    QVERIFY(m_speech.size() > 48000 * 3);
}

void TestVoiceCodec::roundTripKeepsTheEnvelope()
{
    VoiceEncoder encoder;
    VoiceDecoder decoder;
    QVERIFY(encoder && decoder);
    std::vector<float> decoded;
    std::array<float, packetSamples> pcm{};
    for (std::size_t at = 0; at < m_speech.size(); at += packetSamples) {
        const std::vector<std::uint8_t> packet = encoder.encode(
            std::span<const float, packetSamples>(m_speech.data() + at, packetSamples));
        QVERIFY(!packet.empty());
        QCOMPARE(decoder.decode(packet, pcm), packetSamples);
        decoded.insert(decoded.end(), pcm.begin(), pcm.end());
    }
    const double correlation = vt::test::envelopeCorrelation(
        m_speech, decoded, static_cast<std::size_t>(encoder.lookahead()));
    QVERIFY2(correlation >= 0.9, qPrintable(QString::number(correlation)));
}

void TestVoiceCodec::bitrateIsTheConfiguredOne()
{
    VoiceEncoder encoder;
    std::size_t bytes = 0;
    for (std::size_t at = 0; at < m_speech.size(); at += packetSamples)
        bytes += encoder
                     .encode(
                         std::span<const float, packetSamples>(m_speech.data() + at, packetSamples))
                     .size();
    const double kbps = double(bytes) * 8 / (double(m_speech.size()) / sampleRate) / 1000;
    QVERIFY2(kbps > 16 && kbps < 32, qPrintable(QString::number(kbps))); // 24 kbit/s VBR
}

void TestVoiceCodec::lossIsConcealed()
{
    VoiceEncoder encoder;
    VoiceDecoder decoder;
    std::array<float, packetSamples> pcm{};
    // Decode the first second, then lose a packet in the middle of speech.
    const std::size_t packets = 50;
    for (std::size_t p = 0; p < packets; ++p)
        decoder.decode(encoder.encode(std::span<const float, packetSamples>(
                           m_speech.data() + p * packetSamples, packetSamples)),
            pcm);
    double before = 0;
    for (const float s : pcm)
        before += double(s) * s;
    decoder.conceal(pcm);
    double concealed = 0;
    for (const float s : pcm)
        concealed += double(s) * s;
    QVERIFY(before > 0);
    QVERIFY2(concealed > before * 0.01, "concealment is silence"); // extrapolated, not zeroed
    QVERIFY(concealed < before * 10);
}

void TestVoiceCodec::garbageDoesNotDecode()
{
    VoiceDecoder decoder;
    std::array<float, packetSamples> pcm{};
    pcm.fill(1.0f);
    const std::vector<std::uint8_t> garbage(300, 0xFF);
    QCOMPARE(decoder.decode(garbage, pcm), 0);
    QCOMPARE(decoder.decode({}, pcm), 0);
    for (const float s : pcm)
        QVERIFY(std::isfinite(s) && std::abs(s) <= 1.0f);
}

QTEST_GUILESS_MAIN(TestVoiceCodec)
#include "TestVoiceCodec.moc"
