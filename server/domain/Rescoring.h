#pragma once

#include "JsonFields.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vt::server {

// The platform's own score of a finished call: the shared scoring module (docs/scoring.md)
// run on the transcript the client sent and the scenario as the platform stores it. The
// client's score is only kept beside it.
struct Rescored {
    protocol::FieldErrors errors; // the transcript is wrong: paths under $.transcript
    QString scenarioError;        // the stored scenario does not score (a platform fault)
    QByteArray kpis;              // JSON, as in the report
    QByteArray breakdown;         // JSON array
    QByteArray report;            // the whole report, for feedback
    double score = 0;
    bool passed = false;
    double passScore = 0;
    QString scoringVersion;
    bool ok() const { return errors.isEmpty() && scenarioError.isEmpty(); }
};

Rescored rescore(const QJsonObject& scenarioScoring, const QJsonObject& transcript);

struct AttemptRecord;
// Puts the platform's score (KPIs, breakdown, score, pass) and the feedback built from it
// into the attempt, as completing it stores them.
void recordPlatformScore(AttemptRecord& attempt, const Rescored& scored);

// Whether the client's score differs from the platform's beyond rounding.
bool scoresDiffer(double client, double platform);

} // namespace vt::server
