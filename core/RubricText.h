#pragma once

#include "PracticeTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace vt::app {

// A scenario's rubric and a report's KPIs in plain words (docs/scoring.md): what each KPI is
// called, its value as a rep reads it ("52 %", "148 words a minute"), the target a criterion
// sets, and the tips that follow from the weakest criteria of a report. Deterministic: the
// same report gives the same words.
class RubricText final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::RubricText)

public:
    static QString kpiName(const QString& kpi);
    // A KPI value from a report's "kpis" (numbers; lists and booleans for the others).
    static QString value(const QString& kpi, const QJsonValue& value);
    // The target a criterion's rule sets, in words.
    static QString target(const QString& kpi, const QJsonObject& rule);
    // The criteria of a scoring scenario (its "rubric"), with weights as whole percents.
    static QList<CriterionInfo> criteria(const QJsonObject& scoringScenario);
    // Up to `count` tips, weakest criterion first (most points lost), from a report
    // (scoring::reportJson) and its scoring scenario; none when nothing was lost.
    static QStringList tips(
        const QJsonObject& report, const QJsonObject& scoringScenario, int count = 3);
    // The bar a call must pass to be scored (docs/scoring.md §4.1), in words.
    static QString speechBar();
    // Why a call under that bar has no score.
    static QString notEnoughSpeech();
    // The label of a required phrase or an objection, by id or tag.
    static QString itemLabel(
        const QJsonObject& scoringScenario, const QString& kpi, const QString& item);

private:
    static QString tip(const QJsonObject& criterion, const QJsonObject& kpis,
        const QJsonObject& scoringScenario, const QJsonObject& rule);
};

} // namespace vt::app
