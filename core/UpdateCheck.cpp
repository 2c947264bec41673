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

std::optional<UpdateOffer> UpdateCheck::read(
    const net::ApiResult& answer, const QString& current, QString* error)
{
    if (answer.status == 404)
        return std::nullopt; // nothing published for this platform
    if (answer.error.isError()) {
        *error = answer.error.message;
        return std::nullopt;
    }
    const protocol::Parsed<protocol::Release> release
        = protocol::parseRelease(answer.json.toJson(QJsonDocument::Compact));
    if (!release) {
        *error = tr("The platform's answer about updates is not a release: %1")
                     .arg(release.error().summary());
        return std::nullopt;
    }
    if (QVersionNumber::fromString(release->version) <= QVersionNumber::fromString(current))
        return std::nullopt;
    return UpdateOffer{release->version, release->url, release->notes};
}

} // namespace vt::app
