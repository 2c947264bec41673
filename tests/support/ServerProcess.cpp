#include "ServerProcess.h"

#include "VtTestConfig.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace vt::test {
ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
        [this] { m_output += m_process.readAllStandardOutput(); });
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(QString* error, const QStringList& extraArguments)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (m_database.url().isEmpty() && !m_database.create(error))
        return false;
    m_output.clear();
    m_port = 0;
    m_voicePort = 0;
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--db"), m_database.url(),
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
            static const QRegularExpression voice(
                QStringLiteral("voice gateway on ws://127\\.0\\.0\\.1:(\\d+)"));
            m_voicePort = quint16(voice.match(QString::fromUtf8(m_output)).captured(1).toUInt());
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

bool ServerProcess::restart(QString* error, const QStringList& extraArguments)
{
    m_process.kill();
    m_process.waitForFinished(10000);
    return start(error, extraArguments);
}

int ServerProcess::stop(bool keepDatabase)
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
    if (!keepDatabase)
        m_database.drop();
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

QByteArray ServerProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

QJsonObject ServerProcess::gatewayRecord(const QString& attemptId) const
{
    QJsonObject record;
    if (m_database.kind() != QLatin1String("sqlite"))
        return record;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gw"));
        db.setDatabaseName(m_database.url().mid(int(qstrlen("sqlite:"))));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT gateway_transcript FROM scenario_attempts WHERE id = ?"));
            q.addBindValue(attemptId);
            if (q.exec() && q.next())
                record = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gw"));
    return record;
}

} // namespace vt::test
