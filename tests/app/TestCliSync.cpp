// voicetraining-cli status and sync, run as a rep or IT would, against a real server: the
// attempts saved on this computer by state, offline; a sync that sends what it can, lists what
// the platform refused with the reason, and exits 0 only when nothing is left.
#include "ApiFixtures.h"
#include "DemoPlatform.h"
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "SavedAttempts.h"
#include "VtTestConfig.h"

#include "AttemptJournal.h"
#include "LocalStore.h"
#include "PlatformClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QTest>

class TestCliSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusAndSync();
    void interruptedCallIsRecoveredAndSynced();
    void usageErrors();
    void watchSendsWhatIsSavedLater();
};

namespace {

const QString who = QStringLiteral("sam.patel");

vt::test::ProcessResult cli(const vt::test::IsolatedHome& home, const QStringList& args)
{
    return vt::test::runProcess(QStringLiteral(VT_CLI_PATH), args, home.environment());
}

} // namespace

void TestCliSync::statusAndSync()
{
    vt::test::IsolatedHome home;
    QVERIFY(home.isValid());
    vt::test::ProcessResult r = cli(home, {QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(QStringLiteral("No attempts on this computer yet.")), qPrintable(r.out));

    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString scenario = demo.scenarioId(who, QStringLiteral("Rate"));
    const QString platform = vt::net::PlatformClient(QUrl(demo.server().baseUrl())).key();

    // Three calls made while the platform could not be reached: saved, queued.
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        QJsonObject body = vt::test::completionBody(
            vt::test::seedTranscript(QStringLiteral("rate-shopper")), 80);
        if (i == 1) // the platform will refuse this one
            body.insert(QStringLiteral("duration_ms"), QStringLiteral("long"));
        ids.append(vt::test::saveCallLikeTheApp(
            demo, who, vt::test::cliStorePath(home), platform, &error, body));
        QVERIFY2(!ids.last().isEmpty(), qPrintable(error));
    }
    r = cli(home, {QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Platform: ") + platform), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Waiting to upload: 3")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Last sync: never")), qPrintable(r.out));

    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8());
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--server"),
        demo.server().baseUrl(), QStringLiteral("--user"), demo.email(who),
        QStringLiteral("--password-file"), passwordFile};
    r = cli(home, sync);
    QCOMPARE(r.exitCode, 1); // one is left: the refused one
    QVERIFY2(r.out.contains(QStringLiteral("Sent: the completed attempt ") + ids.at(0)),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Sent: the completed attempt ") + ids.at(2)),
        qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("Still on this computer: 1 attempt")), qPrintable(r.out));
    QVERIFY2(r.out.contains(ids.at(1)) && r.out.contains(QStringLiteral("needs attention"))
            && r.out.contains(QStringLiteral("duration_ms")),
        qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("Not sent: the completed attempt ") + ids.at(1)),
        qPrintable(r.err));

    for (const QString& id : {ids.at(0), ids.at(2)}) {
        QCOMPARE(demo.api()
                     .get(QStringLiteral("/api/v1/attempts/") + id, demo.token(who))
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("completed"));
    }

    r = cli(home, {QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("platforms"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(status.value(QStringLiteral("platform")).toString(), platform);
    QCOMPARE(status.value(QStringLiteral("synced")).toInt(), 2);
    QCOMPARE(status.value(QStringLiteral("needs_attention")).toInt(), 1);
    QCOMPARE(status.value(QStringLiteral("waiting")).toInt(), 0);
    QVERIFY(!status.value(QStringLiteral("last_sync_at")).toString().isEmpty());
    QVERIFY(status.value(QStringLiteral("last_error"))
                .toString()
                .contains(QStringLiteral("duration_ms")));

    // Syncing again does not send the refused one again, and still says it is there.
    r = cli(home, sync);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains(QStringLiteral("Sent:")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("Still on this computer: 1 attempt")), qPrintable(r.out));
    QVERIFY2(r.out.contains(ids.at(1)), qPrintable(r.out));
}

// A call the app was killed in the middle of: in the journal, in progress, its scored lines
// journaled as they came. The next start scores it and saves it as interrupted; sync sends it.
// A call still claimed by a running process is left alone.
void TestCliSync::interruptedCallIsRecoveredAndSynced()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString scenario = demo.scenarioId(who, QStringLiteral("Rate"));
    const QString platform = vt::net::PlatformClient(QUrl(demo.server().baseUrl())).key();
    const QJsonObject scoring
        = demo.api()
              .get(QStringLiteral("/api/v1/scenarios/") + scenario, demo.token(who))
              .json()
              .value(QStringLiteral("scoring"))
              .toObject();
    QVERIFY(!scoring.isEmpty());
    const QJsonArray script = vt::test::seedTranscript(QStringLiteral("rate-shopper"))
                                  .value(QStringLiteral("utterances"))
                                  .toArray();
    QVERIFY(script.size() >= 6);

    vt::net::LocalStore store;
    {
        const vt::Result<void> opened = store.open(vt::test::cliStorePath(home));
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    vt::net::AttemptJournal journal(store);
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        const vt::test::ApiClient::Reply call
            = demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
                QJsonObject{{QStringLiteral("scenario_id"), scenario}}, demo.token(who));
        QCOMPARE(call.status, 201);
        ids.append(call.json().value(QStringLiteral("attempt_id")).toString());
        QVERIFY(journal.begin(ids.last(), platform, scenario,
            call.json().value(QStringLiteral("started_at")).toString(), {},
            QJsonDocument(scoring).toJson(QJsonDocument::Compact), QStringLiteral("0.1.0")));
        // The first five lines were scored; the third was then cut to nothing by a barge-in.
        for (int k = 0; k < 5; ++k) {
            QJsonObject line = script.at(k).toObject();
            line.insert(QStringLiteral("id"), QStringLiteral("u%1").arg(k));
            QVERIFY(journal.appendEvent(ids.last(),
                QJsonDocument(QJsonObject{{QStringLiteral("scored_line"), line}})
                    .toJson(QJsonDocument::Compact)));
            QVERIFY(journal.appendEvent(ids.last(), R"({"type":"transcript","final":false})"));
        }
        QVERIFY(journal.appendEvent(ids.last(), R"({"scored_line_removed":"u2"})"));
    }
    // The second is a call another process is in the middle of.
    const std::unique_ptr<QLockFile> running = journal.claim(ids.at(1));
    QVERIFY(running);

    vt::test::ProcessResult r = cli(home, {QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Recovered the call %1").arg(ids.at(0)))
            && r.err.contains(QStringLiteral("4 lines scored")),
        qPrintable(r.err));
    QVERIFY2(!r.err.contains(ids.at(1)), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Waiting to upload: 1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("In progress or interrupted: 1")), qPrintable(r.out));
    const std::optional<vt::net::AttemptJournal::Entry> saved = journal.entry(ids.at(0));
    QCOMPARE(saved->state, vt::net::AttemptJournal::State::Saved);
    QCOMPARE(saved->completion.value(QStringLiteral("interrupted")).toBool(), true);
    QCOMPARE(journal.entry(ids.at(1))->state, vt::net::AttemptJournal::State::InProgress);

    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8());
    r = cli(home,
        {QStringLiteral("sync"), QStringLiteral("--server"), demo.server().baseUrl(),
            QStringLiteral("--user"), demo.email(who), QStringLiteral("--password-file"),
            passwordFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject attempt
        = demo.api().get(QStringLiteral("/api/v1/attempts/") + ids.at(0), demo.token(who)).json();
    QCOMPARE(attempt.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(attempt.value(QStringLiteral("interrupted")).toBool(), true);
    const QJsonArray lines = attempt.value(QStringLiteral("transcript"))
                                 .toObject()
                                 .value(QStringLiteral("utterances"))
                                 .toArray();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(2).toObject().value(QStringLiteral("text")),
        script.at(3).toObject().value(QStringLiteral("text")));
    // The platform's score of the recovered call is the one the client computed.
    QCOMPARE(attempt.value(QStringLiteral("score")).toDouble(),
        saved->completion.value(QStringLiteral("score")).toDouble());
}

void TestCliSync::usageErrors()
{
    vt::test::IsolatedHome home;
    vt::test::ProcessResult r = cli(home, {QStringLiteral("status"), QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage: voicetraining-cli status")));
    r = cli(home, {QStringLiteral("sync"), QStringLiteral("--server")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage: voicetraining-cli sync")));
    r = cli(home,
        {QStringLiteral("sync"), QStringLiteral("--server"), QStringLiteral("http://example.com")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--server")), qPrintable(r.err));
}

// sync --watch keeps running: an attempt another process (the app) saves later is sent at once.
void TestCliSync::watchSendsWhatIsSavedLater()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString url = demo.server().baseUrl();
    const QString platform = vt::net::PlatformClient(QUrl(url)).key();
    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8());
    const QString path = vt::test::cliStorePath(home);
    QProcess watcher;
    watcher.setProcessEnvironment(home.environment());
    watcher.start(QStringLiteral(VT_CLI_PATH),
        {QStringLiteral("sync"), QStringLiteral("--watch"), QStringLiteral("--server"), url,
            QStringLiteral("--user"), demo.email(who), QStringLiteral("--password-file"),
            passwordFile});
    QVERIFY(watcher.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += watcher.readAllStandardOutput()).contains("Watching:"), 30000);

    // The app saves a call.
    const QString id = vt::test::saveCallLikeTheApp(demo, who, path, platform, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    // Sent well before the minute's poll: the store's change woke the watcher.
    QTRY_VERIFY_WITH_TIMEOUT((out += watcher.readAllStandardOutput())
                                 .contains(("Sent: the completed attempt " + id).toUtf8()),
        20000);
    watcher.kill();
    watcher.waitForFinished(5000);
    QCOMPARE(demo.api()
                 .get(QStringLiteral("/api/v1/attempts/") + id, demo.token(who))
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("completed"));
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "TestCliSync.moc"
