#include "SyncEngine.h"

#include "Clock.h"
#include "LocalStore.h"
#include "NetLog.h"
#include "PlatformClient.h"
#include "RetryAfter.h"
#include "SyncStatus.h"

#include <algorithm>

namespace vt::net {

SyncEngine::SyncEngine(PlatformClient& platform, LocalStore& store, const protocol::Clock& clock,
    RetryPolicy policy, QObject* parent)
    : QObject(parent)
    , m_platform(platform)
    , m_store(store)
    , m_clock(clock)
    , m_policy(std::move(policy))
    , m_outbox(store)
    , m_journal(store)
    , m_timer(new QTimer(this))
    , m_wakeTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::poke);
    m_wakeTimer->setInterval(wakeCheckMs);
    connect(m_wakeTimer, &QTimer::timeout, this, &SyncEngine::checkForWake);
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_outbox.adopt(m_platform.key());
    m_monotonic.start();
    m_wallAtCheck = m_clock.nowMs();
    m_wakeTimer->start();
    poke();
}

void SyncEngine::poke()
{
    // Coalesced: many pokes in one event-loop turn drain once.
    if (!m_started || m_drainQueued)
        return;
    m_drainQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_drainQueued = false;
            drain();
        },
        Qt::QueuedConnection);
}

void SyncEngine::retryNow()
{
    m_outbox.makeDue(m_platform.key());
    poke();
}

void SyncEngine::checkForWake()
{
    const qint64 wall = m_clock.nowMs();
    const qint64 elapsed = m_monotonic.restart();
    const qint64 jump = (wall - m_wallAtCheck) - elapsed;
    m_wallAtCheck = wall;
    if (jump > wakeJumpMs) {
        qCInfo(lcNet, "sync: the wall clock jumped %lld s ahead (the machine slept); retrying now",
            jump / 1000);
        retryNow();
    }
}

void SyncEngine::setNetworkUp(bool up)
{
    if (up == m_networkUp)
        return;
    m_networkUp = up;
    qCInfo(lcNet, "sync: the network is %s", up ? "back" : "gone");
    if (up)
        retryNow();
}

void SyncEngine::drain()
{
    if (m_sending)
        return;
    if (!m_networkUp) {
        // Nothing goes out; setNetworkUp(true) retries what waits.
        m_timer->stop();
        Q_EMIT idle();
        return;
    }
    const std::optional<OutboxItem> item = m_outbox.next(m_platform.key());
    if (!item) {
        m_timer->stop();
        m_nextTryAt = 0;
        Q_EMIT idle();
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (item->nextTryAt > now) {
        m_nextTryAt = item->nextTryAt;
        m_timer->start(int(std::min<qint64>(item->nextTryAt - now, RetryPolicy::defaultCapMs)));
        Q_EMIT idle();
        return;
    }
    m_nextTryAt = 0;
    send(*item);
}

void SyncEngine::send(const OutboxItem& item)
{
    m_sending = true;
    QString why;
    const AttemptJournal::State state
        = settledState(item.attemptId, AttemptJournal::State::Uploading, &why);
    // Only what History shows while it uploads: the outbox entry is what is sent and retried.
    if (!m_journal.setState(item.attemptId, state, why))
        qCWarning(lcNet, "sync: the local store cannot mark the attempt as uploading: %s",
            qPrintable(m_journal.lastError()));
    Q_EMIT attemptStateChanged(item.attemptId, state, why);
    auto done = [this, item](const ApiResult& result) { onResult(item, result); };
    if (!item.filePath.isEmpty())
        m_platform.sendFile(
            item.method, item.path, item.filePath, item.contentType, item.idempotencyKey, done);
    else
        m_platform.sendBytes(
            item.method, item.path, item.body, item.contentType, item.idempotencyKey, done);
}

bool SyncEngine::worthRetrying(const ApiResult& r)
{
    const int s = r.error.status;
    return s == 0 || s == 401 || s == 408 || s == 425 || s == 429 || s >= 500;
}

void SyncEngine::onResult(const OutboxItem& item, const ApiResult& result)
{
    m_sending = false;
    const qint64 now = m_clock.nowMs();
    const QString key = m_platform.key();
    enum class Outcome { Acknowledged, Retry, Refused } outcome = Outcome::Acknowledged;
    if (result.error.isError())
        outcome = result.error.type != QLatin1String("file") && worthRetrying(result)
            ? Outcome::Retry
            : Outcome::Refused;
    const QString message = result.error.message;
    qint64 delay = 0;
    if (outcome == Outcome::Retry) {
        const std::optional<qint64> retryAfter = result.retryAfter.isEmpty()
            ? std::nullopt
            : protocol::parseRetryAfter(result.retryAfter, now);
        delay = m_policy.delayMs(item.tries + 1, retryAfter);
    }
    // The entry and its attempt's state change in one commit: a crash between the two would
    // leave an attempt that is neither queued nor synced.
    AttemptJournal::State state = AttemptJournal::State::Uploading;
    QString why;
    const bool committed = m_store.transaction([&] {
        bool ok = false;
        AttemptJournal::State fallback = AttemptJournal::State::Uploading;
        switch (outcome) {
        case Outcome::Acknowledged:
            ok = m_outbox.acknowledge(item.seq) && recordSyncSuccess(m_store, key, now);
            break;
        case Outcome::Retry:
            ok = m_outbox.postpone(item.seq, result.error.status, message, now + delay)
                && recordSyncError(m_store, key, message, now);
            fallback = AttemptJournal::State::Failed;
            why = message;
            break;
        case Outcome::Refused:
            ok = m_outbox.setNeedsAttention(item.seq, result.error.status, message)
                && recordSyncError(m_store, key, message, now);
            break;
        }
        state = settledState(item.attemptId, fallback, &why);
        return ok && m_journal.setState(item.attemptId, state, why);
    });
    if (!committed) {
        // The store is failing (disk full, file gone): stop here rather than resend in a loop;
        // the entry is still queued, and the next poke tries again.
        qCWarning(lcNet, "sync: the local store cannot record the answer: %s",
            qPrintable(m_store.lastError()));
        Q_EMIT idle();
        return;
    }
    switch (outcome) {
    case Outcome::Acknowledged:
        qCInfo(lcNet, "sync: %s of %s acknowledged (HTTP %d)",
            qPrintable(OutboxItem::kindName(item.kind)), qPrintable(item.attemptId), result.status);
        Q_EMIT acknowledged(item, result);
        break;
    case Outcome::Retry:
        qCInfo(lcNet, "sync: %s of %s failed (%s); try %d again in %lld ms",
            qPrintable(OutboxItem::kindName(item.kind)), qPrintable(item.attemptId),
            qPrintable(result.error.type), item.tries + 2, delay);
        Q_EMIT sendFailed(item, message, true);
        break;
    case Outcome::Refused:
        qCWarning(lcNet, "sync: the platform refused the %s of %s (HTTP %d, %s)",
            qPrintable(OutboxItem::kindName(item.kind)), qPrintable(item.attemptId),
            result.error.status, qPrintable(result.error.type));
        Q_EMIT sendFailed(item, message, false);
        break;
    }
    Q_EMIT attemptStateChanged(item.attemptId, state, why);
    drain();
}

AttemptJournal::State SyncEngine::settledState(
    const QString& attemptId, AttemptJournal::State fallback, QString* why) const
{
    // An attempt is synced once nothing of it is left, and needs attention while any of its
    // entries does; otherwise it is where the last step put it.
    const QList<OutboxItem> left = m_outbox.items(attemptId);
    if (left.isEmpty()) {
        why->clear();
        return AttemptJournal::State::Synced;
    }
    for (const OutboxItem& i : left) {
        if (i.state == OutboxItem::State::NeedsAttention) {
            *why = i.lastError;
            return AttemptJournal::State::NeedsAttention;
        }
    }
    return fallback;
}

} // namespace vt::net
