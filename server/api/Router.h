#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vt::server {

// Method + path templates ("/api/v1/attempts/{id}/recording") to route numbers. A path that
// matches some template with another method gives 405 and the methods that would do.
class Router final {
public:
    struct Match {
        int route = -1; // -1: none
        QHash<QString, QString> params;
        QList<QByteArray> allowed; // when the path exists but not for this method
    };

    // Returns the route's number (the order of adding).
    int add(const QByteArray& method, const QString& pattern);
    Match match(const QByteArray& method, const QString& path) const;

private:
    struct Route {
        QByteArray method;
        QStringList segments; // "{id}" segments are parameters
    };
    static bool matches(
        const Route& route, const QStringList& segments, QHash<QString, QString>* params);

    QList<Route> m_routes;
};

} // namespace vt::server
