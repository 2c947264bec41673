#include "RubricText.h"

#include "ScoringVersion.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace vt::app {
namespace {

QString percent(double ratio)
{
    return QStringLiteral("%1 %").arg(std::lround(ratio * 100.0));
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v)))
                                              : QString::number(v, 'f', 1);
}

QJsonObject find(const QJsonArray& list, const QString& key, const QString& id)
{
    for (const QJsonValue& v : list) {
        if (v.toObject().value(key).toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject ruleOf(const QJsonObject& scoringScenario, const QString& criterionId)
{
    const QJsonArray criteria = scoringScenario.value(QStringLiteral("rubric"))
                                    .toObject()
                                    .value(QStringLiteral("criteria"))
                                    .toArray();
    return find(criteria, QStringLiteral("id"), criterionId)
        .value(QStringLiteral("rule"))
        .toObject();
}

} // namespace

QString RubricText::kpiName(const QString& kpi)
{
    if (kpi == QLatin1String("talk_ratio"))
        return tr("Your share of the talking");
    if (kpi == QLatin1String("filler_words"))
        return tr("Filler words");
    if (kpi == QLatin1String("fillers_per_min"))
        return tr("Filler words a minute");
    if (kpi == QLatin1String("pace_wpm"))
        return tr("Pace");
    if (kpi == QLatin1String("interruptions"))
        return tr("Times you cut in");
    if (kpi == QLatin1String("interrupted_by_prospect"))
        return tr("Times you were cut off");
    if (kpi == QLatin1String("longest_monologue_ms"))
        return tr("Longest monologue");
    if (kpi == QLatin1String("questions"))
        return tr("Questions");
    if (kpi == QLatin1String("open_questions"))
        return tr("Open questions");
    if (kpi == QLatin1String("sentiment"))
        return tr("Positive language");
    if (kpi == QLatin1String("required_phrases"))
        return tr("Required phrases");
    if (kpi == QLatin1String("objections"))
        return tr("Objections handled");
    if (kpi == QLatin1String("goal_hit"))
        return tr("Goal");
    return kpi;
}

QString RubricText::value(const QString& kpi, const QJsonValue& v)
{
    if (kpi == QLatin1String("required_phrases")) {
        const QJsonObject o = v.toObject();
        const qsizetype hit = o.value(QStringLiteral("hit")).toArray().size();
        const qsizetype all = hit + o.value(QStringLiteral("missed")).toArray().size();
        return tr("%1 of %2 said").arg(hit).arg(all);
    }
    if (kpi == QLatin1String("objections")) {
        const QJsonObject o = v.toObject();
        const qsizetype raised = o.value(QStringLiteral("raised")).toArray().size();
        if (raised == 0)
            return tr("none raised");
        return tr("%1 of %2 handled")
            .arg(o.value(QStringLiteral("addressed")).toArray().size())
            .arg(raised);
    }
    if (kpi == QLatin1String("goal_hit"))
        return v.toBool() ? tr("reached") : tr("not reached");
    const double d = v.toDouble();
    if (kpi == QLatin1String("talk_ratio"))
        return percent(d);
    if (kpi == QLatin1String("pace_wpm"))
        return tr("%1 words a minute").arg(std::lround(d));
    if (kpi == QLatin1String("fillers_per_min"))
        return tr("%1 a minute").arg(number(std::round(d * 10.0) / 10.0));
    if (kpi == QLatin1String("longest_monologue_ms") || kpi.endsWith(QLatin1String("_ms")))
        return tr("%1 s").arg(std::lround(d / 1000.0));
    if (kpi == QLatin1String("sentiment"))
        return QStringLiteral("%1%2")
            .arg(d > 0 ? QStringLiteral("+") : QString())
            .arg(d, 0, 'f', 2);
    return number(d);
}

QString RubricText::target(const QString& kpi, const QJsonObject& rule)
{
    const QString type = rule.value(QStringLiteral("type")).toString();
    const auto shown = [&kpi](double v) { return value(kpi, QJsonValue(v)); };
    if (type == QLatin1String("band")) {
        const QJsonArray ideal = rule.value(QStringLiteral("ideal")).toArray();
        return tr("between %1 and %2")
            .arg(shown(ideal.at(0).toDouble()), shown(ideal.at(1).toDouble()));
    }
    if (type == QLatin1String("at_least"))
        return tr("at least %1").arg(shown(rule.value(QStringLiteral("target")).toDouble()));
    if (type == QLatin1String("at_most"))
        return tr("at most %1").arg(shown(rule.value(QStringLiteral("target")).toDouble()));
    if (type == QLatin1String("boolean"))
        return tr("reach it");
    if (kpi == QLatin1String("objections"))
        return tr("answer every objection raised");
    return tr("say all of them");
}

QList<CriterionInfo> RubricText::criteria(const QJsonObject& scoringScenario)
{
    const QJsonArray list = scoringScenario.value(QStringLiteral("rubric"))
                                .toObject()
                                .value(QStringLiteral("criteria"))
                                .toArray();
    double total = 0;
    for (const QJsonValue& v : list)
        total += v.toObject().value(QStringLiteral("weight")).toDouble();
    QList<CriterionInfo> out;
    for (const QJsonValue& v : list) {
        const QJsonObject c = v.toObject();
        CriterionInfo info;
        info.id = c.value(QStringLiteral("id")).toString();
        info.label = c.value(QStringLiteral("label")).toString();
        info.kpi = c.value(QStringLiteral("kpi")).toString();
        info.target = target(info.kpi, c.value(QStringLiteral("rule")).toObject());
        info.weightPercent = total > 0
            ? int(std::lround(100.0 * c.value(QStringLiteral("weight")).toDouble() / total))
            : 0;
        out.append(info);
    }
    return out;
}

QString RubricText::itemLabel(
    const QJsonObject& scoringScenario, const QString& kpi, const QString& item)
{
    QJsonObject found;
    if (kpi == QLatin1String("required_phrases"))
        found = find(scoringScenario.value(QStringLiteral("required_phrases")).toArray(),
            QStringLiteral("id"), item);
    else if (kpi == QLatin1String("objections"))
        found = find(scoringScenario.value(QStringLiteral("objections")).toArray(),
            QStringLiteral("tag"), item);
    else if (kpi == QLatin1String("goal_hit"))
        found = scoringScenario.value(QStringLiteral("goal")).toObject();
    const QString label = found.value(QStringLiteral("label")).toString();
    return label.isEmpty() ? item : label;
}

QStringList RubricText::tips(
    const QJsonObject& report, const QJsonObject& scoringScenario, int count)
{
    struct Lost {
        double points;
        int order;
        QJsonObject criterion;
    };
    QList<Lost> lost;
    const QJsonArray breakdown = report.value(QStringLiteral("breakdown")).toArray();
    for (int i = 0; i < breakdown.size(); ++i) {
        const QJsonObject c = breakdown.at(i).toObject();
        const double missing = c.value(QStringLiteral("max_points")).toDouble()
            - c.value(QStringLiteral("points")).toDouble();
        if (missing > 0.05)
            lost.append({missing, i, c});
    }
    std::stable_sort(
        lost.begin(), lost.end(), [](const Lost& a, const Lost& b) { return a.points > b.points; });
    QStringList out;
    const QJsonObject kpis = report.value(QStringLiteral("kpis")).toObject();
    for (const Lost& l : std::as_const(lost)) {
        if (out.size() >= count)
            break;
        const QJsonObject rule
            = ruleOf(scoringScenario, l.criterion.value(QStringLiteral("criterion")).toString());
        const QString text = tip(l.criterion, kpis, scoringScenario, rule);
        if (!text.isEmpty() && !out.contains(text))
            out.append(text);
    }
    return out;
}

QString RubricText::tip(const QJsonObject& criterion, const QJsonObject& kpis,
    const QJsonObject& scoringScenario, const QJsonObject& rule)
{
    const QString kpi = criterion.value(QStringLiteral("kpi")).toString();
    const QJsonValue v = kpis.value(kpi);
    const double d = v.toDouble();
    const QString goal = target(kpi, rule);
    const auto labels = [&](const QJsonArray& ids, const QString& listKpi) {
        QStringList names;
        for (const QJsonValue& id : ids)
            names.append(
                QStringLiteral("“%1”").arg(itemLabel(scoringScenario, listKpi, id.toString())));
        return names.join(QStringLiteral(", "));
    };
    if (kpi == QLatin1String("required_phrases")) {
        const QJsonArray missed = v.toObject().value(QStringLiteral("missed")).toArray();
        return tr("Say every required phrase; missing: %1. Put them in your opening so none "
                  "is forgotten.")
            .arg(labels(missed, kpi));
    }
    if (kpi == QLatin1String("objections")) {
        QJsonArray open;
        const QJsonArray addressed = v.toObject().value(QStringLiteral("addressed")).toArray();
        for (const QJsonValue& tag : v.toObject().value(QStringLiteral("raised")).toArray()) {
            if (!addressed.contains(tag))
                open.append(tag);
        }
        QStringList handling;
        for (const QJsonValue& tag : open) {
            const QJsonObject o
                = find(scoringScenario.value(QStringLiteral("objections")).toArray(),
                    QStringLiteral("tag"), tag.toString());
            const QJsonArray phrases = o.value(QStringLiteral("handling")).toArray();
            if (!phrases.isEmpty())
                handling.append(QStringLiteral("“%1”").arg(phrases.first().toString()));
        }
        QString text = tr("Answer each objection right after it is raised; unanswered: %1.")
                           .arg(labels(open, kpi));
        if (!handling.isEmpty())
            text += QLatin1Char(' ')
                + tr("Try talking about %1.").arg(handling.join(QStringLiteral(", ")));
        return text;
    }
    if (kpi == QLatin1String("goal_hit")) {
        return tr("Ask for the commitment: the goal (%1) was not reached. Close with a clear "
                  "next step.")
            .arg(itemLabel(scoringScenario, kpi, QString()));
    }
    const QString now = value(kpi, v);
    if (kpi == QLatin1String("talk_ratio")) {
        const double hi = rule.value(QStringLiteral("ideal")).toArray().at(1).toDouble(1.0);
        return d > hi ? tr("Let the prospect talk more: you took %1 of the talking; aim for %2.")
                            .arg(now, goal)
                      : tr("Lead the conversation a little more: you took %1 of the talking; "
                           "aim for %2.")
                            .arg(now, goal);
    }
    if (kpi == QLatin1String("open_questions") || kpi == QLatin1String("questions"))
        return tr("Ask more open questions (what, how, why): you asked %1; aim for %2.")
            .arg(now, goal);
    if (kpi == QLatin1String("pace_wpm")) {
        const double hi = rule.value(QStringLiteral("ideal")).toArray().at(1).toDouble(1e9);
        return d > hi ? tr("Slow down: you spoke at %1; aim for %2.").arg(now, goal)
                      : tr("Keep the energy up: you spoke at %1; aim for %2.").arg(now, goal);
    }
    if (kpi == QLatin1String("filler_words") || kpi == QLatin1String("fillers_per_min"))
        return tr("Replace filler words with a short pause: %1; aim for %2.").arg(now, goal);
    if (kpi == QLatin1String("interruptions"))
        return tr("Let the prospect finish before you answer: you cut in %n time(s).", nullptr,
            int(std::lround(d)));
    if (kpi == QLatin1String("interrupted_by_prospect"))
        return tr("Check in more often so the prospect does not have to cut in: it happened "
                  "%n time(s).",
            nullptr, int(std::lround(d)));
    if (kpi == QLatin1String("longest_monologue_ms"))
        return tr("Keep your turns short and hand over with a question: your longest stretch "
                  "was %1; aim for %2.")
            .arg(now, goal);
    if (kpi == QLatin1String("sentiment"))
        return tr("Use more positive, confident words and fewer negatives: %1; aim for %2.")
            .arg(now, goal);
    return tr("%1: %2; aim for %3.").arg(kpiName(kpi), now, goal);
}

QString RubricText::speechBar()
{
    return tr("A call is scored once you have said at least %n words over %1 seconds.", nullptr,
        int(scoring::minRepWords))
        .arg(scoring::minRepTalkMs / 1000);
}

QString RubricText::notEnoughSpeech()
{
    return tr("You did not say enough to score this call.");
}

} // namespace vt::app
