#include "Rescoring.h"

#include "Feedback.h"
#include "store/AttemptStore.h"

#include "Kpis.h"
#include "Report.h"
#include "Rubric.h"
#include "Scenario.h"
#include "ScoringVersion.h"
#include "Transcript.h"

#include <QJsonDocument>

#include <cmath>

namespace vt::server {

Rescored rescore(const QJsonObject& scenarioScoring, const QJsonObject& transcript,
    const QString& clientScoringVersion)
{
    const QByteArray version = clientScoringVersion.toUtf8();
    const scoring::Rules* known
        = scoring::rulesFor(std::string_view(version.constData(), std::size_t(version.size())));
    const scoring::Rules& rules = known ? *known : scoring::currentRules();
    Rescored result;
    const QByteArray scenarioText = QJsonDocument(scenarioScoring).toJson(QJsonDocument::Compact);
    const scoring::Parsed<scoring::Scenario> scenario = scoring::parseScenario(
        std::string_view(scenarioText.constData(), std::size_t(scenarioText.size())));
    if (!scenario) {
        result.scenarioError = QString::fromStdString(scenario.error().line());
        return result;
    }
    const QByteArray transcriptText = QJsonDocument(transcript).toJson(QJsonDocument::Compact);
    const scoring::Parsed<scoring::Transcript> parsed = scoring::parseTranscript(
        std::string_view(transcriptText.constData(), std::size_t(transcriptText.size())));
    if (!parsed) {
        const scoring::ScoringError& e = parsed.error();
        QString path = QStringLiteral("$.transcript");
        if (!e.path.empty())
            path += (e.path.front() == '[' ? QString() : QStringLiteral("."))
                + QString::fromStdString(e.path);
        result.errors.add(path, QString::fromStdString(e.message));
        return result;
    }
    const scoring::KpiResult kpis = scoring::computeKpis(parsed.value(), scenario.value(), rules);
    const scoring::ScoreResult score = scoring::score(kpis, scenario.value(), rules);
    const nlohmann::ordered_json report = scoring::reportJson(kpis, score, scenario.value(), rules);
    result.kpis = QByteArray::fromStdString(report.at("kpis").dump());
    result.breakdown = QByteArray::fromStdString(report.at("breakdown").dump());
    result.report = QByteArray::fromStdString(scoring::dumpReport(report, false));
    if (score.scored)
        result.score = score.score;
    result.passed = score.passed;
    result.passScore = scenario.value().rubric.passScore;
    result.scoringVersion
        = QString::fromLatin1(rules.version.data(), qsizetype(rules.version.size()));
    return result;
}

bool scoresDiffer(std::optional<double> client, std::optional<double> platform)
{
    if (client.has_value() != platform.has_value())
        return true;
    // Scores are whole numbers; a client may send one decimal.
    return client && std::fabs(*client - *platform) >= 0.5;
}

void recordPlatformScore(AttemptRecord& attempt, const Rescored& scored)
{
    attempt.kpis = scored.kpis;
    attempt.breakdown = scored.breakdown;
    attempt.score = scored.score;
    attempt.passScore = scored.passScore;
    attempt.passed = scored.passed;
    attempt.scoringVersion = scored.scoringVersion;
    attempt.feedback = QJsonDocument(
        buildFeedback(scored.breakdown, scored.score, scored.passScore, scored.passed))
                           .toJson(QJsonDocument::Compact);
}

} // namespace vt::server
