// The sync engine's retry schedule: capped exponential backoff with full jitter, and
// Retry-After honoured. The random draw is pinned or seeded: no sleeps, no flakiness.
#include "RetryPolicy.h"

#include <QTest>

#include <random>

using vt::net::RetryPolicy;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ceilingsDoubleUpToTheCap();
    void jitterSpansZeroToTheCeiling();
    void jitterIsUniform();
    void retryAfterIsAFloor();
};

void TestRetryPolicy::ceilingsDoubleUpToTheCap()
{
    const RetryPolicy policy([] { return 0.0; });
    QCOMPARE(policy.ceilingMs(1), qint64(1000));
    QCOMPARE(policy.ceilingMs(2), qint64(2000));
    QCOMPARE(policy.ceilingMs(5), qint64(16000));
    QCOMPARE(policy.ceilingMs(9), qint64(256000));
    QCOMPARE(policy.ceilingMs(10), qint64(300000)); // 512 s capped at 5 min
    QCOMPARE(policy.ceilingMs(1000), qint64(300000));
}

void TestRetryPolicy::jitterSpansZeroToTheCeiling()
{
    double draw = 0.0;
    const RetryPolicy policy([&draw] { return draw; });
    QCOMPARE(policy.delayMs(3), qint64(0));
    draw = 0.5;
    QCOMPARE(policy.delayMs(3), qint64(2000));
    draw = 0.9999999;
    QCOMPARE(policy.delayMs(3), qint64(4000));
    QCOMPARE(policy.delayMs(40), qint64(300000));
}

void TestRetryPolicy::jitterIsUniform()
{
    // Full jitter: over many draws the mean is half the ceiling and every tenth of the range
    // is used about as often (a fixed seed: the same numbers on every run).
    std::mt19937 engine(20261121);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const RetryPolicy policy([&] { return uniform(engine); });
    std::array<int, 10> buckets{};
    double sum = 0;
    const int draws = 20000;
    for (int i = 0; i < draws; ++i) {
        const qint64 d = policy.delayMs(4); // ceiling 8 s
        QVERIFY(d >= 0 && d <= 8000);
        sum += double(d);
        ++buckets[std::size_t(std::min<qint64>(9, d / 800))];
    }
    QVERIFY2(std::abs(sum / draws - 4000) < 100, qPrintable(QString::number(sum / draws)));
    for (int count : buckets)
        QVERIFY2(count > draws / 10 * 0.9 && count < draws / 10 * 1.1,
            qPrintable(QString::number(count)));
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    const RetryPolicy policy([] { return 0.5; });
    QCOMPARE(policy.delayMs(1, 30000), qint64(30000));  // the server's wait, not 500 ms
    QCOMPARE(policy.delayMs(12, 1000), qint64(150000)); // the backoff is longer anyway
    QCOMPARE(policy.delayMs(1, 0), qint64(500));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
