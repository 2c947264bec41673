#include "RetryAfter.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace vt::protocol {
namespace {

constexpr qsizetype maxHeaderBytes = 64; // the longest HTTP-date is 38 bytes

int monthNumber(QStringView name)
{
    static constexpr std::array<const char*, 12> names{
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return int(i) + 1;
    }
    return 0;
}

std::optional<qint64> toMs(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    // RFC 9110 allows a leap second (60); it is the last second of its minute here.
    const QTime time(hour, minute, std::min(second, 59));
    if (!date.isValid() || !time.isValid() || second > 60)
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

std::optional<qint64> parseHttpDate(QByteArrayView value, qint64 nowMs)
{
    if (value.size() > maxHeaderBytes)
        return std::nullopt;
    const QString text = QString::fromLatin1(value.data(), value.size()).trimmed();
    static const QRegularExpression imf(QStringLiteral(
        R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));
    const auto number = [](const QRegularExpressionMatch& m, int group) {
        return m.capturedView(group).trimmed().toInt();
    };
    if (const QRegularExpressionMatch m = imf.match(text); m.hasMatch()) {
        const int month = monthNumber(m.capturedView(3));
        if (month == 0)
            return std::nullopt;
        return toMs(number(m, 4), month, number(m, 2), number(m, 5), number(m, 6), number(m, 7));
    }
    if (const QRegularExpressionMatch m = rfc850.match(text); m.hasMatch()) {
        const int month = monthNumber(m.capturedView(3));
        if (month == 0)
            return std::nullopt;
        // The most recent year with these last two digits that is not over 50 years ahead.
        const int thisYear = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date().year();
        int year = thisYear - thisYear % 100 + number(m, 4);
        if (year > thisYear + 50)
            year -= 100;
        return toMs(year, month, number(m, 2), number(m, 5), number(m, 6), number(m, 7));
    }
    if (const QRegularExpressionMatch m = asctime.match(text); m.hasMatch()) {
        const int month = monthNumber(m.capturedView(2));
        if (month == 0)
            return std::nullopt;
        return toMs(number(m, 7), month, number(m, 3), number(m, 4), number(m, 5), number(m, 6));
    }
    return std::nullopt;
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs)
{
    if (value.size() > maxHeaderBytes)
        return std::nullopt;
    const QByteArrayView trimmed = value.trimmed();
    if (!trimmed.isEmpty() && std::all_of(trimmed.begin(), trimmed.end(), [](char c) {
            return c >= '0' && c <= '9';
        })) {
        qint64 seconds = 0;
        for (char c : trimmed) {
            seconds = seconds * 10 + (c - '0');
            if (seconds * 1000 >= maxRetryAfterMs)
                return maxRetryAfterMs;
        }
        return seconds * 1000;
    }
    const std::optional<qint64> at = parseHttpDate(trimmed, nowMs);
    if (!at)
        return std::nullopt;
    return std::clamp<qint64>(*at - nowMs, 0, maxRetryAfterMs);
}

} // namespace vt::protocol
