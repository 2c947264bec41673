#pragma once

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vt::server {

struct ScenarioRecord {
    QString id;
    QString orgId;
    QString title;
    QString summary;
    QString difficulty; // easy, medium, hard
    QString status;     // draft, published, archived
    int durationMinutes = 0;
    QJsonObject persona;
    QString briefing;
    QJsonObject scoring; // the scoring module's scenario (docs/scoring.md 1.3)
    QJsonObject agent;   // the practice agent's script (docs/scenarios.md); never sent out
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct TrackStep {
    int position = 0;
    QString scenarioId;
    QString scenarioTitle;
    QStringList prerequisites; // scenario ids that must be passed first
};

struct TrackRecord {
    QString id;
    QString title;
    QString description;
    QList<TrackStep> steps;
    qint64 updatedAt = 0;
};

// Scenarios and tracks of an org.
class CatalogStore final {
public:
    explicit CatalogStore(Database& db)
        : m_db(db)
    {
    }

    // Published ones (and drafts and archived when `everything`), by title then id, after the
    // keyset cursor (title, id), at most `limit`.
    QList<ScenarioRecord> scenarios(const QString& orgId, bool everything,
        const std::optional<std::pair<QString, QString>>& after, int limit);
    std::optional<ScenarioRecord> scenario(
        const QString& orgId, const QString& id, bool everything);
    QList<TrackRecord> tracks(
        const QString& orgId, const std::optional<std::pair<QString, QString>>& after, int limit);
    std::optional<TrackRecord> track(const QString& orgId, const QString& id);

    QString createScenario(const ScenarioRecord& scenario, qint64 nowMs);
    // Creates the scenario under its id, or replaces the one with that id (same org).
    void putScenario(const ScenarioRecord& scenario, qint64 nowMs);
    QString createTrack(const QString& orgId, const QString& title, const QString& description,
        const QList<TrackStep>& steps, qint64 nowMs);

private:
    QList<TrackStep> stepsOf(const QString& trackId);
    Database& m_db;
};

} // namespace vt::server
