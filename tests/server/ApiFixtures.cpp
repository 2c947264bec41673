#include "ApiFixtures.h"

#include "ScoringVersion.h"

#include "ProcessRun.h"
#include "VtTestConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vt::test {

QJsonObject seedTranscript(const QString& name)
{
    return QJsonDocument::fromJson(
        readTestFile(QStringLiteral(VT_SOURCE_DIR "/server/seed/transcripts/") + name
            + QStringLiteral(".json")))
        .object();
}

QJsonObject completionBody(const QJsonObject& transcript, double clientScore)
{
    return QJsonObject{{QStringLiteral("started_at"), QStringLiteral("2026-11-21T09:30:00Z")},
        {QStringLiteral("ended_at"), QStringLiteral("2026-11-21T09:36:10.250Z")},
        {QStringLiteral("duration_ms"), transcript.value(QStringLiteral("duration_ms"))},
        {QStringLiteral("transcript"), transcript},
        {QStringLiteral("kpis"), QJsonObject{{QStringLiteral("talk_ratio"), 0.5}}},
        {QStringLiteral("score"), clientScore},
        {QStringLiteral("breakdown"),
            QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("talk")}}}},
        {QStringLiteral("scoring_version"),
            QString::fromLatin1(
                vt::scoring::scoringVersion.data(), qsizetype(vt::scoring::scoringVersion.size()))},
        {QStringLiteral("client_version"), QStringLiteral("0.1.0 (test)")},
        {QStringLiteral("turn_latencies_ms"), QJsonArray{640, 710, 580}},
        {QStringLiteral("interrupted"), false},
        {QStringLiteral("ended_by"), QStringLiteral("rep")}};
}

} // namespace vt::test
