#pragma once

#include <QDateTime>

namespace vt::protocol {

// Wall-clock time for everything that stores or compares times (server: tokens, rate limits, due
// dates, leaderboard periods). Passed in, so tests can set it (DESIGN.md: an injectable clock).
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    qint64 nowSeconds() const { return nowMs() / 1000; }
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that moves only when told to (tests; `voicetraining-server --clock` for fixtures).
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs)
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace vt::protocol
