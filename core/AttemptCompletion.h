#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vt::scoring {
class LiveScorer;
struct Scenario;
struct Transcript;
} // namespace vt::scoring

namespace vt::app {

// What a call (finished, or recovered after a crash) is completed with.
struct CompletionInput {
    QString startedAt; // RFC 3339, the platform's
    qint64 durationMs = 0;
    QList<qint64> turnLatenciesMs;
    QString clientVersion;
    bool interrupted = false;
    QString endedBy; // the API's ended_by
    // A call practised with the app's own agent while the platform was unreachable: the
    // completion's "offline" object ({scenario_id, assignment_id}), which creates the attempt.
    QJsonObject offline;
};

// scoring::reportJson of what `scorer` has seen, as Qt JSON.
QJsonObject scoreReport(const scoring::LiveScorer& scorer);

// Scores `transcript` in one pass and builds the PUT /attempts/{id} body around it; `report`
// (when given) gets scoring::reportJson's object (kpis, score, passed, breakdown).
QJsonObject completionBody(const scoring::Scenario& scenario, const scoring::Transcript& transcript,
    const CompletionInput& input, QJsonObject* report = nullptr);

} // namespace vt::app
