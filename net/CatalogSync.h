#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace vt::net {

class PlatformApi;

// Refreshes what a rep needs offline into the local cache, in one pass: who they are, the
// scenario library and every scenario's briefing and scoring, the tracks, their assignments
// and this week's leaderboard. Each answer lands in the cache with its time (PlatformApi);
// conditional requests keep it cheap when nothing changed.
class CatalogSync final : public QObject {
    Q_OBJECT

public:
    struct Report {
        int refreshed = 0;   // resources the platform confirmed (200 or 304)
        int scenarios = 0;   // scenario details among them
        int assignments = 0; // how many assignments the rep has
        QStringList errors;  // what could not be refreshed, a sentence each
        bool ok() const { return errors.isEmpty(); }
    };

    explicit CatalogSync(PlatformApi& api, QObject* parent = nullptr);
    void run(std::function<void(const Report&)> done);

private:
    void step(std::size_t index);
    template <typename F> void record(const F& fetched, const QString& what);

    PlatformApi& m_api;
    Report m_report;
    std::function<void(const Report&)> m_done;
    std::vector<std::function<void(std::function<void()>)>> m_steps;
};

} // namespace vt::net
