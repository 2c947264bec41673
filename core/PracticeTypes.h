#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the trainee screens show, as plain values: the view models fill them from the
// platform's answers (net/, which the widgets never see).
namespace vt::app {

struct AssignmentCard {
    QString id;
    QString kind; // scenario, track
    QString title;
    QString scenarioId; // the scenario to practise next (a track's first step not passed)
    QString scenarioTitle;
    std::optional<QDateTime> dueAt;
    bool overdue = false;
    double passThreshold = 0;
    bool assessment = false;
    QString status; // not_started, in_progress, completed
    int completed = 0;
    int total = 0;
    std::optional<double> bestScore;
};

struct ScenarioCard {
    QString id;
    QString title;
    QString summary;
    QString difficulty; // easy, medium, hard
    int durationMinutes = 0;
    QString personaName;
    QString personaRole;
};

// How the sync with the platform stands, for the status line.
struct SyncSummary {
    bool local = false;     // the embedded platform on this computer
    bool online = false;    // the platform answers
    qint64 lastSyncAt = 0;  // Unix ms; 0: never
    int waiting = 0;        // attempts not yet on the platform
    int needsAttention = 0; // attempts the platform refused
    QString lastError;
};

// One criterion of a rubric in plain words (RubricText::criteria, made when shown so the
// words follow the interface language).
struct CriterionInfo {
    QString id;
    QString label;
    QString kpi;
    QString target; // "between 40% and 60%", "at least 2", "all of them"
    int weightPercent = 0;
};

struct PersonaInfo {
    QString name;
    QString role;
    QString temperament;
    QString background;
};

struct PastAttempt {
    QDateTime startedAt;
    std::optional<double> score;
    std::optional<bool> passed;
};

// A scenario's briefing, with what the call needs.
struct ScenarioBrief {
    QString id;
    QString error; // why it could not be loaded; the rest is empty then
    bool fromCache = false;
    qint64 syncedAt = 0;
    QString title;
    QString summary;
    QString situation;
    QString difficulty;
    int durationMinutes = 0;
    PersonaInfo persona;
    QString goal; // the goal's label; empty without one
    QStringList requiredPhrases;
    QStringList objections;
    double passScore = 0;
    QJsonObject scoring;             // the scoring scenario (docs/scoring.md §1.3)
    QJsonObject document;            // the whole scenario, as the platform gave it
    QList<PastAttempt> pastAttempts; // newest first
};

} // namespace vt::app
