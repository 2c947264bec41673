#include "ReviewMarkers.h"

#include "Kpis.h"
#include "Scenario.h"
#include "Transcript.h"

#include <QJsonDocument>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace vt::app {
namespace {

using Kind = ReviewMarker::Kind;

nlohmann::json toStd(const QJsonObject& o)
{
    return nlohmann::json::parse(
        QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(), nullptr, false);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

ReviewMarker at(Kind kind, const scoring::Utterance* u, const QString& detail = {})
{
    return {kind, u->startMs, qs(u->id), detail};
}

} // namespace

Result<QList<ReviewMarker>> ReviewMarkers::of(
    const QJsonObject& transcriptJson, const QJsonObject& scoringJson)
{
    QList<ReviewMarker> out;
    const scoring::Parsed<scoring::Transcript> transcript
        = scoring::transcriptFromJson(toStd(transcriptJson));
    if (!transcript)
        return failure(tr("The transcript cannot be read: %1").arg(qs(transcript.error().line())));
    const scoring::Parsed<scoring::Scenario> scenario
        = scoring::scenarioFromJson(toStd(scoringJson));
    if (!scenario)
        return failure(
            tr("The scenario's scoring cannot be read: %1").arg(qs(scenario.error().line())));
    const scoring::Scenario& s = scenario.value();
    const scoring::KpiResult k = scoring::computeKpis(transcript.value(), s);

    for (const scoring::Utterance* u : k.questionUtterances) {
        const bool open
            = std::find(k.openQuestionUtterances.begin(), k.openQuestionUtterances.end(), u)
            != k.openQuestionUtterances.end();
        out.append(at(open ? Kind::OpenQuestion : Kind::ClosedQuestion, u));
    }
    for (const scoring::KpiResult::FillerUtterance& f : k.fillerUtterances) {
        QStringList words;
        for (const std::string& w : f.fillers)
            words.append(QStringLiteral("“%1”").arg(qs(w)));
        out.append(at(Kind::Filler, f.utterance, words.join(QStringLiteral(", "))));
    }
    for (const scoring::Utterance* u : k.interruptingRep)
        out.append(at(Kind::Interruption, u));
    for (const scoring::Utterance* u : k.interruptingProspect)
        out.append(at(Kind::InterruptedByProspect, u));
    for (std::size_t i = 0; i < k.objectionEvidence.size() && i < s.objections.size(); ++i) {
        const QString label = qs(s.objections[i].label);
        if (const scoring::Utterance* u = k.objectionEvidence[i].raisedBy)
            out.append(at(Kind::ObjectionRaised, u, label));
        if (const scoring::Utterance* u = k.objectionEvidence[i].addressedBy)
            out.append(at(Kind::ObjectionHandled, u, label));
    }
    for (std::size_t i = 0; i < k.phraseEvidence.size() && i < s.requiredPhrases.size(); ++i) {
        if (const scoring::Utterance* u = k.phraseEvidence[i])
            out.append(at(Kind::RequiredPhrase, u, qs(s.requiredPhrases[i].label)));
    }
    if (k.goalEvidence && s.goal)
        out.append(at(Kind::Goal, k.goalEvidence, qs(s.goal->label)));
    std::stable_sort(out.begin(), out.end(),
        [](const ReviewMarker& a, const ReviewMarker& b) { return a.ms < b.ms; });
    return out;
}

QString ReviewMarkers::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OpenQuestion:
        return tr("Open question");
    case Kind::ClosedQuestion:
        return tr("Closed question");
    case Kind::Filler:
        return tr("Filler words");
    case Kind::Interruption:
        return tr("You interrupted");
    case Kind::InterruptedByProspect:
        return tr("The prospect interrupted");
    case Kind::ObjectionRaised:
        return tr("Objection raised");
    case Kind::ObjectionHandled:
        return tr("Objection handled");
    case Kind::RequiredPhrase:
        return tr("Required phrase");
    case Kind::Goal:
        return tr("Goal reached");
    case Kind::Comment:
        return tr("Comment");
    }
    return {};
}

QString ReviewMarkers::describe(const ReviewMarker& m)
{
    return m.detail.isEmpty() ? kindName(m.kind) : tr("%1: %2").arg(kindName(m.kind), m.detail);
}

bool ReviewMarkers::isGood(Kind kind)
{
    switch (kind) {
    case Kind::OpenQuestion:
    case Kind::ObjectionHandled:
    case Kind::RequiredPhrase:
    case Kind::Goal:
        return true;
    default:
        return false;
    }
}

} // namespace vt::app
