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
class QNetworkRequest;

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
    QByteArray retryAfter; // the Retry-After header, when the answer had one
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
    // Sends `bytes` as they are (a body queued earlier goes out byte for byte).
    void sendBytes(const QByteArray& verb, const QString& path, const QByteArray& bytes,
        const QByteArray& contentType, const QString& idempotencyKey, Callback done);
    // Streams a file as the body; a file that cannot be read fails with type "file".
    void sendFile(const QByteArray& verb, const QString& path, const QString& filePath,
        const QByteArray& contentType, const QString& idempotencyKey, Callback done);
    QUrl base() const { return m_base; }

    // Whose data this is, for the local store: the platform's origin, or what setKey() set
    // (the embedded local platform, whose port changes with every start, is "local").
    QString key() const;
    void setKey(const QString& key) { m_key = key; }
    // How long a request may go without a byte moving before it fails (default timeoutMs).
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    QNetworkRequest request(
        const QString& path, const QByteArray& contentType, const QString& idempotencyKey) const;
    QNetworkReply* start(const QByteArray& verb, const QString& path, const QByteArray& body,
        const QByteArray& contentType, const QString& idempotencyKey);
    void finish(QNetworkReply* reply, const Callback& done);

    QUrl m_base;
    QNetworkAccessManager* m_network;
    QString m_accessToken;
    QString m_key;
    int m_timeoutMs = timeoutMs;
};

// The user's sentence for a failed request.
ApiError errorOf(int status, const QJsonDocument& problem, const QString& networkError);

} // namespace vt::net
