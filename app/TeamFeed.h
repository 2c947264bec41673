#pragma once

#include "HistoryModel.h"
#include "TeamModel.h"

#include <QObject>

namespace vt::app {

class PlatformSession;

// The Team tab's data: GET /team (cached offline) into a TeamModel, and one member's
// attempts (GET /attempts?user=ID) into a HistoryModel for the drill-down. Whether the tab
// shows at all is the platform's answer: a 403 or 404 means the user oversees nobody.
class TeamFeed final : public QObject {
    Q_OBJECT

public:
    enum class Access { Unknown, Granted, Refused };

    explicit TeamFeed(PlatformSession& session, QObject* parent = nullptr);

    void load();
    // Forgets the team (signed out, another platform): access Unknown until load().
    void reset();
    Access access() const { return m_access; }
    TeamModel* model() { return &m_model; }
    const TeamModel* model() const { return &m_model; }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    qint64 syncedAt() const { return m_syncedAt; }
    QString scope() const { return m_scope; } // team or org

    void loadMember(const QString& userId, const QString& name);
    HistoryModel* memberAttempts() { return &m_member; }
    QString memberId() const { return m_memberId; }
    QString memberName() const { return m_memberName; }
    QString memberError() const { return m_memberError; }

Q_SIGNALS:
    void accessChanged();
    void changed();
    void memberChanged();

private:
    void setAccess(Access access);

    PlatformSession& m_session;
    TeamModel m_model;
    HistoryModel m_member;
    Access m_access = Access::Unknown;
    bool m_loading = false;
    QString m_error;
    qint64 m_syncedAt = 0;
    QString m_scope;
    QString m_memberId;
    QString m_memberName;
    QString m_memberError;
    int m_generation = 0;
    int m_memberGeneration = 0;
};

} // namespace vt::app
