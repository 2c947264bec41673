#include "ServerProcess.h"

#include "VtTestConfig.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace vt::test {
namespace {

// A QPSQL connection to the cluster's maintenance database.
QSqlDatabase maintenance(const QString& url, const QString& name)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QUrlQuery(u).queryItemValue(QStringLiteral("host")));
    db.setUserName(u.userName());
    db.setDatabaseName(u.path().mid(1));
    return db;
}

} // namespace

ServerProcess::ServerProcess()
    : m_kind(databaseKindForRun())
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
        [this] { m_output += m_process.readAllStandardOutput(); });
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::databaseKindForRun()
{
    const QString kind = qEnvironmentVariable("VT_TEST_DB");
    return kind.isEmpty() ? QStringLiteral("sqlite") : kind;
}

bool ServerProcess::createDatabase(QString* error)
{
    const QString url = qEnvironmentVariable("VT_TEST_PG_URL");
    if (url.isEmpty()) {
        *error = QStringLiteral(
            "VT_TEST_DB=postgres needs VT_TEST_PG_URL (the postgres fixture sets it)");
        return false;
    }
    m_pgDatabase = QStringLiteral("vt_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString connection = QStringLiteral("create-") + m_pgDatabase;
    {
        QSqlDatabase db = maintenance(url, connection);
        if (!db.open()) {
            *error = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                         .arg(url, db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase))) {
            *error = q.lastError().text();
            return false;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    const QUrl u(url);
    m_databaseUrl
        = QStringLiteral("postgres://%1@/%2?host=%3")
              .arg(u.userName(), m_pgDatabase, QUrlQuery(u).queryItemValue(QStringLiteral("host")));
    return true;
}

void ServerProcess::dropDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    const QString connection = QStringLiteral("drop-") + m_pgDatabase;
    {
        QSqlDatabase db = maintenance(qEnvironmentVariable("VT_TEST_PG_URL"), connection);
        if (db.open())
            QSqlQuery(db).exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
    }
    QSqlDatabase::removeDatabase(connection);
    m_pgDatabase.clear();
}

bool ServerProcess::start(QString* error, const QStringList& extraArguments)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (m_kind == QLatin1String("postgres")) {
        if (!createDatabase(error))
            return false;
    } else {
        m_databaseUrl
            = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("platform.sqlite"));
    }
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--db"), m_databaseUrl,
        QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--access-log"),
        m_dir.filePath(QStringLiteral("access.log"))};
    arguments += extraArguments;
    m_process.start(QStringLiteral(VT_SERVER_PATH), arguments);
    if (!m_process.waitForStarted(10000)) {
        *error
            = QStringLiteral("voicetraining-server did not start: %1").arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:(\\d+))"));
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(m_output));
        if (m.hasMatch()) {
            m_baseUrl = m.captured(1);
            m_port = quint16(m.captured(2).toUInt());
            break;
        }
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("voicetraining-server exited: %1 %2")
                         .arg(QString::fromUtf8(m_output),
                             QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    if (m_port == 0) {
        *error = QStringLiteral("voicetraining-server did not listen within a minute");
        return false;
    }
    QFile credentials(m_dir.filePath(QStringLiteral("demo-credentials.json")));
    if (!credentials.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the demo credentials are missing");
        return false;
    }
    m_accounts = QJsonDocument::fromJson(credentials.readAll()).array();
    return true;
}

int ServerProcess::stop()
{
    int code = -1;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (m_process.waitForFinished(30000) && m_process.exitStatus() == QProcess::NormalExit)
            code = m_process.exitCode();
        else
            m_process.kill(), m_process.waitForFinished(5000);
    } else if (m_process.exitStatus() == QProcess::NormalExit) {
        code = m_process.exitCode();
    }
    dropDatabase();
    return code;
}

QString ServerProcess::password(const QString& email) const
{
    for (const QJsonValue& v : m_accounts) {
        if (v.toObject().value(QStringLiteral("email")).toString() == email)
            return v.toObject().value(QStringLiteral("password")).toString();
    }
    return {};
}

QByteArray ServerProcess::output()
{
    m_output += m_process.readAllStandardOutput();
    return m_output;
}

} // namespace vt::test
