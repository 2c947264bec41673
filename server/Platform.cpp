#include "Platform.h"

#include <QUrl>

namespace vt::server {

Platform::Platform(Database& database, const protocol::Clock& clockIn, QByteArray jwtSecret,
    PlatformConfig configIn)
    : db(database)
    , clock(clockIn)
    , secret(std::move(jwtSecret))
    , jwt(secret)
    , signIns(clock, RateLimiter::Policy{})
    , config(std::move(configIn))
    , directory(db)
    , catalog(db)
    , assignments(db)
    , attempts(db)
    , comments(db)
    , refreshTokens(db, clock)
    , authorizationCodes(clock)
    , idempotency(db)
    , leaderboard(db)
{
}

QString Platform::baseUrl(const HttpRequest& request) const
{
    if (!config.publicUrl.isEmpty())
        return config.publicUrl;
    const QByteArray host = request.headers.value("host");
    return QStringLiteral("http://")
        + (host.isEmpty() ? QStringLiteral("127.0.0.1") : QString::fromLatin1(host));
}

QString Platform::voiceUrl(const HttpRequest& request, const QString& attemptId) const
{
    QUrl url;
    if (!config.voicePublicUrl.isEmpty()) {
        url = QUrl(config.voicePublicUrl);
    } else {
        url = QUrl(baseUrl(request));
        url.setScheme(
            url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
        url.setPort(config.voicePort);
    }
    url.setPath(QStringLiteral("/voice/v1/") + attemptId);
    return url.toString();
}

} // namespace vt::server
