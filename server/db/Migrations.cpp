#include "Migrations.h"

#include "Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace vt::server {
namespace {

// Statements end with ';' at the end of a line; "--" comments are dropped.
QStringList statementsOf(const QString& sql)
{
    QStringList statements;
    QString current;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

void ensureTable(Database& db)
{
    Sql::execDirect(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
}

} // namespace

QList<Migrations::Step> Migrations::all()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Step> steps;
    const QDir dir(QStringLiteral(":/vt/server/migrations"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = name.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        steps.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    return steps;
}

int Migrations::currentVersion(Database& db)
{
    ensureTable(db);
    Sql query(db, QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    query.exec();
    return query.next() && !query.isNull(0) ? int(query.integer(0)) : 0;
}

QList<int> Migrations::apply(Database& db)
{
    const int current = currentVersion(db);
    QList<int> applied;
    for (const Step& step : all()) {
        if (step.version <= current)
            continue;
        Transaction transaction(db);
        for (const QString& statement : statementsOf(step.sql))
            Sql::execDirect(db, statement);
        Sql(db,
            QStringLiteral(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"))
            .bind(step.version)
            .bind(step.name)
            .bind(QDateTime::currentMSecsSinceEpoch())
            .exec();
        transaction.commit();
        applied.append(step.version);
    }
    return applied;
}

} // namespace vt::server
