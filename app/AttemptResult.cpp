#include "AttemptResult.h"

#include "RubricText.h"

#include <QJsonArray>

#include <cmath>

namespace vt::app {
namespace {

// KPIs a rep reads after every call, scored or not.
const char* const everyCallKpis[]
    = {"talk_ratio", "pace_wpm", "filler_words", "open_questions", "longest_monologue_ms"};

QString evidenceNote(const QString& kpi, const QJsonObject& e, const QJsonObject& scenario)
{
    const QString item = e.value(QStringLiteral("item")).toString();
    const QString kind = e.value(QStringLiteral("kind")).toString();
    if (kpi == QLatin1String("objections")) {
        const QString label = RubricText::itemLabel(scenario, kpi, item);
        return kind == QLatin1String("raised") ? AttemptResult::tr("Raised: %1").arg(label)
                                               : AttemptResult::tr("Handled: %1").arg(label);
    }
    if (kpi == QLatin1String("required_phrases") || kpi == QLatin1String("goal_hit"))
        return RubricText::itemLabel(scenario, kpi, item);
    const QJsonArray fillers = e.value(QStringLiteral("fillers")).toArray();
    if (!fillers.isEmpty()) {
        QStringList words;
        for (const QJsonValue& f : fillers)
            words.append(QStringLiteral("“%1”").arg(f.toString()));
        return AttemptResult::tr("Fillers: %1").arg(words.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

QString AttemptResult::endedText() const
{
    if (!failure.isEmpty())
        return failure;
    if (endedBy == QLatin1String("rep"))
        return tr("You ended the call.");
    if (endedBy == QLatin1String("agent"))
        return tr("The prospect ended the call.");
    if (endedBy == QLatin1String("goal"))
        return tr("The call ended with the goal reached.");
    if (endedBy == QLatin1String("time_limit"))
        return tr("The call reached its time limit.");
    return tr("The call was cut short.");
}

QString AttemptResult::notScoredText() const
{
    if (!tooLittleSpeech)
        return {};
    return RubricText::notEnoughSpeech() + QLatin1Char(' ') + RubricText::speechBar();
}

AttemptResult AttemptResult::fromReport(
    const QJsonObject& report, const QJsonObject& scenario, double passThreshold)
{
    AttemptResult r;
    r.passThreshold = passThreshold;
    if (report.isEmpty())
        return r;
    // Scoring 2.0.0: a call the rep said too little in has KPIs but no score and no breakdown
    // worth reading (every criterion is 0).
    r.tooLittleSpeech = !report.value(QStringLiteral("scored")).toBool(true);
    r.hasScore = !r.tooLittleSpeech;
    r.score = report.value(QStringLiteral("score")).toInt();
    r.passed = r.hasScore && r.score >= passThreshold;
    const QJsonObject kpis = report.value(QStringLiteral("kpis")).toObject();
    const QList<CriterionInfo> infos = RubricText::criteria(scenario);
    QStringList scoredKpis;
    const QJsonArray breakdown
        = r.hasScore ? report.value(QStringLiteral("breakdown")).toArray() : QJsonArray();
    for (const QJsonValue& v : breakdown) {
        const QJsonObject c = v.toObject();
        CriterionResult out;
        out.id = c.value(QStringLiteral("criterion")).toString();
        out.label = c.value(QStringLiteral("label")).toString();
        out.kpi = c.value(QStringLiteral("kpi")).toString();
        out.value = RubricText::value(out.kpi, kpis.value(out.kpi));
        out.fraction = c.value(QStringLiteral("fraction")).toDouble();
        out.points = c.value(QStringLiteral("points")).toDouble();
        out.maxPoints = c.value(QStringLiteral("max_points")).toDouble();
        for (const CriterionInfo& info : infos) {
            if (info.id == out.id) {
                out.target = info.target;
                out.weightPercent = info.weightPercent;
            }
        }
        for (const QJsonValue& ev : c.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject e = ev.toObject();
            EvidenceItem item;
            if (e.contains(QStringLiteral("missing"))) {
                item.missing = true;
                item.note = tr("Missing: %1")
                                .arg(RubricText::itemLabel(
                                    scenario, out.kpi, e.value(QStringLiteral("item")).toString()));
            } else {
                item.utteranceId = e.value(QStringLiteral("utterance_id")).toString();
                item.startMs = qint64(e.value(QStringLiteral("start_ms")).toDouble());
                item.endMs = qint64(e.value(QStringLiteral("end_ms")).toDouble());
                item.quote = e.value(QStringLiteral("quote")).toString();
                item.note = evidenceNote(out.kpi, e, scenario);
            }
            out.evidence.append(item);
        }
        r.kpis.append(
            {out.kpi, RubricText::kpiName(out.kpi), out.value, out.target, out.fraction >= 0.999});
        scoredKpis.append(out.kpi);
        r.criteria.append(out);
    }
    for (const char* k : everyCallKpis) {
        const QString kpi = QString::fromLatin1(k);
        if (!scoredKpis.contains(kpi) && kpis.contains(kpi))
            r.kpis.append({kpi, RubricText::kpiName(kpi), RubricText::value(kpi, kpis.value(kpi)),
                QString(), true});
    }
    if (r.hasScore)
        r.tips = RubricText::tips(report, scenario);
    return r;
}

// --- the tree ------------------------------------------------------------------------------

void BreakdownModel::setCriteria(QList<CriterionResult> criteria)
{
    beginResetModel();
    m_criteria = std::move(criteria);
    endResetModel();
}

QModelIndex BreakdownModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_criteria.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_criteria.size()
        || row >= m_criteria.at(parent.row()).evidence.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BreakdownModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_criteria.size());
    if (parent.internalId() == 0 && parent.row() < m_criteria.size())
        return int(m_criteria.at(parent.row()).evidence.size());
    return 0;
}

int BreakdownModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const CriterionResult& c = m_criteria.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return c.label;
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole:
            return AttemptResult::tr("%1: %2 of %3 points. %4; target %5.")
                .arg(c.label)
                .arg(c.points, 0, 'f', 1)
                .arg(c.maxPoints, 0, 'f', 1)
                .arg(c.value, c.target);
        case IsCriterion:
            return true;
        case Fraction:
            return c.fraction;
        case Points:
            return c.points;
        case MaxPoints:
            return c.maxPoints;
        case WeightPercent:
            return c.weightPercent;
        case ValueText:
            return c.value;
        case TargetText:
            return c.target;
        default:
            return {};
        }
    }
    const CriterionResult& c = m_criteria.at(int(index.internalId() - 1));
    const EvidenceItem& e = c.evidence.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.missing ? e.note : QStringLiteral("“%1”").arg(e.quote);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return e.missing ? e.note
                         : AttemptResult::tr("At %1: “%2”. %3")
                               .arg(TranscriptModel::clock(e.startMs), e.quote, e.note);
    case IsCriterion:
        return false;
    case StartMs:
        return e.startMs;
    case UtteranceId:
        return e.utteranceId;
    case Missing:
        return e.missing;
    case Note:
        return e.note;
    default:
        return {};
    }
}

} // namespace vt::app
