#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace vt::protocol {

// HTTP-date (RFC 9110 §5.6.7) in the three forms a recipient must accept: IMF-fixdate
// ("Sun, 06 Nov 1994 08:49:37 GMT"), RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT"; a two-digit
// year more than 50 years after `nowMs` is taken from the century before) and asctime
// ("Sun Nov  6 08:49:37 1994"). Unix milliseconds, UTC; nothing when malformed.
std::optional<qint64> parseHttpDate(QByteArrayView value, qint64 nowMs);

// The Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. How many
// milliseconds to wait from `nowMs` (a date in the past: 0); nothing when it is neither.
// Values are saturated at maxRetryAfterMs.
inline constexpr qint64 maxRetryAfterMs = 7LL * 24 * 3600 * 1000;
std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs);

} // namespace vt::protocol
