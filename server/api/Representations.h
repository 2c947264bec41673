#pragma once

#include "store/AssignmentStore.h"
#include "store/AttemptStore.h"
#include "store/CatalogStore.h"
#include "store/CommentStore.h"
#include "store/LeaderboardStore.h"

#include <QJsonObject>

namespace vt::server {

// The JSON the API returns for each resource (docs/api/openapi.yaml's schemas).
QJsonObject scenarioJson(const ScenarioRecord& scenario, bool full);
QJsonObject trackJson(const TrackRecord& track);
QJsonObject attemptJson(const AttemptRecord& attempt, const QList<CommentRecord>* comments);
QJsonObject commentJson(const CommentRecord& comment);
QJsonObject leaderboardRowJson(const LeaderboardRow& row);
QJsonValue timestampOrNull(const std::optional<qint64>& ms);

} // namespace vt::server
