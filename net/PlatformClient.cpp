#include "PlatformClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

namespace vt::net {

namespace {

// application/x-www-form-urlencoded, every reserved character (a '+' in a password among
// them) percent-encoded.
QByteArray formBody(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

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

// One request, kept whole so that it can go out again after the access token was renewed.
struct PlatformClient::Call {
    QByteArray verb;
    QString path;
    QUrl url; // absolute, instead of the platform's base and `path` (an authorization server)
    QByteArray body;
    QString filePath; // non-empty: the body is streamed from this file
    QByteArray contentType;
    QString idempotencyKey;
    QByteArray etag;
    bool authenticated = true; // carries the access token, and may be renewed and re-sent
    bool followRedirects = true;
    bool resent = false;
    Callback done;
};

PlatformClient::PlatformClient(QUrl base, QObject* parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_network(new QNetworkAccessManager(this))
{
}

void PlatformClient::tokenRequest(const QList<std::pair<QString, QString>>& fields, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->path = QStringLiteral("/api/v1/auth/token");
    call->url = m_tokenEndpoint;
    call->body = formBody(fields);
    call->contentType = "application/x-www-form-urlencoded";
    call->authenticated = false;
    call->done = [this, done = std::move(done)](const ApiResult& result) {
        if (!result.error.isError())
            m_accessToken = result.json.object().value(QStringLiteral("access_token")).toString();
        done(result);
    };
    dispatch(call);
}

void PlatformClient::signIn(const QString& email, const QString& password, Callback done)
{
    tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("password")},
                     {QStringLiteral("username"), email}, {QStringLiteral("password"), password}},
        std::move(done));
}

void PlatformClient::refresh(const QString& refreshToken, Callback done)
{
    tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken}},
        std::move(done));
}

void PlatformClient::exchangeCode(const QString& code, const QString& verifier,
    const QString& redirectUri, const QString& clientId, Callback done)
{
    tokenRequest(
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("client_id"), clientId}, {QStringLiteral("code_verifier"), verifier}},
        std::move(done));
}

void PlatformClient::revoke(const QString& refreshToken, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->path = QStringLiteral("/api/v1/auth/revoke");
    call->url = m_revocationEndpoint;
    call->body = formBody({{QStringLiteral("token"), refreshToken}});
    call->contentType = "application/x-www-form-urlencoded";
    call->authenticated = false;
    m_accessToken.clear();
    call->done = std::move(done);
    dispatch(call);
}

void PlatformClient::get(const QString& path, Callback done, const QByteArray& etag)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->path = path;
    call->etag = etag;
    call->done = std::move(done);
    dispatch(call);
}

void PlatformClient::setAuthServer(const QUrl& tokenEndpoint, const QUrl& revocationEndpoint)
{
    m_tokenEndpoint = tokenEndpoint;
    m_revocationEndpoint = revocationEndpoint;
}

void PlatformClient::getPublic(const QUrl& url, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->path = url.path();
    call->url = url;
    call->authenticated = false;
    call->done = std::move(done);
    dispatch(call);
}

void PlatformClient::getLink(const QString& path, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->path = path;
    call->followRedirects = false;
    call->done = std::move(done);
    dispatch(call);
}

void PlatformClient::download(
    const QUrl& url, const QString& filePath, qint64 maxBytes, Callback done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    auto file = std::make_shared<QSaveFile>(filePath);
    if (!file->open(QIODevice::WriteOnly)) {
        ApiResult result;
        result.error.type = QStringLiteral("file");
        result.error.message
            = tr("The file %1 cannot be written: %2").arg(filePath, file->errorString());
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply* reply = m_network->get(request);
    auto failure = std::make_shared<ApiError>();
    // Writes what arrived; an error answer's body is left for finished() to read.
    const auto take = [reply, file, failure, maxBytes] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (failure->isError() || status != 200)
            return;
        const QByteArray chunk = reply->readAll();
        if (file->size() + chunk.size() > maxBytes) {
            failure->type = QStringLiteral("too_large");
            failure->message = tr("The download is larger than %1 MB.").arg(maxBytes >> 20);
            reply->abort();
        } else if (file->write(chunk) != chunk.size()) {
            failure->type = QStringLiteral("file");
            failure->message = tr("The file %1 cannot be written: %2")
                                   .arg(file->fileName(), file->errorString());
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::readyRead, this, take);
    connect(reply, &QNetworkReply::finished, this, [reply, file, failure, take, done] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError)
            take();
        ApiResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (failure->isError()) {
            result.error = *failure;
        } else if (reply->error() != QNetworkReply::NoError || result.status != 200) {
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError
                && reply->error() < QNetworkReply::ContentAccessDenied)
                result.status = 0;
            result.error
                = errorOf(result.status, QJsonDocument::fromJson(body), reply->errorString());
        } else if (!file->commit()) {
            result.error.type = QStringLiteral("file");
            result.error.message = tr("The file %1 cannot be written: %2")
                                       .arg(file->fileName(), file->errorString());
        }
        if (result.error.isError())
            file->cancelWriting();
        done(result);
    });
}

void PlatformClient::send(const QByteArray& verb, const QString& path, const QJsonDocument& body,
    const QString& idempotencyKey, Callback done)
{
    sendBytes(verb, path, body.toJson(QJsonDocument::Compact), "application/json", idempotencyKey,
        std::move(done));
}

void PlatformClient::sendBytes(const QByteArray& verb, const QString& path, const QByteArray& bytes,
    const QByteArray& contentType, const QString& idempotencyKey, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->path = path;
    call->body = bytes;
    call->contentType = contentType;
    call->idempotencyKey = idempotencyKey;
    call->done = std::move(done);
    dispatch(call);
}

void PlatformClient::sendFile(const QByteArray& verb, const QString& path, const QString& filePath,
    const QByteArray& contentType, const QString& idempotencyKey, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->path = path;
    call->filePath = filePath;
    call->contentType = contentType;
    call->idempotencyKey = idempotencyKey;
    call->done = std::move(done);
    dispatch(call);
}

void PlatformClient::setSslConfiguration(const QSslConfiguration& config)
{
    m_ssl = config;
    // The network layer keeps a failed TLS setup per host; the new trust needs a fresh start.
    m_network->clearConnectionCache();
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

void PlatformClient::dispatch(const std::shared_ptr<Call>& call)
{
    QNetworkReply* reply = nullptr;
    if (call->filePath.isEmpty()) {
        reply = m_network->sendCustomRequest(request(*call), call->verb, call->body);
    } else {
        // The file is opened for every send: a re-send streams it again from the start.
        auto* file = new QFile(call->filePath, this);
        if (!file->open(QIODevice::ReadOnly)) {
            ApiResult result;
            result.error.type = QStringLiteral("file");
            result.error.message
                = tr("The file %1 cannot be read: %2").arg(call->filePath, file->errorString());
            delete file;
            QMetaObject::invokeMethod(
                this, [call, result] { call->done(result); }, Qt::QueuedConnection);
            return;
        }
        reply = m_network->sendCustomRequest(request(*call), call->verb, file);
        file->setParent(reply);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] { finish(reply, call); });
}

QNetworkRequest PlatformClient::request(const Call& call) const
{
    QUrl url = call.url;
    if (url.isEmpty()) {
        url = m_base;
        // A path may carry a query ("/api/v1/leaderboard?period=week"), already encoded.
        const qsizetype query = call.path.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? call.path : call.path.left(query));
        if (query >= 0)
            url.setQuery(call.path.mid(query + 1), QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (call.authenticated && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey.toLatin1());
    if (!call.etag.isEmpty())
        request.setRawHeader("If-None-Match", call.etag);
    if (!call.followRedirects)
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void PlatformClient::finish(QNetworkReply* reply, const std::shared_ptr<Call>& call)
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
    result.etag = reply->rawHeader("ETag");
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QJsonParseError parseError{};
    result.json = QJsonDocument::fromJson(body, &parseError);
    if (result.status == 0) {
        result.error = errorOf(0, {}, reply->errorString());
        // Through a proxy, a refused connection or an unknown host is the proxy's.
        const QNetworkProxy via
            = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(reply->url())).value(0);
        const bool proxied
            = via.type() == QNetworkProxy::HttpProxy || via.type() == QNetworkProxy::Socks5Proxy;
        if ((reply->error() >= QNetworkReply::ProxyConnectionRefusedError
                && reply->error() <= QNetworkReply::UnknownProxyError)
            || (proxied
                && (reply->error() == QNetworkReply::ConnectionRefusedError
                    || reply->error() == QNetworkReply::HostNotFoundError
                    // a refused CONNECT (https through an HTTP proxy)
                    || reply->error() == QNetworkReply::UnknownNetworkError)))
            result.error.message
                = tr("The network proxy %1 did not let the request through (%2). Check the "
                     "network.proxy setting, or ask IT.")
                      .arg(proxied ? QStringLiteral("%1:%2").arg(via.hostName()).arg(via.port())
                                   : QString(),
                          reply->errorString());
        else if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            result.error.message = tr("A secure connection to the platform could not be made "
                                      "(%1). If your company's network inspects TLS, ask IT for "
                                      "its certificate authority and set network.ca_bundle.")
                                       .arg(reply->errorString());
    } else if (result.status >= 400) {
        result.error = errorOf(result.status, result.json, reply->errorString());
    } else if (!body.isEmpty() && parseError.error != QJsonParseError::NoError) {
        result.error.status = result.status;
        result.error.type = QStringLiteral("malformed");
        result.error.message = tr("The platform's answer to %1 is not valid JSON: %2")
                                   .arg(reply->url().path(), parseError.errorString());
    }
    if (result.status == 401 && call->authenticated && !call->resent && m_refresher) {
        renewAndResend(call, result);
        return;
    }
    call->done(result);
}

void PlatformClient::renewAndResend(const std::shared_ptr<Call>& call, const ApiResult& first)
{
    m_waitingForRefresh.append({call, first});
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_refresher([this](bool renewed) {
        m_refreshing = false;
        const auto waiting = std::exchange(m_waitingForRefresh, {});
        for (const auto& [waiter, answer] : waiting) {
            if (!renewed) {
                waiter->done(answer);
                continue;
            }
            waiter->resent = true;
            dispatch(waiter);
        }
    });
}

} // namespace vt::net
