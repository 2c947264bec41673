// The jitter buffer in simulated time: packets of a tone arrive on a schedule (steady,
// jittered, reordered, late, lost) and 10 ms frames are pulled every 10 ms.
#include "AudioFormat.h"
#include "JitterBuffer.h"
#include "VoiceCodec.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace vt::audio;

namespace {

std::vector<EncodedPacket> tonePackets(int count)
{
    VoiceEncoder encoder;
    std::vector<EncodedPacket> packets;
    std::array<float, packetSamples> pcm{};
    std::size_t n = 0;
    for (int p = 0; p < count; ++p) {
        for (float& s : pcm)
            s = 0.3f
                * static_cast<float>(
                    std::sin(2 * std::numbers::pi * 300.0 * double(n++) / sampleRate));
        packets.push_back(
            {static_cast<std::uint32_t>(p), p * std::int64_t{packetMs}, encoder.encode(pcm)});
    }
    return packets;
}

struct Arrival {
    std::int64_t atMs;
    std::size_t packet;
};

struct Run {
    int frames = 0;
    int agentFrames = 0;
    int firstAgentFrame = -1;
    int utteranceStarts = 0; // frames marked as an utterance's first
    JitterBuffer::Stats stats;
    std::vector<int> targets;  // target after each second
    std::vector<int> buffered; // buffered audio after each second
};

// Feeds `arrivals` and pulls a frame every 10 ms for `durationMs`.
Run simulate(JitterBuffer& buffer, const std::vector<EncodedPacket>& packets,
    std::vector<Arrival> arrivals, int durationMs)
{
    std::stable_sort(arrivals.begin(), arrivals.end(),
        [](const Arrival& a, const Arrival& b) { return a.atMs < b.atMs; });
    Run run;
    std::size_t next = 0;
    for (std::int64_t now = 0; now < durationMs; now += frameMs) {
        for (; next < arrivals.size() && arrivals[next].atMs <= now; ++next)
            buffer.push(packets[arrivals[next].packet], now);
        const JitterBuffer::Frame frame = buffer.next();
        run.utteranceStarts += frame.utteranceStart ? 1 : 0;
        if (frame.agent) {
            if (run.firstAgentFrame < 0)
                run.firstAgentFrame = run.frames;
            ++run.agentFrames;
        }
        ++run.frames;
        if (now % 1000 == 990) {
            run.targets.push_back(buffer.stats().targetMs);
            run.buffered.push_back(buffer.stats().bufferedMs);
        }
    }
    run.stats = buffer.stats();
    return run;
}

std::vector<Arrival> steady(int count, int offsetMs)
{
    std::vector<Arrival> arrivals;
    for (int p = 0; p < count; ++p)
        arrivals.push_back({p * std::int64_t{packetMs} + offsetMs, std::size_t(p)});
    return arrivals;
}

} // namespace

class TestJitterBuffer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inOrderPlaysEverything();
    void reorderedPacketsAreSortedOut();
    void latePacketsAreDiscardedAndConcealed();
    void lostPacketsAreConcealed();
    void utteranceStartsAreMarkedOnce();
    void growsUnderJitterAndShrinksBack();
    void staysBounded();
    void flushSilencesAtOnce();
    void fadesInAtStart();
};

void TestJitterBuffer::inOrderPlaysEverything()
{
    const auto packets = tonePackets(100);
    JitterBuffer buffer;
    const Run run = simulate(buffer, packets, steady(100, 5), 2400);
    QCOMPARE(run.stats.lost, 0ULL);
    QCOMPARE(run.stats.late, 0ULL);
    QVERIFY(run.firstAgentFrame >= 0 && run.firstAgentFrame * frameMs <= 60); // starts within 60 ms
    QCOMPARE(run.agentFrames, 200 + 1); // every 10 ms of the 2 s, then one faded-out concealment
}

void TestJitterBuffer::reorderedPacketsAreSortedOut()
{
    const auto packets = tonePackets(100);
    std::vector<Arrival> arrivals = steady(100, 5);
    for (std::size_t i = 10; i + 1 < arrivals.size(); i += 7)
        std::swap(arrivals[i].atMs, arrivals[i + 1].atMs); // neighbours swap places
    JitterBuffer buffer;
    const Run run = simulate(buffer, packets, arrivals, 2400);
    QCOMPARE(run.stats.lost, 0ULL);
    QCOMPARE(run.stats.late, 0ULL);
}

void TestJitterBuffer::latePacketsAreDiscardedAndConcealed()
{
    const auto packets = tonePackets(100);
    std::vector<Arrival> arrivals = steady(100, 5);
    arrivals[50].atMs += 400; // far too late: its turn is long past
    JitterBuffer buffer;
    const Run run = simulate(buffer, packets, arrivals, 2400);
    QCOMPARE(run.stats.late, 1ULL);
    QCOMPARE(run.stats.lost, 1ULL); // concealed when its turn came
}

void TestJitterBuffer::lostPacketsAreConcealed()
{
    const auto packets = tonePackets(100);
    std::vector<Arrival> arrivals = steady(100, 5);
    arrivals.erase(arrivals.begin() + 40);
    arrivals.erase(arrivals.begin() + 70);
    JitterBuffer buffer;
    const Run run = simulate(buffer, packets, arrivals, 2400);
    QCOMPARE(run.stats.lost, 2ULL);
    QCOMPARE(run.agentFrames, 201); // no gap in the audio: the holes were filled
}

void TestJitterBuffer::utteranceStartsAreMarkedOnce()
{
    // Each marked packet marks exactly one frame, also when the buffer grows by concealing
    // right after it. Every packet is marked here, so every expansion follows a marked one.
    std::vector<EncodedPacket> packets = tonePackets(100);
    for (EncodedPacket& p : packets)
        p.utteranceStart = true;
    // Bursts of four packets every 80 ms, and two lost: the buffer runs low and grows.
    std::vector<Arrival> arrivals;
    for (int p = 0; p < 100; ++p) {
        if (p != 40 && p != 70)
            arrivals.push_back({(p / 4) * std::int64_t{4 * packetMs} + 75, std::size_t(p)});
    }
    JitterBuffer buffer;
    const Run run = simulate(buffer, packets, arrivals, 2600);
    QVERIFY(run.stats.expanded > 0);
    QCOMPARE(run.stats.dropped, 0ULL);
    QCOMPARE(run.utteranceStarts, 98);
}

void TestJitterBuffer::growsUnderJitterAndShrinksBack()
{
    const int count = 500; // 10 s: 5 s of 20 ms ± 30 ms jitter, then 5 s calm
    const auto packets = tonePackets(count);
    std::vector<Arrival> arrivals;
    std::mt19937 random(5);
    std::uniform_int_distribution<int> jitter(0, 60);
    for (int p = 0; p < count; ++p)
        arrivals.push_back(
            {p * std::int64_t{packetMs} + (p < 250 ? jitter(random) : 5), std::size_t(p)});
    JitterBuffer buffer;
    const Run run = simulate(buffer, packets, arrivals, count * packetMs + 400);
    for (std::size_t i = 0; i < run.targets.size(); ++i)
        qInfo("second %zu: target %d ms, buffered %d ms", i + 1, run.targets[i], run.buffered[i]);
    const int peak = *std::max_element(run.targets.begin(), run.targets.begin() + 5);
    QVERIFY2(peak >= 70, qPrintable(QStringLiteral("target under jitter %1 ms").arg(peak)));
    QCOMPARE(run.targets[9], JitterBuffer::minTargetMs); // calm again: back to the minimum
    QVERIFY(run.stats.dropped > 0);                      // frames were dropped to shrink the delay
    QVERIFY(run.stats.lost < 10);
}

void TestJitterBuffer::staysBounded()
{
    const std::size_t count = JitterBuffer::maxPackets + 500;
    const auto packets = tonePackets(int(count));
    JitterBuffer buffer;
    for (std::size_t p = 0; p < packets.size(); ++p)
        buffer.push(packets[p], 0); // nobody pulls
    QVERIFY(buffer.stats().bufferedMs <= int(JitterBuffer::maxPackets) * packetMs + packetMs);
    QCOMPARE(buffer.stats().dropped, 500ULL);
}

void TestJitterBuffer::flushSilencesAtOnce()
{
    const auto packets = tonePackets(50);
    JitterBuffer buffer;
    simulate(buffer, packets, steady(50, 5), 300);
    QVERIFY(buffer.isPlaying());
    QVERIFY(buffer.flush());
    const JitterBuffer::Frame after = buffer.next();
    QVERIFY(!after.agent);
    QVERIFY(std::all_of(after.pcm.begin(), after.pcm.end(), [](float s) { return s == 0.0f; }));
    QVERIFY(!buffer.flush()); // nothing was playing any more
}

void TestJitterBuffer::fadesInAtStart()
{
    const auto packets = tonePackets(10);
    JitterBuffer buffer;
    for (std::size_t p = 0; p < 4; ++p)
        buffer.push(packets[p], 0);
    const JitterBuffer::Frame first = buffer.next();
    QVERIFY(first.agent);
    QCOMPARE(first.pcm[0], 0.0f);
    float early = 0;
    float later = 0;
    for (int i = 0; i < 60; ++i)
        early = std::max(early, std::abs(first.pcm[std::size_t(i)]));
    for (int i = 300; i < 480; ++i)
        later = std::max(later, std::abs(first.pcm[std::size_t(i)]));
    QVERIFY(early < later * 0.5f);
}

QTEST_GUILESS_MAIN(TestJitterBuffer)
#include "TestJitterBuffer.moc"
