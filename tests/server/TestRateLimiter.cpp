// Sign-in throttling with a clock the test moves: per-account failures, per-address attempts,
// the wait it reports, success clearing an account, and memory that stays bounded.
#include "auth/RateLimiter.h"

#include <QTest>

using namespace vt::server;

class TestRateLimiter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accountLocksAfterFailures();
    void successClearsTheAccount();
    void addressLimitsAllAttempts();
};

void TestRateLimiter::accountLocksAfterFailures()
{
    vt::protocol::ManualClock clock(1'000'000);
    RateLimiter limiter(clock, {});
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("a@x"), QStringLiteral("1.2.3.4")), 0);
        limiter.record(QStringLiteral("a@x"), QStringLiteral("1.2.3.4"), false);
        clock.advance(60'000);
    }
    // The first failure leaves the 15-minute window 11 minutes from now.
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("a@x"), QStringLiteral("9.9.9.9")), 600);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("b@x"), QStringLiteral("1.2.3.4")), 0);
    clock.advance(600'000);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("a@x"), QStringLiteral("1.2.3.4")), 0);
}

void TestRateLimiter::successClearsTheAccount()
{
    vt::protocol::ManualClock clock(0);
    RateLimiter limiter(clock, {});
    for (int i = 0; i < 4; ++i)
        limiter.record(QStringLiteral("a@x"), QStringLiteral("h"), false);
    limiter.record(QStringLiteral("a@x"), QStringLiteral("h"), true);
    limiter.record(QStringLiteral("a@x"), QStringLiteral("h"), false);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("a@x"), QStringLiteral("h")), 0);
}

void TestRateLimiter::addressLimitsAllAttempts()
{
    vt::protocol::ManualClock clock(0);
    RateLimiter limiter(clock, RateLimiter::Policy{5, 900'000, 3, 60'000});
    for (int i = 0; i < 3; ++i)
        limiter.record(QStringLiteral("user%1").arg(i), QStringLiteral("10.0.0.1"), true);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("someone"), QStringLiteral("10.0.0.1")), 60);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("someone"), QStringLiteral("10.0.0.2")), 0);
    clock.advance(60'001);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("someone"), QStringLiteral("10.0.0.1")), 0);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
