#include "TurnLatency.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace vt::bench {

namespace {

// Nearest-rank percentile of `values` (sorted here).
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::max<std::size_t>(rank, 1) - 1];
}

} // namespace

QJsonObject printTurnStages(const std::vector<TurnStages>& turns)
{
    const std::pair<const char*, double TurnStages::*> stages[]
        = {{"end_of_turn", &TurnStages::endOfTurn}, {"final_pass", &TurnStages::finalPass},
            {"decision", &TurnStages::decision}, {"speech", &TurnStages::speech}};
    std::printf("\nTurn latency on the gateway's side over %zu turns (ms):\n%-14s %8s %8s\n",
        turns.size(), "stage", "p50", "p95");
    QJsonObject out{{QStringLiteral("turns"), qint64(turns.size())}};
    const auto row = [&out](const char* name, const std::vector<double>& values) {
        const double p50 = percentile(values, 50);
        const double p95 = percentile(values, 95);
        std::printf("%-14s %8.1f %8.1f\n", name, p50, p95);
        out.insert(QString::fromLatin1(name),
            QJsonObject{{QStringLiteral("p50_ms"), p50}, {QStringLiteral("p95_ms"), p95}});
    };
    for (const auto& [name, member] : stages) {
        std::vector<double> values;
        for (const TurnStages& t : turns)
            values.push_back(t.*member);
        row(name, values);
    }
    std::vector<double> totals;
    for (const TurnStages& t : turns)
        totals.push_back(t.total());
    row("total", totals);
    std::printf("end_of_turn is on the call clock; the others are wall time on this machine. "
                "The app adds the network, its jitter buffer and the speaker's buffer.\n");
    return out;
}

} // namespace vt::bench
