#include "AttemptComparison.h"

#include "RubricText.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vt::app {
namespace {

// KPIs with a better direction of their own: -1 lower is better, +1 higher is better.
int direction(const QString& kpi)
{
    static const char* const lower[] = {"filler_words", "fillers_per_min", "interruptions",
        "interrupted_by_prospect", "longest_monologue_ms"};
    static const char* const higher[] = {
        "questions", "open_questions", "sentiment", "required_phrases", "objections", "goal_hit"};
    for (const char* k : lower) {
        if (kpi == QLatin1String(k))
            return -1;
    }
    for (const char* k : higher) {
        if (kpi == QLatin1String(k))
            return 1;
    }
    return 0;
}

int sign(double v)
{
    return v > 1e-9 ? 1 : (v < -1e-9 ? -1 : 0);
}

// A KPI as a number, when it is one (fractions and booleans count what was reached).
std::optional<double> numberOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool())
        return v.toBool() ? 1.0 : 0.0;
    if (v.isObject()) {
        // {"hit": [...], "missed": [...]} and {"raised": [...], "addressed": [...]}: how many
        // were said, how many were answered.
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("hit")).isArray())
            return double(o.value(QStringLiteral("hit")).toArray().size());
        if (o.value(QStringLiteral("addressed")).isArray())
            return double(o.value(QStringLiteral("addressed")).toArray().size());
    }
    return std::nullopt;
}

} // namespace

QString AttemptComparison::change(double delta)
{
    if (std::abs(delta) < 0.05)
        return QStringLiteral("=");
    const bool whole = std::abs(delta - std::round(delta)) < 0.05;
    const QString number = QLocale().toString(std::abs(delta), 'f', whole ? 0 : 1);
    return (delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number;
}

QList<ComparisonRow> AttemptComparison::rows(const Side& a, const Side& b)
{
    QList<ComparisonRow> out;
    if (!a.result || !b.result)
        return out;
    ComparisonRow score;
    score.kind = ComparisonRow::Kind::Score;
    score.label = tr("Score");
    score.first = a.result->hasScore ? QString::number(a.result->score) : QStringLiteral("–");
    score.second = b.result->hasScore ? QString::number(b.result->score) : QStringLiteral("–");
    if (a.result->hasScore && b.result->hasScore) {
        score.change = change(b.result->score - a.result->score);
        score.better = sign(b.result->score - a.result->score);
    }
    out.append(score);

    // Criteria in the later attempt's order; one only in the earlier is listed after.
    QList<CriterionResult> criteria = b.result->criteria;
    for (const CriterionResult& c : a.result->criteria) {
        const bool known = std::any_of(criteria.cbegin(), criteria.cend(),
            [&c](const CriterionResult& x) { return x.id == c.id; });
        if (!known)
            criteria.append(c);
    }
    QHash<QString, int> kpiBetter;
    for (const CriterionResult& c : criteria) {
        const auto find = [&c](const AttemptResult* r) -> const CriterionResult* {
            for (const CriterionResult& x : r->criteria) {
                if (x.id == c.id)
                    return &x;
            }
            return nullptr;
        };
        const CriterionResult* x = find(a.result);
        const CriterionResult* y = find(b.result);
        ComparisonRow row;
        row.kind = ComparisonRow::Kind::Criterion;
        row.label = c.label;
        const auto points = [](const CriterionResult* r) {
            return r ? tr("%1 of %2")
                           .arg(QLocale().toString(r->points, 'f', 1),
                               QLocale().toString(r->maxPoints, 'f', 1))
                     : QStringLiteral("–");
        };
        row.first = points(x);
        row.second = points(y);
        if (x && y) {
            row.change = change(y->points - x->points);
            row.better = sign(y->points - x->points);
            kpiBetter.insert(c.kpi, sign(y->fraction - x->fraction));
        }
        out.append(row);
    }

    QStringList kpis;
    for (const KpiLine& k : b.result->kpis)
        kpis.append(k.kpi);
    for (const KpiLine& k : a.result->kpis) {
        if (!kpis.contains(k.kpi))
            kpis.append(k.kpi);
    }
    for (const QString& kpi : std::as_const(kpis)) {
        ComparisonRow row;
        row.kind = ComparisonRow::Kind::Kpi;
        row.label = RubricText::kpiName(kpi);
        const QJsonValue x = a.kpis.value(kpi);
        const QJsonValue y = b.kpis.value(kpi);
        row.first = x.isUndefined() ? QStringLiteral("–") : RubricText::value(kpi, x);
        row.second = y.isUndefined() ? QStringLiteral("–") : RubricText::value(kpi, y);
        const std::optional<double> nx = numberOf(x);
        const std::optional<double> ny = numberOf(y);
        if (nx && ny && (x.isBool() || y.isBool())) {
            row.better = sign(*ny - *nx);
            row.change = row.better > 0 ? tr("now reached")
                : row.better < 0        ? tr("no longer reached")
                                        : QStringLiteral("=");
        } else if (nx && ny) {
            const double delta = *ny - *nx;
            const bool milliseconds = kpi.endsWith(QLatin1String("_ms"));
            const bool ratio = kpi == QLatin1String("talk_ratio");
            row.change = change(milliseconds ? delta / 1000.0 : (ratio ? delta * 100.0 : delta));
            row.better
                = kpiBetter.contains(kpi) ? kpiBetter.value(kpi) : sign(delta) * direction(kpi);
        }
        out.append(row);
    }
    return out;
}

} // namespace vt::app
