#pragma once

#include "HistoryModel.h"
#include "PracticeListModels.h"
#include "PracticeTypes.h"
#include "Result.h"
#include "UpdateCheck.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace vt::protocol {
class Clock;
}

namespace vt::app {

class AttemptReview;
class CallController;
class LeaderboardFeed;
class PlatformSession;
class TeamFeed;
class TranscriptSearch;
class Settings;

// The trainee screens' view of the app: which platform (chosen on the first run: an
// organisation's, signed in through the browser, or the embedded one on this computer), the
// connection and the sync status, the assignments and the scenario library (answered from
// the offline cache when the platform cannot be reached), briefings, and the calls. Built on
// PlatformSession; its interface has only plain values and item models, so the widgets never
// see the network layer.
class PracticeWorkspace final : public QObject {
    Q_OBJECT

public:
    enum class Connection {
        Closed,    // the store did not open (openError())
        Choosing,  // first run: organisation or this computer
        SignedOut, // an organisation with no usable sign-in
        SigningIn, // in the browser, or resuming
        Ready,     // signed in, online or offline (syncSummary().online)
    };
    Q_ENUM(Connection)

    PracticeWorkspace(Settings& settings, QObject* parent = nullptr);
    ~PracticeWorkspace() override;

    // Opens the local store (recovering calls a killed app left), or says why it cannot.
    Result<void> open();
    // Connects to the chosen platform; stays Choosing on the first run.
    void start();

    // First-run choices.
    void practiceOnThisComputer();
    // Remembers the organisation's address (unless IT set it) and connects; a sentence when
    // the address is not one.
    QString useOrganisation(const QString& address);
    // The organisation's sign-in page in the system browser, opened by `opener`.
    void signInWithBrowser(std::function<bool(const QUrl&)> opener);
    // Back to the first-run choice (signing out of an organisation). Not during a call.
    void changePlatform();
    void refresh();

    Connection connection() const { return m_connection; }
    QString connectionError() const { return m_error; }
    bool isLocal() const;
    QString platformAddress() const; // as set by the user or IT; empty for this computer
    bool platformLocked() const;     // IT set the address
    // practice.local_allowed: the embedded platform and offline practice may be used.
    bool localPracticeAllowed() const;
    // auth.sso_issuer: the organisation's sign-in service; empty for the platform's own.
    QString signInService() const;
    // A newer version the organisation's platform offers (update.channel); none before asked.
    std::optional<UpdateOffer> updateOffer() const;
    QString accountName() const;
    SyncSummary syncSummary() const;

    AssignmentListModel* assignments() { return &m_assignments; }
    ScenarioListModel* scenarios() { return &m_scenarios; }
    // The rep's attempts: the platform's list (cached offline) and this computer's.
    HistoryModel* history() { return &m_history; }
    void loadHistory();
    // Full-text search over the rep's transcripts, indexed as History loads.
    TranscriptSearch* transcriptSearch() { return m_search.get(); }
    // The leaderboard tab's board (load() it).
    LeaderboardFeed* leaderboard() { return m_leaderboard.get(); }
    // The Team tab's data; asked once signed in (its access() says whether to show the tab).
    TeamFeed* team() { return m_team.get(); }
    // One attempt for the review screen (load() it); nullptr before Ready.
    std::unique_ptr<AttemptReview> openReview(const QString& attemptId);
    bool catalogLoading() const { return m_loading > 0; }
    QString catalogError() const { return m_catalogError; }
    qint64 catalogSyncedAt() const { return m_catalogSyncedAt; } // 0: fresh from the platform

    // Emits briefingLoaded for this scenario (from the cache when offline).
    void loadBriefing(const QString& scenarioId);
    // Emits feedbackLoaded when the platform has written feedback on the attempt.
    void loadFeedback(const QString& attemptId);
    // Keeps the AI prospect server's key in the system keychain (empty: forgets it); `done`
    // gets an error sentence, or nothing.
    void setAiKey(const QString& key, std::function<void(const QString&)> done);
    // A call for the briefing's scenario; nullptr before Ready.
    std::unique_ptr<CallController> newCall(const ScenarioBrief& brief, const QString& assignmentId,
        bool assessment, double passThreshold);

Q_SIGNALS:
    void connectionChanged();
    void syncChanged();
    void catalogChanged();
    void briefingLoaded(const vt::app::ScenarioBrief& brief);
    void feedbackLoaded(const QString& attemptId, const QString& summary);
    void historyChanged();
    void updateOfferChanged();

private:
    void onSessionState();
    // The platform address changed in the settings: connect to the new one (after the call
    // in progress, if any).
    void onPlatformChanged();
    void loadCatalog();
    void loadingDone();
    QList<HistoryEntry> localHistory() const;

    Settings& m_settings;
    std::unique_ptr<protocol::Clock> m_clock;
    std::unique_ptr<PlatformSession> m_session;
    Connection m_connection = Connection::Closed;
    QString m_error;
    AssignmentListModel m_assignments;
    ScenarioListModel m_scenarios;
    HistoryModel m_history;
    std::unique_ptr<TranscriptSearch> m_search;
    std::unique_ptr<LeaderboardFeed> m_leaderboard;
    std::unique_ptr<TeamFeed> m_team;
    QTimer* m_historyReload;
    int m_loading = 0;
    QString m_catalogError;
    qint64 m_catalogSyncedAt = 0;
    QPointer<CallController> m_call; // the call made by newCall(), while it runs
    bool m_reconnectAfterCall = false;
    bool m_applyingChoice = false;
};

} // namespace vt::app

Q_DECLARE_METATYPE(vt::app::ScenarioBrief)
