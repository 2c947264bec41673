#pragma once

#include "Result.h"

#include "CallTranscript.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QLockFile;

namespace vt::net {
class AttemptJournal;
class SyncEngine;
struct ApiResult;
struct OutboxItem;
} // namespace vt::net

namespace vt::app {

// A call's bookkeeping on this computer and with the platform: the journal's claim on the
// running call, its start, every transcript event and scored line as they come (what crash
// recovery scores when the app dies), the completion saved and queued in the outbox in one
// commit, and the sync engine's answer for this attempt. A crash-recovery record that cannot
// be written (a busy or full disk) is never dropped: it is kept, in order, retried every
// retryMs, and journalTrouble says so until they are all written.
class CallRecord final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallRecord)

public:
    static constexpr int retryMs = 500;
    struct Start {
        QString attemptId;
        QString platformKey;
        QString scenarioId;
        QString startedAt;
        QString recordingPath;
        QByteArray scoringScenario; // compact JSON, for crash recovery
        QString clientVersion;
        std::optional<QJsonObject> offlineOrigin; // an attempt practised offline
    };
    // How the platform answered for the saved attempt.
    struct Sync {
        bool completed = false; // the platform accepted the completion
        std::optional<double> platformScore;
        QString error; // why not (yet), for the user
    };

    CallRecord(net::AttemptJournal& journal, net::SyncEngine& sync, QObject* parent = nullptr);
    ~CallRecord() override;

    // Claims the call and journals its start, or says why not.
    Result<void> begin(const Start& start);
    // A transcript event as the gateway sent it (compact JSON).
    void appendEvent(const QByteArray& json);
    void appendScored(const CallTranscript::ScoreChange& change);
    // Records not written yet (being retried).
    int pending() const { return int(m_pending.size()); }
    // Saves the completion and queues it (and the recording) for the platform, or says why
    // not. The records still pending are then no longer needed: the completion holds them.
    Result<void> save(const QJsonObject& completion);
    // After save(): tells the sync engine, and says `synced` once the platform acknowledged
    // everything, or the first send failed, or the engine went idle with it still queued.
    void awaitSync();

Q_SIGNALS:
    // A crash-recovery record could not be written (`message`: why; retried), or (empty)
    // everything is written again.
    void journalTrouble(const QString& message);
    void synced(const vt::app::CallRecord::Sync& sync);

private:
    void write(const QByteArray& json);
    void retry();
    void onAcknowledged(const net::OutboxItem& item, const net::ApiResult& result);
    void onSendFailed(const net::OutboxItem& item, const QString& message, bool retrying);
    void onSyncIdle();
    void settle();

    net::AttemptJournal& m_journal;
    net::SyncEngine& m_sync;
    std::unique_ptr<QLockFile> m_claim; // the journal's claim on the call while it runs
    QString m_attemptId;
    QList<QByteArray> m_pending;
    QTimer m_retry;
    bool m_awaitingSync = false;
    Sync m_result;
};

} // namespace vt::app
