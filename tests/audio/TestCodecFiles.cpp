// Files through the call's codec: the Ogg Opus file holds exactly VoiceEncoder's packets, is
// valid for opusinfo and ffmpeg, decodes to the input's exact length and sounds like it.
#include "AudioFile.h"
#include "CodecFiles.h"
#include "ProcessRun.h"
#include "Resampler.h"
#include "Speech.h"
#include "VoiceCodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ogg/ogg.h>

using namespace vt::audio;

namespace {

// The packets of the first logical stream of an Ogg file, headers included, and the last
// page's granule position.
struct OggContents {
    std::vector<std::vector<std::uint8_t>> packets;
    std::int64_t lastGranule = -1;
    bool endOfStream = false;
};

OggContents readOgg(const QString& path)
{
    const QByteArray bytes = vt::test::readTestFile(path);
    OggContents contents;
    ogg_sync_state sync;
    ogg_sync_init(&sync);
    char* buffer = ogg_sync_buffer(&sync, static_cast<long>(bytes.size()));
    std::memcpy(buffer, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    ogg_sync_wrote(&sync, static_cast<long>(bytes.size()));
    ogg_stream_state stream;
    bool streamReady = false;
    ogg_page page;
    while (ogg_sync_pageout(&sync, &page) == 1) {
        if (!streamReady) {
            ogg_stream_init(&stream, ogg_page_serialno(&page));
            streamReady = true;
        }
        ogg_stream_pagein(&stream, &page);
        contents.lastGranule = ogg_page_granulepos(&page);
        contents.endOfStream = ogg_page_eos(&page) != 0;
        ogg_packet packet;
        while (ogg_stream_packetout(&stream, &packet) == 1)
            contents.packets.emplace_back(packet.packet, packet.packet + packet.bytes);
    }
    if (streamReady)
        ogg_stream_clear(&stream);
    ogg_sync_clear(&sync);
    return contents;
}

} // namespace

class TestCodecFiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodesWithTheCallCodecExactly();
    void roundTripKeepsLengthAndSound();
    void otherToolsAcceptTheFile();
    void stereoAndOtherRatesAreMixedAndResampled();
    void decodesACallRecordingInStereo();
    void reportsBadInputAndUnwritableOutput();

private:
    QTemporaryDir m_dir;
    QString m_speech; // flite: 8 kHz mono
    QString m_opus;
};

void TestCodecFiles::initTestCase()
{
    m_speech = m_dir.filePath(QStringLiteral("speech.wav"));
    vt::test::synthesizeSpeech(
        QStringLiteral("Thanks for taking my call. Could you tell me what rate you were quoted?"),
        m_speech);
    m_opus = m_dir.filePath(QStringLiteral("speech.opus"));
    const CodecFileReport report = encodeFile(m_speech.toStdString(), m_opus.toStdString());
    QVERIFY2(report, report.error.c_str());
}

void TestCodecFiles::encodesWithTheCallCodecExactly()
{
    const LoadedClip source = readAudioFile(m_speech.toStdString());
    QVERIFY(source);
    const std::vector<float> mono
        = resample(source.clip.mono(), source.clip.sampleRate, sampleRate);

    const OggContents ogg = readOgg(m_opus);
    QVERIFY(ogg.packets.size() > 2);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(ogg.packets[0].data()), 8),
        QByteArray("OpusHead"));
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(ogg.packets[1].data()), 8),
        QByteArray("OpusTags"));
    VoiceEncoder encoder;
    const int preSkip = ogg.packets[0][10] | (ogg.packets[0][11] << 8);
    QCOMPARE(preSkip, encoder.lookahead());
    QCOMPARE(ogg.packets[0][9], std::uint8_t{1}); // mono

    // Every audio packet is what the call's encoder makes of the same 20 ms.
    std::array<float, packetSamples> pcm{};
    const std::size_t audioPackets = ogg.packets.size() - 2;
    QCOMPARE(
        audioPackets, (mono.size() + std::size_t(preSkip) + packetSamples - 1) / packetSamples);
    for (std::size_t p = 0; p < audioPackets; ++p) {
        for (std::size_t i = 0; i < packetSamples; ++i) {
            const std::size_t at = p * packetSamples + i;
            pcm[i] = at < mono.size() ? mono[at] : 0.0f;
        }
        QVERIFY2(encoder.encode(pcm) == ogg.packets[p + 2], qPrintable(QString::number(p)));
    }
    // The end: the last page ends the stream where the input ended.
    QVERIFY(ogg.endOfStream);
    QCOMPARE(ogg.lastGranule, std::int64_t(preSkip) + std::int64_t(mono.size()));
}

void TestCodecFiles::roundTripKeepsLengthAndSound()
{
    const QString wav = m_dir.filePath(QStringLiteral("decoded.wav"));
    const CodecFileReport report = decodeFile(m_opus.toStdString(), wav.toStdString());
    QVERIFY2(report, report.error.c_str());
    const LoadedClip decoded = readAudioFile(wav.toStdString());
    QVERIFY(decoded);
    QCOMPARE(decoded.clip.sampleRate, sampleRate);
    QCOMPARE(decoded.clip.channels, 1);
    const std::vector<float> source = vt::test::loadMono48k(m_speech);
    QCOMPARE(decoded.clip.frames(), source.size());
    const double correlation = vt::test::envelopeCorrelation(source, decoded.clip.samples, 0);
    QVERIFY2(correlation >= 0.9, qPrintable(QString::number(correlation)));
}

void TestCodecFiles::otherToolsAcceptTheFile()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const vt::test::ProcessResult info
        = vt::test::runProcess(QStringLiteral("opusinfo"), {m_opus}, env);
    QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.out + info.err));
    QVERIFY2(!info.out.contains(QLatin1String("WARNING"))
            && !info.err.contains(QLatin1String("WARNING")),
        qPrintable(info.out + info.err));
    QVERIFY2(info.out.contains(
                 QLatin1String("Packet duration:   20.0ms (max),   20.0ms (avg),   20.0ms (min)")),
        qPrintable(info.out));

    const QString viaFfmpeg = m_dir.filePath(QStringLiteral("ffmpeg.wav"));
    const vt::test::ProcessResult ffmpeg = vt::test::runProcess(QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
            m_opus, viaFfmpeg},
        env);
    QVERIFY2(ffmpeg.finished && ffmpeg.exitCode == 0, qPrintable(ffmpeg.err));
    const std::vector<float> theirs = vt::test::loadMono48k(viaFfmpeg);
    const std::vector<float> source = vt::test::loadMono48k(m_speech);
    QCOMPARE(theirs.size(), source.size());
}

void TestCodecFiles::stereoAndOtherRatesAreMixedAndResampled()
{
    // 44.1 kHz stereo: the voice on the left, silence on the right.
    const std::vector<float> voice = vt::test::loadMono48k(m_speech);
    const std::vector<float> at44 = resample(voice, sampleRate, 44100);
    AudioClip stereo{44100, 2, {}};
    for (const float s : at44) {
        stereo.samples.push_back(s);
        stereo.samples.push_back(0.0f);
    }
    const QString wav = m_dir.filePath(QStringLiteral("stereo44.wav"));
    QCOMPARE(QString::fromStdString(writeWav(wav.toStdString(), stereo)), QString());
    const QString opus = m_dir.filePath(QStringLiteral("stereo44.opus"));
    const CodecFileReport report = encodeFile(wav.toStdString(), opus.toStdString());
    QVERIFY2(report, report.error.c_str());
    QCOMPARE(report.inputRate, 44100);
    QCOMPARE(report.inputChannels, 2);
    const LoadedClip decoded = readAudioFile(opus.toStdString());
    QVERIFY(decoded);
    QCOMPARE(decoded.clip.channels, 1);
    QCOMPARE(decoded.clip.frames(), at44.size() * 48000 / 44100);
    const double correlation = vt::test::envelopeCorrelation(voice, decoded.clip.samples, 0);
    QVERIFY2(correlation >= 0.9, qPrintable(QString::number(correlation)));
}

void TestCodecFiles::decodesACallRecordingInStereo()
{
    // A stereo Ogg Opus (libopusenc, like a call recording) keeps both channels.
    const QString stereoOpus = m_dir.filePath(QStringLiteral("call.opus"));
    const vt::test::ProcessResult enc = vt::test::runProcess(QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
            m_speech, QStringLiteral("-ac"), QStringLiteral("2"), QStringLiteral("-c:a"),
            QStringLiteral("libopus"), stereoOpus},
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(enc.finished && enc.exitCode == 0, qPrintable(enc.err));
    const QString wav = m_dir.filePath(QStringLiteral("call.wav"));
    const CodecFileReport report = decodeFile(stereoOpus.toStdString(), wav.toStdString());
    QVERIFY2(report, report.error.c_str());
    QCOMPARE(report.inputChannels, 2);
    const LoadedClip decoded = readAudioFile(wav.toStdString());
    QCOMPARE(decoded.clip.channels, 2);
    QCOMPARE(decoded.clip.sampleRate, 48000);
}

void TestCodecFiles::reportsBadInputAndUnwritableOutput()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not audio at all\n");
    file.close();
    CodecFileReport report
        = encodeFile(text.toStdString(), m_dir.filePath(QStringLiteral("x.opus")).toStdString());
    QCOMPARE(report.fault, CodecFileReport::Fault::Input);
    QCOMPARE(QString::fromStdString(report.error),
        text + QStringLiteral(": is neither a WAV nor an Ogg Opus file"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.opus"))));

    // A WAV with a header and no samples.
    const QString empty = m_dir.filePath(QStringLiteral("empty.wav"));
    QCOMPARE(
        QString::fromStdString(writeWav(empty.toStdString(), AudioClip{16000, 1, {}})), QString());
    report
        = encodeFile(empty.toStdString(), m_dir.filePath(QStringLiteral("y.opus")).toStdString());
    QCOMPARE(report.fault, CodecFileReport::Fault::Input);
    QCOMPARE(QString::fromStdString(report.error), empty + QStringLiteral(": has no audio"));

    const QString nowhere = m_dir.filePath(QStringLiteral("missing/dir/out.opus"));
    report = encodeFile(m_speech.toStdString(), nowhere.toStdString());
    QCOMPARE(report.fault, CodecFileReport::Fault::Output);
    QCOMPARE(QString::fromStdString(report.error),
        nowhere + QStringLiteral(": cannot be written: No such file or directory"));

    report = decodeFile(text.toStdString(), m_dir.filePath(QStringLiteral("z.wav")).toStdString());
    QCOMPARE(report.fault, CodecFileReport::Fault::Input);

    const QString nowhereWav = m_dir.filePath(QStringLiteral("missing/dir/out.wav"));
    report = decodeFile(m_opus.toStdString(), nowhereWav.toStdString());
    QCOMPARE(report.fault, CodecFileReport::Fault::Output);
    QCOMPARE(QString::fromStdString(report.error),
        nowhereWav + QStringLiteral(": cannot be written: No such file or directory"));
}

QTEST_GUILESS_MAIN(TestCodecFiles)
#include "TestCodecFiles.moc"
