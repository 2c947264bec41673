#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace vt::net {

// When to try a failed sync request again: capped exponential backoff with full jitter (a wait
// drawn uniformly from [0, min(cap, base × 2^(failures−1))]), never earlier than the server's
// Retry-After. The random draw is passed in, so tests pin it; the engine's timers take the
// result, so no test sleeps.
class RetryPolicy final {
public:
    static constexpr qint64 defaultBaseMs = 1000;
    static constexpr qint64 defaultCapMs = 5 * 60 * 1000;

    // `uniform01` returns values in [0, 1).
    explicit RetryPolicy(std::function<double()> uniform01, qint64 baseMs = defaultBaseMs,
        qint64 capMs = defaultCapMs);

    // The longest wait after `failures` consecutive failures (>= 1).
    qint64 ceilingMs(int failures) const;
    // The wait before the next try after `failures` consecutive failures, at least
    // `retryAfterMs` when the server gave one.
    qint64 delayMs(int failures, std::optional<qint64> retryAfterMs = std::nullopt) const;

private:
    std::function<double()> m_uniform01;
    qint64 m_baseMs;
    qint64 m_capMs;
};

} // namespace vt::net
