// voicetraining-cli status | sync: where the attempts on this computer stand, and sending
// them now. For reps who want to see their practice reached the platform, and for IT.
#include "Cli.h"
#include "CliPlatform.h"
#include "CliWait.h"

#include "Accounts.h"
#include "AttemptJournal.h"
#include "CatalogSync.h"
#include "Connectivity.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "PlatformApi.h"
#include "PlatformClient.h"
#include "SyncEngine.h"
#include "SyncStatus.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace vt::app {
namespace {

class SyncCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::SyncCommand)

public:
    SyncCommand(const Settings& settings, CliIo io)
        : m_io(io)
        , m_platform(io, settings)
    {
    }
    int runStatus(const QStringList& args);
    int runSync(const QStringList& args);

private:
    static QString statusUsage();
    static QString syncUsage();
    static QString platformName(const QString& key);
    static QString when(qint64 ms);
    static QString kindLabel(net::OutboxItem::Kind kind);
    static QString roleLabel(const QString& role);
    static QString stateLabel(net::AttemptJournal::State state);
    void printStatus(const QString& platform, const net::SyncStatus& s);
    QJsonObject statusJson(const QString& platform, const net::SyncStatus& s);
    void printWaiting(const QString& platform);
    // Refreshes the cached catalog (profile, scenarios, tracks, assignments, leaderboard).
    void refreshCatalog();
    // sync --watch: keeps sending until stopped.
    int watch(net::SyncEngine& engine);
    static constexpr int watchPollMs = 60000;
    static constexpr int settleMs = 250;

    CliIo m_io;
    CliPlatform m_platform;
    protocol::SystemClock m_clock;
};

QString SyncCommand::statusUsage()
{
    return tr("Usage: voicetraining-cli status [--json]\n"
              "\n"
              "Shows, for each platform this computer has practised with, the attempts saved\n"
              "here by state (waiting to upload, failed and retrying, needing attention,\n"
              "synced, in progress), the last successful sync and the last error. Reads the\n"
              "local store only; works offline.\n"
              "\n"
              "  --json              the same as JSON\n");
}

QString SyncCommand::syncUsage()
{
    return tr("Usage: voicetraining-cli sync [--watch] [--local | --server URL [--user EMAIL "
              "--password-file FILE]]\n"
              "\n"
              "Sends every attempt waiting on this computer to the platform now, each once\n"
              "(a retry is recognised by the platform), and says what is left. Then refreshes\n"
              "what you can read offline: your profile, the scenarios, the tracks, your\n"
              "assignments and the leaderboard.\n"
              "\n"
              "  --watch             keep running: send what is saved later (by the app) as\n"
              "                      soon as the platform can be reached; Ctrl+C stops\n"
              "%1"
              "\n"
              "Exit status: 0 when nothing is left to send, 1 otherwise.\n")
        .arg(CliPlatform::optionsHelp());
}

QString SyncCommand::platformName(const QString& key)
{
    if (key == QLatin1String("local"))
        return tr("the practice platform on this computer");
    if (key.isEmpty())
        return tr("not yet assigned (saved before platforms were recorded)");
    return key;
}

QString SyncCommand::when(qint64 ms)
{
    if (ms <= 0)
        return tr("never");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString SyncCommand::kindLabel(net::OutboxItem::Kind kind)
{
    switch (kind) {
    case net::OutboxItem::Kind::Completion:
        return tr("completed attempt");
    case net::OutboxItem::Kind::Recording:
        return tr("recording");
    case net::OutboxItem::Kind::Comment:
        return tr("comment");
    }
    return {};
}

QString SyncCommand::stateLabel(net::AttemptJournal::State state)
{
    switch (state) {
    case net::AttemptJournal::State::InProgress:
        return tr("in progress");
    case net::AttemptJournal::State::Saved:
        return tr("waiting to upload");
    case net::AttemptJournal::State::Uploading:
        return tr("uploading");
    case net::AttemptJournal::State::Synced:
        return tr("synced");
    case net::AttemptJournal::State::Failed:
        return tr("failed, will retry");
    case net::AttemptJournal::State::NeedsAttention:
        return tr("needs attention");
    }
    return {};
}

void SyncCommand::printStatus(const QString& platform, const net::SyncStatus& s)
{
    m_io.out << tr("Platform: %1").arg(platformName(platform)) << '\n';
    if (const std::optional<net::Account> a = net::readAccount(m_platform.store(), platform)) {
        m_io.out << tr("  Account: %1 <%2>, %3, %4")
                        .arg(a->displayName.isEmpty() ? a->email : a->displayName, a->email,
                            roleLabel(a->role), a->orgName)
                 << '\n';
    } else if (platform != QLatin1String("local") && !platform.isEmpty()) {
        m_io.out << tr(
            "  Account: not signed in (voicetraining-cli login --server %1 --user EMAIL)")
                        .arg(platform)
                 << '\n';
    }
    m_io.out << tr("  Waiting to upload: %1 (of which failed and retrying: %2)")
                    .arg(s.saved)
                    .arg(s.failed)
             << '\n';
    m_io.out << tr("  Needing attention: %1").arg(s.needsAttention) << '\n';
    m_io.out << tr("  Synced: %1").arg(s.synced) << '\n';
    if (s.inProgress > 0)
        m_io.out << tr("  In progress or interrupted: %1").arg(s.inProgress) << '\n';
    m_io.out << tr("  Last sync: %1").arg(when(s.lastSyncAt)) << '\n';
    if (!s.lastError.isEmpty())
        m_io.out << tr("  Last error (%1): %2").arg(when(s.lastErrorAt), s.lastError) << '\n';
}

QString SyncCommand::roleLabel(const QString& role)
{
    if (role == QLatin1String("trainee"))
        return tr("trainee");
    if (role == QLatin1String("manager"))
        return tr("manager");
    if (role == QLatin1String("admin"))
        return tr("administrator");
    if (role == QLatin1String("hr"))
        return tr("HR");
    return role;
}

QJsonObject SyncCommand::statusJson(const QString& platform, const net::SyncStatus& s)
{
    QJsonValue account;
    if (const std::optional<net::Account> a = net::readAccount(m_platform.store(), platform)) {
        account = QJsonObject{{QStringLiteral("email"), a->email},
            {QStringLiteral("display_name"), a->displayName}, {QStringLiteral("role"), a->role},
            {QStringLiteral("org"), a->orgName}, {QStringLiteral("team"), a->teamName},
            {QStringLiteral("signed_in_at"),
                QDateTime::fromMSecsSinceEpoch(a->signedInAt, Qt::UTC)
                    .toString(Qt::ISODateWithMs)}};
    }
    return QJsonObject{{QStringLiteral("platform"), platform}, {QStringLiteral("account"), account},
        {QStringLiteral("waiting"), s.saved}, {QStringLiteral("failed"), s.failed},
        {QStringLiteral("needs_attention"), s.needsAttention}, {QStringLiteral("synced"), s.synced},
        {QStringLiteral("in_progress"), s.inProgress},
        {QStringLiteral("queued_requests"), s.queued},
        {QStringLiteral("last_sync_at"),
            s.lastSyncAt > 0 ? QJsonValue(
                QDateTime::fromMSecsSinceEpoch(s.lastSyncAt, Qt::UTC).toString(Qt::ISODateWithMs))
                             : QJsonValue()},
        {QStringLiteral("last_error"), s.lastError.isEmpty() ? QJsonValue() : s.lastError}};
}

int SyncCommand::runStatus(const QStringList& args)
{
    bool json = false;
    for (const QString& arg : args) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_io.out << statusUsage();
            return exitcode::ok;
        }
        if (arg != QLatin1String("--json")) {
            m_io.err << statusUsage();
            return exitcode::usage;
        }
        json = true;
    }
    if (!m_platform.openStore())
        return exitcode::failure;
    const QStringList platforms = net::knownPlatforms(m_platform.store());
    QJsonArray all;
    for (const QString& p : platforms) {
        const net::SyncStatus s = net::readSyncStatus(m_platform.store(), p);
        if (json)
            all.append(statusJson(p, s));
        else
            printStatus(p, s);
    }
    if (json)
        m_io.out << QJsonDocument(QJsonObject{{QStringLiteral("platforms"), all}}).toJson();
    else if (platforms.isEmpty())
        m_io.out << tr("No attempts on this computer yet.") << '\n';
    return exitcode::ok;
}

void SyncCommand::printWaiting(const QString& platform)
{
    net::AttemptJournal& journal = m_platform.journal();
    for (const net::AttemptJournal::Entry& e : journal.entries()) {
        if (e.platform != platform || e.state == net::AttemptJournal::State::Synced
            || e.state == net::AttemptJournal::State::InProgress)
            continue;
        QString line
            = tr("  %1 (started %2): %3").arg(e.attemptId, e.startedAt, stateLabel(e.state));
        if (!e.lastError.isEmpty())
            line += QStringLiteral(" — ") + e.lastError;
        if (e.nextTryAt > 0 && e.state == net::AttemptJournal::State::Failed)
            line += QStringLiteral(" ") + tr("(next try %1)").arg(when(e.nextTryAt));
        m_io.out << line << '\n';
    }
}

void SyncCommand::refreshCatalog()
{
    if (m_platform.isOffline())
        return;
    net::PlatformApi api(m_platform.client(), &m_platform.store(), m_clock);
    net::CatalogSync catalog(api);
    const auto report = waitFor<net::CatalogSync::Report>(
        [&](std::function<void(const net::CatalogSync::Report&)> done) { catalog.run(done); });
    if (report.ok()) {
        m_io.out << tr("Ready for offline use: %n scenario(s); your assignments: %1.", nullptr,
            report.scenarios)
                        .arg(report.assignments)
                 << '\n';
        return;
    }
    for (const QString& e : std::as_const(report.errors))
        m_io.err << tr("Not refreshed for offline use: %1").arg(e) << '\n';
}

int SyncCommand::watch(net::SyncEngine& engine)
{
    // The network as the system sees it: nothing is tried while it is down, everything at
    // once when it comes back.
    net::Connectivity connectivity;
    engine.setNetworkUp(connectivity.isUp());
    QObject::connect(
        &connectivity, &net::Connectivity::upChanged, &engine, &net::SyncEngine::setNetworkUp);
    // Attempts the app saves land in the store's write-ahead log: look again when it changes,
    // and every minute in any case.
    const QString wal = m_platform.store().path() + QStringLiteral("-wal");
    QFileSystemWatcher watcher;
    watcher.addPath(wal);
    // A change is seen while the writer's transaction is still going: look once it settled.
    QTimer settled;
    settled.setSingleShot(true);
    settled.setInterval(settleMs);
    QObject::connect(&settled, &QTimer::timeout, &engine, &net::SyncEngine::poke);
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, &engine, [&] {
        if (!watcher.files().contains(wal))
            watcher.addPath(wal); // a checkpoint replaced the file
        settled.start();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &engine, &net::SyncEngine::poke);
    poll.start(watchPollMs);
    m_io.out << tr("Watching: attempts saved on this computer are sent as soon as the platform "
                   "can be reached. Ctrl+C stops.")
             << '\n';
    m_io.out.flush();
    QEventLoop untilStopped;
    untilStopped.exec();
    return exitcode::ok;
}

int SyncCommand::runSync(const QStringList& args)
{
    bool watching = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool bad = false;
        if (args.at(i) == QLatin1String("--help") || args.at(i) == QLatin1String("-h")) {
            m_io.out << syncUsage();
            return exitcode::ok;
        }
        if (args.at(i) == QLatin1String("--watch")) {
            watching = true;
            continue;
        }
        if (!m_platform.option(args, i, &bad) || bad) {
            m_io.err << syncUsage();
            return exitcode::usage;
        }
    }
    if (!m_platform.signIn())
        return exitcode::failure;
    net::SyncEngine& engine = m_platform.sync();
    int sent = 0;
    QObject::connect(&engine, &net::SyncEngine::acknowledged, &engine,
        [&](const net::OutboxItem& item, const net::ApiResult&) {
            ++sent;
            m_io.out << tr("Sent: the %1 %2.").arg(kindLabel(item.kind), item.attemptId) << '\n';
            m_io.out.flush();
        });
    QObject::connect(&engine, &net::SyncEngine::sendFailed, &engine,
        [&](const net::OutboxItem& item, const QString& message, bool) {
            m_io.err
                << tr("Not sent: the %1 %2: %3").arg(kindLabel(item.kind), item.attemptId, message)
                << '\n';
        });
    QEventLoop loop;
    QObject::connect(&engine, &net::SyncEngine::idle, &loop, &QEventLoop::quit);
    // Asked now: what waits for a retry goes now too, once.
    engine.start();
    engine.retryNow();
    loop.exec();
    QObject::disconnect(&engine, &net::SyncEngine::idle, &loop, &QEventLoop::quit);

    refreshCatalog();
    if (watching)
        return watch(engine);
    const QString key = m_platform.client().key();
    const net::SyncStatus status = net::readSyncStatus(m_platform.store(), key);
    if (status.outboxEmpty()) {
        m_io.out << tr("Everything is on the platform (%n request(s) sent).", nullptr, sent)
                 << '\n';
        return exitcode::ok;
    }
    m_io.out << tr(
        "Still on this computer: %n attempt(s).", nullptr, status.saved + status.needsAttention)
             << '\n';
    printWaiting(key);
    return exitcode::failure;
}

} // namespace

int runStatusCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return SyncCommand(settings, io).runStatus(args);
}

int runSyncCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return SyncCommand(settings, io).runSync(args);
}

} // namespace vt::app
