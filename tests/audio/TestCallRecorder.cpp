// Call recordings: stereo Ogg Opus that opusinfo accepts and ffmpeg decodes, channels kept
// apart, and at most a second lost when the recording process is killed.
#include "AudioFile.h"
#include "CallRecorder.h"
#include "ProcessRun.h"
#include "VtTestConfig.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace vt::audio;

namespace {

float tone(double hz, std::size_t n)
{
    return 0.3f * static_cast<float>(std::sin(2 * std::numbers::pi * hz * double(n) / sampleRate));
}

// Energy of x at `hz` (Goertzel), relative to its total energy.
double shareAt(const std::vector<float>& x, double hz)
{
    const double w = 2 * std::numbers::pi * hz / sampleRate;
    double s1 = 0, s2 = 0, total = 0;
    for (const float v : x) {
        const double s = v + 2 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s;
        total += double(v) * v;
    }
    const double power = s1 * s1 + s2 * s2 - 2 * std::cos(w) * s1 * s2;
    return total > 0 ? 2 * power / (double(x.size()) * total) : 0;
}

} // namespace

class TestCallRecorder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesAValidStereoRecording();
    void survivesAKill();
    void reportsAnUnwritablePath();
};

void TestCallRecorder::writesAValidStereoRecording()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.opus"));
    {
        CallRecorder recorder(path.toStdString());
        QVERIFY2(recorder, recorder.error().c_str());
        std::array<float, frameSamples> rep{};
        std::array<float, frameSamples> agent{};
        std::size_t n = 0;
        for (int frame = 0; frame < 300; ++frame) {
            for (std::size_t i = 0; i < frameSamples; ++i, ++n) {
                rep[i] = tone(440, n);
                agent[i] = tone(1000, n);
            }
            QVERIFY(recorder.write(rep, agent));
        }
        QCOMPARE(recorder.writtenMs(), std::int64_t{3000});
        QVERIFY(recorder.finish());
    }
    const vt::test::ProcessResult info = vt::test::runProcess(
        QStringLiteral("opusinfo"), {path}, QProcessEnvironment::systemEnvironment());
    QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.out + info.err));
    QVERIFY2(info.out.contains(QLatin1String("Channels: 2")), qPrintable(info.out));
    QVERIFY(!info.out.contains(QLatin1String("WARNING"))
        && !info.err.contains(QLatin1String("WARNING")));

    const QString wav = dir.filePath(QStringLiteral("decoded.wav"));
    const vt::test::ProcessResult ffmpeg = vt::test::runProcess(QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path, wav},
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(ffmpeg.finished && ffmpeg.exitCode == 0, qPrintable(ffmpeg.err));
    const LoadedClip decoded = readAudioFile(wav.toStdString());
    QVERIFY(decoded);
    QCOMPARE(decoded.clip.channels, 2);
    QVERIFY(std::abs(decoded.clip.seconds() - 3.0) < 0.05);

    const LoadedClip ours = readAudioFile(path.toStdString());
    QVERIFY2(ours, ours.error.c_str());
    QVERIFY(shareAt(ours.clip.channel(0), 440) > 0.9);  // the rep on the left
    QVERIFY(shareAt(ours.clip.channel(1), 1000) > 0.9); // the agent on the right
    QVERIFY(shareAt(ours.clip.channel(0), 1000) < 0.05);
}

void TestCallRecorder::survivesAKill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.opus"));
    QProcess child;
    child.start(QStringLiteral(VT_RECORDING_CHILD_PATH), {path});
    QVERIFY(child.waitForStarted());
    std::int64_t fedMs = 0;
    while (fedMs < 3200 && child.waitForReadyRead(5000)) {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("fed "))
                fedMs = line.mid(4).toLongLong();
        }
    }
    QVERIFY2(fedMs >= 3200, "the recording child stopped reporting");
    child.kill(); // SIGKILL: no destructors, no end of stream
    QVERIFY(child.waitForFinished());
    const LoadedClip recovered = readAudioFile(path.toStdString());
    QVERIFY2(recovered, recovered.error.c_str());
    const double lostMs = double(fedMs) - recovered.clip.seconds() * 1000;
    QVERIFY2(lostMs <= 1000,
        qPrintable(QStringLiteral("fed %1 ms, recovered %2 ms")
                       .arg(fedMs)
                       .arg(recovered.clip.seconds() * 1000)));
    QVERIFY(shareAt(recovered.clip.channel(0), 440) > 0.9);
    const vt::test::ProcessResult ffmpeg = vt::test::runProcess(QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
            dir.filePath(QStringLiteral("k.wav"))},
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(ffmpeg.finished && ffmpeg.exitCode == 0, qPrintable(ffmpeg.err));
}

void TestCallRecorder::reportsAnUnwritablePath()
{
    CallRecorder recorder("/nonexistent-dir/call.opus");
    QVERIFY(!recorder);
    QCOMPARE(QString::fromStdString(recorder.error()), QStringLiteral("cannot be created"));
    std::array<float, frameSamples> silence{};
    QVERIFY(!recorder.write(silence, silence));
}

QTEST_GUILESS_MAIN(TestCallRecorder)
#include "TestCallRecorder.moc"
