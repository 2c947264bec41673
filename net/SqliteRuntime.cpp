#include "SqliteRuntime.h"

#include "NetLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace vt::net {

QString sqliteRuntimeVersion()
{
    const QString connection = QStringLiteral("vt-sqlite-version-%1")
                                   .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        } else {
            qCWarning(lcNet) << "SQLite is unavailable:" << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (version.isEmpty())
        return QCoreApplication::translate(
            "vt::net::SqliteRuntime", "unavailable (Qt’s SQLite driver is missing)");
    return version;
}

} // namespace vt::net
