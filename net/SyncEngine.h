#pragma once

#include "AttemptJournal.h"
#include "Outbox.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vt::protocol {
class Clock;
}

namespace vt::net {

class LocalStore;
class PlatformClient;
struct ApiResult;

// Drains the outbox to the platform (DESIGN.md: only a server acknowledgement removes an
// entry): one request at a time, in queue order, each with its fixed idempotency key, so
// whatever is retried is recorded once. A failure worth retrying (no answer, 408, 429, 5xx, a
// 401 until the next sign-in) waits as RetryPolicy says, never less than Retry-After; a
// refusal retrying cannot fix (any other 4xx) puts the entry in "needs attention" and the
// queue moves on. Runs on the thread it lives on (the UI thread in the app): everything it
// does is asynchronous network and short SQLite commits.
//
// Time comes from the injected clock: timers are armed for what the clock says is left, and
// poke() re-reads it, so tests step a ManualClock instead of sleeping.
class SyncEngine final : public QObject {
    Q_OBJECT

public:
    // How often the engine looks for a jump of the wall clock (a machine waking from sleep).
    static constexpr int wakeCheckMs = 15000;
    static constexpr qint64 wakeJumpMs = 60000;

    SyncEngine(PlatformClient& platform, LocalStore& store, const protocol::Clock& clock,
        RetryPolicy policy, QObject* parent = nullptr);

    // Starts draining, now and whenever poke() says there may be more.
    void start();
    // Looks at the outbox again now: something was queued, or the clock moved.
    void poke();
    // Everything waiting is due now and is sent at once: the network came back, the machine
    // woke up, or the user asked.
    void retryNow();
    // Compares the wall clock with the monotonic one; a jump ahead means the machine slept
    // (or the clock was set), so whatever waits is retried now. Runs every wakeCheckMs.
    void checkForWake();

    // What the system says of the network (Connectivity). While it says there is none,
    // nothing is sent (a send would only fail and push the next try back); when it comes back,
    // everything waiting is retried at once.
    void setNetworkUp(bool up);

    bool isSending() const { return m_sending; }
    // When the first waiting entry is due (Unix ms); 0 when nothing waits.
    qint64 nextTryAt() const { return m_nextTryAt; }

Q_SIGNALS:
    void attemptStateChanged(
        const QString& attemptId, vt::net::AttemptJournal::State state, const QString& detail);
    // The platform acknowledged an entry (its answer, e.g. the re-scored attempt).
    void acknowledged(const vt::net::OutboxItem& item, const vt::net::ApiResult& result);
    // An entry failed: `retrying` false when it now needs attention.
    void sendFailed(const vt::net::OutboxItem& item, const QString& message, bool retrying);
    // Nothing is due: the outbox is empty, or everything left waits or needs attention.
    void idle();

private:
    void drain();
    void send(const OutboxItem& item);
    void onResult(const OutboxItem& item, const ApiResult& result);
    // The state an attempt is in given its entries left: synced when none, needs attention
    // when one does, else `fallback`; `why` the reason that goes with it.
    AttemptJournal::State settledState(
        const QString& attemptId, AttemptJournal::State fallback, QString* why) const;
    static bool worthRetrying(const ApiResult& result);

    PlatformClient& m_platform;
    LocalStore& m_store;
    const protocol::Clock& m_clock;
    RetryPolicy m_policy;
    Outbox m_outbox;
    AttemptJournal m_journal;
    QTimer* m_timer;
    QTimer* m_wakeTimer;
    QElapsedTimer m_monotonic;
    qint64 m_wallAtCheck = 0;
    bool m_started = false;
    bool m_sending = false;
    bool m_drainQueued = false;
    bool m_networkUp = true;
    qint64 m_nextTryAt = 0;
};

} // namespace vt::net
