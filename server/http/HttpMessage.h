#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace vt::server {

// Header fields in arrival order; names compared case-insensitively (stored lowercased on
// requests, as written on responses).
class HttpHeaders final {
public:
    void add(QByteArray name, QByteArray value)
    {
        m_fields.append({std::move(name), std::move(value)});
    }
    void set(const QByteArray& name, QByteArray value);
    QByteArray value(QByteArrayView name) const; // the first one; empty when absent
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    void remove(QByteArrayView name);
    const QList<QPair<QByteArray, QByteArray>>& fields() const { return m_fields; }

private:
    QList<QPair<QByteArray, QByteArray>> m_fields;
};

struct HttpRequest {
    QByteArray method; // "GET"
    QByteArray target; // as sent: "/api/v1/attempts?limit=20"
    QString path;      // percent-decoded path: "/api/v1/attempts"
    QUrlQuery query;
    int minorVersion = 1; // HTTP/1.<minorVersion>
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;
    quint64 id = 0;       // unique per server run, for logs and X-Request-Id
    qint64 startedUs = 0; // monotonic, when the request line arrived
};

struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    // Not sent: who made the request, for the access log.
    QByteArray logUser;
    QByteArray logOrg;

    static QByteArray reasonPhrase(int status);
};

} // namespace vt::server
