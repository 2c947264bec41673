#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vt::net {

// What went wrong with a request, for the user: `status` 0 when no HTTP answer came.
struct ApiError {
    int status = 0;
    QString type;    // the problem type's last path segment ("validation"), or "network"
    QString message; // a sentence fit to show
    bool isError() const { return !message.isEmpty(); }
};

struct ApiResult {
    int status = 0;
    QJsonDocument json;
    ApiError error;
};

// The platform's REST API v1 (docs/api/openapi.yaml) over one QNetworkAccessManager:
// bearer token kept in memory only, per-request timeouts, problem+json turned into messages.
// The calls this session needs; the full typed client grows from here (issue: sign-in and
// sync). Callbacks run on the thread the client lives on.
class PlatformClient final : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult&)>;
    static constexpr int timeoutMs = 30000;

    // `base`: http(s)://host[:port], already checked (PlatformUrl).
    explicit PlatformClient(QUrl base, QObject* parent = nullptr);

    // The password grant (the reference and local platforms); keeps the access token.
    void signIn(const QString& email, const QString& password, Callback done);
    void setAccessToken(const QString& token) { m_accessToken = token; }
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }

    void get(const QString& path, Callback done);
    void send(const QByteArray& verb, const QString& path, const QJsonDocument& body,
        const QString& idempotencyKey, Callback done);
    void upload(
        const QString& path, const QByteArray& bytes, const QByteArray& contentType, Callback done);
    QUrl base() const { return m_base; }

private:
    QNetworkReply* start(const QByteArray& verb, const QString& path, const QByteArray& body,
        const QByteArray& contentType, const QString& idempotencyKey);
    void finish(QNetworkReply* reply, const Callback& done);

    QUrl m_base;
    QNetworkAccessManager* m_network;
    QString m_accessToken;
};

// The user's sentence for a failed request.
ApiError errorOf(int status, const QJsonDocument& problem, const QString& networkError);

} // namespace vt::net
