#include "AttemptCompletion.h"

#include "LiveScorer.h"
#include "Report.h"
#include "Scenario.h"
#include "ScoringVersion.h"
#include "Transcript.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace vt::app {
namespace {

QJsonObject toQt(const nlohmann::ordered_json& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json.dump())).object();
}

} // namespace

QJsonObject scoreReport(const scoring::LiveScorer& scorer)
{
    return toQt(
        scoring::reportJson(scorer.kpis(), scorer.score(), scorer.scenario(), scorer.rules()));
}

QJsonObject completionBody(const scoring::Scenario& scenario, const scoring::Transcript& transcript,
    const CompletionInput& input, QJsonObject* report)
{
    scoring::LiveScorer scorer(scenario);
    for (const scoring::Utterance& u : transcript.utterances)
        scorer.add(u);
    const QJsonObject scored = scoreReport(scorer);
    if (report)
        *report = scored;
    const QDateTime started = QDateTime::fromString(input.startedAt, Qt::ISODateWithMs);
    const QDateTime ended = started.addMSecs(input.durationMs);
    QJsonArray latencies;
    for (qint64 v : input.turnLatenciesMs)
        latencies.append(v);
    QJsonObject body{{QStringLiteral("started_at"), input.startedAt},
        {QStringLiteral("ended_at"), ended.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("duration_ms"), input.durationMs},
        {QStringLiteral("transcript"), toQt(scoring::toJson(transcript))},
        {QStringLiteral("kpis"), scored.value(QStringLiteral("kpis"))},
        {QStringLiteral("scored"), scored.value(QStringLiteral("scored")).toBool(true)},
        {QStringLiteral("score"), scored.value(QStringLiteral("score"))},
        {QStringLiteral("breakdown"), scored.value(QStringLiteral("breakdown"))},
        {QStringLiteral("scoring_version"),
            QString::fromLatin1(
                scoring::scoringVersion.data(), qsizetype(scoring::scoringVersion.size()))},
        {QStringLiteral("client_version"), input.clientVersion},
        {QStringLiteral("turn_latencies_ms"), latencies},
        {QStringLiteral("interrupted"), input.interrupted},
        {QStringLiteral("ended_by"), input.endedBy}};
    if (!input.offline.isEmpty())
        body.insert(QStringLiteral("offline"), input.offline);
    return body;
}

} // namespace vt::app
