// What an uploaded recording is, without decoding it: a real call recording passes with its
// channels and duration; other files, damaged pages and two streams do not.
#include "CallRecorder.h"
#include "domain/OggCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vt::server;

namespace {

QByteArray record(int frames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.opus"));
    {
        vt::audio::CallRecorder recorder(path.toStdString());
        std::array<float, vt::audio::frameSamples> silence{};
        for (int i = 0; i < frames; ++i)
            recorder.write(silence, silence);
        recorder.finish();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOggCheck final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsARecording();
    void refuses();
};

void TestOggCheck::acceptsARecording()
{
    const OggCheck check = checkOggOpus(record(250));
    QVERIFY2(check, qPrintable(check.error));
    QCOMPARE(check.channels, 2);
    QCOMPARE(check.durationMs, 2500);
}

void TestOggCheck::refuses()
{
    const QByteArray good = record(100);
    QCOMPARE(
        checkOggOpus("RIFF0000WAVE").error, QStringLiteral("the recording is not an Ogg file"));
    QByteArray damaged = good;
    damaged[damaged.size() - 10] = char(damaged[damaged.size() - 10] ^ 1);
    QCOMPARE(checkOggOpus(damaged).error,
        QStringLiteral("the recording has damaged Ogg data (a bad page checksum)"));
    QCOMPARE(checkOggOpus(good + good).error,
        QStringLiteral("the recording has more than one Ogg stream"));
    QByteArray vorbis = good;
    vorbis.replace("OpusHead", "OpusHeaX"); // breaks the CRC too: either way refused
    QVERIFY(!checkOggOpus(vorbis));
    QCOMPARE(checkOggOpus(good.left(40)).error,
        QStringLiteral("the recording is not Ogg Opus (no OpusHead)"));
}

QTEST_GUILESS_MAIN(TestOggCheck)
#include "TestOggCheck.moc"
