#include "PlatformClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace vt::net {

ApiError errorOf(int status, const QJsonDocument& problem, const QString& networkError)
{
    ApiError e;
    e.status = status;
    if (status == 0) {
        e.type = QStringLiteral("network");
        e.message = QCoreApplication::translate(
            "vt::net::PlatformClient", "The platform is unreachable (%1).")
                        .arg(networkError);
        return e;
    }
    const QJsonObject o = problem.object();
    e.type = o.value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
    QString text = o.value(QStringLiteral("detail")).toString();
    if (text.isEmpty())
        text = o.value(QStringLiteral("title")).toString();
    const QJsonArray invalid = o.value(QStringLiteral("invalid_params")).toArray();
    if (!invalid.isEmpty()) {
        const QJsonObject first = invalid.first().toObject();
        text += QStringLiteral(" (%1: %2)")
                    .arg(first.value(QStringLiteral("name")).toString(),
                        first.value(QStringLiteral("reason")).toString());
    }
    if (text.isEmpty())
        text = QCoreApplication::translate(
            "vt::net::PlatformClient", "The platform answered with HTTP status %1.")
                   .arg(status);
    e.message = text;
    return e;
}

PlatformClient::PlatformClient(QUrl base, QObject* parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_network(new QNetworkAccessManager(this))
{
}

void PlatformClient::signIn(const QString& email, const QString& password, Callback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), email);
    form.addQueryItem(QStringLiteral("password"), password);
    QByteArray body = form.query(QUrl::FullyEncoded).toUtf8();
    QNetworkReply* reply = start("POST", QStringLiteral("/api/v1/auth/token"), body,
        "application/x-www-form-urlencoded", QString());
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        finish(reply, [this, done](const ApiResult& result) {
            if (!result.error.isError())
                m_accessToken
                    = result.json.object().value(QStringLiteral("access_token")).toString();
            done(result);
        });
    });
}

void PlatformClient::get(const QString& path, Callback done)
{
    QNetworkReply* reply = start("GET", path, {}, {}, {});
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, done = std::move(done)] { finish(reply, done); });
}

void PlatformClient::send(const QByteArray& verb, const QString& path, const QJsonDocument& body,
    const QString& idempotencyKey, Callback done)
{
    QNetworkReply* reply = start(
        verb, path, body.toJson(QJsonDocument::Compact), "application/json", idempotencyKey);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, done = std::move(done)] { finish(reply, done); });
}

void PlatformClient::sendBytes(const QByteArray& verb, const QString& path, const QByteArray& bytes,
    const QByteArray& contentType, const QString& idempotencyKey, Callback done)
{
    QNetworkReply* reply = start(verb, path, bytes, contentType, idempotencyKey);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, done = std::move(done)] { finish(reply, done); });
}

QString PlatformClient::key() const
{
    if (!m_key.isEmpty())
        return m_key;
    return m_base
        .adjusted(
            QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

void PlatformClient::sendFile(const QByteArray& verb, const QString& path, const QString& filePath,
    const QByteArray& contentType, const QString& idempotencyKey, Callback done)
{
    auto* file = new QFile(filePath, this);
    if (!file->open(QIODevice::ReadOnly)) {
        ApiResult result;
        result.error.type = QStringLiteral("file");
        result.error.message
            = tr("The file %1 cannot be read: %2").arg(filePath, file->errorString());
        delete file;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply* reply
        = m_network->sendCustomRequest(request(path, contentType, idempotencyKey), verb, file);
    file->setParent(reply);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, done = std::move(done)] { finish(reply, done); });
}

QNetworkReply* PlatformClient::start(const QByteArray& verb, const QString& path,
    const QByteArray& body, const QByteArray& contentType, const QString& idempotencyKey)
{
    return m_network->sendCustomRequest(request(path, contentType, idempotencyKey), verb, body);
}

QNetworkRequest PlatformClient::request(
    const QString& path, const QByteArray& contentType, const QString& idempotencyKey) const
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    return request;
}

void PlatformClient::finish(QNetworkReply* reply, const Callback& done)
{
    reply->deleteLater();
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A connection that failed or broke off mid-answer (network and proxy errors are below
    // 200) is no answer at all, whatever status line came before the break.
    if (reply->error() != QNetworkReply::NoError
        && reply->error() < QNetworkReply::ContentAccessDenied)
        result.status = 0;
    result.retryAfter = reply->rawHeader("Retry-After");
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QJsonParseError parseError{};
    result.json = QJsonDocument::fromJson(body, &parseError);
    if (result.status == 0) {
        result.error = errorOf(0, {}, reply->errorString());
    } else if (result.status >= 400) {
        result.error = errorOf(result.status, result.json, reply->errorString());
    } else if (!body.isEmpty() && parseError.error != QJsonParseError::NoError) {
        result.error.status = result.status;
        result.error.type = QStringLiteral("malformed");
        result.error.message = tr("The platform's answer to %1 is not valid JSON: %2")
                                   .arg(reply->url().path(), parseError.errorString());
    }
    done(result);
}

} // namespace vt::net
