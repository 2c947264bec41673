#pragma once

#include "AttemptResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vt::app {

// One line of two attempts side by side.
struct ComparisonRow {
    enum class Kind { Score, Criterion, Kpi };
    Kind kind = Kind::Score;
    QString label;
    QString first; // the earlier attempt, in words
    QString second;
    QString change; // "+12", "−3.5", "="; empty when not comparable
    int better = 0; // +1: the second is better; -1: worse; 0: the same, or no better way
};

// Two attempts of the same scenario compared: the score, each criterion's points and each
// KPI's value. A criterion is better with more points; a scored KPI is better when its
// criterion earned more; of the others, fewer fillers, interruptions and shorter monologues
// are better, more questions and a warmer sentiment too; talk share and pace have no better
// direction outside a rubric.
class AttemptComparison final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::AttemptComparison)

public:
    struct Side {
        const AttemptResult* result = nullptr;
        QJsonObject kpis; // the attempt's KPI values (docs/scoring.md §5)
    };
    static QList<ComparisonRow> rows(const Side& first, const Side& second);
    // "+12", "−3.5" or "=" (one decimal when not whole).
    static QString change(double delta);
};

} // namespace vt::app
