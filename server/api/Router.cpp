#include "Router.h"

namespace vt::server {

int Router::add(const QByteArray& method, const QString& pattern)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)});
    return int(m_routes.size()) - 1;
}

bool Router::matches(
    const Route& route, const QStringList& segments, QHash<QString, QString>* params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& want = route.segments[i];
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}'))) {
            if (segments[i].isEmpty())
                return false;
            found.insert(want.mid(1, want.size() - 2), segments[i]);
        } else if (want != segments[i]) {
            return false;
        }
    }
    *params = std::move(found);
    return true;
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        QHash<QString, QString> params;
        if (!matches(m_routes[i], segments, &params))
            continue;
        const QByteArray& routeMethod = m_routes[i].method;
        if (routeMethod == method || (method == "HEAD" && routeMethod == "GET")) {
            result.route = int(i);
            result.params = std::move(params);
            result.allowed.clear();
            return result;
        }
        if (!result.allowed.contains(routeMethod))
            result.allowed.append(routeMethod);
    }
    return result;
}

} // namespace vt::server
