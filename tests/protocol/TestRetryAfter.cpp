// Retry-After (RFC 9110 §10.2.3) and the three HTTP-date forms, against a fixed "now".
#include "RetryAfter.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace vt::protocol;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

const qint64 now = utc(2026, 11, 21, 12, 0, 0);

} // namespace

class TestRetryAfter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void retryAfter_data();
    void retryAfter();
};

void TestRetryAfter::dates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: malformed
    const qint64 example = utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << example;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << example;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << example;
    QTest::newRow("RFC 850, this century")
        << QByteArray("Tuesday, 01-Dec-26 00:00:00 GMT") << utc(2026, 12, 1, 0, 0, 0);
    // 2076 would be more than 50 years ahead of 2026: the century before.
    QTest::newRow("RFC 850, 51 years ahead")
        << QByteArray("Sunday, 01-Dec-77 00:00:00 GMT") << utc(1977, 12, 1, 0, 0, 0);
    QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 GMT")
                                 << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("surrounding spaces")
        << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << example;
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << qint64(-1);
    QTest::newRow("unknown month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("31 February") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT") << qint64(-1);
    QTest::newRow("lower-case month") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("too long") << QByteArray(100, 'x') << qint64(-1);
}

void TestRetryAfter::dates()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = parseHttpDate(value, now);
    if (expected < 0)
        QVERIFY2(!parsed, value.constData());
    else
        QCOMPARE(parsed.value_or(-1), expected);
}

void TestRetryAfter::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: not a Retry-After value
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("a date ahead") << QByteArray("Sat, 21 Nov 2026 12:01:30 GMT") << qint64(90000);
    QTest::newRow("a date past") << QByteArray("Sat, 21 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("huge seconds") << QByteArray("99999999999999999999999999") << maxRetryAfterMs;
    QTest::newRow("a date years ahead")
        << QByteArray("Mon, 21 Nov 2050 12:00:00 GMT") << maxRetryAfterMs;
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
}

void TestRetryAfter::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = parseRetryAfter(value, now);
    if (expected < 0)
        QVERIFY2(!parsed, value.constData());
    else
        QCOMPARE(parsed.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "TestRetryAfter.moc"
