#include "CliPlatform.h"

#include "AttemptRecovery.h"
#include "LocalPlatform.h"

#include "AttemptJournal.h"
#include "LocalStore.h"
#include "PlatformClient.h"
#include "PlatformUrl.h"
#include "RetryPolicy.h"
#include "SyncEngine.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace vt::app {

CliPlatform::CliPlatform(CliIo io)
    : m_io(io)
{
}

CliPlatform::~CliPlatform() = default;

QString CliPlatform::optionsHelp()
{
    return tr("  --local             the practice platform on this computer (the default)\n"
              "  --server URL        a platform; with --user and --password-file\n"
              "  --data-dir DIR      with --local: where the local platform keeps its data\n");
}

QString CliPlatform::storePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.sqlite"));
}

QString CliPlatform::recordingsDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recordings"));
}

bool CliPlatform::option(const QStringList& args, qsizetype& i, bool* bad)
{
    const QString& arg = args.at(i);
    if (arg == QLatin1String("--local")) {
        m_local = true;
        return true;
    }
    QString* target = nullptr;
    if (arg == QLatin1String("--server"))
        target = &m_server;
    else if (arg == QLatin1String("--user"))
        target = &m_user;
    else if (arg == QLatin1String("--password-file"))
        target = &m_passwordFile;
    else if (arg == QLatin1String("--data-dir"))
        target = &m_dataDir;
    if (!target)
        return false;
    if (i + 1 >= args.size()) {
        *bad = true;
        return true;
    }
    *target = args.at(++i);
    return true;
}

std::optional<net::ApiResult> CliPlatform::wait(const Request& request)
{
    QEventLoop loop;
    std::optional<net::ApiResult> result;
    request([&](const net::ApiResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

bool CliPlatform::signIn()
{
    QString email;
    QString password;
    QUrl url;
    QString key;
    if (!m_server.isEmpty()) {
        const net::PlatformUrl parsed = net::PlatformUrl::parse(m_server);
        if (!parsed.isValid()) {
            m_io.err << tr("voicetraining-cli: --server: %1").arg(parsed.error()) << '\n';
            return false;
        }
        if (m_user.isEmpty() || m_passwordFile.isEmpty()) {
            m_io.err << tr("voicetraining-cli: --server needs --user and --password-file") << '\n';
            return false;
        }
        QFile file(m_passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_io.err << tr("voicetraining-cli: cannot read the password file %1: %2")
                            .arg(m_passwordFile, file.errorString())
                     << '\n';
            return false;
        }
        password = QString::fromUtf8(file.read(4096)).trimmed();
        email = m_user;
        url = parsed.url();
    } else {
        m_localPlatform = std::make_unique<LocalPlatform>();
        QString error;
        if (!m_localPlatform->start(m_dataDir, &error)) {
            m_io.err << tr("voicetraining-cli: %1").arg(error) << '\n';
            return false;
        }
        email = m_localPlatform->traineeEmail();
        password = m_localPlatform->traineePassword();
        url = m_localPlatform->url();
        key = QStringLiteral("local");
    }
    m_client = std::make_unique<net::PlatformClient>(url);
    m_client->setKey(key);
    const std::optional<net::ApiResult> r = wait([&](net::PlatformClient::Callback done) {
        m_client->signIn(email, password, std::move(done));
    });
    if (!r || r->error.isError()) {
        m_io.err << tr("voicetraining-cli: signing in as %1 failed: %2")
                        .arg(email, r ? r->error.message : QString())
                 << '\n';
        return false;
    }
    return true;
}

bool CliPlatform::openStore()
{
    QDir().mkpath(recordingsDir());
    m_store = std::make_unique<net::LocalStore>();
    QString error;
    if (!m_store->open(storePath(), &error)) {
        m_io.err << tr("voicetraining-cli: %1").arg(error) << '\n';
        return false;
    }
    m_journal = std::make_unique<net::AttemptJournal>(*m_store);
    // Calls a killed app left in progress are scored and queued before anything else.
    QStringList problems;
    for (const AttemptRecovery::Recovered& r : AttemptRecovery::run(*m_journal, &problems)) {
        m_io.err << tr("Recovered the call %1, cut off when the app stopped: %n line(s) scored; "
                       "saved as interrupted for upload.",
            nullptr, r.lines)
                        .arg(r.attemptId)
                 << '\n';
    }
    for (const QString& problem : std::as_const(problems))
        m_io.err << tr("voicetraining-cli: %1").arg(problem) << '\n';
    if (m_client)
        m_sync = std::make_unique<net::SyncEngine>(*m_client, *m_store, m_clock,
            net::RetryPolicy([] { return QRandomGenerator::global()->generateDouble(); }));
    return true;
}

} // namespace vt::app
