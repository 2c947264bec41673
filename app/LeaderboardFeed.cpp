#include "LeaderboardFeed.h"

#include "PlatformSession.h"

#include "PlatformApi.h"

#include <QPointer>

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
    const QPointer<LeaderboardFeed> self(this);
    api->leaderboard(query, [self, generation, me](const net::Fetched<protocol::Leaderboard>& f) {
        if (!self || generation != self->m_generation)
            return;
        self->m_loading = false;
        self->m_error = f.ok() ? QString() : f.error.message;
        self->m_syncedAt = f.fromCache ? f.syncedAt : 0;
        QList<LeaderboardEntry> rows;
        if (f.ok()) {
            rows.reserve(f.value->items.size());
            for (const protocol::LeaderboardRow& r : f.value->items)
                rows.append(entryOf(r, me));
            self->m_scope = f.value->scope;
            self->m_total = int(f.value->total);
            self->m_me = f.value->me ? std::optional(entryOf(*f.value->me, me)) : std::nullopt;
            if (self->m_me)
                self->m_me->isMe = true;
        } else {
            self->m_me.reset();
            self->m_total = 0;
        }
        self->m_model.setEntries(std::move(rows));
        Q_EMIT self->changed();
    });
}

} // namespace vt::app
