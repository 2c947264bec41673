// History and leaderboard figures (issue: history, review, leaderboards): the leaderboard
// model with 10,000 and 100,000 rows behind its sort/filter proxy (load, a sort by each kind
// of column, a name filter), and a full-text search of 1,000 attempts' transcripts in the
// local store (SQLite FTS5), p50 and max of a set of queries. Prints figures.
#include "LeaderboardModel.h"
#include "LocalStore.h"
#include "TranscriptIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QList<vt::app::LeaderboardEntry> board(int rows)
{
    static const char* const first[] = {"Jordan", "Sam", "Riley", "Avery", "Quinn", "Taylor",
        "Morgan", "Dana", "Alex", "Casey", "Devon", "Jamie", "Robin", "Kai", "Noor", "Lea"};
    static const char* const last[] = {"Lee", "Patel", "Chen", "Stone", "Rivera", "Nguyen",
        "Brooks", "Reyes", "Kim", "Hale", "García", "Müller", "Okafor", "Dubois", "Sato"};
    QList<vt::app::LeaderboardEntry> out;
    out.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        vt::app::LeaderboardEntry e;
        e.rank = i + 1;
        e.userId = QStringLiteral("user-%1").arg(i);
        e.name = QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(first[i % 16]), QString::fromUtf8(last[(i / 16) % 15]))
                     .arg(i);
        e.best = 100.0 - double(i % 1000) / 10.0;
        e.average = e.best - double((i * 37) % 150) / 10.0;
        e.attempts = 1 + (i * 7919) % 80;
        e.passRate = double((i * 13) % 1001) / 1000.0;
        e.trend = {e.average - 4, std::nullopt, e.average - 1, e.average, std::nullopt,
            e.average + 2, e.average};
        out.append(e);
    }
    return out;
}

void leaderboard(int rows)
{
    using vt::app::LeaderboardModel;
    const QList<vt::app::LeaderboardEntry> entries = board(rows);
    LeaderboardModel model;
    vt::app::LeaderboardFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(LeaderboardModel::RankColumn);
    QElapsedTimer t;
    t.start();
    model.setEntries(entries);
    const double load = ms(t);
    const auto sortBy = [&](int column, Qt::SortOrder order) {
        QElapsedTimer s;
        s.start();
        proxy.sort(column, order);
        return ms(s);
    };
    const double byAverage = sortBy(LeaderboardModel::AverageColumn, Qt::DescendingOrder);
    const double byName = sortBy(LeaderboardModel::NameColumn, Qt::AscendingOrder);
    const double byAttempts = sortBy(LeaderboardModel::AttemptsColumn, Qt::AscendingOrder);
    const double byNameAgain = sortBy(LeaderboardModel::NameColumn, Qt::DescendingOrder);
    t.restart();
    proxy.setSearch(QStringLiteral("riley 12"));
    const double filter = ms(t);
    const int kept = proxy.rowCount();
    t.restart();
    proxy.setSearch(QString());
    const double unfilter = ms(t);
    std::printf("leaderboard model, %6d rows: load %6.1f ms; sort by average %6.1f ms, by name "
                "%6.1f ms (again %6.1f ms), by attempts %6.1f ms; filter %6.1f ms (%d kept), "
                "clear %6.1f ms\n",
        rows, load, byAverage, byName, byNameAgain, byAttempts, filter, kept, unfilter);
}

void transcriptSearch()
{
    QTemporaryDir dir;
    vt::net::LocalStore store;
    if (const vt::Result<void> opened = store.open(dir.filePath(QStringLiteral("store.sqlite")));
        !opened) {
        std::fprintf(stderr, "bench_history: %s\n", qPrintable(opened.error()));
        return;
    }
    QList<QJsonObject> transcripts;
    for (const char* name : {"rate-shopper", "refinance-cold-call", "first-time-buyer"}) {
        QFile f(QStringLiteral(VT_SOURCE_DIR "/server/seed/transcripts/%1.json")
                    .arg(QLatin1String(name)));
        if (f.open(QIODevice::ReadOnly))
            transcripts.append(QJsonDocument::fromJson(f.readAll()).object());
    }
    vt::net::TranscriptIndex index(store, QStringLiteral("bench"));
    QElapsedTimer t;
    t.start();
    int lines = 0;
    for (int i = 0; i < 1000; ++i) {
        // Each attempt a little different: a number and a name of its own in every line.
        QList<vt::net::IndexedLine> attempt
            = vt::net::transcriptLines(transcripts.at(i % transcripts.size()));
        for (vt::net::IndexedLine& l : attempt)
            l.text += QStringLiteral(" (call %1, rep%2)").arg(i).arg(i % 50);
        lines += int(attempt.size());
        index.put(QStringLiteral("attempt-%1").arg(i), QStringLiteral("v1"),
            QStringLiteral("Scenario %1").arg(i % 3),
            QStringLiteral("2026-11-%1T10:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')),
            attempt);
    }
    const double indexing = ms(t);
    const QStringList queries{QStringLiteral("closing costs"), QStringLiteral("nmls"),
        QStringLiteral("rate"), QStringLiteral("what"), QStringLiteral("rep42"),
        QStringLiteral("equal housing"), QStringLiteral("pre approval thursday"),
        QStringLiteral("zzz-nothing")};
    std::vector<double> lineTimes;
    std::vector<double> attemptTimes;
    for (int round = 0; round < 5; ++round) {
        for (const QString& q : queries) {
            t.restart();
            const auto hits = index.search(q, 200);
            const double lineMs = ms(t);
            t.restart();
            const auto attempts = index.attemptsMatching(q);
            const double attemptMs = ms(t);
            lineTimes.push_back(lineMs);
            attemptTimes.push_back(attemptMs);
            if (round == 0)
                std::printf("  \"%s\": %lld lines shown (%.1f ms), %lld attempts (%.1f ms)\n",
                    qPrintable(q), qlonglong(hits.size()), lineMs, qlonglong(attempts.size()),
                    attemptMs);
        }
    }
    std::sort(lineTimes.begin(), lineTimes.end());
    std::sort(attemptTimes.begin(), attemptTimes.end());
    std::printf("transcript search, 1,000 attempts (%d lines; indexed in %.0f ms): best 200 "
                "lines p50 %.1f ms, max %.1f ms; attempts matching p50 %.1f ms, max %.1f ms\n",
        lines, indexing, lineTimes.at(lineTimes.size() / 2), lineTimes.back(),
        attemptTimes.at(attemptTimes.size() / 2), attemptTimes.back());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::printf("bench_history (%s build)\n", VT_BUILD_TYPE);
    leaderboard(10000);
    leaderboard(100000);
    transcriptSearch();
    return 0;
}
