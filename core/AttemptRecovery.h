#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::net {
class AttemptJournal;
}

namespace vt::app {

// Calls the app was in the middle of when it died (killed, crashed, power cut): found in the
// journal still in progress and claimed by no running process, scored on what was captured
// (the lines journaled as they were scored, the scenario's scoring kept at the start), and
// saved as interrupted, queued for the platform like any finished call.
class AttemptRecovery final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::AttemptRecovery)

public:
    struct Recovered {
        QString attemptId;
        int lines = 0;
        qint64 durationMs = 0;
        std::optional<double> score; // none: too little said to score (docs/scoring.md §4.1)
    };

    // Recovers every such call; `problems` gets a sentence for each one that could not be
    // (it stays in progress, nothing is deleted).
    static QList<Recovered> run(net::AttemptJournal& journal, QStringList* problems);
};

} // namespace vt::app
