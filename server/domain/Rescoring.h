#pragma once

#include "JsonFields.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vt::server {

// The platform's own score of a finished call: the shared scoring module (docs/scoring.md)
// run on the transcript the client sent and the scenario as the platform stores it, with the
// scoring version the client used when the module still knows it (else its own). The client's
// score is only kept beside it.
struct Rescored {
    protocol::FieldErrors errors; // the transcript is wrong: paths under $.transcript
    QString scenarioError;        // the stored scenario does not score (a platform fault)
    QByteArray kpis;              // JSON, as in the report
    QByteArray breakdown;         // JSON array
    QByteArray report;            // the whole report, for feedback
    std::optional<double> score;  // none: the rep said too little to score (§4.1)
    bool passed = false;
    double passScore = 0;
    QString scoringVersion;
    bool ok() const { return errors.isEmpty() && scenarioError.isEmpty(); }
};

Rescored rescore(const QJsonObject& scenarioScoring, const QJsonObject& transcript,
    const QString& clientScoringVersion = {});

struct AttemptRecord;
// Puts the platform's score (KPIs, breakdown, score, pass) and the feedback built from it
// into the attempt, as completing it stores them.
void recordPlatformScore(AttemptRecord& attempt, const Rescored& scored);

// Whether the client's score differs from the platform's beyond rounding, or one of them
// scored the call and the other did not.
bool scoresDiffer(std::optional<double> client, std::optional<double> platform);

} // namespace vt::server
