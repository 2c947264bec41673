#include "CatalogStore.h"

#include "DirectoryStore.h"
#include "db/Sql.h"

#include <QJsonDocument>

namespace vt::server {
namespace {

const QString scenarioColumns = QStringLiteral(
    "id, org_id, title, summary, difficulty, status, duration_minutes, persona, briefing, scoring, "
    "created_at, updated_at, agent");

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ScenarioRecord scenarioFrom(const Sql& q)
{
    ScenarioRecord s;
    s.id = q.text(0);
    s.orgId = q.text(1);
    s.title = q.text(2);
    s.summary = q.text(3);
    s.difficulty = q.text(4);
    s.status = q.text(5);
    s.durationMinutes = int(q.integer(6));
    s.persona = objectOf(q.text(7));
    s.briefing = q.text(8);
    s.scoring = objectOf(q.text(9));
    s.createdAt = q.integer(10);
    s.updatedAt = q.integer(11);
    if (!q.isNull(12))
        s.agent = objectOf(q.text(12));
    return s;
}

} // namespace

QList<ScenarioRecord> CatalogStore::scenarios(const QString& orgId, bool everything,
    const std::optional<std::pair<QString, QString>>& after, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM scenarios WHERE org_id = ?").arg(scenarioColumns);
    if (!everything)
        sql += QStringLiteral(" AND status = 'published'");
    if (after)
        sql += QStringLiteral(" AND (title > ? OR (title = ? AND id > ?))");
    sql += QStringLiteral(" ORDER BY title, id LIMIT ?");
    Sql q(m_db, sql);
    q.bind(orgId);
    if (after)
        q.bind(after->first).bind(after->first).bind(after->second);
    q.bind(limit).exec();
    QList<ScenarioRecord> out;
    while (q.next())
        out.append(scenarioFrom(q));
    return out;
}

std::optional<ScenarioRecord> CatalogStore::scenario(
    const QString& orgId, const QString& id, bool everything)
{
    QString sql = QStringLiteral("SELECT %1 FROM scenarios WHERE org_id = ? AND id = ?")
                      .arg(scenarioColumns);
    if (!everything)
        sql += QStringLiteral(" AND status = 'published'");
    Sql q(m_db, sql);
    q.bind(orgId).bind(id.toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return scenarioFrom(q);
}

QList<TrackStep> CatalogStore::stepsOf(const QString& trackId)
{
    Sql q(m_db,
        QStringLiteral(
            "SELECT ts.position, ts.scenario_id, s.title, ts.prerequisites FROM track_scenarios ts "
            "JOIN scenarios s ON s.id = ts.scenario_id WHERE ts.track_id = ? ORDER BY "
            "ts.position"));
    q.bind(trackId).exec();
    QList<TrackStep> steps;
    while (q.next()) {
        TrackStep step{int(q.integer(0)), q.text(1), q.text(2), {}};
        for (const auto& v : QJsonDocument::fromJson(q.text(3).toUtf8()).array())
            step.prerequisites.append(v.toString());
        steps.append(step);
    }
    return steps;
}

QList<TrackRecord> CatalogStore::tracks(
    const QString& orgId, const std::optional<std::pair<QString, QString>>& after, int limit)
{
    QString sql
        = QStringLiteral("SELECT id, title, description, updated_at FROM tracks WHERE org_id = ?");
    if (after)
        sql += QStringLiteral(" AND (title > ? OR (title = ? AND id > ?))");
    sql += QStringLiteral(" ORDER BY title, id LIMIT ?");
    Sql q(m_db, sql);
    q.bind(orgId);
    if (after)
        q.bind(after->first).bind(after->first).bind(after->second);
    q.bind(limit).exec();
    QList<TrackRecord> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), {}, q.integer(3)});
    for (TrackRecord& t : out)
        t.steps = stepsOf(t.id);
    return out;
}

std::optional<TrackRecord> CatalogStore::track(const QString& orgId, const QString& id)
{
    Sql q(m_db,
        QStringLiteral(
            "SELECT id, title, description, updated_at FROM tracks WHERE org_id = ? AND id = ?"));
    q.bind(orgId).bind(id.toLower()).exec();
    if (!q.next())
        return std::nullopt;
    TrackRecord t{q.text(0), q.text(1), q.text(2), {}, q.integer(3)};
    t.steps = stepsOf(t.id);
    return t;
}

QString CatalogStore::createScenario(const ScenarioRecord& s, qint64 nowMs)
{
    QString id = s.id.isEmpty() ? newId() : s.id;
    Sql(m_db,
        QStringLiteral("INSERT INTO scenarios (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(scenarioColumns))
        .bind(id)
        .bind(s.orgId)
        .bind(s.title)
        .bind(s.summary)
        .bind(s.difficulty)
        .bind(s.status)
        .bind(s.durationMinutes)
        .bind(jsonText(s.persona))
        .bind(s.briefing)
        .bind(jsonText(s.scoring))
        .bind(nowMs)
        .bind(nowMs)
        .bind(s.agent.isEmpty() ? QVariant() : QVariant(jsonText(s.agent)))
        .exec();
    return id;
}

void CatalogStore::putScenario(const ScenarioRecord& s, qint64 nowMs)
{
    Sql(m_db, QStringLiteral("DELETE FROM scenarios WHERE id = ? AND org_id = ?"))
        .bind(s.id)
        .bind(s.orgId)
        .exec();
    createScenario(s, nowMs);
}

QString CatalogStore::createTrack(const QString& orgId, const QString& title,
    const QString& description, const QList<TrackStep>& steps, qint64 nowMs)
{
    QString id = newId();
    Sql(m_db,
        QStringLiteral(
            "INSERT INTO tracks (id, org_id, title, description, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(orgId)
        .bind(title)
        .bind(description)
        .bind(nowMs)
        .bind(nowMs)
        .exec();
    for (const TrackStep& step : steps) {
        Sql(m_db,
            QStringLiteral(
                "INSERT INTO track_scenarios (track_id, position, scenario_id, prerequisites) "
                "VALUES (?, ?, ?, ?)"))
            .bind(id)
            .bind(step.position)
            .bind(step.scenarioId)
            .bind(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(step.prerequisites))
                                        .toJson(QJsonDocument::Compact)))
            .exec();
    }
    return id;
}

} // namespace vt::server
