// GET /api/v1/releases/latest?channel=stable|beta&os=linux|windows|macos[&arch=x86_64]: the
// newest release of the desktop app the platform's operators approved (the --releases file)
// for that channel (beta also offers stable releases) and platform; 404 when there is none.
#include "ApiService.h"
#include "Platform.h"

#include <QJsonObject>
#include <QVersionNumber>

namespace vt::server {
namespace {

QJsonObject releaseJson(const protocol::Release& r)
{
    QJsonObject o{{QStringLiteral("version"), r.version}, {QStringLiteral("channel"), r.channel},
        {QStringLiteral("os"), r.os}, {QStringLiteral("url"), r.url},
        {QStringLiteral("published_at"), r.publishedAt.toUTC().toString(Qt::ISODate)}};
    if (!r.arch.isEmpty())
        o.insert(QStringLiteral("arch"), r.arch);
    if (!r.sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), r.sha256);
    if (!r.notes.isEmpty())
        o.insert(QStringLiteral("notes"), r.notes);
    return o;
}

} // namespace

void addReleaseRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/api/v1/releases/latest"), true, Action::ReadProfile,
        BodyKind::None, false, [&platform](const ApiCallPtr& call) {
            protocol::FieldErrors errors;
            const QString channel = call->query(QStringLiteral("channel"));
            if (channel != QLatin1String("stable") && channel != QLatin1String("beta"))
                errors.add(QStringLiteral("query.channel"),
                    QStringLiteral("must be one of \"stable\", \"beta\""));
            const QString os = call->query(QStringLiteral("os"));
            if (os != QLatin1String("linux") && os != QLatin1String("windows")
                && os != QLatin1String("macos"))
                errors.add(QStringLiteral("query.os"),
                    QStringLiteral("must be one of \"linux\", \"windows\", \"macos\""));
            const QString arch = call->query(QStringLiteral("arch"));
            if (!errors.isEmpty()) {
                call->problem(validationProblem(errors));
                return;
            }
            const protocol::Release* newest = nullptr;
            for (const protocol::Release& r : platform.config.releases) {
                if (r.os != os || (!r.arch.isEmpty() && !arch.isEmpty() && r.arch != arch))
                    continue;
                if (channel == QLatin1String("stable") && r.channel != QLatin1String("stable"))
                    continue;
                if (!newest
                    || QVersionNumber::fromString(r.version)
                        > QVersionNumber::fromString(newest->version))
                    newest = &r;
            }
            if (!newest) {
                call->problem(ProblemType::NotFound,
                    QStringLiteral("no release of the app for %1 on the %2 channel")
                        .arg(os, channel));
                return;
            }
            call->json(200, releaseJson(*newest));
        }});
}

} // namespace vt::server
