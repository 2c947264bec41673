#pragma once

#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace vt::net {

class LocalStore;

// The app's own record of every call, written before anything is sent (DESIGN.md: data that
// must never be lost): the attempt as it started, each transcript event as it arrived, and the
// completion once the call is scored, queued in the outbox in the same commit. Lives in the
// LocalStore (SQLite WAL, synchronous=FULL): a saved attempt survives a crash or a power cut.
class AttemptJournal final {
public:
    // Where an attempt is on its way to the platform.
    enum class State {
        InProgress,     // the call is running (or was, when the app died)
        Saved,          // on this computer, waiting to be sent
        Uploading,      // being sent
        Synced,         // the platform acknowledged everything
        Failed,         // the last send failed; retried at nextTryAt
        NeedsAttention, // the platform refused it; retrying cannot help (lastError says why)
    };
    struct Entry {
        QString attemptId;
        QString platform;
        QString scenarioId;
        QString startedAt;
        QString recordingPath;
        State state = State::InProgress;
        QJsonObject completion;
        QString lastError;
        int events = 0;
        qint64 nextTryAt = 0; // of its first outbox entry still waiting; 0 when none
        QByteArray scoring;   // the scenario's scoring JSON when the call started
        QString clientVersion;
    };

    explicit AttemptJournal(LocalStore& store)
        : m_store(store)
    {
    }

    static QString stateName(State state);
    static std::optional<State> stateOf(const QString& name);

    // `scoring`: the scenario's scoring JSON, kept so that the call can be scored if the app
    // dies during it.
    [[nodiscard]] bool begin(const QString& attemptId, const QString& platform,
        const QString& scenarioId, const QString& startedAt, const QString& recordingPath,
        const QByteArray& scoring = {}, const QString& clientVersion = {});
    // A claim on a running call (a lock file next to the store), held for as long as the
    // returned lock lives: crash recovery leaves claimed calls alone. A process that dies
    // loses its claims. Null when the lock cannot be taken.
    std::unique_ptr<QLockFile> claim(const QString& attemptId) const;
    bool isClaimed(const QString& attemptId) const;
    [[nodiscard]] bool appendEvent(const QString& attemptId, const QByteArray& json);
    // The completion and the outbox entries that send it (and the recording, when there is
    // one), in one commit. False when it could not be written (lastError()).
    [[nodiscard]] bool save(const QString& attemptId, const QJsonObject& completion);
    [[nodiscard]] bool setState(const QString& attemptId, State state, const QString& error = {});
    std::optional<Entry> entry(const QString& attemptId) const;
    QList<Entry> entries(std::optional<State> only = std::nullopt) const;
    // The transcript events journaled for an attempt, in arrival order.
    QList<QByteArray> events(const QString& attemptId) const;
    QString lastError() const;

private:
    QList<Entry> select(const QString& where, const QVariantList& values) const;

    LocalStore& m_store;
};

} // namespace vt::net
