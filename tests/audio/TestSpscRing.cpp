// The lock-free ring between the audio callbacks and the worker. The concurrent test is the
// one the tsan preset runs under ThreadSanitizer.
#include "SpscRing.h"

#include <QTest>

#include <random>
#include <thread>

using vt::audio::SpscRing;

class TestSpscRing final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundsCapacityUp();
    void movesWhatFits();
    void wrapsAround();
    void discards();
    void concurrentProducerAndConsumerKeepOrder();
};

void TestSpscRing::roundsCapacityUp()
{
    QCOMPARE(SpscRing<float>(1000).capacity(), std::size_t{1024});
    QCOMPARE(SpscRing<float>(1024).capacity(), std::size_t{1024});
    QCOMPARE(SpscRing<float>(1).capacity(), std::size_t{1});
}

void TestSpscRing::movesWhatFits()
{
    SpscRing<int> ring(8);
    const int in[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QCOMPARE(ring.write(in, 10), std::size_t{8}); // full: the rest is refused, not overwritten
    QCOMPARE(ring.writeAvailable(), std::size_t{0});
    QCOMPARE(ring.readAvailable(), std::size_t{8});
    int out[10] = {};
    QCOMPARE(ring.read(out, 3), std::size_t{3});
    QCOMPARE(out[2], 2);
    QCOMPARE(ring.read(out, 10), std::size_t{5});
    QCOMPARE(out[4], 7);
    QCOMPARE(ring.read(out, 1), std::size_t{0}); // empty
}

void TestSpscRing::wrapsAround()
{
    SpscRing<int> ring(4);
    int next = 0;
    int expected = 0;
    for (int round = 0; round < 100; ++round) {
        const int in[3] = {next, next + 1, next + 2};
        QCOMPARE(ring.write(in, 3), std::size_t{3});
        next += 3;
        int out[3];
        QCOMPARE(ring.read(out, 3), std::size_t{3});
        for (const int v : out)
            QCOMPARE(v, expected++);
    }
}

void TestSpscRing::discards()
{
    SpscRing<float> ring(16);
    const float in[10] = {};
    ring.write(in, 10);
    QCOMPARE(ring.discard(4), std::size_t{4});
    QCOMPARE(ring.readAvailable(), std::size_t{6});
    QCOMPARE(ring.discard(100), std::size_t{6});
    QCOMPARE(ring.readAvailable(), std::size_t{0});
    QCOMPARE(ring.writeAvailable(), std::size_t{16});
}

void TestSpscRing::concurrentProducerAndConsumerKeepOrder()
{
    constexpr std::uint32_t total = 2'000'000;
    SpscRing<std::uint32_t> ring(1024);
    std::thread producer([&] {
        std::mt19937 random(1);
        std::uint32_t next = 0;
        std::uint32_t block[300];
        while (next < total) {
            const std::uint32_t want = std::min<std::uint32_t>(1 + random() % 300, total - next);
            for (std::uint32_t i = 0; i < want; ++i)
                block[i] = next + i;
            next += static_cast<std::uint32_t>(ring.write(block, want));
            if (ring.writeAvailable() == 0)
                std::this_thread::yield();
        }
    });
    std::mt19937 random(2);
    std::uint32_t expected = 0;
    bool ordered = true;
    std::uint32_t block[300];
    while (expected < total) {
        const std::size_t got = ring.read(block, 1 + random() % 300);
        for (std::size_t i = 0; i < got; ++i)
            ordered = ordered && block[i] == expected++;
        if (got == 0)
            std::this_thread::yield();
    }
    producer.join();
    QVERIFY(ordered);
    QCOMPARE(ring.readAvailable(), std::size_t{0});
}

QTEST_GUILESS_MAIN(TestSpscRing)
#include "TestSpscRing.moc"
