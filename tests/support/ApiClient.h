#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vt::test {

// A blocking HTTP client for API tests: real requests over loopback with Qt's network stack.
class ApiClient final {
public:
    struct Reply {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString networkError;

        QByteArray header(const QByteArray& name) const;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        // problem+json's type, without the common prefix: "validation", "not-found", ...
        QString problemType() const;
        // The JSON path of each field a validation problem names, in order.
        QStringList errorPaths() const;
    };

    explicit ApiClient(QString baseUrl);

    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QString& token = {});
    Reply get(const QString& path, const QString& token = {})
    {
        return request("GET", path, {}, {}, token);
    }
    Reply sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
        const QString& token, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Signs in with the password grant; the access token, or empty.
    QString signIn(const QString& email, const QString& password, QString* refreshToken = nullptr);

private:
    QString m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace vt::test
