#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <optional>

namespace vt::protocol {

// A call's turn latencies summarised as the API reports them and the CLI prints them:
// nearest-rank percentiles (the smallest value with at least q of the values at or below it).
struct TurnLatencySummary {
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    qsizetype turns = 0;
};

inline std::optional<TurnLatencySummary> summarizeTurnLatencies(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto at = [&values](double q) {
        const auto rank = qsizetype(std::ceil(q * double(values.size())));
        return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
    };
    return TurnLatencySummary{at(0.5), at(0.95), values.size()};
}

} // namespace vt::protocol
