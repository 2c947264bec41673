#include "LeaderboardFeed.h"

#include "PlatformSession.h"

#include "PlatformApi.h"

namespace vt::app {
namespace {

LeaderboardEntry entryOf(const protocol::LeaderboardRow& r, const QString& me)
{
    LeaderboardEntry e;
    e.rank = int(r.rank);
    e.userId = r.user.id;
    e.name = r.user.name;
    e.best = r.bestScore;
    e.average = r.averageScore;
    e.attempts = int(r.attempts);
    e.passRate = r.passRate;
    e.trend = r.trend;
    e.isMe = !me.isEmpty() && r.user.id == me;
    return e;
}

} // namespace

LeaderboardFeed::LeaderboardFeed(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(this)
{
}

void LeaderboardFeed::load(Period period, Scope scope, const QString& scenarioId)
{
    net::PlatformApi* api = m_session.api();
    const int generation = ++m_generation;
    if (!api) {
        m_error = tr("Not signed in.");
        m_model.setEntries({});
        Q_EMIT changed();
        return;
    }
    net::LeaderboardQuery query;
    query.period = period == Period::Week
        ? QStringLiteral("week")
        : (period == Period::Month ? QStringLiteral("month") : QStringLiteral("all"));
    if (scope != Scope::Default)
        query.scope = scope == Scope::Team ? QStringLiteral("team") : QStringLiteral("org");
    query.scenarioId = scenarioId;
    query.limit = 1000;
    query.whole = true;
    m_loading = true;
    Q_EMIT changed();
    const QString me = m_session.account() ? m_session.account()->userId : QString();
    api->leaderboard(
        this, query, [this, generation, me](const net::Fetched<protocol::Leaderboard>& f) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_error = f.ok() ? QString() : f.error.message;
            m_syncedAt = f.fromCache ? f.syncedAt : 0;
            QList<LeaderboardEntry> rows;
            if (f.ok()) {
                rows.reserve(f.value->items.size());
                for (const protocol::LeaderboardRow& r : f.value->items)
                    rows.append(entryOf(r, me));
                m_scope = f.value->scope;
                m_total = int(f.value->total);
                m_me = f.value->me ? std::optional(entryOf(*f.value->me, me)) : std::nullopt;
                if (m_me)
                    m_me->isMe = true;
            } else {
                m_me.reset();
                m_total = 0;
            }
            m_model.setEntries(std::move(rows));
            Q_EMIT changed();
        });
}

} // namespace vt::app
