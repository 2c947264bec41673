#include "DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace vt::server {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("postgres://"))
        || text.startsWith(QLatin1String("postgresql://"))) {
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid()) {
            return failure(QStringLiteral("the PostgreSQL address is not a valid URL"));
        }
        url.kind = Kind::Postgres;
        url.host = u.host();
        url.port = u.port(5432);
        url.user = u.userName(QUrl::FullyDecoded);
        url.password = u.password(QUrl::FullyDecoded);
        url.database = u.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(u);
        QStringList options;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host")) {
                url.host = value;
            } else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout")
                || key == QLatin1String("application_name")) {
                options.append(key + QLatin1Char('=') + value);
            } else {
                return failure(QStringLiteral("unknown PostgreSQL option \"%1\"").arg(key));
            }
        }
        if (!options.join(QString()).contains(QLatin1String("connect_timeout")))
            options.append(QStringLiteral("connect_timeout=5"));
        url.options = options.join(QLatin1Char(';'));
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/'))) {
            return failure(QStringLiteral(
                "the PostgreSQL address needs a database name: postgres://user@host/dbname"));
        }
        return url;
    }
    url.kind = Kind::Sqlite;
    url.path = text.startsWith(QLatin1String("sqlite:")) ? text.mid(7) : text;
    if (url.path.isEmpty()) {
        return failure(
            QStringLiteral("the SQLite database needs a file path: sqlite:/path/platform.sqlite"));
    }
    return url;
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgres://%1%2@%3/%4")
        .arg(user, password.isEmpty() ? QString() : QStringLiteral(":***"), host, database);
}

} // namespace vt::server
