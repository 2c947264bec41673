#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vt::app {

// A moment of a call the review's timeline marks (docs/scoring.md §3 evidence).
struct ReviewMarker {
    enum class Kind {
        OpenQuestion,
        ClosedQuestion,
        Filler,
        Interruption,          // the rep talked over the prospect
        InterruptedByProspect, // the prospect talked over the rep
        ObjectionRaised,
        ObjectionHandled,
        RequiredPhrase,
        Goal,
        Comment,
    };
    Kind kind = Kind::OpenQuestion;
    qint64 ms = 0;
    QString utteranceId;
    QString detail; // the phrase, objection or goal label, the fillers said, the comment
};

// Reads a call's moments with the scoring module, so the review marks exactly what was
// scored.
class ReviewMarkers final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::ReviewMarkers)

public:
    // Every moment of `transcript` (native form) against the scenario's scoring, in time
    // order; or why not (the JSON path at fault) when either does not parse.
    static Result<QList<ReviewMarker>> of(
        const QJsonObject& transcript, const QJsonObject& scoring);
    // "Open question", "Objection handled", ... in the current language.
    static QString kindName(ReviewMarker::Kind kind);
    // The kind and its detail, for a list or a screen reader: "Filler: “um”".
    static QString describe(const ReviewMarker& marker);
    // Kinds the rep should see as good (true), as something to work on (false).
    static bool isGood(ReviewMarker::Kind kind);
};

} // namespace vt::app
