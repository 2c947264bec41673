#include "TeamFeed.h"

#include "PlatformSession.h"

#include "PlatformApi.h"

namespace vt::app {

TeamFeed::TeamFeed(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(this)
    , m_member(this)
{
}

void TeamFeed::setAccess(Access access)
{
    if (access == m_access)
        return;
    m_access = access;
    Q_EMIT accessChanged();
}

void TeamFeed::reset()
{
    ++m_generation;
    ++m_memberGeneration;
    m_model.setMembers({});
    m_member.setEntries({});
    m_memberId.clear();
    m_loading = false;
    setAccess(Access::Unknown);
    Q_EMIT changed();
}

void TeamFeed::load()
{
    net::PlatformApi* api = m_session.api();
    if (!api)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    Q_EMIT changed();
    api->team(this, [this, generation](const net::Fetched<protocol::Team>& f) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!f.ok()) {
            // The platform's refusal (a trainee; a manager without a team) hides the tab; any
            // other failure keeps what is known and says why.
            if (f.error.status == 403 || f.error.status == 404) {
                m_model.setMembers({});
                m_error.clear();
                setAccess(Access::Refused);
            } else {
                m_error = f.error.message;
            }
            Q_EMIT changed();
            return;
        }
        m_error.clear();
        m_syncedAt = f.fromCache ? f.syncedAt : 0;
        m_scope = f.value->scope;
        QList<TeamMemberRow> rows;
        for (const protocol::TeamMember& m : f.value->items) {
            TeamMemberRow r;
            r.userId = m.user.id;
            r.name = m.user.name;
            r.email = m.email;
            r.role = m.role;
            r.team = m.team ? m.team->name : QString();
            r.assignments = int(m.assignmentsTotal);
            r.completed = int(m.assignmentsCompleted);
            r.overdue = int(m.assignmentsOverdue);
            r.attempts = int(m.attempts);
            r.average = m.averageScore;
            r.best = m.bestScore;
            r.lastAttempt = m.lastAttemptAt;
            r.trend = m.trend;
            rows.append(r);
        }
        m_model.setMembers(std::move(rows));
        setAccess(Access::Granted);
        Q_EMIT changed();
    });
}

void TeamFeed::loadMember(const QString& userId, const QString& name)
{
    net::PlatformApi* api = m_session.api();
    if (!api)
        return;
    const int generation = ++m_memberGeneration;
    m_memberId = userId;
    m_memberName = name;
    m_memberError.clear();
    m_member.setEntries({});
    Q_EMIT memberChanged();
    net::AttemptQuery query;
    query.user = userId;
    api->attempts(
        this, query, [this, generation](const net::Fetched<QList<protocol::AttemptSummary>>& f) {
            if (generation != m_memberGeneration)
                return;
            QList<HistoryEntry> entries;
            if (f.ok()) {
                for (const protocol::AttemptSummary& a : *f.value) {
                    if (a.status != QLatin1String("completed"))
                        continue;
                    HistoryEntry e;
                    e.attemptId = a.id;
                    e.scenarioId = a.scenario.id;
                    e.scenarioTitle = a.scenario.name;
                    e.startedAt = a.startedAt;
                    e.durationMs = a.durationMs;
                    e.score = a.score;
                    e.passScore = a.passScore;
                    e.passed = a.passed;
                    e.interrupted = a.interrupted;
                    e.version = a.updatedAt.toString(Qt::ISODateWithMs);
                    entries.append(e);
                }
            } else {
                m_memberError = f.error.message;
            }
            m_member.setEntries(entries);
            Q_EMIT memberChanged();
        });
}

} // namespace vt::app
