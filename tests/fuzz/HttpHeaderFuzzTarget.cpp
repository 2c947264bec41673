#include "HttpHeaderFuzzTarget.h"

#include "RetryAfter.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cstdlib>

namespace vt::test {

int fuzzHttpHeader(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView value(reinterpret_cast<const char*>(data), qsizetype(size));
    const qint64 now = 1'795'000'000'000; // November 2026
    if (const std::optional<qint64> wait = protocol::parseRetryAfter(value, now)) {
        if (*wait < 0 || *wait > protocol::maxRetryAfterMs)
            std::abort();
    }
    if (const std::optional<qint64> at = protocol::parseHttpDate(value, now)) {
        const QString imf
            = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(*at, QTimeZone::utc()),
                QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        const QByteArray bytes = imf.toLatin1();
        if (protocol::parseHttpDate(bytes, now) != at)
            std::abort();
    }
    return 0;
}

} // namespace vt::test
