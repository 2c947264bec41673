#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace vt::net {

RetryPolicy::RetryPolicy(std::function<double()> uniform01, qint64 baseMs, qint64 capMs)
    : m_uniform01(std::move(uniform01))
    , m_baseMs(std::max<qint64>(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
{
}

qint64 RetryPolicy::ceilingMs(int failures) const
{
    qint64 ceiling = m_baseMs;
    for (int i = 1; i < failures && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_capMs);
}

qint64 RetryPolicy::delayMs(int failures, std::optional<qint64> retryAfterMs) const
{
    const double draw = std::clamp(m_uniform01(), 0.0, 1.0);
    // Inclusive of the ceiling: floor over [0, ceiling + 1).
    const qint64 ceiling = ceilingMs(std::max(1, failures));
    const auto jittered = std::min(ceiling, qint64(std::floor(draw * double(ceiling + 1))));
    return std::max(jittered, retryAfterMs.value_or(0));
}

} // namespace vt::net
