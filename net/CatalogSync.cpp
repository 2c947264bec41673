#include "CatalogSync.h"

#include "PlatformApi.h"

namespace vt::net {

CatalogSync::CatalogSync(PlatformApi& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
}

template <typename F> void CatalogSync::record(const F& fetched, const QString& what)
{
    if (fetched.ok() && !fetched.fromCache)
        ++m_report.refreshed;
    else
        m_report.errors.append(tr("%1: %2").arg(what, fetched.error.message));
}

void CatalogSync::run(std::function<void(const Report&)> done)
{
    m_done = std::move(done);
    m_report = {};
    m_steps.clear();
    m_steps.push_back([this](std::function<void()> next) {
        m_api.me(this, [this, next](const Fetched<protocol::Me>& f) {
            record(f, tr("your profile"));
            next();
        });
    });
    m_steps.push_back([this](std::function<void()> next) {
        m_api.scenarios(this, [this, next](const Fetched<QList<protocol::ScenarioSummary>>& f) {
            record(f, tr("the scenarios"));
            // Every scenario's briefing and scoring, so any of them can be read offline.
            auto ids = std::make_shared<QStringList>();
            if (f.ok()) {
                for (const protocol::ScenarioSummary& s : *f.value)
                    ids->append(s.id);
            }
            auto fetchNext = std::make_shared<std::function<void()>>();
            *fetchNext = [this, ids, next, fetchNext] {
                if (ids->isEmpty()) {
                    next();
                    *fetchNext = nullptr; // break the cycle
                    return;
                }
                const QString id = ids->takeFirst();
                m_api.scenario(
                    this, id, [this, id, fetchNext](const Fetched<protocol::Scenario>& s) {
                        record(s, tr("the scenario %1").arg(id));
                        if (s.ok() && !s.fromCache)
                            ++m_report.scenarios;
                        (*fetchNext)();
                    });
            };
            (*fetchNext)();
        });
    });
    m_steps.push_back([this](std::function<void()> next) {
        m_api.tracks(this, [this, next](const Fetched<QList<protocol::Track>>& f) {
            record(f, tr("the tracks"));
            next();
        });
    });
    m_steps.push_back([this](std::function<void()> next) {
        m_api.assignments(this, [this, next](const Fetched<QList<protocol::Assignment>>& f) {
            record(f, tr("your assignments"));
            if (f.ok())
                m_report.assignments = int(f.value->size());
            next();
        });
    });
    m_steps.push_back([this](std::function<void()> next) {
        m_api.leaderboard(
            this, LeaderboardQuery{}, [this, next](const Fetched<protocol::Leaderboard>& f) {
                record(f, tr("the leaderboard"));
                next();
            });
    });
    step(0);
}

void CatalogSync::step(std::size_t index)
{
    if (index >= m_steps.size()) {
        auto done = std::exchange(m_done, {});
        if (done)
            done(m_report);
        return;
    }
    m_steps[index]([this, index] { step(index + 1); });
}

} // namespace vt::net
