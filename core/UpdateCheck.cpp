#include "UpdateCheck.h"

#include "PlatformClient.h"

#include "ApiResources.h"

#include <QSysInfo>
#include <QUrlQuery>
#include <QVersionNumber>

namespace vt::app {

QString UpdateCheck::requestPath(const QString& channel)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("channel"), channel);
    query.addQueryItem(QStringLiteral("os"), protocol::releaseOs());
    query.addQueryItem(QStringLiteral("arch"), QSysInfo::buildCpuArchitecture());
    return QStringLiteral("/api/v1/releases/latest?") + query.toString(QUrl::FullyEncoded);
}

Result<std::optional<UpdateOffer>> UpdateCheck::read(
    const net::ApiResult& answer, const QString& current)
{
    if (answer.status == 404)
        return std::optional<UpdateOffer>(); // nothing published for this platform
    if (answer.error.isError())
        return failure(answer.error.message);
    const protocol::Parsed<protocol::Release> release
        = protocol::parseRelease(answer.json.toJson(QJsonDocument::Compact));
    if (!release)
        return failure(tr("The platform's answer about updates is not a release: %1")
                           .arg(release.error().summary()));
    if (QVersionNumber::fromString(release->version) <= QVersionNumber::fromString(current))
        return std::optional<UpdateOffer>();
    return std::optional<UpdateOffer>(UpdateOffer{release->version, release->url, release->notes});
}

} // namespace vt::app
