#pragma once

#include "AttemptResult.h"
#include "ReviewMarkers.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace vt::app {

class PlatformSession;

// A comment on an attempt, at a transcript span when it has one.
struct ReviewComment {
    QString id;
    QString author;
    QString body;
    qint64 startMs = -1; // -1: on the whole attempt
    qint64 endMs = -1;
    QString utteranceId;
    QDateTime createdAt;
    bool waiting = false; // queued on this computer, not sent yet
};

// One attempt as the review shows it: the platform's record (GET /attempts/{id}, from the
// cache offline) or, before it is synced, what this computer saved; the scenario's scoring
// for the breakdown's targets and the timeline's markers; the recording (this computer's
// file, else downloaded through the platform's signed link); comments, including those
// queued in the outbox; the latency of each reply.
class AttemptReview final : public QObject {
    Q_OBJECT

public:
    enum class State { Loading, Ready, Failed };
    enum class Recording { Unknown, None, Fetching, Ready, Failed };

    AttemptReview(PlatformSession& session, QString attemptId, QObject* parent = nullptr);
    ~AttemptReview() override;

    // Loads (or reloads) the attempt; changed() follows.
    void load();
    // Words in the current language (criteria, targets, markers), from what was loaded.
    void retranslate();

    State state() const { return m_state; }
    QString error() const { return m_error; }
    QString attemptId() const { return m_attemptId; }
    QString scenarioId() const { return m_scenarioId; }
    QString repName() const { return m_repName; }
    // The signed-in user made this call.
    bool isOwn() const;
    QDateTime startedAt() const { return m_startedAt; }
    qint64 syncedAt() const { return m_syncedAt; } // 0: fresh from the platform
    bool onThisComputerOnly() const { return m_localOnly; }
    // Score, pass mark, breakdown, KPIs, tips, transcript, duration.
    const AttemptResult& result() const { return m_result; }
    // The KPI values as scored (docs/scoring.md §5).
    QJsonObject kpis() const;
    const QList<ReviewMarker>& markers() const { return m_markers; }
    QString markersError() const { return m_markersError; }
    const QList<qint64>& latencies() const { return m_latencies; }
    std::optional<qint64> latencyP95Ms() const { return m_p95; }
    const QList<ReviewComment>& comments() const { return m_comments; }
    QString feedback() const { return m_feedback; }

    Recording recording() const { return m_recording; }
    QString recordingPath() const { return m_recordingPath; }
    QString recordingError() const { return m_recordingError; }

    // Managers and admins may comment on others' attempts (the platform decides on each).
    bool canComment() const;
    // Queues the comment in the outbox (sent now when online, later when not), or says why
    // not: the text is empty or too long, or the store fails.
    Result<void> addComment(
        const QString& body, const QString& utteranceId, qint64 startMs, qint64 endMs);

Q_SIGNALS:
    void changed();
    void recordingChanged();

private:
    struct Loaded; // what is shown, from the platform's record or this computer's journal
    void show(std::unique_ptr<const Loaded> loaded, bool again = false);
    bool fromThisComputer();
    void fetchRecording(bool available);
    void setRecording(Recording state, const QString& path = {}, const QString& error = {});
    void addQueuedComments();
    void finish(State state, const QString& error = {});

    PlatformSession& m_session;
    QString m_attemptId;
    State m_state = State::Loading;
    QString m_error;
    QString m_scenarioId;
    QString m_repName;
    QString m_ownerId;
    QDateTime m_startedAt;
    qint64 m_syncedAt = 0;
    bool m_localOnly = false;
    AttemptResult m_result;
    QList<ReviewMarker> m_markers;
    QString m_markersError;
    QList<qint64> m_latencies;
    std::optional<qint64> m_p95;
    QList<ReviewComment> m_comments;
    QString m_feedback;
    Recording m_recording = Recording::Unknown;
    QString m_recordingPath;
    QString m_recordingError;
    int m_generation = 0; // a reload makes earlier answers stale
    std::unique_ptr<const Loaded> m_loaded;
};

} // namespace vt::app
