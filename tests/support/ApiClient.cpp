#include "ApiClient.h"

#include <QJsonArray>

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace vt::test {

QByteArray ApiClient::Reply::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QStringList ApiClient::Reply::errorPaths() const
{
    QStringList paths;
    for (const QJsonValue& e : json().value(QStringLiteral("errors")).toArray())
        paths.append(e.toObject().value(QStringLiteral("path")).toString());
    return paths;
}

QString ApiClient::Reply::problemType() const
{
    const QString type = json().value(QStringLiteral("type")).toString();
    const QString prefix = QStringLiteral("https://voicetraining.example.com/problems/");
    return type.startsWith(prefix) ? type.mid(prefix.size()) : type;
}

ApiClient::ApiClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::Reply ApiClient::request(const QByteArray& method, const QString& path,
    const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers,
    const QString& token)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setTransferTimeout(30000);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply->rawHeaderPairs();
    out.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

ApiClient::Reply ApiClient::sendJson(const QByteArray& method, const QString& path,
    const QJsonObject& body, const QString& token,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), all, token);
}

QString ApiClient::signIn(const QString& email, const QString& password, QString* refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), email);
    form.addQueryItem(
        QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(password)));
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/token"),
        form.toString(QUrl::FullyEncoded).toUtf8(),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    if (refreshToken)
        *refreshToken = reply.json().value(QStringLiteral("refresh_token")).toString();
    return reply.json().value(QStringLiteral("access_token")).toString();
}

} // namespace vt::test
