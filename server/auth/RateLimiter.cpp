#include "RateLimiter.h"

namespace vt::server {

RateLimiter::RateLimiter(const protocol::Clock& clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy)
{
}

qint64 RateLimiter::waitFor(std::deque<qint64>& times, int limit, qint64 windowMs, qint64 now)
{
    while (!times.empty() && times.front() <= now - windowMs)
        times.pop_front();
    if (int(times.size()) < limit)
        return 0;
    const qint64 waitMs = times.front() + windowMs - now;
    return std::max<qint64>(1, (waitMs + 999) / 1000);
}

qint64 RateLimiter::retryAfterSeconds(const QString& account, const QString& address)
{
    const qint64 now = m_clock.nowMs();
    qint64 wait = 0;
    if (auto it = m_accountFailures.find(account); it != m_accountFailures.end()) {
        wait
            = std::max(wait, waitFor(*it, m_policy.accountFailures, m_policy.accountWindowMs, now));
        if (it->empty())
            m_accountFailures.erase(it);
    }
    if (auto it = m_addressAttempts.find(address); it != m_addressAttempts.end()) {
        wait
            = std::max(wait, waitFor(*it, m_policy.addressAttempts, m_policy.addressWindowMs, now));
        if (it->empty())
            m_addressAttempts.erase(it);
    }
    return wait;
}

void RateLimiter::record(const QString& account, const QString& address, bool succeeded)
{
    const qint64 now = m_clock.nowMs();
    // Now and then drop the keys nobody touched for a whole window, so memory stays bounded.
    if (++m_sinceSweep >= 1000) {
        m_sinceSweep = 0;
        m_accountFailures.removeIf([&](auto it) {
            return it.value().empty() || it.value().back() <= now - m_policy.accountWindowMs;
        });
        m_addressAttempts.removeIf([&](auto it) {
            return it.value().empty() || it.value().back() <= now - m_policy.addressWindowMs;
        });
    }
    m_addressAttempts[address].push_back(now);
    if (succeeded)
        m_accountFailures.remove(account);
    else
        m_accountFailures[account].push_back(now);
}

} // namespace vt::server
