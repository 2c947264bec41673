#include "Feedback.h"

#include "ScoringVersion.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vt::server {
namespace {

struct Criterion {
    QString id;
    QString label;
    double fraction = 0;
    double points = 0;
    double maxPoints = 0;
    QJsonArray evidence;
};

QString points(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QJsonObject buildFeedback(
    const QByteArray& breakdownJson, std::optional<double> score, double passScore, bool passed)
{
    if (!score) {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
            {QStringLiteral("summary"),
                QStringLiteral("Not scored: the rep said too little to judge the call (a scored "
                               "call needs at least %1 words over %2 seconds of the rep's speech).")
                    .arg(scoring::minRepWords)
                    .arg(scoring::minRepTalkMs / 1000)},
            {QStringLiteral("spans"), QJsonArray()}};
    }
    QList<Criterion> criteria;
    for (const QJsonValue& v : QJsonDocument::fromJson(breakdownJson).array()) {
        const QJsonObject o = v.toObject();
        criteria.append({o.value(QStringLiteral("criterion")).toString(),
            o.value(QStringLiteral("label")).toString(),
            o.value(QStringLiteral("fraction")).toDouble(),
            o.value(QStringLiteral("points")).toDouble(),
            o.value(QStringLiteral("max_points")).toDouble(),
            o.value(QStringLiteral("evidence")).toArray()});
    }
    QString summary = QStringLiteral("Score %1 of 100, %2 (pass mark %3).")
                          .arg(*score)
                          .arg(passed ? QStringLiteral("passed") : QStringLiteral("not passed"))
                          .arg(passScore);
    QJsonArray spans;
    if (!criteria.isEmpty()) {
        // Stable orders, so the same breakdown always reads the same.
        QList<Criterion> byStrength = criteria;
        std::stable_sort(byStrength.begin(), byStrength.end(),
            [](const Criterion& a, const Criterion& b) { return a.fraction > b.fraction; });
        const Criterion& best = byStrength.first();
        summary += QStringLiteral(" Strongest: %1 (%2 of %3 points).")
                       .arg(best.label, points(best.points), points(best.maxPoints));
        QList<Criterion> byGain = criteria;
        std::stable_sort(byGain.begin(), byGain.end(), [](const Criterion& a, const Criterion& b) {
            return a.maxPoints - a.points > b.maxPoints - b.points;
        });
        QStringList gains;
        QStringList missing;
        for (const Criterion& c : byGain) {
            if (gains.size() == 2 || c.maxPoints - c.points < 0.05)
                break;
            gains.append(QStringLiteral("%1 (%2 of %3 points)")
                             .arg(c.label, points(c.points), points(c.maxPoints)));
            int cited = 0;
            for (const QJsonValue& e : c.evidence) {
                const QJsonObject entry = e.toObject();
                if (entry.contains(QStringLiteral("missing"))) {
                    missing.append(entry.value(QStringLiteral("missing")).toString());
                    continue;
                }
                if (cited == 3 || !entry.contains(QStringLiteral("utterance_id")))
                    continue;
                ++cited;
                spans.append(QJsonObject{
                    {QStringLiteral("utterance_id"), entry.value(QStringLiteral("utterance_id"))},
                    {QStringLiteral("start_ms"), entry.value(QStringLiteral("start_ms"))},
                    {QStringLiteral("end_ms"), entry.value(QStringLiteral("end_ms"))},
                    {QStringLiteral("quote"), entry.value(QStringLiteral("quote"))},
                    {QStringLiteral("criterion"), c.id},
                    {QStringLiteral("note"),
                        QStringLiteral("%1: %2 of %3 points")
                            .arg(c.label, points(c.points), points(c.maxPoints))}});
            }
        }
        if (!gains.isEmpty())
            summary += QStringLiteral(" Most to gain: %1.").arg(gains.join(QStringLiteral("; ")));
        for (const QString& note : missing)
            summary += QLatin1Char(' ') + note
                + (note.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
    }
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
        {QStringLiteral("summary"), summary}, {QStringLiteral("spans"), spans}};
}

} // namespace vt::server
