#pragma once

#include "LeaderboardModel.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace vt::app {

class PlatformSession;

// The leaderboard the Leaderboard tab shows: asked of the platform whole (every page of
// GET /leaderboard for the period, scope and scenario), kept in the offline cache, and put in
// a LeaderboardModel with the user's own row marked.
class LeaderboardFeed final : public QObject {
    Q_OBJECT

public:
    enum class Period { Week, Month, All };
    enum class Scope { Default, Team, Org };

    explicit LeaderboardFeed(PlatformSession& session, QObject* parent = nullptr);

    void load(Period period, Scope scope, const QString& scenarioId);

    LeaderboardModel* model() { return &m_model; }
    const LeaderboardModel* model() const { return &m_model; }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    qint64 syncedAt() const { return m_syncedAt; } // 0: fresh from the platform
    QString scope() const { return m_scope; }      // team or org, as the platform answered
    int total() const { return m_total; }
    std::optional<LeaderboardEntry> me() const { return m_me; }

Q_SIGNALS:
    void changed();

private:
    PlatformSession& m_session;
    LeaderboardModel m_model;
    bool m_loading = false;
    QString m_error;
    qint64 m_syncedAt = 0;
    QString m_scope;
    int m_total = 0;
    std::optional<LeaderboardEntry> m_me;
    int m_generation = 0;
};

} // namespace vt::app
