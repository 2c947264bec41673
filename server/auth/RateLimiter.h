#pragma once

#include "Clock.h"

#include <QHash>
#include <QString>

#include <deque>

namespace vt::server {

// Sign-in throttling, in memory: per account, at most `accountFailures` failed attempts in a
// window; per client address, at most `addressAttempts` attempts of any outcome in a window.
// Past a limit, sign-in is refused until the oldest counted attempt leaves the window
// (retryAfterSeconds). Old entries are pruned as keys are touched.
class RateLimiter final {
public:
    struct Policy {
        int accountFailures = 5;
        qint64 accountWindowMs = 15 * 60 * 1000;
        int addressAttempts = 30;
        qint64 addressWindowMs = 5 * 60 * 1000;
    };

    RateLimiter(const protocol::Clock& clock, Policy policy);

    // 0 when a sign-in for `account` from `address` may go ahead, else seconds to wait.
    qint64 retryAfterSeconds(const QString& account, const QString& address);
    // Counts an attempt; failed ones also count against the account.
    void record(const QString& account, const QString& address, bool succeeded);

private:
    qint64 waitFor(std::deque<qint64>& times, int limit, qint64 windowMs, qint64 now);

    const protocol::Clock& m_clock;
    Policy m_policy;
    QHash<QString, std::deque<qint64>> m_accountFailures;
    QHash<QString, std::deque<qint64>> m_addressAttempts;
    int m_sinceSweep = 0;
};

} // namespace vt::server
