#include "WordErrorRate.h"

#include "ProcessRun.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace vt::test {

QStringList wordsOf(const QString& text)
{
    QString clean = text.toLower();
    clean.replace(QRegularExpression(QStringLiteral("[^a-z0-9' ]")), QStringLiteral(" "));
    return clean.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

double wordErrorRate(const QStringList& reference, const QStringList& heard)
{
    if (reference.isEmpty())
        return heard.isEmpty() ? 0.0 : 1.0;
    std::vector<int> row(std::size_t(heard.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= reference.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= heard.size(); ++j) {
            const int up = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({up + 1, row[std::size_t(j - 1)] + 1,
                diagonal + (reference[i - 1] == heard[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return double(row.back()) / double(reference.size());
}

QList<ScriptLine> readRepScript(const QString& path)
{
    QList<ScriptLine> lines;
    for (const QString& line : QString::fromUtf8(readTestFile(path)).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('|')))
            continue;
        lines.append({line.section(QLatin1Char('|'), 0, 0).trimmed().toDouble(),
            line.section(QLatin1Char('|'), 1).trimmed()});
    }
    return lines;
}

} // namespace vt::test
