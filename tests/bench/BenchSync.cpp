// Sync figures (issue: sign-in, sync and the offline outbox): the time one attempt's outbox
// commit takes (the journal's save: the completion and its entry, synchronous=FULL), p50 and
// p99 over 1,000 attempts, and the time the sync engine takes to drain those 1,000 attempts
// to a local voicetraining-server with the demo seed (SQLite). Prints figures.
#include "ApiFixtures.h"
#include "DemoPlatform.h"

#include "AttemptJournal.h"
#include "Clock.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "PlatformClient.h"
#include "RetryPolicy.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int attempts = 1000;

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, std::size_t(p * double(v.size()))));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    vt::test::DemoPlatform demo;
    QString error;
    if (!demo.start(&error)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 1;
    }
    const QString who = QStringLiteral("sam.patel");
    const QString scenario = demo.scenarioId(who, QStringLiteral("Rate"));
    vt::net::PlatformClient client(QUrl(demo.server().baseUrl()));
    client.setAccessToken(demo.token(who));

    QTemporaryDir dir;
    vt::net::LocalStore store;
    if (const vt::Result<void> opened = store.open(dir.filePath(QStringLiteral("journal.sqlite")));
        !opened) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(opened.error()));
        return 1;
    }
    vt::net::AttemptJournal journal(store);
    const QJsonObject completion
        = vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("rate-shopper")), 80);
    std::printf("bench_sync: %d attempts, completion body %lld bytes, store on %s\n", attempts,
        qint64(QJsonDocument(completion).toJson(QJsonDocument::Compact).size()),
        qPrintable(dir.path()));

    std::vector<double> commitMs;
    for (int i = 0; i < attempts; ++i) {
        const vt::test::ApiClient::Reply call
            = demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
                QJsonObject{{QStringLiteral("scenario_id"), scenario}}, demo.token(who));
        const QString id = call.json().value(QStringLiteral("attempt_id")).toString();
        if (id.isEmpty()
            || !journal.begin(id, client.key(), scenario,
                call.json().value(QStringLiteral("started_at")).toString(), {})) {
            std::fprintf(stderr, "bench_sync: attempt %d could not be started\n", i);
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const bool saved = journal.save(id, completion);
        commitMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!saved) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(journal.lastError()));
            return 1;
        }
    }
    std::printf("outbox commit (journal save, synchronous=FULL): p50 %.2f ms, p99 %.2f ms\n",
        percentile(commitMs, 0.5), percentile(commitMs, 0.99));

    const vt::protocol::SystemClock clock;
    vt::net::SyncEngine engine(client, store, clock, vt::net::RetryPolicy([] { return 0.5; }));
    QEventLoop loop;
    QObject::connect(&engine, &vt::net::SyncEngine::idle, &loop, &QEventLoop::quit);
    int sent = 0;
    QObject::connect(&engine, &vt::net::SyncEngine::acknowledged, &loop, [&] { ++sent; });
    QElapsedTimer drain;
    drain.start();
    engine.start();
    loop.exec();
    const double seconds = double(drain.elapsed()) / 1000.0;
    const bool empty = !vt::net::Outbox(store).next(client.key());
    std::printf("drain %d attempts to the local server: %.1f s (%.0f attempts/s), %d acknowledged, "
                "outbox %s\n",
        attempts, seconds, double(sent) / seconds, sent, empty ? "empty" : "NOT EMPTY");
    return empty && sent == attempts ? 0 : 1;
}
