// The client TestKillSync kills: it makes attempts the way the app does (POST /calls, then the
// completion journaled and queued in one commit) and syncs them with the real sync engine,
// printing "saved ID" once an attempt's commit returned. With --count 0 it only drains what
// is queued, and exits 0 once nothing is left.
//
//   vt_sync_child --server URL --token TOKEN --store FILE --scenario ID --count N
#include "ApiFixtures.h"

#include "AttemptJournal.h"
#include "Clock.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "PlatformClient.h"
#include "RetryPolicy.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), {}, QStringLiteral("url"));
    const QCommandLineOption token(QStringLiteral("token"), {}, QStringLiteral("token"));
    const QCommandLineOption storePath(QStringLiteral("store"), {}, QStringLiteral("file"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), {}, QStringLiteral("id"));
    const QCommandLineOption count(QStringLiteral("count"), {}, QStringLiteral("n"));
    parser.addOptions({server, token, storePath, scenario, count});
    parser.process(app);

    vt::net::PlatformClient client(QUrl(parser.value(server)));
    client.setAccessToken(parser.value(token));
    vt::net::LocalStore store;
    if (const vt::Result<void> opened = store.open(parser.value(storePath)); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    vt::net::AttemptJournal journal(store);
    const vt::protocol::SystemClock clock;
    vt::net::SyncEngine engine(client, store, clock,
        vt::net::RetryPolicy([] { return QRandomGenerator::global()->generateDouble(); }, 50, 500));
    const QJsonObject completion
        = vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("rate-shopper")), 80);

    int left = parser.value(count).toInt();
    std::function<void()> next = [&] {
        if (left-- <= 0)
            return;
        client.send("POST", QStringLiteral("/api/v1/calls"),
            QJsonDocument(QJsonObject{{QStringLiteral("scenario_id"), parser.value(scenario)}}), {},
            [&](const vt::net::ApiResult& r) {
                if (r.error.isError()) {
                    std::fprintf(stderr, "POST /calls: %s\n", qPrintable(r.error.message));
                    QCoreApplication::exit(3);
                    return;
                }
                const QString id = r.json.object().value(QStringLiteral("attempt_id")).toString();
                if (!journal.begin(id, client.key(), parser.value(scenario),
                        r.json.object().value(QStringLiteral("started_at")).toString(), {})
                    || !journal.save(id, completion)) {
                    std::fprintf(stderr, "journal: %s\n", qPrintable(journal.lastError()));
                    QCoreApplication::exit(4);
                    return;
                }
                std::printf("saved %s\n", qPrintable(id));
                std::fflush(stdout);
                engine.poke();
                next();
            });
    };
    QObject::connect(&engine, &vt::net::SyncEngine::idle, &app, [&] {
        if (left <= 0 && !vt::net::Outbox(store).next(client.key()))
            QCoreApplication::exit(0);
    });
    std::printf("ready\n");
    std::fflush(stdout);
    engine.start();
    next();
    return app.exec();
}
