#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vt::net {

class LocalStore;

// One request the platform has not acknowledged yet. Its idempotency key is fixed when it is
// queued (the attempt's UUID for a completion), so however often it is sent, the platform
// records it once.
struct OutboxItem {
    enum class Kind { Completion, Recording, Comment };
    enum class State { Pending, NeedsAttention };

    qint64 seq = 0;   // the queue order
    QString platform; // whose request it is (PlatformClient::key())
    QString attemptId;
    Kind kind = Kind::Completion;
    QByteArray method;
    QString path;
    QByteArray contentType;
    QByteArray body; // the body, or empty when filePath names the file to send
    QString filePath;
    QString idempotencyKey;
    State state = State::Pending;
    int tries = 0;        // failed sends so far
    qint64 nextTryAt = 0; // Unix ms; 0: as soon as possible
    int lastStatus = 0;   // the HTTP status of the last failure; 0 when no answer came
    QString lastError;
    qint64 createdAt = 0;

    static QString kindName(Kind kind);
};

// The outbox (DESIGN.md: only a server acknowledgement removes an entry): the requests still
// to send, in the order they were queued, in the local store. Writes commit on their own, or
// inside a LocalStore::transaction() the caller runs (an attempt and its entries together).
class Outbox final {
public:
    explicit Outbox(LocalStore& store)
        : m_store(store)
    {
    }

    bool enqueue(const OutboxItem& item);
    // The first pending entry of `platform`, due or not; nothing when none is left.
    std::optional<OutboxItem> next(const QString& platform) const;
    // Acknowledged by the platform: the entry is gone.
    bool acknowledge(qint64 seq);
    // A failure worth retrying: one more try counted, the next one not before `nextTryAt`.
    bool postpone(qint64 seq, int status, const QString& error, qint64 nextTryAt);
    // A failure retrying cannot fix (the platform refused the request): kept for the user.
    bool setNeedsAttention(qint64 seq, int status, const QString& error);
    // Pending entries of `platform` become due now (the network came back, the machine woke).
    bool makeDue(const QString& platform);
    // The user asks to send an attempt's entries again: needs attention → pending, due now.
    bool retry(const QString& attemptId);
    // Entries queued before platforms were recorded ('') become `platform`'s.
    bool adopt(const QString& platform);

    std::optional<OutboxItem> item(qint64 seq) const;
    QList<OutboxItem> items(const QString& attemptId = {}) const;
    int remaining(const QString& attemptId) const;

private:
    LocalStore& m_store;
};

} // namespace vt::net
