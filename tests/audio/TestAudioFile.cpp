// WAV and Ogg Opus reading (outside data: user-chosen microphone files) and WAV writing.
#include "AudioFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace vt::audio;

namespace {

// A WAV file's bytes with the given format fields and sample bytes.
std::vector<std::uint8_t> wav(std::uint16_t format, std::uint16_t channels, std::uint32_t rate,
    std::uint16_t bits, const std::vector<std::uint8_t>& data,
    std::uint32_t dataSizeField = 0xFFFFFFFEu, bool extensible = false)
{
    std::vector<std::uint8_t> out;
    const auto put32 = [&](std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            out.push_back(std::uint8_t(v >> (8 * i)));
    };
    const auto put16 = [&](std::uint16_t v) {
        out.push_back(std::uint8_t(v));
        out.push_back(std::uint8_t(v >> 8));
    };
    const auto tag = [&](const char* t) { out.insert(out.end(), t, t + 4); };
    tag("RIFF");
    put32(0);
    tag("WAVE");
    tag("LIST"); // an unrelated chunk, odd-sized, padded
    put32(3);
    out.insert(out.end(), {'a', 'b', 'c', 0});
    tag("fmt ");
    put32(extensible ? 40 : 16);
    put16(extensible ? 0xFFFE : format);
    put16(channels);
    put32(rate);
    put32(rate * channels * bits / 8);
    put16(std::uint16_t(channels * bits / 8));
    put16(bits);
    if (extensible) {
        put16(22);
        put16(bits);
        put32(0);
        put16(format);
        out.insert(out.end(), 14, 0);
    }
    tag("data");
    put32(dataSizeField == 0xFFFFFFFEu ? std::uint32_t(data.size()) : dataSizeField);
    out.insert(out.end(), data.begin(), data.end());
    return out;
}

} // namespace

class TestAudioFile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsPcm16Stereo();
    void readsOtherSampleFormats();
    void acceptsATruncatedRecording();
    void namesWhatIsWrong_data();
    void namesWhatIsWrong();
    void writesAndReadsBack();
    void refusesWhatIsNotAudio();
};

void TestAudioFile::readsPcm16Stereo()
{
    const LoadedClip loaded
        = parseWav(wav(1, 2, 44100, 16, {0x00, 0x40, 0x00, 0xC0, 0xFF, 0x7F, 0x00, 0x80}));
    QVERIFY2(loaded, loaded.error.c_str());
    QCOMPARE(loaded.clip.sampleRate, 44100);
    QCOMPARE(loaded.clip.channels, 2);
    QCOMPARE(loaded.clip.frames(), std::size_t{2});
    QCOMPARE(loaded.clip.samples, (std::vector<float>{0.5f, -0.5f, 32767.0f / 32768.0f, -1.0f}));
    QCOMPARE(loaded.clip.channel(1), (std::vector<float>{-0.5f, -1.0f}));
    QCOMPARE(loaded.clip.mono()[0], 0.0f);
}

void TestAudioFile::readsOtherSampleFormats()
{
    const LoadedClip pcm24 = parseWav(wav(1, 1, 16000, 24, {0x00, 0x00, 0x40, 0x00, 0x00, 0xC0}));
    QVERIFY(pcm24);
    QCOMPARE(pcm24.clip.samples, (std::vector<float>{0.5f, -0.5f}));
    float value = -0.25f;
    std::vector<std::uint8_t> bytes(4);
    std::memcpy(bytes.data(), &value, 4);
    const LoadedClip float32 = parseWav(wav(3, 1, 48000, 32, bytes));
    QVERIFY(float32);
    QCOMPARE(float32.clip.samples, (std::vector<float>{-0.25f}));
    const LoadedClip extensible = parseWav(wav(1, 1, 22050, 16, {0x00, 0x40}, 0xFFFFFFFEu, true));
    QVERIFY2(extensible, extensible.error.c_str());
    QCOMPARE(extensible.clip.samples, (std::vector<float>{0.5f}));
}

void TestAudioFile::acceptsATruncatedRecording()
{
    bool truncated = false;
    const LoadedClip loaded
        = parseWav(wav(1, 1, 16000, 16, {0x00, 0x40, 0x00, 0x40, 0x00}, 1000), &truncated);
    QVERIFY(loaded);
    QVERIFY(truncated);
    QCOMPARE(loaded.clip.frames(), std::size_t{2}); // whole frames only
}

void TestAudioFile::namesWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const auto bytes = [](const std::vector<std::uint8_t>& v) {
        return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
    };
    QTest::newRow("not riff") << QByteArray("OggS and so on")
                              << "not a WAV file (no RIFF/WAVE header)";
    QTest::newRow("a-law") << bytes(wav(6, 1, 8000, 8, {1, 2}))
                           << "unsupported sample format 6 (PCM or float expected)";
    QTest::newRow("8-bit") << bytes(wav(1, 1, 8000, 8, {1, 2})) << "unsupported sample size 8 bits";
    QTest::newRow("rate") << bytes(wav(1, 1, 4000, 16, {1, 2})) << "unsupported sample rate 4000";
    QTest::newRow("channels") << bytes(wav(1, 0, 8000, 16, {1, 2}))
                              << "unsupported channel count 0";
    QTest::newRow("float64") << bytes(wav(3, 1, 8000, 64, {1, 2}))
                             << "unsupported sample size 64 bits";
    QByteArray noData = bytes(wav(1, 1, 8000, 16, {}));
    noData.chop(8);
    QTest::newRow("no data chunk") << noData << "the data chunk is missing";
    QTest::newRow("no fmt") << QByteArray("RIFF\0\0\0\0WAVEdata\0\0\0\0", 20)
                            << "the data chunk comes before the fmt chunk";
    QTest::newRow("short fmt") << QByteArray("RIFF\0\0\0\0WAVEfmt \x04\0\0\0\1\0\1\0", 24)
                               << "the fmt chunk is too short";
}

void TestAudioFile::namesWhatIsWrong()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const LoadedClip loaded = parseWav(std::span(
        reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())));
    QVERIFY(!loaded);
    QCOMPARE(QString::fromStdString(loaded.error), error);
}

void TestAudioFile::writesAndReadsBack()
{
    QTemporaryDir dir;
    AudioClip clip{16000, 2, {0.0f, 0.5f, -0.5f, 0.25f, 1.0f, -1.0f}};
    const std::string path = dir.filePath(QStringLiteral("out.wav")).toStdString();
    QCOMPARE(QString::fromStdString(writeWav(path, clip)), QString());
    const LoadedClip back = readAudioFile(path);
    QVERIFY2(back, back.error.c_str());
    QCOMPARE(back.clip.sampleRate, 16000);
    QCOMPARE(back.clip.channels, 2);
    for (std::size_t i = 0; i < clip.samples.size(); ++i)
        QVERIFY(std::abs(back.clip.samples[i] - clip.samples[i]) < 1.0f / 16000);
}

void TestAudioFile::refusesWhatIsNotAudio()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();
    QCOMPARE(QString::fromStdString(readAudioFile(text.toStdString()).error),
        QStringLiteral("is neither a WAV nor an Ogg Opus file"));
    QCOMPARE(QString::fromStdString(readAudioFile("/nonexistent.wav").error),
        QStringLiteral("cannot be opened: No such file or directory"));
    const std::vector<std::uint8_t> fakeOgg{'O', 'g', 'g', 'S', 0, 1, 2, 3};
    QVERIFY(!parseOggOpus(fakeOgg));
}

QTEST_GUILESS_MAIN(TestAudioFile)
#include "TestAudioFile.moc"
