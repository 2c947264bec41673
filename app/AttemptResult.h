#pragma once

#include "TranscriptModel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::app {

// A moment of the call behind a criterion's score (docs/scoring.md §4 evidence).
struct EvidenceItem {
    QString utteranceId; // empty for something missing
    qint64 startMs = -1;
    qint64 endMs = -1;
    QString quote;
    QString note; // "raised", "handled", the fillers said, or what was missing
    bool missing = false;
};

struct CriterionResult {
    QString id;
    QString label;
    QString kpi;
    QString value;  // the KPI in words
    QString target; // the rule's target in words
    int weightPercent = 0;
    double fraction = 0;
    double points = 0;
    double maxPoints = 0;
    QList<EvidenceItem> evidence;
};

// A KPI against its target in plain words.
struct KpiLine {
    QString kpi;
    QString name;
    QString value;
    QString target; // empty: not scored in this scenario
    bool onTarget = false;
};

// What the results screen shows of a finished call: the score against the pass mark, each
// criterion with its evidence, the KPIs in words, tips from the weakest criteria, the
// transcript and the recording, and where the attempt stands with the platform.
struct AttemptResult {
    Q_DECLARE_TR_FUNCTIONS(vt::app::AttemptResult)

public:
    QString attemptId;
    QString scenarioTitle;
    bool hasScore = false;        // false when the call failed before anything was scored, or when
    bool tooLittleSpeech = false; // the rep said too little to judge (docs/scoring.md §4.1)
    int score = 0;
    double passThreshold = 0;
    bool passed = false;
    QList<CriterionResult> criteria;
    QList<KpiLine> kpis;
    QStringList tips;
    QList<TranscriptLine> transcript;
    QString recordingPath;
    qint64 durationMs = 0;
    QString endedBy; // the API's ended_by: rep, agent, goal, time_limit, error
    QString failure; // why the call failed; empty when it did not
    std::optional<qint64> latencyP50Ms;

    // How the call ended, in the current language (the failure when it failed).
    QString endedText() const;
    // Why there is no score, when there is none for a reason the rep should read; else empty.
    QString notScoredText() const;
    // From a report (scoring::reportJson) and the scoring scenario.
    static AttemptResult fromReport(
        const QJsonObject& report, const QJsonObject& scoringScenario, double passThreshold);
};

// A result's breakdown as a tree: each criterion (with its bar) over its evidence.
class BreakdownModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role : int {
        IsCriterion = Qt::UserRole + 1,
        Fraction,
        Points,
        MaxPoints,
        WeightPercent,
        ValueText,
        TargetText,
        StartMs,
        UtteranceId,
        Missing,
        Note,
    };

    using QAbstractItemModel::QAbstractItemModel;

    void setCriteria(QList<CriterionResult> criteria);
    const QList<CriterionResult>& criteria() const { return m_criteria; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<CriterionResult> m_criteria;
};

} // namespace vt::app
